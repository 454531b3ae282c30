/**
 * Modality: which kinds of data go into a model and which come out, and from those whether it is unimodal or
 * multimodal.
 *
 * Two decisions shape this module:
 *
 * - **Source code is text.** Code is written and tokenised as text, and code models read and write it with the
 *   same machinery as prose. What tells a code model apart is its application domain (`code`), not a modality
 *   of its own, so "text in, text out" holds for both GPT-3 and Codex.
 * - **Not every output is content.** A classifier returns labels, an encoder returns vectors, a policy returns
 *   actions: predictions about the input, not data of a new kind. `label`, `embedding` and `action` can be
 *   given as outputs (so that a catalogue can say what a model returns) but do not count towards
 *   multimodality; the other values are the {@link CONTENT_MODALITIES}.
 *
 * **Multimodal rule.** A model is multimodal when its inputs and outputs *together* cover two or more content
 * modalities: CLIP (text and image in), a text-to-image model (text in, image out) and a speech recogniser
 * (audio in, text out) are all multimodal. Hugging Face counts per side instead: its "multimodal" tasks are
 * those with several kinds of input, so text-to-image is filed under computer vision there. We count across
 * both sides because a model that turns one kind of data into another has to model both; that is the usual
 * sense of the word, and it keeps the rule a single set union rather than a rule per side.
 *
 * @module
 */

import { _deepFreeze } from "../_freeze.js";
import { _show } from "../_text.js";
import { InvalidArgumentError } from "../errors.js";
import { _closedDimension } from "./_dimension.js";
import { _infoTable } from "./_info.js";

/**
 * The kinds of data a model takes or gives.
 *
 * @example
 * ```ts
 * MODALITIES.includes("time-series"); // true
 * ```
 */
export const MODALITIES = /* @__PURE__ */ Object.freeze([
  "text",
  "image",
  "audio",
  "video",
  "tabular",
  "time-series",
  "3d",
  "graph",
  "bio-sequence",
  "state",
  "action",
  "embedding",
  "label",
] as const);

/**
 * A kind of data a model takes or gives, such as `"text"` or `"image"`.
 *
 * @example
 * ```ts
 * const modality: Modality = "audio";
 * queryModels({ modality });
 * ```
 */
export type Modality = (typeof MODALITIES)[number];

// What a model returns about its input rather than data of a new kind: these do not count towards
// multimodality. Declared once; the content modalities are everything else.
const PREDICTIONS = ["action", "embedding", "label"] as const satisfies readonly Modality[];

/**
 * A modality that is data in its own right, not a prediction about the input.
 *
 * @example
 * ```ts
 * const modality: ContentModality = "image"; // "label", "embedding" and "action" are not content
 * ```
 */
export type ContentModality = Exclude<Modality, (typeof PREDICTIONS)[number]>;

/**
 * Tells whether a modality is content (counts towards multimodality) rather than a prediction about the input.
 *
 * @param modality - A modality id.
 * @returns `true` for content modalities such as `"text"`, `false` for `"label"`, `"embedding"` and `"action"`.
 *
 * @example
 * ```ts
 * isContentModality("image"); // true
 * isContentModality("label"); // false
 * ```
 */
export function isContentModality(modality: Modality): modality is ContentModality {
  return !PREDICTIONS.some((prediction) => prediction === modality);
}

/**
 * The modalities that count towards multimodality.
 *
 * @example
 * ```ts
 * CONTENT_MODALITIES.includes("label"); // false: a label is not content
 * ```
 */
// Built in a function marked pure, so that an unused CONTENT_MODALITIES keeps nothing (see DIMENSION_IDS).
export const CONTENT_MODALITIES: readonly ContentModality[] = /* @__PURE__ */ (() =>
  _deepFreeze(MODALITIES.filter(isContentModality)))();

/**
 * Whether a model handles one kind of data or several.
 *
 * @example
 * ```ts
 * MODALITY_CLASSES; // ["unimodal", "multimodal"]
 * ```
 */
export const MODALITY_CLASSES = /* @__PURE__ */ Object.freeze(["unimodal", "multimodal"] as const);

/**
 * `"unimodal" | "multimodal"`.
 *
 * @example
 * ```ts
 * const modalityClass: ModalityClass = classifyModalities({ input: ["image"], output: ["text"] }); // "multimodal"
 * ```
 */
export type ModalityClass = (typeof MODALITY_CLASSES)[number];

/**
 * Labels and descriptions of each modality, in English and Chinese.
 *
 * @example
 * ```ts
 * MODALITY_INFO.audio.label.zh; // "音频"
 * ```
 */
// One entry per value of MODALITIES, in its order: [English label, or null for the id in words (see
// _info.ts), Chinese label, English description, Chinese description].
export const MODALITY_INFO = /* @__PURE__ */ _infoTable(MODALITIES, [
  // text
  [null, "文本", "Natural language and source code, as sequences of tokens.", "自然语言与源代码，以词元序列表示。"],
  // image
  [null, "图像", "Still pictures, such as photos, drawings or scans.", "静态图片，如照片、绘画或扫描件。"],
  // audio
  [null, "音频", "Sound waves, including speech, music and environmental sound.", "声音信号，包括语音、音乐和环境声。"],
  // video
  [null, "视频", "Moving pictures: a sequence of frames over time.", "动态画面，即随时间排列的一系列帧。"],
  // tabular
  [
    null,
    "表格",
    "Rows and columns of structured records, as in a spreadsheet or a database table.",
    "由行列组成的结构化记录，如电子表格或数据库表。",
  ],
  // time-series
  [
    null,
    "时间序列",
    "Measurements at successive points in time, such as prices or sensor readings.",
    "按时间先后记录的观测值，如价格或传感器读数。",
  ],
  // 3d
  [
    "3D",
    "三维",
    "Three-dimensional shapes: meshes, point clouds, scenes and molecular structures.",
    "三维形状，如网格、点云、场景和分子结构。",
  ],
  // graph
  [
    null,
    "图",
    "Nodes joined by edges, such as social networks or molecules.",
    "由节点和边构成的数据，如社交网络或分子。",
  ],
  // bio-sequence
  [
    "Biological sequence",
    "生物序列",
    "Strings of amino acids or nucleotides that encode proteins, DNA and RNA.",
    "编码蛋白质、DNA 和 RNA 的氨基酸或核苷酸序列。",
  ],
  // state
  [
    "Environment state",
    "环境状态",
    "What an agent observes of its environment, such as a board position or sensor reading.",
    "智能体对环境的观测，如棋局或传感器读数。",
  ],
  // action
  [
    null,
    "动作",
    "The moves or control signals an agent chooses; a prediction, not counted towards multimodality.",
    "智能体选择的走法或控制信号；属于预测，不计入多模态。",
  ],
  // embedding
  [
    null,
    "向量表示",
    "A vector representing the input, for search or comparison; not counted towards multimodality.",
    "表示输入的向量，用于检索或比较；不计入多模态。",
  ],
  // label
  [
    null,
    "标签",
    "Class labels, scores, spans, boxes or masks that describe the input; not counted towards multimodality.",
    "描述输入的类别标签、分数、片段、边框或掩码；不计入多模态。",
  ],
]);

/**
 * Labels and descriptions of each modality class, in English and Chinese.
 *
 * @example
 * ```ts
 * MODALITY_CLASS_INFO.multimodal.label.zh; // "多模态"
 * ```
 */
// One entry per value of MODALITY_CLASSES, in its order: [English label, or null for the id in words (see
// _info.ts), Chinese label, English description, Chinese description].
export const MODALITY_CLASS_INFO = /* @__PURE__ */ _infoTable(MODALITY_CLASSES, [
  // unimodal
  [
    null,
    "单模态",
    "Works with one kind of data across inputs and outputs, such as text in and text out.",
    "输入与输出只涉及一种数据，如输入文本、输出文本。",
  ],
  // multimodal
  [
    null,
    "多模态",
    "Works with two or more kinds of data across inputs and outputs, such as text and images.",
    "输入与输出合计涉及两种或以上的数据，如文本和图像。",
  ],
]);

/**
 * Derives whether a model is unimodal or multimodal from its input and output modalities: multimodal when the
 * two sets together hold two or more content modalities.
 *
 * @param modalities - The model's input and output modalities.
 * @returns `"multimodal"` or `"unimodal"`.
 * @throws {@link InvalidArgumentError} when `input` or `output` is not an array.
 *
 * @example
 * ```ts
 * classifyModalities({ input: ["text", "image"], output: ["embedding"] }); // "multimodal" (CLIP)
 * classifyModalities({ input: ["text"], output: ["image"] }); // "multimodal" (text-to-image)
 * classifyModalities({ input: ["image"], output: ["label"] }); // "unimodal" (ResNet)
 * ```
 */
export function classifyModalities(modalities: {
  readonly input: readonly Modality[];
  readonly output: readonly Modality[];
}): ModalityClass {
  for (const side of ["input", "output"] as const) {
    const list: unknown = typeof modalities === "object" && modalities !== null ? modalities[side] : undefined;
    if (!Array.isArray(list)) {
      throw new InvalidArgumentError(`modalities.${side}`, `expected an array of modalities, received ${_show(list)}`);
    }
  }
  return _modalityClassOf(modalities);
}

/**
 * The rule of {@link classifyModalities} without its checks, for modalities already known to be lists:
 * validation derives a record's class with it, so that a bundle that only validates does not carry the checks.
 *
 * @example
 * ```ts
 * _modalityClassOf({ input: ["text"], output: ["image"] }); // "multimodal"
 * ```
 *
 * @internal
 */
export function _modalityClassOf(modalities: {
  readonly input: readonly Modality[];
  readonly output: readonly Modality[];
}): ModalityClass {
  const kinds = new Set<Modality>();
  for (const modality of [...modalities.input, ...modalities.output]) {
    if (isContentModality(modality)) kinds.add(modality);
  }
  return kinds.size >= 2 ? "multimodal" : "unimodal";
}

/**
 * The modality dimension: what a model takes or gives, either side.
 *
 * @internal
 */
export const _MODALITY_DIMENSION = /* @__PURE__ */ _closedDimension({
  id: "modality",
  aspect: "modality",
  label: { en: "Modality", zh: "模态" },
  values: MODALITIES,
  info: MODALITY_INFO,
  read: (model) => [...model.modalities.input, ...model.modalities.output],
});

/**
 * The modality-class dimension: unimodal or multimodal, derived from the modalities.
 *
 * @internal
 */
export const _MODALITY_CLASS_DIMENSION = /* @__PURE__ */ _closedDimension({
  id: "modalityClass",
  aspect: "modality",
  label: { en: "Unimodal or multimodal", zh: "单模态或多模态" },
  values: MODALITY_CLASSES,
  info: MODALITY_CLASS_INFO,
  read: (model) => [model.modalityClass],
});
