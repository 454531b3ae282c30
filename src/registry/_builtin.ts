/**
 * The built-in registry: the full registry over the stored records (built on first use by `_lazyRegistry`),
 * with the calls a program makes first — looking a model up, describing it — answered from the store alone.
 * Those need one record and the names of its base models; the full registry needs every record decoded, sorted,
 * named and indexed, which is most of what a command line's `describe gpt-2` or a first `getModel` would wait
 * for.
 *
 * @internal
 * @module
 */
import { _deepFreeze } from "../_freeze.js";
import { describeModel } from "../describe.js";
import { _rememberValidModel, type Model } from "../model.js";
import type { FamilyInfo } from "./_families.js";
import type { _ModelStore } from "./_stored.js";
import { _lazyRegistry, type ModelRegistry } from "./create.js";

// How many names the registry remembers exactly as they were asked for, and how long they may be (as the full
// registry does: a name asked for again costs one Map.get).
const RECENT_NAMES = 4096;
const RECENT_NAME_LENGTH = 128;

/**
 * The built-in registry over a store of trusted records (checked when they were written). A lookup the store
 * answers decodes one family: under Node any spelling of a model's or family's name (the data file holds a table
 * of them), in a bundle an id, name or alias as the data writes it. Anything else — another spelling where the
 * store cannot tell, a query, the families — goes to the full registry, built then. Both hand out the same frozen
 * records.
 *
 * @example
 * ```ts
 * export const registry = _builtInRegistry(loadModelStore, loadFamilyInfos);
 * registry.get("gpt2")?.name; // "GPT-2", with only GPT-2's family decoded
 * ```
 *
 * @internal
 */
export function _builtInRegistry(
  loadStore: () => _ModelStore,
  loadFamilies: () => readonly FamilyInfo[],
): ModelRegistry {
  let store: _ModelStore | undefined;
  const stored = (): _ModelStore => {
    store ??= loadStore();
    return store;
  };
  const full = _lazyRegistry(() => stored().all(), loadFamilies);
  const recent = new Map<string, Model>();

  // The model a name names by itself (not a family's name), frozen and known as valid from now on.
  const find = (name: string): Model | undefined => {
    const position = stored().find(name);
    const model = position === undefined ? undefined : stored().at(position);
    if (model !== undefined && !Object.isFrozen(model)) {
      _deepFreeze(model);
      _rememberValidModel(model);
    }
    return model;
  };
  const get = (idOrAlias: string): Model | undefined => {
    if (typeof idOrAlias !== "string") return undefined;
    const known = recent.get(idOrAlias);
    if (known !== undefined) return known;
    // A name the store cannot tell (a family's name, another spelling): the full registry knows. A store that
    // knows every name has told already.
    const model = find(idOrAlias) ?? (stored().knowsEveryName ? undefined : full.get(idOrAlias));
    if (model !== undefined && idOrAlias.length <= RECENT_NAME_LENGTH) {
      if (recent.size >= RECENT_NAMES) recent.clear();
      recent.set(idOrAlias, model);
    }
    return model;
  };
  const require = (idOrAlias: string): Model => {
    const model = typeof idOrAlias === "string" ? get(idOrAlias) : undefined;
    return model ?? full.require(idOrAlias);
  };
  const describe: ModelRegistry["describeModelByName"] = (model, options = {}) =>
    describeModel(typeof model === "string" ? require(model) : model, {
      ...options,
      nameOf: (id) => get(id)?.name,
    });

  // Methods rather than arrow functions, so that mutation testing can switch a changed body on while the tests
  // run (which arrow to use is decided once, when the registry is made, before any test).
  const registry: ModelRegistry = {
    get size() {
      return stored().size;
    },
    all() {
      return full.all();
    },
    get,
    require,
    query(filter, options) {
      return full.query(filter, options);
    },
    count(filter) {
      return full.count(filter);
    },
    facets(filter) {
      return full.facets(filter);
    },
    groupBy(dimension, filter) {
      return full.groupBy(dimension, filter);
    },
    describeModelByName: describe,
    describe,
    baseModelOf(model) {
      return full.baseModelOf(model);
    },
    lineageOf(model) {
      return full.lineageOf(model);
    },
    derivativesOf(model) {
      return full.derivativesOf(model);
    },
    suggest(name, limit) {
      return full.suggest(name, limit);
    },
    families() {
      return full.families();
    },
    getFamily(name) {
      return full.getFamily(name);
    },
    familyOf(model) {
      return full.familyOf(model);
    },
    describeFamily(family, options) {
      return full.describeFamily(family, options);
    },
  };
  return Object.freeze(registry);
}
