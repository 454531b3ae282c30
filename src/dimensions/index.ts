/**
 * The generic description of every dimension, for user interfaces that do not know them by name: a filter
 * panel, a legend, a language switcher.
 *
 * The taxonomy has six aspects (scale, task, modality, training, domain, architecture). Some aspects have more
 * than one facet a user filters on — a task type and a fine task, a list of modalities and the derived
 * unimodal/multimodal class — so {@link DIMENSIONS} lists facets, each naming its aspect. The facet ids are
 * the keys of a query filter.
 *
 * @module
 */

import * as z from "zod";
import { _deepFreeze } from "../_freeze.js";
import type { LocalizedText, ValueInfo } from "../i18n.js";
import {
  ARCHITECTURE_INFO,
  ARCHITECTURE_PARENTS,
  ARCHITECTURES,
  type Architecture,
  GENERATIVE_FRAMEWORK_INFO,
  GENERATIVE_FRAMEWORKS,
  type GenerativeFramework,
} from "./architecture.js";
import { DOMAIN_INFO, DOMAINS, type Domain } from "./domain.js";
import {
  MODALITIES,
  MODALITY_CLASS_INFO,
  MODALITY_CLASSES,
  MODALITY_INFO,
  type Modality,
  type ModalityClass,
} from "./modality.js";
import { SIZE_CLASS_INFO, SIZE_CLASSES, type SizeClass } from "./scale.js";
import { TASK_INFO, TASK_PROFILES, TASK_TYPE_INFO, TASK_TYPES, TASKS, type Task, type TaskType } from "./task.js";
import {
  TRAINING_METHOD_INFO,
  TRAINING_METHODS,
  TRAINING_RELATION_INFO,
  TRAINING_RELATIONS,
  type TrainingMethod,
  type TrainingRelation,
} from "./training.js";

/**
 * The six aspects a model is classified along.
 *
 * @example
 * ```ts
 * ASPECTS.length; // 6
 * ```
 */
export const ASPECTS = /* @__PURE__ */ _deepFreeze([
  "scale",
  "task",
  "modality",
  "training",
  "domain",
  "architecture",
] as const);

/**
 * Zod schema of an aspect.
 *
 * @example
 * ```ts
 * AspectSchema.parse("scale"); // "scale"
 * ```
 */
export const AspectSchema = z.enum(ASPECTS);

/**
 * One of the six aspects, such as `"modality"`.
 *
 * @example
 * ```ts
 * const aspect: Aspect = "modality";
 * ASPECT_LABELS[aspect].zh; // "模态"
 * ```
 */
export type Aspect = z.infer<typeof AspectSchema>;

/**
 * Labels of the six aspects, in English and Chinese.
 *
 * @example
 * ```ts
 * ASPECT_LABELS.training; // { en: "Training method", zh: "训练方式" }
 * ```
 */
export const ASPECT_LABELS = /* @__PURE__ */ _deepFreeze({
  scale: { en: "Scale", zh: "规模" },
  task: { en: "Task", zh: "任务" },
  modality: { en: "Modality", zh: "模态" },
  training: { en: "Training method", zh: "训练方式" },
  domain: { en: "Application domain", zh: "应用领域" },
  architecture: { en: "Architecture", zh: "架构" },
} as const satisfies Record<Aspect, LocalizedText>);

/**
 * The facets a model can be filtered and counted on, in display order.
 *
 * @example
 * ```ts
 * for (const dimension of DIMENSION_IDS) console.log(dimension, Object.keys(facetCounts()[dimension]).length);
 * ```
 */
export const DIMENSION_IDS = /* @__PURE__ */ _deepFreeze([
  "sizeClass",
  "taskType",
  "task",
  "modality",
  "modalityClass",
  "trainingMethod",
  "trainingRelation",
  "domain",
  "architecture",
  "framework",
] as const);

/**
 * Zod schema of a dimension id.
 *
 * @example
 * ```ts
 * DimensionIdSchema.parse("domain"); // "domain"
 * ```
 */
export const DimensionIdSchema = z.enum(DIMENSION_IDS);

/**
 * A facet id, such as `"sizeClass"` or `"architecture"`.
 *
 * @example
 * ```ts
 * const dimension: DimensionId = "architecture";
 * facetCounts()[dimension]["decoder-only"]; // how many decoder-only models
 * ```
 */
export type DimensionId = z.infer<typeof DimensionIdSchema>;

/**
 * The type of the values of each dimension, by dimension id.
 *
 * @example
 * ```ts
 * const relation: DimensionValues["trainingRelation"] = "quantization";
 * ```
 */
export interface DimensionValues {
  readonly sizeClass: SizeClass;
  readonly taskType: TaskType;
  readonly task: Task;
  readonly modality: Modality;
  readonly modalityClass: ModalityClass;
  readonly trainingMethod: TrainingMethod;
  readonly trainingRelation: TrainingRelation;
  readonly domain: Domain;
  readonly architecture: Architecture;
  readonly framework: GenerativeFramework;
}

/**
 * One value of a dimension, as a user interface shows it.
 *
 * @example
 * ```ts
 * const small: DimensionValue | undefined = DIMENSIONS[0]?.values[0];
 * small?.label.zh; // "小型"
 * ```
 */
export interface DimensionValue<Id extends string = string> extends ValueInfo {
  readonly id: Id;
  /** The parent value in a tree (architecture nodes, finer tasks), or `null` at the top. */
  readonly parent: Id | null;
}

/**
 * One dimension with all its values.
 *
 * @example
 * ```ts
 * const scale: Dimension | undefined = DIMENSIONS.find((dimension) => dimension.id === "sizeClass");
 * scale?.values.map((value) => value.id); // ["small", "medium", "large"]
 * ```
 */
export interface Dimension<Id extends string = string> {
  readonly id: DimensionId;
  /** Which of the six aspects the dimension belongs to. */
  readonly aspect: Aspect;
  readonly label: LocalizedText;
  readonly values: readonly DimensionValue<Id>[];
}

function _dimension<Id extends string>(
  id: DimensionId,
  aspect: Aspect,
  label: LocalizedText,
  ids: readonly Id[],
  info: Readonly<Record<Id, ValueInfo>>,
  parentOf: (value: Id) => Id | null = () => null,
): Dimension<Id> {
  return {
    id,
    aspect,
    label,
    values: ids.map((value) => ({
      id: value,
      label: info[value].label,
      description: info[value].description,
      parent: parentOf(value),
    })),
  };
}

/**
 * Every dimension with its values, labels and descriptions in English and Chinese.
 *
 * @example
 * ```ts
 * for (const dimension of DIMENSIONS) {
 *   console.log(dimension.label.zh, dimension.values.map((value) => value.label.zh).join("、"));
 * }
 * // 规模 小型、中型、大型 …
 * ```
 */
export const DIMENSIONS: readonly Dimension[] = /* @__PURE__ */ _deepFreeze([
  /* @__PURE__ */ _dimension("sizeClass", "scale", { en: "Scale", zh: "规模" }, SIZE_CLASSES, SIZE_CLASS_INFO),
  /* @__PURE__ */ _dimension("taskType", "task", { en: "Task type", zh: "任务类型" }, TASK_TYPES, TASK_TYPE_INFO),
  /* @__PURE__ */ _dimension(
    "task",
    "task",
    { en: "Task", zh: "具体任务" },
    TASKS,
    TASK_INFO,
    (task) => TASK_PROFILES[task].parent,
  ),
  /* @__PURE__ */ _dimension("modality", "modality", { en: "Modality", zh: "模态" }, MODALITIES, MODALITY_INFO),
  /* @__PURE__ */ _dimension(
    "modalityClass",
    "modality",
    { en: "Unimodal or multimodal", zh: "单模态或多模态" },
    MODALITY_CLASSES,
    MODALITY_CLASS_INFO,
  ),
  /* @__PURE__ */ _dimension(
    "trainingMethod",
    "training",
    { en: "Training method", zh: "训练方式" },
    TRAINING_METHODS,
    TRAINING_METHOD_INFO,
  ),
  /* @__PURE__ */ _dimension(
    "trainingRelation",
    "training",
    { en: "Relation to the base model", zh: "与基础模型的关系" },
    TRAINING_RELATIONS,
    TRAINING_RELATION_INFO,
  ),
  /* @__PURE__ */ _dimension("domain", "domain", { en: "Application domain", zh: "应用领域" }, DOMAINS, DOMAIN_INFO),
  /* @__PURE__ */ _dimension(
    "architecture",
    "architecture",
    { en: "Architecture", zh: "架构" },
    ARCHITECTURES,
    ARCHITECTURE_INFO,
    (node) => ARCHITECTURE_PARENTS[node],
  ),
  /* @__PURE__ */ _dimension(
    "framework",
    "architecture",
    { en: "Generative framework", zh: "生成框架" },
    GENERATIVE_FRAMEWORKS,
    GENERATIVE_FRAMEWORK_INFO,
  ),
]);
