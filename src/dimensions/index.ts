/**
 * The generic description of every dimension, for user interfaces that do not know them by name: a filter
 * panel, a legend, a language switcher.
 *
 * The taxonomy has six **aspects** (scale, task, modality, training, domain, architecture). A **dimension** is a
 * key a model is filtered, counted and grouped on; each belongs to an aspect, and some aspects have more than
 * one (a task type and a fine task; the modalities and the derived unimodal/multimodal class). Beside them,
 * `family` groups the released checkpoints of one model line. The dimension ids are the keys of a query filter.
 *
 * Every dimension is declared once, in its aspect's file; the list below is the only place that names them
 * all, and everything else — {@link DIMENSIONS}, the filter's keys and their value types, the query index, facet
 * counts, `groupBy`, the command line's flags — is derived from it.
 *
 * @module
 */
import { _deepFreeze } from "../_freeze.js";
import type { LocalizedText, ValueInfo } from "../i18n.js";
import type { _ClosedDimension, _OpenDimension } from "./_dimension.js";
import { _ARCHITECTURE_DIMENSION, _COMPONENT_DIMENSION, _FRAMEWORK_DIMENSION } from "./architecture.js";
import { _DOMAIN_DIMENSION } from "./domain.js";
import { _FAMILY_DIMENSION } from "./family.js";
import { _MODALITY_CLASS_DIMENSION, _MODALITY_DIMENSION } from "./modality.js";
import { _SIZE_CLASS_DIMENSION } from "./scale.js";
import { _TASK_DIMENSION, _TASK_TYPE_DIMENSION } from "./task.js";
import { _TRAINING_METHOD_DIMENSION, _TRAINING_RELATION_DIMENSION } from "./training.js";

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
 * One of the six aspects, such as `"modality"`.
 *
 * @example
 * ```ts
 * const aspect: Aspect = "modality";
 * ASPECT_LABELS[aspect].zh; // "模态"
 * ```
 */
export type Aspect = (typeof ASPECTS)[number];

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
 * Every dimension's declaration, in display order. Adding a dimension is one line here plus its declaration.
 *
 * @internal
 */
export const _DIMENSION_LIST = [
  _SIZE_CLASS_DIMENSION,
  _TASK_TYPE_DIMENSION,
  _TASK_DIMENSION,
  _MODALITY_DIMENSION,
  _MODALITY_CLASS_DIMENSION,
  _TRAINING_METHOD_DIMENSION,
  _TRAINING_RELATION_DIMENSION,
  _DOMAIN_DIMENSION,
  _ARCHITECTURE_DIMENSION,
  _COMPONENT_DIMENSION,
  _FRAMEWORK_DIMENSION,
  _FAMILY_DIMENSION,
] as const;

type Declared = (typeof _DIMENSION_LIST)[number];

/**
 * A dimension id, such as `"sizeClass"`, `"architecture"` or `"family"`.
 *
 * @example
 * ```ts
 * const dimension: DimensionId = "architecture";
 * facetCounts()[dimension]["decoder-only"]; // how many decoder-only models
 * ```
 */
export type DimensionId = Declared["id"];

/**
 * The type of the values of each dimension, by dimension id: a union of literals for the fixed lists, `string`
 * for `family`, whose values are the registry's family ids.
 *
 * @example
 * ```ts
 * const size: DimensionValues["sizeClass"] = "large";
 * ```
 */
export type DimensionValues = {
  readonly [D in Declared as D["id"]]: D extends _ClosedDimension<string, infer V> ? V : string;
};

/**
 * The dimension ids, in display order: the keys of a query filter and of facet counts.
 *
 * @example
 * ```ts
 * for (const dimension of DIMENSION_IDS) console.log(dimension, Object.keys(facetCounts()[dimension]).length);
 * ```
 */
// Tables computed from other tables are built in a function marked pure: a pure call's arguments are still
// evaluated when its result is unused (a `.map` may have effects), and would keep every table they read.
export const DIMENSION_IDS: readonly DimensionId[] = /* @__PURE__ */ (() =>
  _deepFreeze(_DIMENSION_LIST.map((dimension) => dimension.id)))();

/**
 * The declaration of a dimension by id.
 *
 * @internal
 */
export function _dimensionOf(id: DimensionId): _ClosedDimension<DimensionId> | _OpenDimension<DimensionId> {
  const found = _DIMENSION_LIST.find((dimension) => dimension.id === id);
  if (found === undefined) throw new RangeError(`no dimension ${id}`);
  return found;
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

function describeDimension(dimension: _ClosedDimension<DimensionId>): Dimension {
  return {
    id: dimension.id,
    aspect: dimension.aspect,
    label: dimension.label,
    values: dimension.values.flatMap((value) => {
      const info = dimension.info[value];
      return info === undefined ? [] : [{ ...info, id: value, parent: dimension.parentOf(value) }];
    }),
  };
}

/**
 * Every dimension with a fixed list of values, with its values, labels and descriptions in English and
 * Chinese. (`family`, whose values are the registry's families, is not among them: see `families()`.)
 *
 * @example
 * ```ts
 * for (const dimension of DIMENSIONS) {
 *   console.log(dimension.label.zh, dimension.values.map((value) => value.label.zh).join("、"));
 * }
 * // 规模 小型、中型、大型 …
 * ```
 */
export const DIMENSIONS: readonly Dimension[] = /* @__PURE__ */ (() =>
  _deepFreeze(
    _DIMENSION_LIST.flatMap((dimension) => (dimension.values === null ? [] : [describeDimension(dimension)])),
  ))();
