/**
 * The one declaration of a dimension: what `DIMENSIONS`, query filters, the query index, facet counts,
 * `groupBy` and the command line's flags are all derived from. Each dimension file declares its own; the list
 * in ./index.ts is the only place that names them all.
 *
 * Vocabulary: the six **aspects** are the seed's ways of classifying a model (scale, task, modality, training,
 * domain, architecture); a **dimension** is one key a model is filtered, counted and grouped on, and belongs to
 * an aspect (the task aspect has the dimensions `taskType` and `task`). Facet counts are counts per value of
 * every dimension.
 *
 * @internal
 * @module
 */
import type { LocalizedText, ValueInfo } from "../i18n.js";
import type { Model } from "../model.js";
import type { Aspect } from "./index.js";

/**
 * A dimension whose values are a fixed list, each with its labels and description.
 *
 * @internal
 */
export interface _ClosedDimension<Id extends string = string, V extends string = string> {
  readonly id: Id;
  readonly aspect: Aspect;
  readonly label: LocalizedText;
  readonly values: readonly V[];
  readonly info: Readonly<Record<V, ValueInfo>>;
  // Methods rather than function-valued properties: a dimension of specific values must be usable where any
  // dimension is expected, which method parameters allow.
  /** The parent of a value in a tree (architecture nodes, finer tasks); a model with a value has its ancestors. */
  parentOf(value: V): V | null;
  /** The values a model has, before ancestors are added. */
  read(model: Model): readonly V[];
}

/**
 * A dimension whose values come from the data, such as the family a model belongs to.
 *
 * @internal
 */
export interface _OpenDimension<Id extends string = string> {
  readonly id: Id;
  readonly aspect: null;
  readonly label: LocalizedText;
  readonly values: null;
  /** The values a model has. */
  read(model: Model): readonly string[];
}

/** @internal */
export type _AnyDimension = _ClosedDimension<string, string> | _OpenDimension<string>;

/**
 * Declares a dimension with a fixed list of values.
 *
 * @internal
 */
export function _closedDimension<const Id extends string, V extends string>(dimension: {
  readonly id: Id;
  readonly aspect: Aspect;
  readonly label: LocalizedText;
  readonly values: readonly V[];
  readonly info: Readonly<Record<V, ValueInfo>>;
  readonly parentOf?: (value: V) => V | null;
  readonly read: (model: Model) => readonly V[];
}): _ClosedDimension<Id, V> {
  return { parentOf: () => null, ...dimension };
}

/**
 * Declares a dimension whose values come from the data.
 *
 * @internal
 */
export function _openDimension<const Id extends string>(dimension: {
  readonly id: Id;
  readonly label: LocalizedText;
  readonly read: (model: Model) => readonly string[];
}): _OpenDimension<Id> {
  return { ...dimension, aspect: null, values: null };
}
