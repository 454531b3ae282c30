// The query index of a registry: one bitset per dimension value, built once. Private to the library.
import { _closest, _MAX_NAME_LENGTH } from "../_text.js";
import { _dimensionOf, DIMENSION_IDS, type DimensionId } from "../dimensions/index.js";
import { MODALITIES, type Modality } from "../dimensions/modality.js";
import { _foldModelName, type Model, normalizeModelName } from "../model.js";
import { _andInto, _andNotInto, type _Bitset, _countAnd, _empty, _full, _orInto, _pick, _set } from "./_bitset.js";
import type { _NormalizedFilter, _NormalizedModalityMatch } from "./filter.js";

/** The values a model has in a dimension, tree dimensions expanded upwards (an LSTM model is also an RNN one). */
function valuesIn(model: Model, dimension: DimensionId): readonly string[] {
  const declared = _dimensionOf(dimension);
  const own = declared.read(model);
  if (declared.values === null) return own;
  // Most values have no parent: no set to build when none of the model's has one.
  if (own.every((value) => declared.parentOf(value) === null)) return own;
  const values = new Set<string>();
  for (const value of own) {
    for (let node: string | null = value; node !== null && !values.has(node); node = declared.parentOf(node)) {
      values.add(node);
    }
  }
  return [...values];
}

/** Default order: by year, then name (case-insensitive), then id. */
export function _compareModels(a: Model, b: Model): number {
  if (a.year !== b.year) return a.year - b.year;
  const nameA = a.name.toLowerCase();
  const nameB = b.name.toLowerCase();
  if (nameA !== nameB) return nameA < nameB ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The models in default order (see {@link _compareModels}), each name lowered once rather than at every
 * comparison: at a hundred thousand models the comparisons lowered names three million times.
 */
export function _sortModels(models: readonly Model[]): Model[] {
  const names = models.map((model) => model.name.toLowerCase());
  const order = models.map((_, position) => position);
  order.sort((a, b) => {
    const first = models[a];
    const second = models[b];
    if (first === undefined || second === undefined) return 0;
    if (first.year !== second.year) return first.year - second.year;
    const nameA = names[a] ?? "";
    const nameB = names[b] ?? "";
    if (nameA !== nameB) return nameA < nameB ? -1 : 1;
    return first.id < second.id ? -1 : first.id > second.id ? 1 : 0;
  });
  return order.flatMap((position) => models[position] ?? []);
}

/** Positions sorted by a numeric key, for range lookups by binary search. */
interface SortedKey {
  readonly positions: Int32Array;
  readonly values: Float64Array;
}

function sortedKey(models: readonly Model[], key: (model: Model) => number | null): SortedKey {
  const keys = models.map(key);
  const known: number[] = [];
  keys.forEach((value, position) => {
    if (value !== null) known.push(position);
  });
  known.sort((a, b) => (keys[a] ?? 0) - (keys[b] ?? 0) || a - b);
  return {
    positions: Int32Array.from(known),
    values: Float64Array.from(known, (position) => keys[position] ?? 0),
  };
}

/** First index whose value is ≥ `bound` (or > `bound` when `after`). */
function lowerBound(values: Float64Array, bound: number, after: boolean): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const value = values[middle] ?? 0;
    if (value < bound || (after && value === bound)) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The names of a registry's models: every id, name and alias, folded, with the position of its model. Built
 * before anything else, because it is all a lookup needs; the bitsets wait for the first query.
 */
export class _NameIndex {
  readonly models: readonly Model[];
  readonly #lookup: ReadonlyMap<string, number>;

  /** `models` must be in default order; duplicate names are reported through `onDuplicate`. */
  constructor(models: readonly Model[], onDuplicate: (name: string, first: Model, second: Model) => void) {
    this.models = models;
    const lookup = new Map<string, number>();
    for (let position = 0; position < models.length; position++) {
      const model = models[position];
      if (model === undefined) continue;
      this.#add(lookup, model.id, model, position, onDuplicate);
      this.#add(lookup, model.name, model, position, onDuplicate);
      for (const alias of model.aliases) this.#add(lookup, alias, model, position, onDuplicate);
    }
    this.#lookup = lookup;
  }

  #add(
    lookup: Map<string, number>,
    name: string,
    model: Model,
    position: number,
    onDuplicate: (name: string, first: Model, second: Model) => void,
  ): void {
    const key = _foldModelName(name);
    const owner = lookup.get(key);
    if (owner === undefined) lookup.set(key, position);
    else if (owner !== position) onDuplicate(name, this.models[owner] ?? model, model);
  }

  /** The position of the model an id, name or alias names, or `undefined`. Linear in the name's length. */
  find(name: string): number | undefined {
    return this.#lookup.get(normalizeModelName(name));
  }

  /**
   * The names closest to `name`, for "did you mean": names that start with it first, then by edit distance.
   * None for a name longer than {@link _MAX_NAME_LENGTH}.
   */
  suggest(name: string, limit: number): string[] {
    if (name.length > _MAX_NAME_LENGTH) return [];
    const folded = normalizeModelName(name);
    // The lookup table already holds every normalised id, name and alias with its model.
    const nameOf = (key: string) => this.models[this.#lookup.get(key) ?? -1]?.name ?? key;
    const prefixed = folded.length >= 3 ? [...this.#lookup.keys()].filter((key) => key.startsWith(folded)) : [];
    prefixed.sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
    const keys = [...prefixed, ..._closest(folded, this.#lookup.keys(), limit * 3)];
    return [...new Set(keys.map(nameOf))].slice(0, limit);
  }
}

export class _ModelIndex {
  readonly models: readonly Model[];
  readonly size: number;
  readonly #values: ReadonlyMap<DimensionId, ReadonlyMap<string, _Bitset>>;
  readonly #input: ReadonlyMap<Modality, _Bitset>;
  readonly #output: ReadonlyMap<Modality, _Bitset>;
  readonly #openWeights: { readonly yes: _Bitset; readonly no: _Bitset; readonly unknown: _Bitset };
  readonly #mixtureOfExperts: _Bitset;
  readonly #unknownParameters: _Bitset;
  readonly #organizations: ReadonlyMap<string, _Bitset>;
  readonly #parameters: SortedKey;
  readonly #years: SortedKey;
  // Every model's folded names in one string, built for the first `search` filter.
  #searchText: readonly string[] | undefined;

  /** The bitsets of every value of `models`, in one pass over them; `models` must be in default order. */
  constructor(models: readonly Model[]) {
    this.models = models;
    const size = models.length;
    this.size = size;
    const values = new Map<DimensionId, Map<string, _Bitset>>();
    for (const dimension of DIMENSION_IDS) {
      // Values of an open dimension (families) get their sets as models show them.
      const known = _dimensionOf(dimension).values ?? [];
      values.set(dimension, new Map(known.map((value) => [value, _empty(size)])));
    }
    const input = new Map(MODALITIES.map((modality) => [modality, _empty(size)]));
    const output = new Map(MODALITIES.map((modality) => [modality, _empty(size)]));
    const openWeights = { yes: _empty(size), no: _empty(size), unknown: _empty(size) };
    const mixtureOfExperts = _empty(size);
    const unknownParameters = _empty(size);
    const organizations = new Map<string, _Bitset>();

    models.forEach((model, position) => {
      for (const dimension of DIMENSION_IDS) {
        const bitsets = values.get(dimension);
        for (const value of valuesIn(model, dimension)) {
          let bits = bitsets?.get(value);
          if (bits === undefined && _dimensionOf(dimension).values === null) {
            bits = _empty(size);
            bitsets?.set(value, bits);
          }
          if (bits !== undefined) _set(bits, position);
        }
      }
      for (const modality of model.modalities.input) _set(input.get(modality) ?? _empty(size), position);
      for (const modality of model.modalities.output) _set(output.get(modality) ?? _empty(size), position);
      _set(
        model.openWeights === null ? openWeights.unknown : model.openWeights ? openWeights.yes : openWeights.no,
        position,
      );
      if (model.architecture.mixtureOfExperts === true) _set(mixtureOfExperts, position);
      if (model.parameters.total === null) _set(unknownParameters, position);
      const organization = model.organization.toLowerCase();
      let organizationBits = organizations.get(organization);
      if (organizationBits === undefined) {
        organizationBits = _empty(size);
        organizations.set(organization, organizationBits);
      }
      _set(organizationBits, position);
    });

    this.#values = values;
    this.#input = input;
    this.#output = output;
    this.#openWeights = openWeights;
    this.#mixtureOfExperts = mixtureOfExperts;
    this.#unknownParameters = unknownParameters;
    this.#organizations = organizations;
    this.#parameters = sortedKey(models, (model) => model.parameters.total);
    this.#years = sortedKey(models, (model) => model.year);
  }

  /** The values models of this index have in a dimension: every value of a fixed list, the seen ones of an open one. */
  valuesOf(dimension: DimensionId): readonly string[] {
    return [...(this.#values.get(dimension)?.keys() ?? [])];
  }

  valueBits(dimension: DimensionId, value: string): _Bitset {
    return this.#values.get(dimension)?.get(value) ?? _empty(this.size);
  }

  /**
   * The set of models a normalised filter matches. The result is a new bitset the caller owns. The chain of
   * `not`s is evaluated in a loop from the innermost level out, never by recursion.
   */
  evaluate(filter: _NormalizedFilter): _Bitset {
    const chain: _NormalizedFilter[] = [];
    for (let level: _NormalizedFilter | undefined = filter; level !== undefined; level = level.not) chain.push(level);
    let result: _Bitset = _full(this.size);
    for (let depth = chain.length - 1; depth >= 0; depth--) {
      const level = chain[depth];
      if (level === undefined) continue;
      const matched = this.#evaluateLevel(level);
      // Everything the level below matched is excluded from this one.
      if (depth < chain.length - 1) _andNotInto(matched, result);
      result = matched;
    }
    return result;
  }

  // One level of a filter, without its `not`.
  #evaluateLevel(filter: _NormalizedFilter): _Bitset {
    let result: _Bitset | undefined;
    for (const { key, values } of filter.enums) {
      let bits: _Bitset;
      if (values.length === 1) {
        bits = this.valueBits(key, values[0] ?? "");
      } else {
        bits = _empty(this.size);
        for (const value of values) _orInto(bits, this.valueBits(key, value));
      }
      // The first key's set is copied; the others are ANDed into the copy in place.
      if (result === undefined) result = bits.slice();
      else _andInto(result, bits);
    }
    result ??= _full(this.size);
    if (filter.input !== undefined) this.#matchSide(result, this.#input, filter.input);
    if (filter.output !== undefined) this.#matchSide(result, this.#output, filter.output);
    if (filter.mixtureOfExperts !== undefined) {
      if (filter.mixtureOfExperts) _andInto(result, this.#mixtureOfExperts);
      else _andNotInto(result, this.#mixtureOfExperts);
    }
    if (filter.parameters === "unknown") _andInto(result, this.#unknownParameters);
    else if (filter.parameters !== undefined) _andInto(result, this.#range(this.#parameters, filter.parameters));
    if (filter.weights !== undefined) _andInto(result, this.#range(this.#parameters, filter.weights));
    if (filter.year !== undefined) _andInto(result, this.#range(this.#years, filter.year));
    if (filter.openWeights !== undefined) {
      const { yes, no, unknown } = this.#openWeights;
      _andInto(result, filter.openWeights === null ? unknown : filter.openWeights ? yes : no);
    }
    if (filter.organization !== undefined) {
      const union = _empty(this.size);
      for (const organization of filter.organization) {
        const bits = this.#organizations.get(organization);
        if (bits !== undefined) _orInto(union, bits);
      }
      _andInto(result, union);
    }
    if (filter.search !== undefined && filter.search.length > 0) {
      const words = filter.search;
      const found = _empty(this.size);
      this.#searchText ??= this.models.map((model) =>
        [model.id, model.name, ...model.aliases].map(_foldModelName).join("\u0000"),
      );
      this.#searchText.forEach((text, position) => {
        if (words.every((word) => text.includes(word))) _set(found, position);
      });
      _andInto(result, found);
    }
    return result;
  }

  #matchSide(result: _Bitset, side: ReadonlyMap<Modality, _Bitset>, match: _NormalizedModalityMatch): void {
    const bitsOf = (modality: Modality) => side.get(modality) ?? _empty(this.size);
    if (match.mode === "all" || match.mode === "exactly") {
      for (const modality of match.values) _andInto(result, bitsOf(modality));
      if (match.mode === "exactly") {
        for (const modality of MODALITIES) if (!match.values.includes(modality)) _andNotInto(result, bitsOf(modality));
      }
      return;
    }
    const union = _empty(this.size);
    for (const modality of match.values) _orInto(union, bitsOf(modality));
    _andInto(result, union);
  }

  #range(key: SortedKey, range: { readonly min: number; readonly max: number }): _Bitset {
    const bits = _empty(this.size);
    const start = lowerBound(key.values, range.min, false);
    const end = lowerBound(key.values, range.max, true);
    for (let i = start; i < end; i++) _set(bits, key.positions[i] ?? 0);
    return bits;
  }

  /** A new bitset: the models in `bits` that have `value` in `dimension`. */
  intersect(bits: _Bitset, dimension: DimensionId, value: string): _Bitset {
    const result = Uint32Array.from(bits);
    _andInto(result, this.valueBits(dimension, value));
    return result;
  }

  countIn(bits: _Bitset, dimension: DimensionId, value: string): number {
    return _countAnd(bits, this.valueBits(dimension, value));
  }

  modelsIn(bits: _Bitset): Model[] {
    return _pick(bits, this.models);
  }
}
