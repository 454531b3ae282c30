/**
 * The built-in records as the package stores them: packed by family (./_packed.ts), one JSON text per family,
 * decoded on its own. A name written as the data writes it (an id such as `gpt-2`, a name such as `GPT-2`, a
 * repo id) is found by searching those texts for it, quoted, and decoding the families it occurs in — a
 * millisecond, instead of decoding 1,700 records and folding 7,000 names. A table of the folded names would
 * find every spelling, but it is 22 kB gzipped, more than the registry entry's size budget leaves; other
 * spellings are left to the full registry, which decodes everything.
 *
 * @internal
 * @module
 */
import type { Model } from "../model.js";
import { type _PackedFamily, _pack, _unpack } from "./_packed.js";

/**
 * What the store reads before it decodes a family: the key order of a full record, how many members each
 * packed family has, and each packed record's position in the registry's order.
 */
export interface _StoredIndex {
  readonly keys: readonly string[];
  readonly sizes: readonly number[];
  readonly order: readonly number[];
}

/**
 * JSON with every character beyond ASCII written as a `\uXXXX` escape: how the build writes the records, so that
 * V8 scans them as one-byte text (a few Chinese names would make the whole chunk two-byte, which it scans about
 * a third slower), and so how a name is searched for in them. The apostrophe is escaped too: a text without one
 * is written between single quotes as it is, where a text holding both quote marks would be written as a
 * template literal, which V8 compiles a third slower. JSON.parse reads the escapes back to the same text.
 *
 * @example
 * ```ts
 * _asciiJson({ name: "通义千问" }); // '{"name":"\\u901a\\u4e49\\u5343\\u95ee"}'
 * ```
 *
 * @internal
 */
export function _asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /['\u0080-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

// A record key as a stored text writes it: its position among the index's keys, in base 36 ("0" for the first).
function shortKey(position: number): string {
  return position.toString(36);
}

// A record's sources with each one that repeats a link written as that link's position among the links'
// values; the rest as they are.
function sourceRefs(sources: unknown, links: unknown): unknown {
  if (!Array.isArray(sources) || typeof links !== "object" || links === null) return sources;
  const values: unknown[] = Object.values(links);
  return sources.map((source: unknown) => {
    const at = values.indexOf(source);
    return at === -1 ? source : at;
  });
}

// An object with its keys written as `rename` writes them, in the same order.
function renamed(object: Readonly<Record<string, unknown>>, rename: (key: string) => string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(object)) out[rename(key)] = value;
  return out;
}

/**
 * The stored text of a packed family, shorter than its JSON by a fifth: as {@link _asciiJson} writes it, with
 * each record key written as its position among `keys` in base 36, and each source that repeats one of the
 * record's links written as the position of that link among the links' values (a family whose sources are
 * shared has them written so only when its links are shared too). Names stay JSON strings, so that a lookup
 * still finds them in the text; {@link _StoredModels} reads both this form and plain JSON.
 *
 * @example
 * ```ts
 * const { index, families } = _store(models, _compareModels, _foldModelName);
 * const texts = families.map((family) => _familyText(family, index.keys));
 * ```
 *
 * @internal
 */
export function _familyText(family: _PackedFamily, keys: readonly string[]): string {
  const short = new Map(keys.map((key, position) => [key, shortKey(position)]));
  const rename = (key: string) => short.get(key) ?? key;
  const sharedLinks = family.shared.links;
  const shared = { ...family.shared };
  if (Object.hasOwn(shared, "sources")) shared.sources = sourceRefs(shared.sources, sharedLinks);
  const members = family.members.map((member) => {
    const copy = { ...member };
    if (Object.hasOwn(copy, "sources")) copy.sources = sourceRefs(copy.sources, copy.links ?? sharedLinks);
    return renamed(copy, rename);
  });
  return _asciiJson({ shared: renamed(shared, rename), members });
}

// The records of a family as `_familyText` or plain JSON stores them: full keys, and every source a URL again.
function readFamily(text: string, keys: readonly string[]): Readonly<Record<string, unknown>>[] {
  const packed: _PackedFamily = JSON.parse(text);
  const full = new Map(keys.map((key, position) => [shortKey(position), key]));
  const rename = (key: string) => full.get(key) ?? key;
  const family = { shared: renamed(packed.shared, rename), members: packed.members.map((m) => renamed(m, rename)) };
  return _unpack({ keys, families: [family] }).map((record) => {
    const { sources, links } = record;
    if (!Array.isArray(sources) || !sources.some((source) => typeof source === "number")) return record;
    const values: unknown[] = typeof links === "object" && links !== null ? Object.values(links) : [];
    return {
      ...record,
      sources: sources.map((source: unknown) => (typeof source === "number" ? values[source] : source)),
    };
  });
}

/**
 * The records of a registry's data, in the registry's order, found by folded name. The published build stores
 * them in a {@link _StoredModels}; the sources keep them parsed ({@link _modelStore}).
 *
 * @example
 * ```ts
 * const store: _ModelStore = loadModelStore();
 * const position = store.find(normalizeModelName("GPT-2"));
 * position === undefined ? undefined : store.at(position);
 * ```
 *
 * @internal
 */
export interface _ModelStore {
  /** How many records there are. */
  readonly size: number;
  /**
   * The position of the record that carries a name (its id, name or alias, folded as `normalizeModelName`
   * folds it), when the store can tell without reading every record; `undefined` when it has no such record
   * or cannot tell. The full registry answers the second.
   */
  find(name: string): number | undefined;
  /** The record at a position, or `undefined` past the end. */
  at(position: number): Model | undefined;
  /** Every record, in order: the same objects `at` returns. */
  all(): readonly Model[];
}

// Every folded id, name and alias with the position of its record; a name two records share is an error.
function nameTable(models: readonly Model[], fold: (name: string) => string): Map<string, number> {
  const names = new Map<string, number>();
  models.forEach((model, position) => {
    for (const name of [model.id, model.name, ...model.aliases]) {
      const key = fold(name);
      const owner = models[names.get(key) ?? position];
      if (owner !== undefined && owner !== model) {
        throw new Error(`the name ${JSON.stringify(name)} of "${model.id}" is already used by "${owner.id}"`);
      }
      names.set(key, position);
    }
  });
  return names;
}

/**
 * Stores records for {@link _StoredModels}: packed by family, sorted by `compare`. Throws when two records share
 * a name once folded by `fold`, which a registry would refuse at its first lookup.
 *
 * @example
 * ```ts
 * const { index, families } = _store(models, _compareModels, _foldModelName);
 * const texts = families.map((family) => _familyText(family, index.keys)); // decoded when used
 * ```
 *
 * @internal
 */
export function _store(
  models: readonly Model[],
  compare: (a: Model, b: Model) => number,
  fold: (name: string) => string,
): { readonly index: _StoredIndex; readonly families: readonly _PackedFamily[] } {
  nameTable(models, fold);
  const packed = _pack(models, compare);
  const order = packed.order ?? models.map((_, position) => position);
  return {
    index: { keys: packed.keys, sizes: packed.families.map((family) => family.members.length), order },
    families: packed.families,
  };
}

/**
 * A store of records already parsed: what the sources use, where the records come from the data files.
 *
 * @example
 * ```ts
 * const store = _modelStore(MODEL_RECORDS.map((record) => parseModel(record)), _compareModels, _foldModelName);
 * ```
 *
 * @internal
 */
export function _modelStore(
  models: readonly Model[],
  compare: (a: Model, b: Model) => number,
  fold: (name: string) => string,
): _ModelStore {
  const sorted = [...models].sort(compare);
  const names = nameTable(sorted, fold);
  return {
    size: sorted.length,
    find: (name) => names.get(fold(name)),
    at: (position) => sorted[position],
    all: () => sorted,
  };
}

/**
 * The stored texts of the families, however they are held: as strings (the data compiled into a bundle) or as the
 * bytes of the data file (what Node reads on first use, never decoded whole). The texts are ASCII, so a byte is a
 * character.
 *
 * @example
 * ```ts
 * const texts = _textFamilies(['{"shared":{},"members":[]}']);
 * texts.next('"gpt-2"', 0); // -1: no family holds it
 * ```
 *
 * @internal
 */
export interface _FamilyTexts {
  /** How many families there are. */
  readonly count: number;
  /** The first family from `from` on whose text holds `text`, or -1. */
  next(text: string, from: number): number;
  /** The text of a family. */
  text(family: number): string;
}

/**
 * Family texts held as strings.
 *
 * @example
 * ```ts
 * _textFamilies(["a", "b"]).next("b", 0); // 1
 * ```
 *
 * @internal
 */
export function _textFamilies(texts: readonly string[]): _FamilyTexts {
  return {
    count: texts.length,
    next(text, from) {
      for (let family = Math.max(0, from); family < texts.length; family++) {
        if (texts[family]?.includes(text)) return family;
      }
      return -1;
    },
    text: (family) => texts[family] ?? "null",
  };
}

/**
 * The bytes of the data file as Node's `Buffer` reads them: searched for a text without decoding them, and
 * decoded one slice at a time.
 *
 * @internal
 */
export interface _StoredBytes {
  readonly length: number;
  indexOf(value: string | number, byteOffset?: number): number;
  toString(encoding: "latin1", start?: number, end?: number): string;
}

/** The separator of two family texts in the stored data: a JSON text never holds a raw control character. */
export const _FAMILY_SEPARATOR = "\u0001";

/**
 * Family texts held as the bytes of the data file, from `start` to the end, separated by {@link _FAMILY_SEPARATOR}.
 *
 * @example
 * ```ts
 * const texts = _byteFamilies(Buffer.from("a\u0001b"), 0);
 * texts.text(1); // "b"
 * ```
 *
 * @internal
 */
export function _byteFamilies(bytes: _StoredBytes, start: number): _FamilyTexts {
  // Where each family's text starts; one more entry, past the end, closes the last.
  const starts = [start];
  for (let at = bytes.indexOf(1, start); at !== -1; at = bytes.indexOf(1, at + 1)) starts.push(at + 1);
  starts.push(bytes.length + 1);
  const count = starts.length - 1;
  // The family whose text holds the byte at `at`: the last whose start is at or before it.
  const familyAt = (at: number): number => {
    let low = 0;
    let high = count - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((starts[middle] ?? 0) <= at) low = middle;
      else high = middle - 1;
    }
    return low;
  };
  return {
    count,
    next(text, from) {
      if (from >= count) return -1;
      const at = bytes.indexOf(text, starts[Math.max(0, from)]);
      return at === -1 ? -1 : familyAt(at);
    },
    text: (family) =>
      family >= 0 && family < count
        ? bytes.toString("latin1", starts[family], (starts[family + 1] ?? bytes.length + 1) - 1)
        : "null",
  };
}

/**
 * The stored text of a registry's data, as {@link _readStored} reads it back: the records packed by family
 * ({@link _store}, {@link _familyText}) after the index and the families' descriptions, all ASCII.
 *
 * @example
 * ```ts
 * writeFileSync("dist/registry-data.txt", _storedText(loadModelData(), loadFamilyInfos(), _compareModels, _foldModelName));
 * ```
 *
 * @internal
 */
export function _storedText(
  models: readonly Model[],
  familyInfos: unknown,
  compare: (a: Model, b: Model) => number,
  fold: (name: string) => string,
): string {
  const { index, families } = _store(models, compare, fold);
  return [
    _asciiJson(index),
    _asciiJson(familyInfos),
    families.map((family) => _familyText(family, index.keys)).join(_FAMILY_SEPARATOR),
  ].join("\n");
}

/**
 * The built-in data as the build stores it, a string or a file's bytes: the index as JSON, a line break, the
 * families' descriptions as JSON, a line break, and the family texts separated by {@link _FAMILY_SEPARATOR}.
 *
 * @example
 * ```ts
 * const { index, familyInfos, families } = _readStored(readFileSync(dataFile));
 * new _StoredModels(() => JSON.parse(index()), families, normalizeModelName);
 * ```
 *
 * @internal
 */
export function _readStored(stored: string | _StoredBytes): {
  readonly index: () => string;
  readonly familyInfos: () => string;
  readonly families: _FamilyTexts;
} {
  const first = stored.indexOf("\n");
  const second = stored.indexOf("\n", first + 1);
  if (typeof stored === "string") {
    return {
      index: () => stored.slice(0, first),
      familyInfos: () => stored.slice(first + 1, second),
      families: _textFamilies(stored.slice(second + 1).split(_FAMILY_SEPARATOR)),
    };
  }
  return {
    index: () => stored.toString("latin1", 0, first),
    familyInfos: () => stored.toString("latin1", first + 1, second),
    families: _byteFamilies(stored, second + 1),
  };
}

/**
 * Records decoded family by family from their stored texts, each the same object whichever way it was first
 * asked for: a record one lookup decoded is the record `all()` returns later. The records come out as they went
 * into {@link _store}: the build stores parsed models, and its data module hands this store out as a
 * {@link _ModelStore}.
 *
 * @example
 * ```ts
 * const store = new _StoredModels(() => JSON.parse(indexJson), familyTexts, normalizeModelName);
 * store.find("gpt-2"); // the position of GPT-2 in the registry's order, with one family decoded
 * store.all().length; // every record
 * ```
 *
 * @internal
 */
export class _StoredModels {
  readonly #readIndex: () => _StoredIndex;
  readonly #texts: _FamilyTexts;
  readonly #fold: (name: string) => string;
  #index: _StoredIndex | undefined;
  // The first packed record of each family, and the family of each position.
  #starts: number[] | undefined;
  #familyAt: number[] | undefined;
  readonly #records: Readonly<Record<string, unknown>>[] = [];
  #complete = false;

  /**
   * `readIndex` decodes the index, once; `texts` are the families as {@link _familyText} or {@link _asciiJson}
   * writes them; `fold` folds a name as lookups do.
   */
  constructor(readIndex: () => _StoredIndex, texts: _FamilyTexts, fold: (name: string) => string) {
    this.#readIndex = readIndex;
    this.#texts = texts;
    this.#fold = fold;
  }

  get #stored(): _StoredIndex {
    this.#index ??= this.#readIndex();
    return this.#index;
  }

  /** How many records there are. */
  get size(): number {
    return this.#stored.order.length;
  }

  /**
   * The position of the record that carries `name` as written in the data, or `undefined`: the families whose
   * text holds the name as a JSON string are decoded, and the member whose id, name or alias folds as `name`
   * does is the one (it also occurs as a base model's id, or a family's).
   */
  find(name: string): number | undefined {
    const quoted = _asciiJson(name);
    const folded = this.#fold(name);
    for (let family = this.#texts.next(quoted, 0); family !== -1; family = this.#texts.next(quoted, family + 1)) {
      for (const position of this.#decode(family)) {
        const record = this.#records[position];
        const names = [record?.id, record?.name, ...(Array.isArray(record?.aliases) ? record.aliases : [])];
        if (names.some((candidate) => typeof candidate === "string" && this.#fold(candidate) === folded)) {
          return position;
        }
      }
    }
    return undefined;
  }

  /** The record at a position in the registry's order, or `undefined` past the end. */
  at(position: number): Readonly<Record<string, unknown>> | undefined {
    const known = this.#records[position];
    if (known !== undefined || this.#complete) return known;
    const family = this.#families()[position];
    if (family !== undefined) this.#decode(family);
    return this.#records[position];
  }

  /** Every record, in the registry's order. */
  all(): readonly Readonly<Record<string, unknown>>[] {
    if (!this.#complete) {
      for (let family = 0; family < this.#texts.count; family++) this.#decode(family);
      this.#complete = true;
    }
    return this.#records;
  }

  // The family of every position, from the families' sizes and the packed records' positions.
  #families(): number[] {
    if (this.#familyAt === undefined) {
      const { sizes, order } = this.#stored;
      const starts: number[] = [];
      const familyAt: number[] = [];
      let packedIndex = 0;
      sizes.forEach((size, family) => {
        starts.push(packedIndex);
        for (let member = 0; member < size; member++) familyAt[order[packedIndex++] ?? -1] = family;
      });
      this.#starts = starts;
      this.#familyAt = familyAt;
    }
    return this.#familyAt;
  }

  // Decodes a family's records (once) and returns their positions.
  #decode(family: number): number[] {
    this.#families();
    const start = this.#starts?.[family] ?? 0;
    const { keys, order, sizes } = this.#stored;
    const positions = Array.from({ length: sizes[family] ?? 0 }, (_, member) => order[start + member] ?? -1);
    if (positions.length === 0 || this.#records[positions[0] ?? -1] !== undefined) return positions;
    readFamily(this.#texts.text(family), keys).forEach((record, member) => {
      this.#records[positions[member] ?? -1] = record;
    });
    return positions;
  }
}
