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
import type { ValueInfo } from "../i18n.js";
import { _closedDimension } from "./_dimension.js";
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
export const TASK_TYPES = /* @__PURE__ */ _deepFreeze(["generative", "discriminative", "hybrid"] as const);

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
export const TASK_TYPE_INFO = /* @__PURE__ */ _deepFreeze({
  generative: {
    label: { en: "Generative", zh: "生成式" },
    description: {
      en: "Produces new content such as text, images, audio or video.",
      zh: "生成新的内容，如文本、图像、音频或视频。",
    },
  },
  discriminative: {
    label: { en: "Discriminative", zh: "判别式" },
    description: {
      en: "Judges its input: assigns labels or scores, finds objects, or encodes it as a vector.",
      zh: "对输入作出判断：分配标签或分数、找出物体，或将其编码为向量。",
    },
  },
  hybrid: {
    label: { en: "Hybrid", zh: "混合式" },
    description: {
      en: "Both generates content and judges its input, such as a model that captions images and ranks them.",
      zh: "既生成内容又对输入作出判断，例如既能为图像写描述又能为图像排序的模型。",
    },
  },
} as const satisfies Record<TaskType, ValueInfo>);

/**
 * Every task, grouped by the field it belongs to (as on the Hugging Face Hub); finer tasks follow their broader task.
 *
 * @example
 * ```ts
 * TASKS.includes("automatic-speech-recognition"); // true
 * ```
 */
export const TASKS = /* @__PURE__ */ _deepFreeze([
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

// What validation reads of a task, its usual type and inputs, is kept apart from the rest of its profile and
// from its texts, so that a bundle that only validates records carries neither (docs/size.md). Tasks are grouped
// by that pair: 62 tasks share 24 of them, and each group names its pair once.
const USAGE_GROUPS = [
  [
    "discriminative",
    ["text"],
    [
      "text-classification",
      "sentiment-analysis",
      "token-classification",
      "named-entity-recognition",
      "question-answering",
      "zero-shot-classification",
      "feature-extraction",
      "fill-mask",
      "sentence-similarity",
      "text-ranking",
      "text-retrieval",
      "multiple-choice",
    ],
  ],
  ["discriminative", ["tabular", "text"], ["table-question-answering"]],
  [
    "generative",
    ["text"],
    [
      "translation",
      "summarization",
      "text-generation",
      "text2text-generation",
      "code-generation",
      "text-to-speech",
      "text-to-audio",
      "text-to-image",
      "text-to-video",
      "text-to-3d",
    ],
  ],
  ["generative", ["tabular"], ["table-to-text", "tabular-to-text"]],
  ["generative", ["audio"], ["automatic-speech-recognition", "audio-to-audio"]],
  ["discriminative", ["audio"], ["audio-classification", "voice-activity-detection"]],
  ["generative", ["audio", "text"], ["audio-text-to-text"]],
  [
    "discriminative",
    ["image"],
    [
      "depth-estimation",
      "image-classification",
      "object-detection",
      "image-segmentation",
      "mask-generation",
      "image-feature-extraction",
      "keypoint-detection",
    ],
  ],
  ["generative", ["image"], ["image-to-text", "image-to-image", "image-to-video", "image-to-3d"]],
  ["generative", [], ["unconditional-image-generation"]],
  ["discriminative", ["video"], ["video-classification"]],
  ["discriminative", ["state"], ["reinforcement-learning"]],
  ["discriminative", ["image", "state"], ["robotics"]],
  ["discriminative", ["tabular"], ["tabular-classification", "tabular-regression"]],
  ["generative", ["time-series"], ["time-series-forecasting"]],
  ["generative", ["image", "text"], ["image-text-to-text", "image-text-to-image", "image-text-to-video"]],
  ["hybrid", ["image", "text"], ["visual-question-answering", "document-question-answering"]],
  [
    "discriminative",
    ["image", "text"],
    ["zero-shot-image-classification", "zero-shot-object-detection", "visual-document-retrieval"],
  ],
  ["discriminative", ["graph"], ["graph-ml"]],
  ["generative", ["video", "text"], ["video-text-to-text"]],
  ["hybrid", ["text", "image", "audio"], ["any-to-any"]],
  ["generative", ["video"], ["video-to-video"]],
  ["generative", ["bio-sequence"], ["protein-structure-prediction"]],
  [null, [], ["other"]],
] as const satisfies readonly (readonly [TaskType | null, readonly Modality[], readonly Task[]])[];

/**
 * What validation reads of a task: the type it usually has and the modalities it usually takes.
 *
 * @internal
 */
export interface _TaskUsage {
  readonly type: TaskType | null;
  readonly input: readonly Modality[];
}

/**
 * Each task's usual type and inputs, for the warnings of `modelWarnings` and `safeParseModel`.
 *
 * @example
 * ```ts
 * _TASK_USAGE.get("image-to-text")?.input; // ["image"]
 * ```
 *
 * @internal
 */
export const _TASK_USAGE: ReadonlyMap<Task, _TaskUsage> = /* @__PURE__ */ (() =>
  new Map(USAGE_GROUPS.flatMap(([type, input, tasks]) => tasks.map((task) => [task, { type, input }] as const))))();

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

// The literal type of each task's profile, as its three sources declare it.
type UsageOf<T extends Task> = (typeof USAGE_GROUPS)[number] extends infer Group
  ? Group extends readonly [infer Type, infer Input, readonly (infer Member)[]]
    ? T extends Member
      ? { readonly type: Type; readonly input: Input }
      : never
    : never
  : never;
type ParentOf<T extends Task> = T extends keyof typeof PARENTS ? (typeof PARENTS)[T] : null;
type Profiles = {
  readonly [T in Task]: {
    readonly type: UsageOf<T>["type"];
    readonly input: UsageOf<T>["input"];
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
    const usage = _TASK_USAGE.get(task);
    const details: Pick<TaskProfile, "output" | "domain" | "pipelineTag"> = DETAILS[task];
    profiles[task] = {
      type: usage?.type ?? null,
      input: usage?.input ?? [],
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
export const TASK_INFO = /* @__PURE__ */ _deepFreeze({
  "text-classification": {
    label: { en: "Text classification", zh: "文本分类" },
    description: {
      en: "Assigns one or more categories to a piece of text, such as topic, intent or toxicity.",
      zh: "为一段文本分配一个或多个类别，如主题、意图或是否有害。",
    },
  },
  "sentiment-analysis": {
    label: { en: "Sentiment analysis", zh: "情感分析" },
    description: {
      en: "Tells whether a text expresses a positive, negative or neutral opinion.",
      zh: "判断文本表达的是正面、负面还是中性的观点。",
    },
  },
  "token-classification": {
    label: { en: "Token classification", zh: "词元分类" },
    description: {
      en: "Labels each word or token of a text, for example with its part of speech.",
      zh: "为文本中的每个词或词元打上标签，例如词性。",
    },
  },
  "named-entity-recognition": {
    label: { en: "Named entity recognition", zh: "命名实体识别" },
    description: {
      en: "Finds the names of people, places, organisations and other entities in a text.",
      zh: "找出文本中的人名、地名、机构名等实体。",
    },
  },
  "table-question-answering": {
    label: { en: "Table question answering", zh: "表格问答" },
    description: {
      en: "Answers a question by selecting and aggregating cells of a table.",
      zh: "通过选取并汇总表格中的单元格来回答问题。",
    },
  },
  "question-answering": {
    label: { en: "Question answering", zh: "问答" },
    description: {
      en: "Answers a question by extracting the answer span from a given passage.",
      zh: "从给定段落中抽取答案片段来回答问题。",
    },
  },
  "zero-shot-classification": {
    label: { en: "Zero-shot classification", zh: "零样本分类" },
    description: {
      en: "Sorts text into categories named only at prediction time, without training on them.",
      zh: "将文本归入预测时才给出的类别，无需针对这些类别训练。",
    },
  },
  translation: {
    label: { en: "Translation", zh: "机器翻译" },
    description: {
      en: "Rewrites a text from one language into another.",
      zh: "将文本从一种语言转换为另一种语言。",
    },
  },
  summarization: {
    label: { en: "Summarization", zh: "文本摘要" },
    description: {
      en: "Writes a shorter version of a text that keeps its main points.",
      zh: "生成保留要点的较短文本。",
    },
  },
  "feature-extraction": {
    label: { en: "Feature extraction", zh: "特征提取" },
    description: {
      en: "Turns a text into a vector for search, clustering or as input to another model.",
      zh: "把文本转换为向量，用于检索、聚类或作为其他模型的输入。",
    },
  },
  "text-generation": {
    label: { en: "Text generation", zh: "文本生成" },
    description: {
      en: "Continues or answers a prompt with new text, as chat models do.",
      zh: "根据提示续写或回答，生成新的文本，如聊天模型。",
    },
  },
  "text2text-generation": {
    label: { en: "Text-to-text generation", zh: "文本到文本生成" },
    description: {
      en: "Maps an input text to an output text with one model, as T5 frames every task.",
      zh: "用同一个模型把输入文本映射为输出文本，T5 即以此统一各类任务。",
    },
  },
  "code-generation": {
    label: { en: "Code generation", zh: "代码生成" },
    description: {
      en: "Writes or completes source code from a description or from surrounding code.",
      zh: "根据描述或上下文编写、补全源代码。",
    },
  },
  "fill-mask": {
    label: { en: "Fill-mask", zh: "掩码填充" },
    description: {
      en: "Predicts the words hidden behind mask tokens in a text.",
      zh: "预测文本中被掩码遮住的词。",
    },
  },
  "sentence-similarity": {
    label: { en: "Sentence similarity", zh: "句子相似度" },
    description: {
      en: "Scores how close two texts are in meaning.",
      zh: "衡量两段文本在语义上的接近程度。",
    },
  },
  "text-ranking": {
    label: { en: "Text ranking", zh: "文本排序" },
    description: {
      en: "Orders passages by how well they answer a query.",
      zh: "按与查询的相关程度对段落排序。",
    },
  },
  "text-retrieval": {
    label: { en: "Text retrieval", zh: "文本检索" },
    description: {
      en: "Finds the documents in a collection that are relevant to a query.",
      zh: "从文档集合中找出与查询相关的文档。",
    },
  },
  "multiple-choice": {
    label: { en: "Multiple choice", zh: "多项选择" },
    description: {
      en: "Picks the right answer from a list of given options.",
      zh: "从给定选项中选出正确答案。",
    },
  },
  "table-to-text": {
    label: { en: "Table to text", zh: "表格转文本" },
    description: {
      en: "Writes a passage of prose that describes the contents of a table.",
      zh: "用一段文字描述表格中的内容。",
    },
  },
  "text-to-speech": {
    label: { en: "Text to speech", zh: "语音合成" },
    description: {
      en: "Reads a text aloud in a synthetic voice.",
      zh: "用合成的嗓音朗读文本。",
    },
  },
  "text-to-audio": {
    label: { en: "Text to audio", zh: "文本生成音频" },
    description: {
      en: "Creates music or sound effects from a written description.",
      zh: "根据文字描述生成音乐或音效。",
    },
  },
  "automatic-speech-recognition": {
    label: { en: "Speech recognition", zh: "语音识别" },
    description: {
      en: "Transcribes spoken words into written text.",
      zh: "把语音转写为文字。",
    },
  },
  "audio-to-audio": {
    label: { en: "Audio to audio", zh: "音频到音频" },
    description: {
      en: "Transforms a recording, for example by removing noise or separating sources.",
      zh: "对录音进行变换，如降噪或分离声源。",
    },
  },
  "audio-classification": {
    label: { en: "Audio classification", zh: "音频分类" },
    description: {
      en: "Assigns a category to a sound clip, such as the event, speaker or emotion it contains.",
      zh: "为一段音频分配类别，如声音事件、说话人或情绪。",
    },
  },
  "audio-text-to-text": {
    label: { en: "Audio-text to text", zh: "音频与文本生成文本" },
    description: {
      en: "Answers or follows instructions about a recording given with a text prompt.",
      zh: "结合文本提示，针对一段音频回答问题或执行指令。",
    },
  },
  "voice-activity-detection": {
    label: { en: "Voice activity detection", zh: "语音活动检测" },
    description: {
      en: "Marks the stretches of a recording in which someone is speaking.",
      zh: "标出录音中有人说话的片段。",
    },
  },
  "depth-estimation": {
    label: { en: "Depth estimation", zh: "深度估计" },
    description: {
      en: "Predicts how far from the camera each pixel of an image is.",
      zh: "预测图像中每个像素与相机的距离。",
    },
  },
  "image-classification": {
    label: { en: "Image classification", zh: "图像分类" },
    description: {
      en: "Assigns a category to a whole image.",
      zh: "为整张图像分配类别。",
    },
  },
  "object-detection": {
    label: { en: "Object detection", zh: "目标检测" },
    description: {
      en: "Finds objects in an image and draws a labelled box around each.",
      zh: "找出图像中的物体，并为每个物体标出带类别的边框。",
    },
  },
  "image-segmentation": {
    label: { en: "Image segmentation", zh: "图像分割" },
    description: {
      en: "Assigns each pixel of an image to an object or a class.",
      zh: "把图像的每个像素划分到某个物体或类别。",
    },
  },
  "text-to-image": {
    label: { en: "Text to image", zh: "文生图" },
    description: {
      en: "Creates an image from a written description.",
      zh: "根据文字描述生成图像。",
    },
  },
  "image-to-text": {
    label: { en: "Image to text", zh: "图像生成文本" },
    description: {
      en: "Writes text about an image, such as a caption or the text it contains.",
      zh: "根据图像生成文字，如图片描述或图中文字。",
    },
  },
  "image-to-image": {
    label: { en: "Image to image", zh: "图像到图像" },
    description: {
      en: "Transforms an image, for example by upscaling, restoring or restyling it.",
      zh: "对图像进行变换，如超分辨率、修复或风格转换。",
    },
  },
  "image-to-video": {
    label: { en: "Image to video", zh: "图生视频" },
    description: {
      en: "Animates a still image into a video clip.",
      zh: "把静态图像生成为一段视频。",
    },
  },
  "unconditional-image-generation": {
    label: { en: "Unconditional image generation", zh: "无条件图像生成" },
    description: {
      en: "Creates new images that resemble the training data, from random noise alone.",
      zh: "仅从随机噪声生成与训练数据相似的新图像。",
    },
  },
  "video-classification": {
    label: { en: "Video classification", zh: "视频分类" },
    description: {
      en: "Assigns a category to a video clip, such as the action it shows.",
      zh: "为视频片段分配类别，如其中的动作。",
    },
  },
  "reinforcement-learning": {
    label: { en: "Reinforcement learning", zh: "强化学习" },
    description: {
      en: "Chooses actions in an environment to maximise a reward.",
      zh: "在环境中选择动作以获得最大回报。",
    },
  },
  robotics: {
    label: { en: "Robotics", zh: "机器人控制" },
    description: {
      en: "Turns what a robot sees and is told into motor commands.",
      zh: "把机器人看到的画面和收到的指令转换为运动控制指令。",
    },
  },
  "tabular-classification": {
    label: { en: "Tabular classification", zh: "表格分类" },
    description: {
      en: "Predicts a category for each row of a table.",
      zh: "为表格中的每一行预测类别。",
    },
  },
  "tabular-regression": {
    label: { en: "Tabular regression", zh: "表格回归" },
    description: {
      en: "Predicts a number for each row of a table.",
      zh: "为表格中的每一行预测一个数值。",
    },
  },
  "tabular-to-text": {
    label: { en: "Tabular to text", zh: "表格数据生成文本" },
    description: {
      en: "Writes text from structured records, such as a report from database rows.",
      zh: "根据结构化记录生成文字，如由数据库记录生成报告。",
    },
  },
  "time-series-forecasting": {
    label: { en: "Time series forecasting", zh: "时间序列预测" },
    description: {
      en: "Predicts the future values of a series from its past.",
      zh: "根据历史数据预测序列的未来取值。",
    },
  },
  "text-to-video": {
    label: { en: "Text to video", zh: "文生视频" },
    description: {
      en: "Creates a video clip from a written description.",
      zh: "根据文字描述生成视频。",
    },
  },
  "image-text-to-text": {
    label: { en: "Image-text to text", zh: "图文生成文本" },
    description: {
      en: "Answers or follows instructions about images given with a text prompt.",
      zh: "结合文本提示，针对图像回答问题或执行指令。",
    },
  },
  "image-text-to-image": {
    label: { en: "Image-text to image", zh: "图文生成图像" },
    description: {
      en: "Edits or creates an image from an input image and a text instruction.",
      zh: "根据输入图像和文字指令编辑或生成图像。",
    },
  },
  "image-text-to-video": {
    label: { en: "Image-text to video", zh: "图文生成视频" },
    description: {
      en: "Creates a video from an input image and a text instruction.",
      zh: "根据输入图像和文字指令生成视频。",
    },
  },
  "visual-question-answering": {
    label: { en: "Visual question answering", zh: "视觉问答" },
    description: {
      en: "Answers a question about an image, by choosing from known answers or by writing one.",
      zh: "回答关于图像的问题，可以从已知答案中选择，也可以直接生成。",
    },
  },
  "document-question-answering": {
    label: { en: "Document question answering", zh: "文档问答" },
    description: {
      en: "Answers a question about a scanned document, by extracting or writing the answer.",
      zh: "回答关于扫描文档的问题，可以抽取答案，也可以直接生成。",
    },
  },
  "zero-shot-image-classification": {
    label: { en: "Zero-shot image classification", zh: "零样本图像分类" },
    description: {
      en: "Sorts images into categories named in text at prediction time.",
      zh: "将图像归入预测时以文字给出的类别。",
    },
  },
  "graph-ml": {
    label: { en: "Graph machine learning", zh: "图机器学习" },
    description: {
      en: "Predicts properties of the nodes, edges or whole of a graph.",
      zh: "预测图中节点、边或整个图的属性。",
    },
  },
  "mask-generation": {
    label: { en: "Mask generation", zh: "掩码生成" },
    description: {
      en: "Outlines objects in an image as masks, given points, boxes or nothing at all.",
      zh: "根据点、框或无任何提示，为图像中的物体生成掩码。",
    },
  },
  "zero-shot-object-detection": {
    label: { en: "Zero-shot object detection", zh: "零样本目标检测" },
    description: {
      en: "Finds objects in an image that match categories named in text at prediction time.",
      zh: "在图像中找出与预测时以文字给出的类别相符的物体。",
    },
  },
  "text-to-3d": {
    label: { en: "Text to 3D", zh: "文本生成三维" },
    description: {
      en: "Creates a 3D object or scene from a written description.",
      zh: "根据文字描述生成三维物体或场景。",
    },
  },
  "image-to-3d": {
    label: { en: "Image to 3D", zh: "图像生成三维" },
    description: {
      en: "Reconstructs a 3D object from one or more images.",
      zh: "从一张或多张图像重建三维物体。",
    },
  },
  "image-feature-extraction": {
    label: { en: "Image feature extraction", zh: "图像特征提取" },
    description: {
      en: "Turns an image into a vector for search, clustering or as input to another model.",
      zh: "把图像转换为向量，用于检索、聚类或作为其他模型的输入。",
    },
  },
  "video-text-to-text": {
    label: { en: "Video-text to text", zh: "视频与文本生成文本" },
    description: {
      en: "Answers or follows instructions about a video given with a text prompt.",
      zh: "结合文本提示，针对视频回答问题或执行指令。",
    },
  },
  "keypoint-detection": {
    label: { en: "Keypoint detection", zh: "关键点检测" },
    description: {
      en: "Locates points of interest in an image, such as the joints of a human body.",
      zh: "定位图像中的关键点，如人体关节。",
    },
  },
  "visual-document-retrieval": {
    label: { en: "Visual document retrieval", zh: "视觉文档检索" },
    description: {
      en: "Finds the page images in a collection that answer a text query.",
      zh: "从页面图像集合中找出与文字查询相关的页面。",
    },
  },
  "any-to-any": {
    label: { en: "Any to any", zh: "任意模态转换" },
    description: {
      en: "Takes and produces several kinds of data, such as text, images and speech, in one model.",
      zh: "在同一个模型中接收并生成多种数据，如文本、图像和语音。",
    },
  },
  "video-to-video": {
    label: { en: "Video to video", zh: "视频到视频" },
    description: {
      en: "Transforms a video, for example by restyling it or raising its resolution.",
      zh: "对视频进行变换，如风格转换或提高分辨率。",
    },
  },
  "protein-structure-prediction": {
    label: { en: "Protein structure prediction", zh: "蛋白质结构预测" },
    description: {
      en: "Predicts the 3D shape a protein folds into from its amino-acid sequence.",
      zh: "根据氨基酸序列预测蛋白质折叠后的三维结构。",
    },
  },
  other: {
    label: { en: "Other", zh: "其他" },
    description: {
      en: "A task outside every category above; its type and domain are not known from the tag alone.",
      zh: "不属于以上任何类别的任务；仅凭标签无法确定其任务类型和应用领域。",
    },
  },
} as const satisfies Record<Task, ValueInfo>);

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
