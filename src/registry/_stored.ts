/**
 * The built-in records as the package stores them: packed by family (./_packed.ts), one JSON text per family,
 * decoded on its own. The data file Node reads holds a table of every folded name with its record's position,
 * so any spelling is found without decoding anything, and only that record's family is read and decoded — a
 * millisecond or two, instead of decoding 1,700 records and folding 7,000 names. A bundle's text has no room for
 * the table (21 kB gzipped, more than the registry entry's size budget leaves): there a name written as the data
 * writes it (an id such as `gpt-2`, a name such as `GPT-2`, a repo id) is found by searching the family texts for
 * it, quoted, and decoding the families it occurs in; other spellings are left to the full registry, which decodes
 * everything.
 *
 * @internal
 * @module
 */
import type { Model } from "../model.js";
import { _FamilyIndex, type FamilyInfo } from "./_families.js";
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
// `full` maps each short key to the key it stands for.
function readFamily(
  text: string,
  keys: readonly string[],
  full: ReadonlyMap<string, string>,
): Readonly<Record<string, unknown>>[] {
  const packed: _PackedFamily = JSON.parse(text);
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
   * Whether `find` knows every name a registry's `get` answers to, in every spelling, families' names included:
   * then a name it does not find names no record.
   */
  readonly knowsEveryName: boolean;
  /**
   * The position of the record that carries a name (its id, name or alias, folded as `normalizeModelName`
   * folds it), when the store can tell without reading every record; `undefined` when it has no such record
   * or cannot tell. The full registry answers the second, unless the store {@link _ModelStore.knowsEveryName}.
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
    // A family's name is left to the full registry.
    knowsEveryName: false,
    find: (name) => names.get(fold(name)),
    at: (position) => sorted[position],
    all: () => sorted,
  };
}

/**
 * The stored texts of the families: how a store searches them for a name and reads one.
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
  /** Reads every family's text at once, ahead of reading them all one by one. */
  readAll(): void;
}

/**
 * A stored text read by ranges: the characters from `start` up to `end`, fewer where the text ends first. Under
 * Node it reads the data file (ASCII, so a byte is a character), which is never read whole for one lookup.
 *
 * @internal
 */
export type _ReadStored = (start: number, end: number) => string;

/**
 * The families' texts lying back to back in a stored text; `starts` holds where each begins, and one more entry
 * where the last ends. A search reads all of them; a family's text alone is read on its own.
 *
 * @example
 * ```ts
 * const texts = _familyTexts((start, end) => "xab".slice(start, end), [1, 2, 3]);
 * texts.text(1); // "b"
 * texts.next("b", 0); // 1
 * ```
 *
 * @internal
 */
export function _familyTexts(read: _ReadStored, starts: readonly number[]): _FamilyTexts {
  const count = starts.length - 1;
  const first = starts[0] ?? 0;
  const last = starts[count] ?? 0;
  let whole: string | undefined;
  const readAll = (): string => {
    whole ??= read(first, last);
    return whole;
  };
  // The family whose text holds the character at `at`: the last whose start is at or before it.
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
      const at = readAll().indexOf(text, (starts[Math.max(0, from)] ?? 0) - first);
      return at === -1 ? -1 : familyAt(at + first);
    },
    text(family) {
      if (family < 0 || family >= count) return "null";
      const start = starts[family] ?? 0;
      const end = starts[family + 1] ?? 0;
      return whole === undefined ? read(start, end) : whole.slice(start - first, end - first);
    },
    readAll() {
      readAll();
    },
  };
}

// The header line of a stored text: the index, and the lengths of the sections that follow it, in order: the
// names, the families' descriptions, then each family's text.
interface StoredHeader extends _StoredIndex {
  readonly lengths: readonly number[];
}

// Every folded id, name and alias of a record with the record's position, then every folded name of a family
// that no record carries with its representative's position: what a registry's `get` answers, as text. Each
// entry is a line break, the name as `_asciiJson` writes it, and the position in base 36; a line break ends the
// last.
function namesSection(sorted: readonly Model[], infos: readonly FamilyInfo[], fold: (name: string) => string): string {
  const positions = nameTable(sorted, fold);
  for (const family of new _FamilyIndex(sorted, infos).list) {
    for (const name of [family.id, family.name, ...family.aliases]) {
      const key = fold(name);
      if (!positions.has(key)) positions.set(key, sorted.indexOf(family.representative));
    }
  }
  const entries = [...positions].map(([name, position]) => `\n${_asciiJson(name)}${position.toString(36)}`);
  return `${entries.join("")}\n`;
}

/**
 * The stored text of a registry's data, as {@link _readStored} reads it back, all ASCII: a header line (the index
 * and the length of every section after it), then the sections back to back — with `names`, every folded name
 * and the position of the record it names, so that any spelling is found without decoding a family (the data
 * file, which costs nothing to load until read); the families' descriptions; and the records packed by family
 * ({@link _store}, {@link _familyText}).
 *
 * @example
 * ```ts
 * writeFileSync("dist/registry-data.txt", _storedText(loadModelData(), loadFamilyInfos(), _compareModels, _foldModelName, { names: true }));
 * ```
 *
 * @internal
 */
export function _storedText(
  models: readonly Model[],
  familyInfos: readonly FamilyInfo[],
  compare: (a: Model, b: Model) => number,
  fold: (name: string) => string,
  options: { readonly names: boolean },
): string {
  const { index, families } = _store(models, compare, fold);
  const sections = [
    options.names ? namesSection([...models].sort(compare), familyInfos, fold) : "",
    _asciiJson(familyInfos),
    ...families.map((family) => _familyText(family, index.keys)),
  ];
  const header: StoredHeader = { ...index, lengths: sections.map((section) => section.length) };
  return `${_asciiJson(header)}\n${sections.join("")}`;
}

/**
 * The built-in data as the build stores it ({@link _storedText}), held as a string or read by ranges, read for a
 * store: its index, the families' descriptions and texts, and its table of names when it has one.
 *
 * @internal
 */
export interface _StoredData {
  readonly index: _StoredIndex;
  /** The families' descriptions, as JSON. */
  familyInfos(): string;
  readonly families: _FamilyTexts;
  /**
   * The position of the record a folded name names (for a family's name, its representative), or `undefined`
   * when none does; `null` when the text holds no table of names.
   */
  readonly names: ((folded: string) => number | undefined) | null;
}

// How much of a stored text is read first: enough for the header line and the table of names of the built-in
// data (about 127 kB for 1,950 records), so that a lookup reads the file twice, the second time for one family's
// text. Past it, a lookup reads the rest of the table on its own (three reads): raise it with the data.
const FIRST_READ = 163_840;

/**
 * Reads a stored text's header and finds its sections; nothing else is read or decoded until asked for.
 * `firstRead` is how many characters the first read asks for.
 *
 * @example
 * ```ts
 * const store = new _StoredModels(_readStored(readDataFile), normalizeModelName);
 * ```
 *
 * @internal
 */
export function _readStored(stored: string | _ReadStored, firstRead = FIRST_READ): _StoredData {
  const read: _ReadStored = typeof stored === "string" ? (start, end) => stored.slice(start, end) : stored;
  // The first characters, read again at twice the length until they hold the header line (or the whole text).
  let head = read(0, firstRead);
  for (let length = firstRead; !head.includes("\n") && head.length === length; length *= 2) {
    head = read(0, length * 2);
  }
  const headerEnd = head.indexOf("\n");
  const header: StoredHeader = JSON.parse(head.slice(0, headerEnd));
  const starts = [headerEnd + 1];
  let end = headerEnd + 1;
  for (const length of header.lengths) {
    end += length;
    starts.push(end);
  }
  const [namesStart = 0, infosStart = 0, familiesStart = 0] = starts;
  // A range from what was read first when it lies there, else from a read of its own.
  const text = (start: number, end: number): string => (end <= head.length ? head.slice(start, end) : read(start, end));
  let table: string | undefined;
  const names = (folded: string): number | undefined => {
    table ??= text(namesStart, infosStart);
    const entry = `\n${_asciiJson(folded)}`;
    const at = table.indexOf(entry);
    if (at === -1) return undefined;
    const digits = at + entry.length;
    return Number.parseInt(table.slice(digits, table.indexOf("\n", digits)), 36);
  };
  return {
    index: header,
    familyInfos: () => text(infosStart, familiesStart),
    families: _familyTexts(text, starts.slice(2)),
    names: infosStart > namesStart ? names : null,
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
 * const store = new _StoredModels(_readStored(readDataFile), normalizeModelName);
 * store.find("Llama 2 7B"); // the position of Llama 2 7B in the registry's order, with no family decoded
 * store.all().length; // every record
 * ```
 *
 * @internal
 */
export class _StoredModels {
  readonly #data: _StoredData;
  readonly #fold: (name: string) => string;
  // Each short key with the key it stands for; the first packed record of each family.
  #fullKeys: Map<string, string> | undefined;
  #starts: number[] | undefined;
  readonly #records: Readonly<Record<string, unknown>>[] = [];
  #complete = false;

  /** `data` is a stored text as {@link _readStored} reads it; `fold` folds a name as lookups do. */
  constructor(data: _StoredData, fold: (name: string) => string) {
    this.#data = data;
    this.#fold = fold;
  }

  /** How many records there are. */
  get size(): number {
    return this.#data.index.order.length;
  }

  /** Whether the text holds a table of every name, so that `find` answers for any spelling. */
  get knowsEveryName(): boolean {
    return this.#data.names !== null;
  }

  /**
   * The position of the record that carries `name`, or `undefined`. With a table of names, any spelling of an
   * id, name or alias, or a family's name (its representative); without one, only as written in the data: the
   * families whose text holds the name as a JSON string are decoded, and the member whose id, name or alias
   * folds as `name` does is the one (it also occurs as a base model's id, or a family's).
   */
  find(name: string): number | undefined {
    const folded = this.#fold(name);
    if (this.#data.names !== null) return this.#data.names(folded);
    const quoted = _asciiJson(name);
    const texts = this.#data.families;
    for (let family = texts.next(quoted, 0); family !== -1; family = texts.next(quoted, family + 1)) {
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
    // The family whose packed records hold the position: the last that starts at or before its packed index.
    const packed = this.#data.index.order.indexOf(position);
    if (packed === -1) return undefined;
    const starts = this.#familyStarts();
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((starts[middle] ?? 0) <= packed) low = middle;
      else high = middle - 1;
    }
    this.#decode(low);
    return this.#records[position];
  }

  /** Every record, in the registry's order. */
  all(): readonly Readonly<Record<string, unknown>>[] {
    if (!this.#complete) {
      this.#data.families.readAll();
      for (let family = 0; family < this.#data.families.count; family++) this.#decode(family);
      this.#complete = true;
    }
    return this.#records;
  }

  // The first packed record of each family, from the families' sizes.
  #familyStarts(): number[] {
    if (this.#starts === undefined) {
      const starts: number[] = [];
      let next = 0;
      for (const size of this.#data.index.sizes) {
        starts.push(next);
        next += size;
      }
      this.#starts = starts;
    }
    return this.#starts;
  }

  // Decodes a family's records (once) and returns their positions.
  #decode(family: number): number[] {
    const start = this.#familyStarts()[family] ?? 0;
    const { keys, order, sizes } = this.#data.index;
    const positions = Array.from({ length: sizes[family] ?? 0 }, (_, member) => order[start + member] ?? -1);
    if (positions.length === 0 || this.#records[positions[0] ?? -1] !== undefined) return positions;
    this.#fullKeys ??= new Map(keys.map((key, position) => [shortKey(position), key]));
    readFamily(this.#data.families.text(family), keys, this.#fullKeys).forEach((record, member) => {
      this.#records[positions[member] ?? -1] = record;
    });
    return positions;
  }
}
