/**
 * The built-in records as the package stores them: packed by family (./_packed.ts), each family decoded on its
 * own, with a table of every folded name computed at build time. A lookup then reads the name table and the
 * one family it names — a few kilobytes — instead of decoding 1,700 records and folding 7,000 names; the rest
 * is decoded when a method needs every record (a query, the families).
 *
 * @internal
 * @module
 */
import type { Model } from "../model.js";
import { type _PackedFamily, _pack, _unpack } from "./_packed.js";

/**
 * What the store reads before it decodes any record: the key order of a full record, how many members each
 * packed family has, each packed record's position in the registry's order, and every folded id, name and
 * alias with the position of the record it names.
 */
export interface _StoredIndex {
  readonly keys: readonly string[];
  readonly sizes: readonly number[];
  readonly order: readonly number[];
  readonly names: Readonly<Record<string, number>>;
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
  /** The position of the record a folded name (see `normalizeModelName`) names, or `undefined`. */
  find(folded: string): number | undefined;
  /** The record at a position, or `undefined` past the end. */
  at(position: number): Model | undefined;
  /** Every record, in order: the same objects `at` returns. */
  all(): readonly Model[];
}

// Every folded id, name and alias with the position of its record; a name two records share is an error.
function nameTable(
  models: readonly Model[],
  positionOf: (index: number) => number,
  fold: (name: string) => string,
): Record<string, number> {
  const names: Record<string, number> = {};
  const owners: Record<string, string> = {};
  models.forEach((model, index) => {
    for (const name of [model.id, model.name, ...model.aliases]) {
      const key = fold(name);
      const owner = Object.hasOwn(owners, key) ? owners[key] : undefined;
      if (owner !== undefined && owner !== model.id) {
        throw new Error(`the name ${JSON.stringify(name)} of "${model.id}" is already used by "${owner}"`);
      }
      owners[key] = model.id;
      names[key] = positionOf(index);
    }
  });
  return names;
}

/**
 * Stores records for {@link _StoredModels}: packed by family, sorted by `compare`, with the names folded by
 * `fold`. Throws when two records share a folded name, which a registry would refuse at its first lookup.
 *
 * @example
 * ```ts
 * const { index, families } = _store(models, _compareModels, _foldModelName);
 * const json = families.map((family) => JSON.stringify(family)); // one string per family, decoded when used
 * ```
 *
 * @internal
 */
export function _store(
  models: readonly Model[],
  compare: (a: Model, b: Model) => number,
  fold: (name: string) => string,
): { readonly index: _StoredIndex; readonly families: readonly _PackedFamily[] } {
  const packed = _pack(models, compare);
  const order = packed.order ?? models.map((_, position) => position);
  const names = nameTable(models, (index) => order[index] ?? index, fold);
  return {
    index: { keys: packed.keys, sizes: packed.families.map((family) => family.members.length), order, names },
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
  const names = nameTable(sorted, (index) => index, fold);
  return {
    size: sorted.length,
    find: (folded) => (Object.hasOwn(names, folded) ? names[folded] : undefined),
    at: (position) => sorted[position],
    all: () => sorted,
  };
}

/**
 * Records decoded family by family, each the same object whichever way it was first asked for: a record one
 * lookup decoded is the record `all()` returns later. The records come out as they went into {@link _store}:
 * the build stores parsed models, and its data module hands this store out as a {@link _ModelStore}.
 *
 * @example
 * ```ts
 * const store = new _StoredModels(() => JSON.parse(indexJson), (family) => JSON.parse(familyJson[family]));
 * store.find("gpt2"); // the position of GPT-2 in the registry's order
 * store.all().length; // every record
 * ```
 *
 * @internal
 */
export class _StoredModels {
  readonly #readIndex: () => _StoredIndex;
  readonly #readFamily: (family: number) => _PackedFamily;
  #index: _StoredIndex | undefined;
  // The first packed record of each family, and the family of each position.
  #starts: number[] | undefined;
  #familyAt: number[] | undefined;
  readonly #records: Readonly<Record<string, unknown>>[] = [];
  #complete = false;

  /** `readIndex` and `readFamily` decode the stored parts; each is called once per part at most. */
  constructor(readIndex: () => _StoredIndex, readFamily: (family: number) => _PackedFamily) {
    this.#readIndex = readIndex;
    this.#readFamily = readFamily;
  }

  get #stored(): _StoredIndex {
    this.#index ??= this.#readIndex();
    return this.#index;
  }

  /** How many records there are. */
  get size(): number {
    return this.#stored.order.length;
  }

  /** The position of the record a folded name (see `normalizeModelName`) names, or `undefined`. */
  find(folded: string): number | undefined {
    const names = this.#stored.names;
    return Object.hasOwn(names, folded) ? names[folded] : undefined;
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
      const { sizes } = this.#stored;
      for (let family = 0; family < sizes.length; family++) this.#decode(family);
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

  #decode(family: number): void {
    this.#families();
    const start = this.#starts?.[family];
    if (start === undefined) return;
    const { keys, order } = this.#stored;
    const position = order[start] ?? start;
    if (this.#records[position] !== undefined) return;
    _unpack({ keys, families: [this.#readFamily(family)] }).forEach((record, member) => {
      this.#records[order[start + member] ?? start + member] = record;
    });
  }
}
