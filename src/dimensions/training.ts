/**
 * Training method: where a model's weights come from.
 *
 * - `pretrained`: trained from random initialisation on broad data as a general foundation that others adapt
 *   or prompt (BERT, GPT-3, CLIP). Chat models whose base checkpoint was never released on its own (GPT-4)
 *   are pretrained too: there is no separate base to point at.
 * - `from-scratch`: trained from random initialisation directly on the task it is known for, usually with
 *   labels (AlexNet and ResNet on ImageNet, DQN on Atari).
 * - `transfer-learning`: built from another model's weights. The record then names the base model and the
 *   {@link TRAINING_RELATIONS | relation} to it; Hugging Face's `base_model_relation` uses the same idea.
 *
 * @module
 */

import { _closedDimension } from "./_dimension.js";
import { _infoTable } from "./_info.js";

/**
 * The training methods.
 *
 * @example
 * ```ts
 * TRAINING_METHODS; // ["pretrained", "from-scratch", "transfer-learning"]
 * ```
 */
export const TRAINING_METHODS = /* @__PURE__ */ Object.freeze([
  "pretrained",
  "from-scratch",
  "transfer-learning",
] as const);

/**
 * `"pretrained" | "from-scratch" | "transfer-learning"`.
 *
 * @example
 * ```ts
 * const method: TrainingMethod = "transfer-learning";
 * queryModels({ trainingMethod: method });
 * ```
 */
export type TrainingMethod = (typeof TRAINING_METHODS)[number];

/**
 * How a transfer-learned model relates to its base model.
 *
 * @example
 * ```ts
 * TRAINING_RELATIONS.includes("merge"); // true
 * ```
 */
export const TRAINING_RELATIONS = /* @__PURE__ */ Object.freeze([
  "fine-tune",
  "adapter",
  "distillation",
  "quantization",
  "merge",
  "continued-pretraining",
] as const);

/**
 * A relation to a base model, such as `"fine-tune"` or `"adapter"`.
 *
 * @example
 * ```ts
 * const relation: TrainingRelation = "quantization";
 * queryModels({ trainingRelation: relation });
 * ```
 */
export type TrainingRelation = (typeof TRAINING_RELATIONS)[number];

/**
 * Labels and descriptions of each training method, in English and Chinese.
 *
 * @example
 * ```ts
 * TRAINING_METHOD_INFO["transfer-learning"].label.zh; // "迁移学习"
 * ```
 */
// One entry per value of TRAINING_METHODS, in its order: [English label, or null for the id in words (see
// _info.ts), Chinese label, English description, Chinese description].
export const TRAINING_METHOD_INFO = /* @__PURE__ */ _infoTable(TRAINING_METHODS, [
  // pretrained
  [
    null,
    "预训练",
    "Trained from scratch on broad data as a general foundation others adapt or prompt.",
    "在大规模通用数据上从零训练，作为供微调或提示的基础模型。",
  ],
  // from-scratch
  [
    "Trained from scratch",
    "从零训练",
    "Trained from random weights directly on the task it is known for, usually with labelled data.",
    "从随机初始化直接针对目标任务训练，通常用标注数据。",
  ],
  // transfer-learning
  [
    null,
    "迁移学习",
    "Built from another model's weights by fine-tuning, adapters, distillation, quantization or merging.",
    "基于另一个模型的权重构建，如微调、适配器、蒸馏、量化或合并。",
  ],
]);

/**
 * Labels and descriptions of each relation to a base model, in English and Chinese.
 *
 * @example
 * ```ts
 * TRAINING_RELATION_INFO.distillation.label.en; // "Distillation"
 * ```
 */
// One entry per value of TRAINING_RELATIONS, in its order: [English label, or null for the id in words (see
// _info.ts), Chinese label, English description, Chinese description].
export const TRAINING_RELATION_INFO = /* @__PURE__ */ _infoTable(TRAINING_RELATIONS, [
  // fine-tune
  [
    "Fine-tune",
    "微调",
    "All or most of the base model's weights trained further on task or instruction data.",
    "在任务或指令数据上继续训练基础模型的全部或大部分权重。",
  ],
  // adapter
  [
    null,
    "适配器",
    "A small set of new weights, such as LoRA or ControlNet, trained beside a frozen base model.",
    "在冻结的基础模型旁训练一小组新权重，如 LoRA 或 ControlNet。",
  ],
  // distillation
  [
    null,
    "蒸馏",
    "A smaller student model trained to imitate the outputs of the base model as teacher.",
    "训练较小的学生模型模仿作为教师的基础模型的输出。",
  ],
  // quantization
  [
    null,
    "量化",
    "The base model's weights stored at lower precision, such as 4 or 8 bits, to save memory.",
    "以更低精度（如 4 位或 8 位）存储基础模型的权重以节省内存。",
  ],
  // merge
  [
    null,
    "模型合并",
    "Weights of two or more models combined into one with little or no further training.",
    "将两个或多个模型的权重合并为一个，几乎不再训练。",
  ],
  // continued-pretraining
  [
    null,
    "继续预训练",
    "The base model's self-supervised training continued on new data, such as code or another language.",
    "用新数据（如代码或其他语言）继续基础模型的自监督预训练。",
  ],
]);

/**
 * The training-method dimension.
 *
 * @internal
 */
export const _TRAINING_METHOD_DIMENSION = /* @__PURE__ */ _closedDimension({
  id: "trainingMethod",
  aspect: "training",
  label: { en: "Training method", zh: "训练方式" },
  values: TRAINING_METHODS,
  info: TRAINING_METHOD_INFO,
  read: (model) => [model.training.method],
});

/**
 * The dimension of a transfer-learned model's relation to its base.
 *
 * @internal
 */
export const _TRAINING_RELATION_DIMENSION = /* @__PURE__ */ _closedDimension({
  id: "trainingRelation",
  aspect: "training",
  label: { en: "Relation to the base model", zh: "与基础模型的关系" },
  values: TRAINING_RELATIONS,
  info: TRAINING_RELATION_INFO,
  read: (model) => (model.training.relation === undefined ? [] : [model.training.relation]),
});
