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
  /** When present, names no record could match are turned away before `get` folds them. */
  all?(): readonly Model[];
}

// A coarser fold than the registry's (every separator dropped, even between digits), so a name whose coarse
// form no record has cannot match any record: most Hub ids are unknown, and the registry's fold is the costly
// part of a lookup.
function coarseName(name: string): string {
  return name.toLowerCase().replace(/[\s._-]+/g, "");
}

// The coarse form's hash, computed over the characters without building the string: ASCII letters folded to
// lower case, separators skipped. NaN (never in the set, so "maybe") for names with other characters, whose
// lower case this loop does not know.
export function _coarseHash(name: string): number {
  const fold = FOLD ?? foldTable();
  let hash = 0;
  for (let i = 0; i < name.length; i++) {
    const code = name.charCodeAt(i);
    if (code > 127) return Number.NaN;
    const folded = fold[code] ?? -1;
    if (folded >= 0) hash = (Math.imul(hash, 31) + folded) | 0;
  }
  return hash;
}

// Each ASCII character as the coarse hash reads it: -1 for separators (skipped), letters in lower case, the
// rest as they are. One load per character instead of a chain of comparisons; built on first use.
let FOLD: Int16Array | undefined;

function foldTable(): Int16Array {
  const fold = new Int16Array(128);
  for (let code = 0; code < 128; code++) {
    const separator = code === 45 || code === 46 || code === 95 || code === 32 || (code >= 9 && code <= 13);
    fold[code] = separator ? -1 : code >= 65 && code <= 90 ? code + 32 : code;
  }
  FOLD = fold;
  return fold;
}

// The coarse hashes of every name a registry knows (null when it cannot list its models), built on first use.
function coarseHashes(registry: HubModelLookup): ReadonlySet<number> | null {
  if (registry.all === undefined) return null;
  const built = new Set<number>();
  for (const model of registry.all()) {
    for (const known of [model.id, model.name, ...model.aliases]) built.add(_coarseHash(coarseName(known)));
  }
  return built;
}

/** A registry checkpoint, and the name it was found under. */
export interface _Known {
  readonly model: Model;
  readonly name: string;
}

// Enough for the distinct base models of a large dump; past it the memory starts over rather than grow.
const MAX_REMEMBERED = 4096;

/** What is remembered of one registry: the hashes of the names it knows, and its answers to names. */
interface Memory {
  readonly hashes: ReadonlySet<number> | null;
  readonly answers: Map<string, _Known | null>;
}

const memories = /* @__PURE__ */ new WeakMap<HubModelLookup, Memory>();

/**
 * The checkpoint a name stands for, or undefined. A family name ("BERT") is not a checkpoint: the registry
 * answers it with a representative member, whose facts need not be the named repository's.
 *
 * @example
 * _known(registry, "google/vit-base-patch16-224")?.model.id; // "vit-base-patch16-224"
 */
export function _known(registry: HubModelLookup | undefined, name: string | undefined): _Known | undefined {
  if (registry === undefined || name === undefined || name.length < 2) return undefined;
  // Bases recur across a dump (thousands of fine-tunes name one base), so answers are remembered per registry;
  // only for names the registry might know, which keeps the memory as small as the registry's list of names.
  let memory = memories.get(registry);
  if (memory === undefined) {
    memory = { hashes: coarseHashes(registry), answers: new Map() };
    memories.set(registry, memory);
  }
  const { hashes, answers } = memory;
  // Names the registry cannot know (most Hub ids) are turned away by their coarse hash first, before a lookup
  // in the memory hashes the whole new string.
  if (hashes !== null) {
    const hash = _coarseHash(name);
    if (!Number.isNaN(hash) && !hashes.has(hash)) return undefined;
  }
  const remembered = answers.get(name);
  if (remembered !== undefined) return remembered ?? undefined;
  const found = lookUp(registry, name);
  if (answers.size >= MAX_REMEMBERED) answers.clear();
  answers.set(name, found ?? null);
  return found;
}

function lookUp(registry: HubModelLookup, name: string): _Known | undefined {
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
