/**
 * Task type and task: what a model does.
 *
 * The task type is the coarse answer. A model is **generative** when it produces new content (text, images,
 * audio, video, structures), **discriminative** when it returns a judgement about its input (labels, scores,
 * spans, boxes, masks, embeddings, the choice of an action), and **hybrid** when it does both in earnest.
 *
 * The task is the fine answer. {@link TASKS} holds every pipeline tag of the Hugging Face Hub, so any Hub model
 * maps onto it, plus a few finer tasks people ask for by name (sentiment analysis, named entity recognition,
 * code generation, protein structure prediction) and `text2text-generation`, a tag the Hub no longer lists
 * but many older model cards still carry. Each task records its typical task type, input and output
 * modalities, domain, and, for a finer task, the broader task it belongs to.
 *
 * Choices where a tag is ambiguous:
 *
 * - `question-answering` is **extractive** and so discriminative: the Hub's pipeline of that name selects an
 *   answer span from the given passage. A model that writes free-form answers does `text-generation`.
 *   `table-question-answering` is read the same way (it selects and aggregates cells).
 * - `visual-question-answering` and `document-question-answering` are **hybrid**: classic models choose from
 *   a fixed answer set or extract a span, current ones write the answer, and both are common under the tag.
 * - `fill-mask` is discriminative: the model scores every vocabulary item for the masked position.
 * - `automatic-speech-recognition` and `image-to-text` are generative: they write text, a modality the input
 *   does not have. Forecasting (`time-series-forecasting`) is generative as it produces new values of the
 *   series.
 * - `reinforcement-learning` and `robotics` are discriminative: a policy chooses among actions.
 * - `other` has no known type or domain (`null`): the tag says only that the task is none of the above.
 *
 * @module
 */

import { _deepFreeze } from "../_freeze.js";
import { _show } from "../_text.js";
import { InvalidArgumentError } from "../errors.js";
import { _closedDimension } from "./_dimension.js";
import { _infoTable } from "./_info.js";
import type { Domain } from "./domain.js";
import type { Modality } from "./modality.js";

/**
 * The task types.
 *
 * @example
 * ```ts
 * TASK_TYPES; // ["generative", "discriminative", "hybrid"]
 * ```
 */
// The value lists are flat, so Object.freeze suffices; _deepFreeze is for the nested tables, and a bundle that
// only validates then does not carry it (docs/size.md).
export const TASK_TYPES = /* @__PURE__ */ Object.freeze(["generative", "discriminative", "hybrid"] as const);

/**
 * `"generative" | "discriminative" | "hybrid"`.
 *
 * @example
 * ```ts
 * const type: TaskType = "generative";
 * queryModels({ taskType: type });
 * ```
 */
export type TaskType = (typeof TASK_TYPES)[number];

/**
 * Labels and descriptions of each task type, in English and Chinese.
 *
 * @example
 * ```ts
 * TASK_TYPE_INFO.discriminative.label.zh; // "判别式"
 * ```
 */
// One entry per value of TASK_TYPES, in its order: [English label, or null for the id in words (see
// _info.ts), Chinese label, English description, Chinese description].
export const TASK_TYPE_INFO = /* @__PURE__ */ _infoTable(TASK_TYPES, [
  // generative
  [null, "生成式", "Produces new content, such as text, images or audio.", "生成新内容，如文本、图像或音频。"],
  // discriminative
  [
    null,
    "判别式",
    "Judges its input: assigns labels or scores, finds objects, or encodes it as a vector.",
    "判断输入：分配标签或分数、找出物体，或将其编码为向量。",
  ],
  // hybrid
  [
    null,
    "混合式",
    "Both generates content and judges its input, like a model that captions and ranks images.",
    "既生成内容又判断输入，如为图像写描述并排序的模型。",
  ],
]);

/**
 * Every task, grouped by the field it belongs to (as on the Hugging Face Hub); finer tasks follow their broader task.
 *
 * @example
 * ```ts
 * TASKS.includes("automatic-speech-recognition"); // true
 * ```
 */
export const TASKS = /* @__PURE__ */ Object.freeze([
  "text-classification",
  "sentiment-analysis",
  "token-classification",
  "named-entity-recognition",
  "table-question-answering",
  "question-answering",
  "zero-shot-classification",
  "translation",
  "summarization",
  "feature-extraction",
  "text-generation",
  "text2text-generation",
  "code-generation",
  "fill-mask",
  "sentence-similarity",
  "text-ranking",
  "text-retrieval",
  "multiple-choice",
  "table-to-text",
  "text-to-speech",
  "text-to-audio",
  "automatic-speech-recognition",
  "audio-to-audio",
  "audio-classification",
  "audio-text-to-text",
  "voice-activity-detection",
  "depth-estimation",
  "image-classification",
  "object-detection",
  "image-segmentation",
  "text-to-image",
  "image-to-text",
  "image-to-image",
  "image-to-video",
  "unconditional-image-generation",
  "video-classification",
  "reinforcement-learning",
  "robotics",
  "tabular-classification",
  "tabular-regression",
  "tabular-to-text",
  "time-series-forecasting",
  "text-to-video",
  "image-text-to-text",
  "image-text-to-image",
  "image-text-to-video",
  "visual-question-answering",
  "document-question-answering",
  "zero-shot-image-classification",
  "graph-ml",
  "mask-generation",
  "zero-shot-object-detection",
  "text-to-3d",
  "image-to-3d",
  "image-feature-extraction",
  "video-text-to-text",
  "keypoint-detection",
  "visual-document-retrieval",
  "any-to-any",
  "video-to-video",
  "protein-structure-prediction",
  "other",
] as const);

/**
 * A task id, such as `"text-classification"` or `"text-to-image"`.
 *
 * @example
 * ```ts
 * const task: Task = "sentiment-analysis";
 * TASK_INFO[task].label.zh; // "情感分析"
 * ```
 */
export type Task = (typeof TASKS)[number];

/**
 * What the taxonomy records about one task besides its labels.
 *
 * @example
 * ```ts
 * const asr: TaskProfile = TASK_PROFILES["automatic-speech-recognition"];
 * asr.input; // ["audio"]
 * ```
 */
export interface TaskProfile {
  /** The task type the task usually has, or `null` for `other`. */
  readonly type: TaskType | null;
  /** The modalities the task usually takes (empty for unconditional generation). */
  readonly input: readonly Modality[];
  /** The modalities the task usually gives. */
  readonly output: readonly Modality[];
  /** The application domain the task belongs to, or `null` for `other`. */
  readonly domain: Domain | null;
  /** The broader task this one refines (`sentiment-analysis` → `text-classification`), or `null`. */
  readonly parent: Task | null;
  /** Whether the id is a pipeline tag of the Hugging Face Hub. */
  readonly pipelineTag: boolean;
}

// One entry for each item of a list (a generic, so that a tuple maps to a tuple of the same length).
type EachOf<List extends readonly unknown[], Entry> = { readonly [I in keyof List]: Entry };

// What validation reads of each task, in the order of TASKS: the type it usually has and the modalities it usually
// takes. Kept apart from the rest of the profile and from the texts, so that a bundle that only validates records
// carries neither, and written without the task beside each entry, which the list's order gives (a list of another
// length does not compile; task.test.ts pins each task's pair), as the tables of texts are (docs/size.md).
const USAGE = [
  ["discriminative", ["text"]], // text-classification
  ["discriminative", ["text"]], // sentiment-analysis
  ["discriminative", ["text"]], // token-classification
  ["discriminative", ["text"]], // named-entity-recognition
  ["discriminative", ["tabular", "text"]], // table-question-answering
  ["discriminative", ["text"]], // question-answering
  ["discriminative", ["text"]], // zero-shot-classification
  ["generative", ["text"]], // translation
  ["generative", ["text"]], // summarization
  ["discriminative", ["text"]], // feature-extraction
  ["generative", ["text"]], // text-generation
  ["generative", ["text"]], // text2text-generation
  ["generative", ["text"]], // code-generation
  ["discriminative", ["text"]], // fill-mask
  ["discriminative", ["text"]], // sentence-similarity
  ["discriminative", ["text"]], // text-ranking
  ["discriminative", ["text"]], // text-retrieval
  ["discriminative", ["text"]], // multiple-choice
  ["generative", ["tabular"]], // table-to-text
  ["generative", ["text"]], // text-to-speech
  ["generative", ["text"]], // text-to-audio
  ["generative", ["audio"]], // automatic-speech-recognition
  ["generative", ["audio"]], // audio-to-audio
  ["discriminative", ["audio"]], // audio-classification
  ["generative", ["audio", "text"]], // audio-text-to-text
  ["discriminative", ["audio"]], // voice-activity-detection
  ["discriminative", ["image"]], // depth-estimation
  ["discriminative", ["image"]], // image-classification
  ["discriminative", ["image"]], // object-detection
  ["discriminative", ["image"]], // image-segmentation
  ["generative", ["text"]], // text-to-image
  ["generative", ["image"]], // image-to-text
  ["generative", ["image"]], // image-to-image
  ["generative", ["image"]], // image-to-video
  ["generative", []], // unconditional-image-generation
  ["discriminative", ["video"]], // video-classification
  ["discriminative", ["state"]], // reinforcement-learning
  ["discriminative", ["image", "state"]], // robotics
  ["discriminative", ["tabular"]], // tabular-classification
  ["discriminative", ["tabular"]], // tabular-regression
  ["generative", ["tabular"]], // tabular-to-text
  ["generative", ["time-series"]], // time-series-forecasting
  ["generative", ["text"]], // text-to-video
  ["generative", ["image", "text"]], // image-text-to-text
  ["generative", ["image", "text"]], // image-text-to-image
  ["generative", ["image", "text"]], // image-text-to-video
  ["hybrid", ["image", "text"]], // visual-question-answering
  ["hybrid", ["image", "text"]], // document-question-answering
  ["discriminative", ["image", "text"]], // zero-shot-image-classification
  ["discriminative", ["graph"]], // graph-ml
  ["discriminative", ["image"]], // mask-generation
  ["discriminative", ["image", "text"]], // zero-shot-object-detection
  ["generative", ["text"]], // text-to-3d
  ["generative", ["image"]], // image-to-3d
  ["discriminative", ["image"]], // image-feature-extraction
  ["generative", ["video", "text"]], // video-text-to-text
  ["discriminative", ["image"]], // keypoint-detection
  ["discriminative", ["image", "text"]], // visual-document-retrieval
  ["hybrid", ["text", "image", "audio"]], // any-to-any
  ["generative", ["video"]], // video-to-video
  ["generative", ["bio-sequence"]], // protein-structure-prediction
  [null, []], // other
] as const satisfies EachOf<typeof TASKS, readonly [TaskType | null, readonly Modality[]]>;

/**
 * What validation reads of a task: the type it usually has and the modalities it usually takes.
 *
 * @example
 * ```ts
 * const usage: _TaskUsage = _taskUsage("fill-mask"); // { type: "discriminative", input: ["text"] }
 * ```
 *
 * @internal
 */
export interface _TaskUsage {
  readonly type: TaskType | null;
  readonly input: readonly Modality[];
}

/**
 * A task's usual type and inputs, for the warnings of `modelWarnings` and `safeParseModel`.
 *
 * @example
 * ```ts
 * _taskUsage("image-to-text").input; // ["image"]
 * ```
 *
 * @internal
 */
export function _taskUsage(task: Task): _TaskUsage {
  const usage: readonly [TaskType | null, readonly Modality[]] | undefined = USAGE[TASKS.indexOf(task)];
  // Every task has its entry (the table is checked against TASKS); only a value that is no task has none.
  if (usage === undefined) throw new RangeError(`${JSON.stringify(task)} is not a task`);
  return { type: usage[0], input: usage[1] };
}

// The broader task each finer task refines; every other task has none. Apart from the rest of the profile,
// because DIMENSIONS reads it (a finer task counts as its broader one) and should not carry the rest.
const PARENTS = {
  "sentiment-analysis": "text-classification",
  "named-entity-recognition": "token-classification",
  "text2text-generation": "text-generation",
  "code-generation": "text-generation",
} as const satisfies Partial<Record<Task, Task>>;

function parentOf(task: Task): Task | null {
  const parents: Partial<Record<Task, Task>> = PARENTS;
  return parents[task] ?? null;
}

// The rest of each task's profile: what it usually gives, its domain, and whether the Hub lists it.
const DETAILS = {
  "text-classification": { output: ["label"], domain: "nlp", pipelineTag: true },
  "sentiment-analysis": { output: ["label"], domain: "nlp", pipelineTag: false },
  "token-classification": { output: ["label"], domain: "nlp", pipelineTag: true },
  "named-entity-recognition": { output: ["label"], domain: "nlp", pipelineTag: false },
  "table-question-answering": { output: ["label"], domain: "nlp", pipelineTag: true },
  "question-answering": { output: ["label"], domain: "nlp", pipelineTag: true },
  "zero-shot-classification": { output: ["label"], domain: "nlp", pipelineTag: true },
  translation: { output: ["text"], domain: "nlp", pipelineTag: true },
  summarization: { output: ["text"], domain: "nlp", pipelineTag: true },
  "feature-extraction": { output: ["embedding"], domain: "nlp", pipelineTag: true },
  "text-generation": { output: ["text"], domain: "nlp", pipelineTag: true },
  "text2text-generation": { output: ["text"], domain: "nlp", pipelineTag: false },
  "code-generation": { output: ["text"], domain: "code", pipelineTag: false },
  "fill-mask": { output: ["label"], domain: "nlp", pipelineTag: true },
  "sentence-similarity": { output: ["label"], domain: "nlp", pipelineTag: true },
  "text-ranking": { output: ["label"], domain: "nlp", pipelineTag: true },
  "text-retrieval": { output: ["label"], domain: "nlp", pipelineTag: true },
  "multiple-choice": { output: ["label"], domain: "nlp", pipelineTag: true },
  "table-to-text": { output: ["text"], domain: "nlp", pipelineTag: true },
  "text-to-speech": { output: ["audio"], domain: "speech", pipelineTag: true },
  "text-to-audio": { output: ["audio"], domain: "audio", pipelineTag: true },
  "automatic-speech-recognition": { output: ["text"], domain: "speech", pipelineTag: true },
  "audio-to-audio": { output: ["audio"], domain: "audio", pipelineTag: true },
  "audio-classification": { output: ["label"], domain: "audio", pipelineTag: true },
  "audio-text-to-text": { output: ["text"], domain: "multimodal", pipelineTag: true },
  "voice-activity-detection": { output: ["label"], domain: "speech", pipelineTag: true },
  "depth-estimation": { output: ["label"], domain: "computer-vision", pipelineTag: true },
  "image-classification": { output: ["label"], domain: "computer-vision", pipelineTag: true },
  "object-detection": { output: ["label"], domain: "computer-vision", pipelineTag: true },
  "image-segmentation": { output: ["label"], domain: "computer-vision", pipelineTag: true },
  "text-to-image": { output: ["image"], domain: "computer-vision", pipelineTag: true },
  "image-to-text": { output: ["text"], domain: "computer-vision", pipelineTag: true },
  "image-to-image": { output: ["image"], domain: "computer-vision", pipelineTag: true },
  "image-to-video": { output: ["video"], domain: "computer-vision", pipelineTag: true },
  "unconditional-image-generation": { output: ["image"], domain: "computer-vision", pipelineTag: true },
  "video-classification": { output: ["label"], domain: "computer-vision", pipelineTag: true },
  "reinforcement-learning": { output: ["action"], domain: "reinforcement-learning", pipelineTag: true },
  robotics: { output: ["action"], domain: "robotics", pipelineTag: true },
  "tabular-classification": { output: ["label"], domain: "data-analysis", pipelineTag: true },
  "tabular-regression": { output: ["label"], domain: "data-analysis", pipelineTag: true },
  "tabular-to-text": { output: ["text"], domain: "data-analysis", pipelineTag: true },
  "time-series-forecasting": { output: ["time-series"], domain: "time-series", pipelineTag: true },
  "text-to-video": { output: ["video"], domain: "computer-vision", pipelineTag: true },
  "image-text-to-text": { output: ["text"], domain: "multimodal", pipelineTag: true },
  "image-text-to-image": { output: ["image"], domain: "multimodal", pipelineTag: true },
  "image-text-to-video": { output: ["video"], domain: "multimodal", pipelineTag: true },
  "visual-question-answering": { output: ["text"], domain: "multimodal", pipelineTag: true },
  "document-question-answering": { output: ["text"], domain: "multimodal", pipelineTag: true },
  "zero-shot-image-classification": { output: ["label"], domain: "computer-vision", pipelineTag: true },
  "graph-ml": { output: ["label"], domain: "graph", pipelineTag: true },
  "mask-generation": { output: ["label"], domain: "computer-vision", pipelineTag: true },
  "zero-shot-object-detection": { output: ["label"], domain: "computer-vision", pipelineTag: true },
  "text-to-3d": { output: ["3d"], domain: "computer-vision", pipelineTag: true },
  "image-to-3d": { output: ["3d"], domain: "computer-vision", pipelineTag: true },
  "image-feature-extraction": { output: ["embedding"], domain: "computer-vision", pipelineTag: true },
  "video-text-to-text": { output: ["text"], domain: "multimodal", pipelineTag: true },
  "keypoint-detection": { output: ["label"], domain: "computer-vision", pipelineTag: true },
  "visual-document-retrieval": { output: ["label"], domain: "multimodal", pipelineTag: true },
  "any-to-any": { output: ["text", "image", "audio"], domain: "multimodal", pipelineTag: true },
  "video-to-video": { output: ["video"], domain: "computer-vision", pipelineTag: true },
  "protein-structure-prediction": { output: ["3d"], domain: "science", pipelineTag: false },
  other: { output: [], domain: null, pipelineTag: true },
} as const satisfies Record<Task, Pick<TaskProfile, "output" | "domain" | "pipelineTag">>;

// Each task's entry of USAGE, by task.
type UsageByTask = {
  readonly [I in keyof typeof TASKS & `${number}` as (typeof TASKS)[I]]: (typeof USAGE)[I & keyof typeof USAGE];
};
type ParentOf<T extends Task> = T extends keyof typeof PARENTS ? (typeof PARENTS)[T] : null;
// The literal type of each task's profile, as its three sources declare it.
type Profiles = {
  readonly [T in Task]: {
    readonly type: UsageByTask[T][0];
    readonly input: UsageByTask[T][1];
    readonly output: (typeof DETAILS)[T]["output"];
    readonly domain: (typeof DETAILS)[T]["domain"];
    readonly parent: ParentOf<T>;
    readonly pipelineTag: (typeof DETAILS)[T]["pipelineTag"];
  };
};

/**
 * Each task's usual type, input and output modalities, domain and broader task.
 *
 * @example
 * ```ts
 * TASK_PROFILES["text-to-image"].output; // ["image"]
 * ```
 */
// Assembled from the tables above in a function marked pure, so that a bundle without TASK_PROFILES keeps
// none of them but what it reads itself.
export const TASK_PROFILES: Profiles = /* @__PURE__ */ (() => {
  const profiles: Partial<Record<Task, TaskProfile>> = {};
  for (const task of TASKS) {
    const usage = _taskUsage(task);
    const details: Pick<TaskProfile, "output" | "domain" | "pipelineTag"> = DETAILS[task];
    profiles[task] = {
      type: usage.type,
      input: usage.input,
      output: details.output,
      domain: details.domain,
      parent: parentOf(task),
      pipelineTag: details.pipelineTag,
    };
  }
  // The one assertion in this module: the loop fills in every task from the tables Profiles is read off, which
  // TypeScript cannot follow through a loop. task.test.ts checks the keys, the fields and sample profiles.
  return _deepFreeze(profiles) as Profiles;
})();

/**
 * Labels and descriptions of each task, in English and Chinese.
 *
 * @example
 * ```ts
 * TASK_INFO["sentiment-analysis"].label.zh; // "情感分析"
 * ```
 */
// One entry per value of TASKS, in its order: [English label, or null for the id in words (see
// _info.ts), Chinese label, English description, Chinese description].
export const TASK_INFO = /* @__PURE__ */ _infoTable(TASKS, [
  // text-classification
  [
    null,
    "文本分类",
    "Assigns one or more categories to a text, such as topic or intent.",
    "为文本分配一个或多个类别，如主题或意图。",
  ],
  // sentiment-analysis
  [
    null,
    "情感分析",
    "Tells whether a text expresses a positive, negative or neutral opinion.",
    "判断文本的观点是正面、负面还是中性。",
  ],
  // token-classification
  [
    null,
    "词元分类",
    "Labels each word or token of a text, for example with its part of speech.",
    "为文本的每个词或词元打标签，如词性。",
  ],
  // named-entity-recognition
  [
    null,
    "命名实体识别",
    "Finds names of people, places, organisations and other entities in a text.",
    "找出文本中的人名、地名、机构名等实体。",
  ],
  // table-question-answering
  [
    null,
    "表格问答",
    "Answers a question by selecting and aggregating cells of a table.",
    "选取并汇总表格单元格来回答问题。",
  ],
  // question-answering
  [null, "问答", "Answers a question by extracting a span of a given passage.", "从给定段落中抽取片段来回答问题。"],
  // zero-shot-classification
  [
    "Zero-shot classification",
    "零样本分类",
    "Sorts text into categories named only at prediction time, without training on them.",
    "将文本归入预测时才给出、未经训练的类别。",
  ],
  // translation
  [null, "机器翻译", "Rewrites a text from one language into another.", "将文本从一种语言译为另一种。"],
  // summarization
  [null, "文本摘要", "Writes a shorter version of a text that keeps its main points.", "生成保留要点的较短文本。"],
  // feature-extraction
  [
    null,
    "特征提取",
    "Turns a text into a vector for search, clustering or as input to another model.",
    "把文本转为向量，用于检索、聚类或作其他模型的输入。",
  ],
  // text-generation
  [
    null,
    "文本生成",
    "Continues or answers a prompt with new text, as chat models do.",
    "根据提示续写或回答，生成新文本，如聊天模型。",
  ],
  // text2text-generation
  [
    "Text-to-text generation",
    "文本到文本生成",
    "Maps an input text to an output text with one model, as T5 frames every task.",
    "用一个模型把输入文本映射为输出文本，T5 以此统一各类任务。",
  ],
  // code-generation
  [
    null,
    "代码生成",
    "Writes or completes source code from a description or from surrounding code.",
    "根据描述或上下文编写、补全源代码。",
  ],
  // fill-mask
  ["Fill-mask", "掩码填充", "Predicts the words hidden behind mask tokens in a text.", "预测文本中被掩码遮住的词。"],
  // sentence-similarity
  [null, "句子相似度", "Scores how close two texts are in meaning.", "衡量两段文本的语义接近程度。"],
  // text-ranking
  [null, "文本排序", "Orders passages by how well they answer a query.", "按与查询的相关程度对段落排序。"],
  // text-retrieval
  [null, "文本检索", "Finds the documents of a collection relevant to a query.", "从文档集合中找出与查询相关的文档。"],
  // multiple-choice
  [null, "多项选择", "Picks the right answer from a list of given options.", "从给定选项中选出正确答案。"],
  // table-to-text
  [null, "表格转文本", "Writes prose that describes the contents of a table.", "用文字描述表格内容。"],
  // text-to-speech
  [null, "语音合成", "Reads a text aloud in a synthetic voice.", "用合成嗓音朗读文本。"],
  // text-to-audio
  [null, "文本生成音频", "Creates music or sound effects from a written description.", "根据文字描述生成音乐或音效。"],
  // automatic-speech-recognition
  ["Speech recognition", "语音识别", "Transcribes spoken words into written text.", "把语音转写为文字。"],
  // audio-to-audio
  [
    null,
    "音频到音频",
    "Transforms a recording, for example by removing noise or separating sources.",
    "变换录音，如降噪或分离声源。",
  ],
  // audio-classification
  [
    null,
    "音频分类",
    "Assigns a category to a sound clip, such as its event or speaker.",
    "为音频分配类别，如声音事件或说话人。",
  ],
  // audio-text-to-text
  [
    "Audio-text to text",
    "音频与文本生成文本",
    "Answers or follows instructions about a recording given with a text prompt.",
    "结合文本提示，就音频回答问题或执行指令。",
  ],
  // voice-activity-detection
  [
    null,
    "语音活动检测",
    "Marks the stretches of a recording in which someone is speaking.",
    "标出录音中有人说话的片段。",
  ],
  // depth-estimation
  [null, "深度估计", "Predicts how far from the camera each pixel of an image is.", "预测图像每个像素与相机的距离。"],
  // image-classification
  [null, "图像分类", "Assigns a category to a whole image.", "为整张图像分配类别。"],
  // object-detection
  [
    null,
    "目标检测",
    "Finds objects in an image and draws a labelled box around each.",
    "找出图像中的物体并各标出带类别的边框。",
  ],
  // image-segmentation
  [null, "图像分割", "Assigns each pixel of an image to an object or a class.", "把图像的每个像素归入某个物体或类别。"],
  // text-to-image
  [null, "文生图", "Creates an image from a written description.", "根据文字描述生成图像。"],
  // image-to-text
  [
    null,
    "图像生成文本",
    "Writes text about an image, such as a caption or the text it contains.",
    "根据图像生成文字，如图片描述或图中文字。",
  ],
  // image-to-image
  [
    null,
    "图像到图像",
    "Transforms an image, for example by upscaling or restyling it.",
    "变换图像，如超分辨率或风格转换。",
  ],
  // image-to-video
  [null, "图生视频", "Animates a still image into a video clip.", "把静态图像生成为视频。"],
  // unconditional-image-generation
  [
    null,
    "无条件图像生成",
    "Creates new images like the training data from random noise alone.",
    "仅从随机噪声生成与训练数据相似的新图像。",
  ],
  // video-classification
  [
    null,
    "视频分类",
    "Assigns a category to a video clip, such as the action it shows.",
    "为视频片段分配类别，如其中的动作。",
  ],
  // reinforcement-learning
  [null, "强化学习", "Chooses actions in an environment to maximise a reward.", "在环境中选择动作以获得最大回报。"],
  // robotics
  [
    null,
    "机器人控制",
    "Turns what a robot sees and is told into motor commands.",
    "把机器人看到的画面和收到的指令转为运动指令。",
  ],
  // tabular-classification
  [null, "表格分类", "Predicts a category for each row of a table.", "为表格每一行预测类别。"],
  // tabular-regression
  [null, "表格回归", "Predicts a number for each row of a table.", "为表格每一行预测数值。"],
  // tabular-to-text
  [
    null,
    "表格数据生成文本",
    "Writes text from structured records, such as a report from database rows.",
    "根据结构化记录生成文字，如由数据库记录写报告。",
  ],
  // time-series-forecasting
  [null, "时间序列预测", "Predicts the future values of a series from its past.", "根据历史预测序列的未来取值。"],
  // text-to-video
  [null, "文生视频", "Creates a video clip from a written description.", "根据文字描述生成视频。"],
  // image-text-to-text
  [
    "Image-text to text",
    "图文生成文本",
    "Answers or follows instructions about images given with a text prompt.",
    "结合文本提示，就图像回答问题或执行指令。",
  ],
  // image-text-to-image
  [
    "Image-text to image",
    "图文生成图像",
    "Edits or creates an image from an input image and a text instruction.",
    "根据输入图像和文字指令编辑或生成图像。",
  ],
  // image-text-to-video
  [
    "Image-text to video",
    "图文生成视频",
    "Creates a video from an input image and a text instruction.",
    "根据输入图像和文字指令生成视频。",
  ],
  // visual-question-answering
  [
    null,
    "视觉问答",
    "Answers a question about an image, by choosing a known answer or writing one.",
    "回答关于图像的问题，从已知答案中选择或直接生成。",
  ],
  // document-question-answering
  [
    null,
    "文档问答",
    "Answers a question about a scanned document, by extracting or writing the answer.",
    "回答关于扫描文档的问题，抽取或直接生成答案。",
  ],
  // zero-shot-image-classification
  [
    "Zero-shot image classification",
    "零样本图像分类",
    "Sorts images into categories named in text at prediction time.",
    "将图像归入预测时以文字给出的类别。",
  ],
  // graph-ml
  [
    "Graph machine learning",
    "图机器学习",
    "Predicts properties of the nodes, edges or whole of a graph.",
    "预测图中节点、边或整个图的属性。",
  ],
  // mask-generation
  [
    null,
    "掩码生成",
    "Outlines objects in an image as masks, given points, boxes or nothing.",
    "根据点、框或无提示，为图像中的物体生成掩码。",
  ],
  // zero-shot-object-detection
  [
    "Zero-shot object detection",
    "零样本目标检测",
    "Finds objects in an image that match categories named in text at prediction time.",
    "在图像中找出与预测时以文字给出的类别相符的物体。",
  ],
  // text-to-3d
  [
    "Text to 3D",
    "文本生成三维",
    "Creates a 3D object or scene from a written description.",
    "根据文字描述生成三维物体或场景。",
  ],
  // image-to-3d
  [
    "Image to 3D",
    "图像生成三维",
    "Reconstructs a 3D object from one or more images.",
    "从一张或多张图像重建三维物体。",
  ],
  // image-feature-extraction
  [
    null,
    "图像特征提取",
    "Turns an image into a vector for search, clustering or as input to another model.",
    "把图像转为向量，用于检索、聚类或作其他模型的输入。",
  ],
  // video-text-to-text
  [
    "Video-text to text",
    "视频与文本生成文本",
    "Answers or follows instructions about a video given with a text prompt.",
    "结合文本提示，就视频回答问题或执行指令。",
  ],
  // keypoint-detection
  [
    null,
    "关键点检测",
    "Locates points of interest in an image, such as the joints of a human body.",
    "定位图像中的关键点，如人体关节。",
  ],
  // visual-document-retrieval
  [
    null,
    "视觉文档检索",
    "Finds the page images of a collection that answer a text query.",
    "从页面图像集合中找出与文字查询相关的页面。",
  ],
  // any-to-any
  [
    null,
    "任意模态转换",
    "Takes and produces several kinds of data, such as text, images and speech, in one model.",
    "在一个模型中接收并生成多种数据，如文本、图像和语音。",
  ],
  // video-to-video
  [
    null,
    "视频到视频",
    "Transforms a video, for example by restyling it or raising its resolution.",
    "变换视频，如风格转换或提高分辨率。",
  ],
  // protein-structure-prediction
  [
    null,
    "蛋白质结构预测",
    "Predicts the 3D shape a protein folds into from its amino-acid sequence.",
    "根据氨基酸序列预测蛋白质折叠后的三维结构。",
  ],
  // other
  [
    null,
    "其他",
    "A task outside every category above; the tag alone tells neither its type nor its domain.",
    "不属于以上任何类别的任务；仅凭标签无法确定其类型和领域。",
  ],
]);

/**
 * Lists the tasks that refine a task, such as `sentiment-analysis` for `text-classification`.
 *
 * @param task - A task id.
 * @returns The finer tasks whose parent is `task`; empty when there are none.
 * @throws {@link InvalidArgumentError} when `task` is not a task.
 *
 * @example
 * ```ts
 * subtasksOf("text-classification"); // ["sentiment-analysis"]
 * ```
 */
export function subtasksOf(task: Task): Task[] {
  if (typeof task !== "string" || !TASKS.includes(task)) {
    throw new InvalidArgumentError("task", `expected a task such as "text-classification", received ${_show(task)}`);
  }
  return TASKS.filter((other) => parentOf(other) === task);
}

/**
 * The task-type dimension: generative, discriminative or hybrid.
 *
 * @internal
 */
export const _TASK_TYPE_DIMENSION = /* @__PURE__ */ _closedDimension({
  id: "taskType",
  aspect: "task",
  label: { en: "Task type", zh: "任务类型" },
  values: TASK_TYPES,
  info: TASK_TYPE_INFO,
  read: (model) => [model.taskType],
});

/**
 * The task dimension: a finer task also counts as its broader one (sentiment analysis is text classification).
 *
 * @internal
 */
export const _TASK_DIMENSION = /* @__PURE__ */ _closedDimension({
  id: "task",
  aspect: "task",
  label: { en: "Task", zh: "具体任务" },
  values: TASKS,
  info: TASK_INFO,
  parentOf,
  read: (model) => model.tasks,
});
