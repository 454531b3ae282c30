// The built-in registry, loaded when a command first needs it: `--version`, `--help` and `schema` never do.
import type { Model } from "../model.js";
import type { ModelFamily } from "../registry/_families.js";
import type { ModelRegistry } from "../registry/create.js";

/**
 * The built-in registry, imported on first use.
 *
 * @example
 * ```ts
 * const registry = await _loadRegistry();
 * registry.require("gpt-2").name; // "GPT-2"
 * ```
 *
 * @internal
 */
export async function _loadRegistry(): Promise<ModelRegistry> {
  return (await import("../registry/index.js")).registry;
}

/**
 * What a name stands for: a model when it names one itself (its id, name or an alias), else a family when it
 * names one. A name that is both (`gpt-2` is the GPT-2 family and its 124M checkpoint) is the model; the
 * `family` command is there for the family.
 *
 * @example
 * ```ts
 * await _resolveName(registry, "Llama 2"); // { kind: "family", family }
 * ```
 *
 * @internal
 */
export async function _resolveName(
  registry: ModelRegistry,
  name: string,
): Promise<
  { readonly kind: "model"; readonly model: Model } | { readonly kind: "family"; readonly family: ModelFamily }
> {
  const model = registry.require(name);
  // A name the model carries itself is the model, so the families (every record decoded) are only read for a
  // name the model does not carry: `require` found it as the representative of the family of that name.
  const family = (await namesModel(model, name)) ? undefined : registry.getFamily(name);
  return family === undefined ? { kind: "model", model } : { kind: "family", family };
}

async function namesModel(model: Model, name: string): Promise<boolean> {
  const { normalizeModelName } = await import("../model.js");
  const wanted = normalizeModelName(name);
  return [model.id, model.name, ...model.aliases].some((candidate) => normalizeModelName(candidate) === wanted);
}
