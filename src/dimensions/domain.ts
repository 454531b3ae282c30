/**
 * Application domain: the field a model is used in.
 *
 * The first five are the seed's (NLP, computer vision, speech, code, data analysis). The rest are what a
 * registry of real models needs so that nothing is forced into a wrong box: music and sound are not speech;
 * forecasting is its own practice apart from tabular analysis; protein folding and weather models are
 * science; game-playing agents, robot policies, recommenders and graph networks each form a field with its own
 * benchmarks. `multimodal` is kept for applications that are about combining kinds of data (a vision-language
 * assistant, an any-to-any model), matching Hugging Face's grouping of such tasks.
 *
 * A model can list several domains, main one first.
 *
 * @module
 */

import { _closedDimension } from "./_dimension.js";
import { _infoTable } from "./_info.js";

/**
 * The application domains.
 *
 * @example
 * ```ts
 * DOMAINS.includes("robotics"); // true
 * ```
 */
export const DOMAINS = /* @__PURE__ */ Object.freeze([
  "nlp",
  "computer-vision",
  "speech",
  "audio",
  "code",
  "data-analysis",
  "time-series",
  "multimodal",
  "science",
  "reinforcement-learning",
  "robotics",
  "recommendation",
  "graph",
] as const);

/**
 * An application domain such as `"nlp"` or `"computer-vision"`.
 *
 * @example
 * ```ts
 * const domain: Domain = "computer-vision";
 * queryModels({ domain });
 * ```
 */
export type Domain = (typeof DOMAINS)[number];

/**
 * Labels and descriptions of each application domain, in English and Chinese.
 *
 * @example
 * ```ts
 * DOMAIN_INFO.nlp.label.zh; // "自然语言处理"
 * ```
 */
// One entry per value of DOMAINS, in its order: [English label, or null for the id in words (see
// _info.ts), Chinese label, English description, Chinese description].
export const DOMAIN_INFO = /* @__PURE__ */ _infoTable(DOMAINS, [
  // nlp
  [
    "Natural language processing",
    "自然语言处理",
    "Understanding and producing human language, as in chat, translation or search.",
    "理解与生成人类语言，如对话、翻译和检索。",
  ],
  // computer-vision
  [
    null,
    "计算机视觉",
    "Seeing and making images and video, as in recognition, detection or generation.",
    "理解与生成图像和视频，如识别、检测和生成。",
  ],
  // speech
  [
    null,
    "语音",
    "Spoken language: recognising, synthesising and translating speech.",
    "处理口语，包括语音识别、合成和翻译。",
  ],
  // audio
  [
    "Music and sound",
    "音乐与声音",
    "Audio other than speech: generating music, tagging and separating sounds.",
    "语音以外的音频，如音乐生成、声音分类与分离。",
  ],
  // code
  [
    "Code generation",
    "代码生成",
    "Writing, completing, explaining and searching source code.",
    "编写、补全、解释和检索源代码。",
  ],
  // data-analysis
  [
    null,
    "数据分析",
    "Predictions from structured records: classifying and regressing over tables.",
    "基于结构化记录预测，如表格数据的分类与回归。",
  ],
  // time-series
  [
    null,
    "时间序列",
    "Forecasting and analysing values that change over time, such as demand or prices.",
    "预测和分析随时间变化的数值，如需求或价格。",
  ],
  // multimodal
  [
    "Multimodal applications",
    "多模态应用",
    "Applications that combine kinds of data, such as assistants that see, hear and talk.",
    "综合多种数据的应用，如能看、听、说的智能助手。",
  ],
  // science
  [
    null,
    "科学研究",
    "Natural-science research, such as protein folding or weather forecasting.",
    "自然科学研究，如蛋白质结构预测或天气预报。",
  ],
  // reinforcement-learning
  [
    null,
    "强化学习",
    "Agents that learn to act by trial and reward, such as game-playing programs.",
    "通过试错和奖励学习行动的智能体，如下棋和游戏程序。",
  ],
  // robotics
  [null, "机器人", "Controlling physical robots from what they see and are told.", "根据视觉和指令控制实体机器人。"],
  // recommendation
  [null, "推荐系统", "Ranking items such as products or videos for each user.", "为每位用户排序商品、视频等内容。"],
  // graph
  [
    "Graph learning",
    "图学习",
    "Learning from networks of linked entities: node, edge and graph prediction.",
    "从相连实体的网络中学习，预测节点、边或整个图的属性。",
  ],
]);

/**
 * The application-domain dimension.
 *
 * @internal
 */
export const _DOMAIN_DIMENSION = /* @__PURE__ */ _closedDimension({
  id: "domain",
  aspect: "domain",
  label: { en: "Application domain", zh: "应用领域" },
  values: DOMAINS,
  info: DOMAIN_INFO,
  read: (model) => model.domains,
});
