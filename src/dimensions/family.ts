/**
 * Family: the line of released models a model belongs to (Llama 2, BERT, Whisper), as the `family` field of a
 * record names it. Not one of the six aspects but a dimension all the same: queries, facet counts and `groupBy`
 * take it like the others. Its values are the family ids of the registry's data, not a fixed list.
 *
 * @module
 */
import { _openDimension } from "./_dimension.js";

/**
 * The family dimension: the family id a model carries.
 *
 * @internal
 */
export const _FAMILY_DIMENSION = /* @__PURE__ */ _openDimension({
  id: "family",
  label: { en: "Family", zh: "模型系列" },
  read: (model) => (model.family === undefined ? [] : [model.family]),
});
