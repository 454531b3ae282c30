/**
 * The keys query results can be sorted by, in a module of their own: the command line names them in its help
 * without loading the registry's code.
 *
 * @module
 */
import { _deepFreeze } from "../_freeze.js";

/**
 * What query results can be sorted by. `"default"` is by year, then name.
 *
 * @example
 * ```ts
 * SORT_KEYS.includes("parameters"); // true
 * ```
 */
export const SORT_KEYS = /* @__PURE__ */ _deepFreeze([
  "default",
  "year",
  "name",
  "parameters",
  "organization",
] as const);

/**
 * A sort key of a query's options (`QueryOptions.sort`).
 *
 * @example
 * ```ts
 * const sort: SortKey = "parameters";
 * queryModels({}, { sort, order: "desc" });
 * ```
 */
export type SortKey = (typeof SORT_KEYS)[number];
