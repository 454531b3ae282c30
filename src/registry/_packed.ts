/**
 * The shipped form of the built-in records: full records grouped by family, each family's identical fields
 * stored once. A family of twenty checkpoints repeats its organization, tasks, modalities, architecture,
 * licence, paper and sources twenty times in full form; packed, it stores them once and each member keeps only
 * what is its own. The build packs (tsup.config.ts); the registry unpacks on first use, which is a few object
 * spreads per record.
 *
 * @internal
 * @module
 */
import type { Model } from "../model.js";

/** One family's records: the fields every member has with the same value, and each member's other fields. */
export interface _PackedFamily {
  readonly shared: Readonly<Record<string, unknown>>;
  readonly members: readonly Readonly<Record<string, unknown>>[];
}

/**
 * The packed records and the key order of a full record, so unpacked records have the order parsed ones have;
 * with `order`, each record's position once sorted, so that unpacking also sorts.
 */
export interface _PackedData {
  readonly keys: readonly string[];
  readonly families: readonly _PackedFamily[];
  readonly order?: readonly number[];
}

/**
 * Packs full records: consecutive records of one family share the fields whose JSON is the same for all. With
 * `compare`, the packed data also holds every record's position in that order, and unpacking returns the
 * records sorted: the registry's default order is then computed once, at build time, and the families stay
 * together in the data, which packs them best.
 *
 * @example
 * ```ts
 * const packed = _pack(models, _compareModels);
 * _unpack(packed); // the same records, sorted by year and then name
 * ```
 *
 * @internal
 */
export function _pack(models: readonly Model[], compare?: (a: Model, b: Model) => number): _PackedData {
  const keys: string[] = [];
  const groups: Model[][] = [];
  for (const model of models) {
    // A key first seen now goes right after the key before it in this record, so that optional fields
    // (`license`) keep their place in the order.
    let previous = -1;
    for (const key of Object.keys(model)) {
      let at = keys.indexOf(key);
      if (at === -1) {
        at = previous + 1;
        keys.splice(at, 0, key);
      }
      previous = at;
    }
    const last = groups[groups.length - 1];
    if (last !== undefined && model.family !== undefined && last[0]?.family === model.family) last.push(model);
    else groups.push([model]);
  }
  const families = groups.map((group): _PackedFamily => {
    const first: Readonly<Record<string, unknown>> = group[0] ?? {};
    const shared: Record<string, unknown> = {};
    if (group.length > 1) {
      for (const [key, value] of Object.entries(first)) {
        const json = JSON.stringify(value);
        if (group.every((member) => Object.hasOwn(member, key) && JSON.stringify(Reflect.get(member, key)) === json)) {
          shared[key] = value;
        }
      }
    }
    const members = group.map((member) =>
      Object.fromEntries(Object.entries(member).filter(([key]) => !Object.hasOwn(shared, key))),
    );
    return { shared, members };
  });
  if (compare === undefined) return { keys, families };
  const sorted = models.map((_, position) => position);
  sorted.sort((a, b) => {
    const first = models[a];
    const second = models[b];
    return first === undefined || second === undefined ? 0 : compare(first, second) || a - b;
  });
  const order: number[] = models.map(() => 0);
  sorted.forEach((position, rank) => {
    order[position] = rank;
  });
  return { keys, families, order };
}

/**
 * Unpacks what {@link _pack} made: every record whole again, its keys in the order of a parsed record, in the
 * order packed with it when there is one.
 *
 * @example
 * ```ts
 * _unpack(JSON.parse(packedJson)); // the full records
 * ```
 *
 * @internal
 */
export function _unpack(data: _PackedData): Readonly<Record<string, unknown>>[] {
  const records: Record<string, unknown>[] = [];
  const order = data.order;
  let index = 0;
  for (const family of data.families) {
    for (const member of family.members) {
      const record: Record<string, unknown> = {};
      for (const key of data.keys) {
        if (Object.hasOwn(member, key)) record[key] = member[key];
        else if (Object.hasOwn(family.shared, key)) record[key] = family.shared[key];
      }
      records[order?.[index] ?? index] = record;
      index++;
    }
  }
  return records;
}
