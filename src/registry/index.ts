/**
 * `model-taxonomy/registry`: the built-in registry of well-known models, every fact sourced, with lookup,
 * queries, facets, lineage and descriptions. Kept on its own entry so that code importing only the schemas
 * does not pay for the data. Nothing is parsed at import: a lookup decodes the family of the model it finds
 * (the names are folded at build time), the first query decodes every record and builds the query index, the
 * first family call the families.
 *
 * @packageDocumentation
 */
import type { DescribeOptions } from "../describe.js";
import type { DimensionId } from "../dimensions/index.js";
import type { Model } from "../model.js";
import type { ModelFilter } from "../query/filter.js";
import { _builtInRegistry } from "./_builtin.js";
import type { ModelFamily } from "./_families.js";
import type { FacetCounts, Groups, ModelRegistry, QueryOptions } from "./create.js";
import { loadFamilyInfos, loadModelStore } from "./data/index.js";

/**
 * The built-in registry. Its methods are the ones every {@link ModelRegistry} has; the functions below are
 * shortcuts to them.
 *
 * @example
 * ```ts
 * import { registry } from "model-taxonomy/registry";
 * registry.size; // 1,950 or so
 * registry.query({ architecture: "rnn" }).map((model) => model.name); // LSTMs and GRUs included
 * ```
 */
export const registry: ModelRegistry = /* @__PURE__ */ _builtInRegistry(loadModelStore, loadFamilyInfos);

/**
 * Finds a built-in model by id, name, alias or Hugging Face repo id; case, spaces, dots, hyphens and
 * underscores do not matter.
 *
 * @param idOrAlias - Such as `"GPT-2"`, `"gpt2"` or `"openai-community/gpt2"`.
 * @returns The model, or `undefined` when none has that name.
 *
 * @example
 * ```ts
 * getModel("gpt2")?.name; // "GPT-2"
 * getModel("no-such-model"); // undefined
 * ```
 */
export function getModel(idOrAlias: string): Model | undefined {
  return registry.get(idOrAlias);
}

/**
 * Like {@link getModel}, but throws for an unknown name.
 *
 * @param idOrAlias - A model id, name or alias.
 * @returns The model.
 * @throws `UnknownModelError` with "did you mean" suggestions by edit distance.
 *
 * @example
 * ```ts
 * requireModel("gtp-2"); // throws: unknown model "gtp-2"; did you mean "GPT-2"?
 * ```
 */
export function requireModel(idOrAlias: string): Model {
  return registry.require(idOrAlias);
}

/**
 * Lists built-in models, every model when no filter is given.
 *
 * @returns Every built-in model, by year and then name.
 *
 * @example
 * ```ts
 * allModels().length; // 1,950 or so
 * ```
 */
export function allModels(): readonly Model[] {
  return registry.all();
}

/**
 * Finds built-in models matching a typed filter.
 *
 * @param filter - One key per dimension (a value or an array meaning any of), ranges, `search`, `not`.
 * @param options - Sort, order, offset and limit.
 * @returns The matching models, by year and then name unless sorted otherwise.
 *
 * @example
 * ```ts
 * queryModels({ architecture: "rnn", year: { max: 2017 } }); // LSTM and GRU models up to 2017
 * queryModels({ modalityClass: "multimodal", sizeClass: "small" }, { sort: "parameters" });
 * queryModels({ parameters: { min: "1B", max: "10B" }, openWeights: true });
 * ```
 */
export function queryModels(filter?: ModelFilter, options?: QueryOptions): Model[] {
  return registry.query(filter, options);
}

/**
 * Counts built-in models matching a filter, without listing them.
 *
 * @param filter - As for {@link queryModels}.
 * @returns The number of matching models.
 *
 * @example
 * ```ts
 * countModels({ domain: "code" });
 * ```
 */
export function countModels(filter?: ModelFilter): number {
  return registry.count(filter);
}

/**
 * Counts, for each dimension, the built-in models matching a filter that have each value: what a filter UI
 * shows beside each checkbox. Tree dimensions count downwards, like queries: `rnn` counts LSTM models too.
 *
 * @param filter - As for {@link queryModels}.
 * @returns Counts per dimension and value.
 *
 * @example
 * ```ts
 * facetCounts({ domain: "nlp" }).architecture["decoder-only"]; // how many NLP models are decoder-only
 * ```
 */
export function facetCounts(filter?: ModelFilter): FacetCounts {
  return registry.facets(filter);
}

/**
 * Groups built-in models by their values in one dimension (a model with several values is in several groups).
 *
 * @param dimension - A dimension id, such as `"sizeClass"`.
 * @param filter - Only models matching it are grouped.
 * @returns The models per value, each group by year and then name.
 *
 * @example
 * ```ts
 * groupBy("sizeClass").small.length;
 * ```
 */
export function groupBy<D extends DimensionId>(dimension: D, filter?: ModelFilter): Groups<D> {
  return registry.groupBy(dimension, filter);
}

/**
 * Describes a built-in model, given by id, name or alias or as a record, in one or two sentences, in English or
 * Chinese, with its base models named as the registry names them.
 *
 * @param model - A model, or its id, name or alias.
 * @param options - `locale: "en" | "zh"`.
 * @returns The description.
 * @throws `UnknownModelError` for an unknown name.
 *
 * @example
 * ```ts
 * describeModelByName("gpt-3");
 * // "GPT-3 is a large, pretrained, decoder-only Transformer for natural language processing that generates text."
 * describeModelByName("vicuna", { locale: "zh" });
 * ```
 */
export function describeModelByName(model: Model | string, options?: Omit<DescribeOptions, "nameOf">): string {
  return registry.describeModelByName(model, options);
}

/**
 * The old name of {@link describeModelByName}: it shadowed the `describe` of test runners in files that import
 * both.
 *
 * @deprecated Use {@link describeModelByName}, which takes the same arguments.
 *
 * @param model - A model, or its id, name or alias.
 * @param options - `locale: "en" | "zh"`.
 * @returns The description.
 *
 * @example
 * ```ts
 * describe("gpt-3"); // the same sentence as describeModelByName("gpt-3")
 * ```
 */
export function describe(model: Model | string, options?: Omit<DescribeOptions, "nameOf">): string {
  return registry.describeModelByName(model, options);
}

/**
 * The model a built-in model was built from.
 *
 * @param model - A model, or its id, name or alias.
 * @returns The base model, or `undefined` for a model with no base in the registry.
 *
 * @example
 * ```ts
 * baseModelOf("vicuna")?.name; // "LLaMA"
 * ```
 */
export function baseModelOf(model: Model | string): Model | undefined {
  return registry.baseModelOf(model);
}

/**
 * Every built-in model built from this one, directly or through others.
 *
 * @param model - A model, or its id, name or alias.
 * @returns The derivatives, by year and then name.
 *
 * @example
 * ```ts
 * derivativesOf("llama-2").map((model) => model.name); // Code Llama, Llemma, …
 * ```
 */
export function derivativesOf(model: Model | string): Model[] {
  return registry.derivativesOf(model);
}

/**
 * The chain of base models of a built-in model, nearest first.
 *
 * @param model - A model, or its id, name or alias.
 * @returns The ancestors; empty for a model with no base.
 *
 * @example
 * ```ts
 * lineageOf("llemma").map((model) => model.name); // ["Code Llama", "Llama 2"]
 * ```
 */
export function lineageOf(model: Model | string): Model[] {
  return registry.lineageOf(model);
}

/**
 * Finds a built-in family by id, name or alias; case, spaces, dots, hyphens and underscores do not matter.
 *
 * @param name - Such as `"Llama 2"`, `"qwen2.5"` or `"BERT"`.
 * @returns The family with its members in release order, or `undefined`.
 *
 * @example
 * ```ts
 * const family = getFamily("Llama 2");
 * family?.members.map((model) => model.id); // ["llama-2-7b", "llama-2-7b-chat", "llama-2-13b", …]
 * family?.sizeClasses; // ["medium", "large"]
 * ```
 */
export function getFamily(name: string): ModelFamily | undefined {
  return registry.getFamily(name);
}

/**
 * Lists the built-in families.
 *
 * @returns Every family, by the year of its first member and then by name.
 *
 * @example
 * ```ts
 * families().filter((family) => family.sizeClasses.length > 1).length; // families spanning size classes
 * ```
 */
export function families(): readonly ModelFamily[] {
  return registry.families();
}

/**
 * The built-in family a model belongs to.
 *
 * @param model - A model or its id, name or alias.
 * @returns The family, or `undefined` for a model without one.
 * @throws `UnknownModelError` for an unknown name.
 *
 * @example
 * ```ts
 * familyOf("meta-llama/Llama-2-7b-chat-hf")?.name; // "Llama 2"
 * ```
 */
export function familyOf(model: Model | string): ModelFamily | undefined {
  return registry.familyOf(model);
}

export type { DescribeOptions } from "../describe.js";
export type {
  DimensionFilter,
  ModalityMatch,
  ModelFilter,
  OneOrMany,
  ParameterCount,
  Range,
  WeightsFilter,
} from "../query/filter.js";
export type { FamilyInfo, ModelFamily } from "./_families.js";
export type { FacetCounts, Groups, ModelRegistry, QueryOptions, SortKey } from "./create.js";
export { RegistryValidationError, UnknownModelError } from "./create.js";
