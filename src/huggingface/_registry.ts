// Looking Hub ids up in a registry of known checkpoints (the built-in one by default). Private to the library.
import type { Model } from "../model.js";

/**
 * What the classifier needs of a registry: `get` by id, name, alias or Hub id (a `ModelRegistry` has it).
 *
 * @example
 * ```ts
 * const lookup: HubModelLookup = { get: (id) => myModels.find((model) => model.id === id) };
 * classifyHuggingFaceModel(info, { registry: lookup });
 * ```
 */
export interface HubModelLookup {
  /** The model with this id, name, alias or Hub id, when the registry has one. */
  get(idOrAlias: string): Model | undefined;
  /** When present, names that only match a family (not a checkpoint) are ignored. */
  getFamily?(name: string): unknown;
}

/** A registry checkpoint, and the name it was found under. */
export interface _Known {
  readonly model: Model;
  readonly name: string;
}

/**
 * The checkpoint a name stands for, or undefined. A family name ("BERT") is not a checkpoint: the registry
 * answers it with a representative member, whose facts need not be the named repository's.
 *
 * @example
 * _known(registry, "google/vit-base-patch16-224")?.model.id; // "vit-base-patch16-224"
 */
export function _known(registry: HubModelLookup | undefined, name: string | undefined): _Known | undefined {
  if (registry === undefined || name === undefined || name.length < 2) return undefined;
  const model = registry.get(name);
  if (model === undefined) return undefined;
  if (registry.getFamily !== undefined && registry.getFamily(name) !== undefined) return undefined;
  return { model, name };
}

/** The first of several names that is a known checkpoint. */
export function _firstKnown(
  registry: HubModelLookup | undefined,
  names: readonly (string | undefined)[],
): _Known | undefined {
  for (const name of names) {
    const found = _known(registry, name);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The Hub repository id of a registry model ("meta-llama/Meta-Llama-3-8B"), or its registry id. */
export function _hubIdOf(model: Model): string {
  const link = model.links.huggingface;
  const prefix = "https://huggingface.co/";
  return link?.startsWith(prefix) === true ? link.slice(prefix.length).replace(/\/$/, "") : model.id;
}

/** The registry record of a model's base, when the registry holds it. */
export function _baseRecord(registry: HubModelLookup | undefined, model: Model): Model | undefined {
  const base = model.training.baseModel;
  return base === undefined ? undefined : registry?.get(base);
}
