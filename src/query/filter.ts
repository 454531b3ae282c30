/**
 * Query filters: what `queryModels`, `countModels` and `facetCounts` take.
 *
 * One key per dimension, each taking a single value or an array meaning "any of these". Keys combine with AND;
 * `not` excludes whatever its own filter matches. Tree-shaped dimensions match downwards: `architecture: "rnn"`
 * finds LSTM and GRU models, `task: "text-classification"` finds sentiment-analysis models.
 *
 * @module
 */
import { _closest, _quoteList, _show } from "../_text.js";
import { _dimensionOf, DIMENSION_IDS, type DimensionId, type DimensionValues } from "../dimensions/index.js";
import { MODALITIES, type Modality } from "../dimensions/modality.js";
import { parseParameterCount } from "../dimensions/scale.js";
import { InvalidArgumentError } from "../errors.js";
import { parseByteSize } from "../weights.js";

/**
 * One value, or an array meaning "any of these".
 *
 * @example
 * ```ts
 * const domains: OneOrMany<Domain> = ["speech", "audio"]; // any of these
 * queryModels({ domain: domains });
 * ```
 */
export type OneOrMany<T> = T | readonly T[];

/**
 * How to match one side's modalities: any of some (a value or an array), all of some, or exactly a set.
 *
 * @example
 * ```ts
 * const visionLanguage: ModalityMatch = { all: ["image", "text"] };
 * queryModels({ input: visionLanguage });
 * ```
 */
export type ModalityMatch =
  | OneOrMany<Modality>
  | { readonly all: readonly Modality[] }
  | { readonly exactly: readonly Modality[] };

/**
 * A parameter count as a number or as people write it: `"7B"`, `"350M"`, `"1.5T"`.
 *
 * @example
 * ```ts
 * const count: ParameterCount = "7B"; // or 7_000_000_000
 * queryModels({ parameters: { max: count } });
 * ```
 */
export type ParameterCount = number | string;

/**
 * An inclusive range; either end may be left open.
 *
 * @example
 * ```ts
 * const since2020: Range<number> = { min: 2020 };
 * queryModels({ year: since2020 });
 * ```
 */
export interface Range<T> {
  readonly min?: T;
  readonly max?: T;
}

/**
 * One key per dimension, each a value or an array meaning "any of these", typed with the dimension's values.
 * Tree dimensions match downwards: `architecture: "rnn"` finds LSTM and GRU models, `task:
 * "text-classification"` finds sentiment-analysis models, and `component: "rnn"` finds every model with an
 * LSTM or GRU anywhere in it. `sizeClass` never matches a model of unknown size; `family` takes family ids.
 *
 * @example
 * ```ts
 * const filter: DimensionFilter = { architecture: "rnn", domain: ["speech", "audio"] };
 * queryModels(filter);
 * ```
 */
export type DimensionFilter = { readonly [D in DimensionId]?: OneOrMany<DimensionValues[D]> };

/**
 * Weight memory at a precision: models whose weights, at `bits` per parameter, fit in the range.
 *
 * @example
 * ```ts
 * const fitsOnAPhone: WeightsFilter = { bits: 4, max: "2 GB" };
 * queryModels({ weights: fitsOnAPhone });
 * ```
 */
export interface WeightsFilter {
  /** Bits per parameter: 16 (the default), 8, 4 or any number from 1 to 64. */
  readonly bits?: number;
  /** At least this many bytes, as a number or as people write it (`"500 MB"`). */
  readonly min?: number | string;
  /** At most this many bytes, as a number or as people write it (`"4 GB"`, `"16GiB"`). */
  readonly max?: number | string;
}

/**
 * What to look for. Every key is optional; the empty filter matches every model.
 *
 * @example
 * ```ts
 * const filter: ModelFilter = { architecture: "rnn", year: { max: 2017 }, not: { openWeights: false } };
 * queryModels(filter);
 * ```
 */
export interface ModelFilter extends DimensionFilter {
  /** The modalities the model takes: any of (a value or array), `{ all: [...] }` or `{ exactly: [...] }`. */
  readonly input?: ModalityMatch;
  /** The modalities the model gives: any of (a value or array), `{ all: [...] }` or `{ exactly: [...] }`. */
  readonly output?: ModalityMatch;
  readonly mixtureOfExperts?: boolean;
  /**
   * A range of total parameters (numbers or strings such as `"7B"`); models whose count is unknown never match
   * a range. `"unknown"` asks for exactly those models.
   */
  readonly parameters?: Range<ParameterCount> | "unknown";
  /**
   * Whose weights fit in a memory budget at a precision, every expert of a mixture counted: `{ bits: 4, max:
   * "4 GB" }` asks for models that fit in 4 GB at 4 bits. Models of unknown size never match.
   */
  readonly weights?: WeightsFilter;
  /** A year, or an inclusive range of years. */
  readonly year?: number | Range<number>;
  /** `true`, `false`, or `null` for models where it is not known. */
  readonly openWeights?: boolean | null;
  /** Organizations, compared without regard to case. */
  readonly organization?: OneOrMany<string>;
  /** Words that must all occur in the model's id, name or aliases (case, spaces and punctuation ignored). */
  readonly search?: string;
  /** Models matching this filter are left out. */
  readonly not?: ModelFilter;
}

const OTHER_KEYS = [
  "input",
  "output",
  "mixtureOfExperts",
  "parameters",
  "weights",
  "year",
  "openWeights",
  "organization",
  "search",
  "not",
] as const;

// In a function marked pure: spreading the lists as arguments would keep them whether or not filters are used.
const KNOWN_KEYS: ReadonlySet<string> = /* @__PURE__ */ (() => new Set([...DIMENSION_IDS, ...OTHER_KEYS]))();

const VALUE_SETS = new Map<string, ReadonlySet<string> | null>();
// The values a dimension allows, or `null` for an open one (any family id).
function valueSet(key: DimensionId): ReadonlySet<string> | null {
  let set = VALUE_SETS.get(key);
  if (set === undefined) {
    const values = _dimensionOf(key).values;
    set = values === null ? null : new Set(values);
    VALUE_SETS.set(key, set);
  }
  return set;
}

/** A filter checked and brought to one shape: arrays everywhere, parameter bounds as numbers. */
export interface _NormalizedFilter {
  readonly enums: readonly { readonly key: DimensionId; readonly values: readonly string[] }[];
  readonly input?: _NormalizedModalityMatch;
  readonly output?: _NormalizedModalityMatch;
  readonly mixtureOfExperts?: boolean;
  readonly parameters?: { readonly min: number; readonly max: number } | "unknown";
  /** The `weights` filter as a range of parameter counts. */
  readonly weights?: { readonly min: number; readonly max: number };
  readonly year?: { readonly min: number; readonly max: number };
  readonly openWeights?: boolean | null;
  readonly organization?: readonly string[];
  readonly search?: readonly string[];
  readonly not?: _NormalizedFilter;
}

export interface _NormalizedModalityMatch {
  readonly mode: "any" | "all" | "exactly";
  readonly values: readonly Modality[];
}

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function fail(path: string, message: string): never {
  throw new InvalidArgumentError(path, message);
}

function listAt(path: string, value: unknown): readonly unknown[] {
  const list: readonly unknown[] = Array.isArray(value) ? value : [value];
  if (list.length === 0) fail(path, "an empty list matches nothing; leave the key out instead");
  return list;
}

function isIn<T extends string>(allowed: ReadonlySet<string>, item: unknown): item is T {
  return typeof item === "string" && allowed.has(item);
}

function enumValues(path: string, key: DimensionId, value: unknown): string[] {
  const allowed = valueSet(key);
  return listAt(path, value).map((item) => {
    if (allowed === null) {
      if (typeof item !== "string" || item.trim() === "") fail(path, `expected a ${key} id, received ${_show(item)}`);
      return item;
    }
    if (!isIn(allowed, item)) {
      const shown = [...allowed];
      const options = shown.length > 16 ? `one of the ${shown.length} values of ${key}` : _quoteList(shown);
      const close = typeof item === "string" ? _closest(item, shown) : [];
      const hint = close.length > 0 ? ` (did you mean ${_quoteList(close)}?)` : "";
      fail(path, `unknown value ${_show(item)}${hint}; expected ${options}`);
    }
    return item;
  });
}

const MODALITY_SET: ReadonlySet<string> = /* @__PURE__ */ new Set(MODALITIES);

function modalitiesAt(path: string, value: unknown, allowEmpty = false): Modality[] {
  const allowed = MODALITY_SET;
  const list = allowEmpty && Array.isArray(value) ? value : listAt(path, value);
  return list.map((item) => {
    if (!isIn<Modality>(allowed, item)) {
      fail(path, `unknown modality ${_show(item)}; expected ${_quoteList(MODALITIES)}`);
    }
    return item;
  });
}

function modalityMatch(path: string, value: unknown): _NormalizedModalityMatch {
  if (isRecord(value)) {
    const keys = Object.keys(value);
    const mode = keys[0];
    if (keys.length !== 1 || (mode !== "all" && mode !== "exactly")) {
      fail(path, "expected a modality, an array of modalities, { all: [...] } or { exactly: [...] }");
    }
    // { exactly: [] } is meaningful: models with no input at all, such as unconditional generators.
    return { mode, values: modalitiesAt(`${path}.${mode}`, value[mode], mode === "exactly") };
  }
  return { mode: "any", values: modalitiesAt(path, value) };
}

function numberAt(path: string, value: unknown): number {
  if (typeof value !== "number" || !Number.isFinite(value)) fail(path, `expected a number, received ${_show(value)}`);
  return value;
}

function rangeAt(
  path: string,
  value: unknown,
  read: (path: string, bound: unknown) => number,
): { min: number; max: number } {
  if (!isRecord(value)) fail(path, "expected a range such as { min: 1, max: 10 }");
  for (const key of Object.keys(value)) {
    if (key !== "min" && key !== "max") fail(`${path}.${key}`, 'unknown key; a range has "min" and "max"');
  }
  const min = value.min === undefined ? Number.NEGATIVE_INFINITY : read(`${path}.min`, value.min);
  const max = value.max === undefined ? Number.POSITIVE_INFINITY : read(`${path}.max`, value.max);
  if (min > max) fail(path, `min (${min}) is greater than max (${max})`);
  return { min, max };
}

function parameterBound(path: string, value: unknown): number {
  if (typeof value !== "number" && typeof value !== "string") {
    fail(path, `expected a number or a string such as "7B", received ${_show(value)}`);
  }
  try {
    return parseParameterCount(value);
  } catch (error) {
    fail(path, error instanceof InvalidArgumentError ? error.problem : String(error));
  }
}

function byteBound(path: string, value: unknown): number {
  if (typeof value !== "number" && typeof value !== "string") {
    fail(path, `expected a number of bytes or a string such as "4 GB", received ${_show(value)}`);
  }
  try {
    return parseByteSize(value);
  } catch (error) {
    if (error instanceof InvalidArgumentError) fail(path, error.problem);
    throw error;
  }
}

// A memory budget at a precision, turned into the range of parameter counts whose weights fit it.
function weightsAt(path: string, value: unknown): { min: number; max: number } {
  if (!isRecord(value)) fail(path, 'expected { bits?, min?, max? }, such as { bits: 4, max: "4 GB" }');
  const { bits = 16, ...bounds } = value;
  if (typeof bits !== "number" || !(bits >= 1 && bits <= 64)) {
    fail(`${path}.bits`, `expected bits per parameter between 1 and 64, received ${_show(bits)}`);
  }
  const bytes = rangeAt(path, bounds, byteBound);
  return { min: (bytes.min * 8) / bits, max: (bytes.max * 8) / bits };
}

/**
 * How deeply `not` filters may nest. Real filters nest once or twice; the bound keeps the work of a query
 * proportional to what a person could write, and turns a filter that contains itself into an error.
 */
export const _MAX_FILTER_DEPTH = 64;

/** The longest `search` text, in UTF-16 code units: every word is looked for in every model's names. */
export const _MAX_SEARCH_LENGTH = 1024;

/** Normalises the words of a search the way names are folded for lookups. */
export function _searchWords(text: string): string[] {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .split(/\s+/)
    .map((word) => word.replace(/[._-]+/g, ""))
    .filter((word) => word !== "");
}

type MutableFilter = { -readonly [K in keyof _NormalizedFilter]: _NormalizedFilter[K] };

/**
 * Checks a filter and brings it to one shape. Hand-written rather than a Zod schema because it runs on every
 * query, and the query itself costs a few microseconds. The chain of `not`s is walked in a loop, outermost
 * first, so no nesting can overflow the stack; more than {@link _MAX_FILTER_DEPTH} levels is an error.
 */
export function _normalizeFilter(filter: unknown): _NormalizedFilter {
  const levels: MutableFilter[] = [];
  let path = "filter";
  for (let current: unknown = filter; current !== undefined; path = `${path}.not`) {
    if (levels.length === _MAX_FILTER_DEPTH) {
      fail("filter", `"not" filters nest more than ${_MAX_FILTER_DEPTH} levels deep (or a filter contains itself)`);
    }
    levels.push(normalizeLevel(current, path));
    current = isRecord(current) && Object.hasOwn(current, "not") ? current.not : undefined;
  }
  // Link each level to the one it excludes, innermost first.
  for (let depth = levels.length - 1; depth > 0; depth--) {
    const outer = levels[depth - 1];
    if (outer !== undefined) outer.not = levels[depth];
  }
  return levels[0] ?? { enums: [] };
}

// One level of a filter, every key but `not`.
function normalizeLevel(filter: unknown, path: string): MutableFilter {
  if (!isRecord(filter)) fail(path, "expected an object of filter keys");
  const enums: { key: DimensionId; values: string[] }[] = [];
  const result: MutableFilter = { enums };
  for (const [key, value] of Object.entries(filter)) {
    if (value === undefined) continue;
    const where = `${path}.${key}`;
    if (!KNOWN_KEYS.has(key)) {
      const close = _closest(key, [...KNOWN_KEYS]);
      const hint = close.length > 0 ? ` (did you mean ${_quoteList(close)}?)` : "";
      fail(where, `unknown filter key${hint}; expected one of ${_quoteList([...KNOWN_KEYS])}`);
    }
    switch (key) {
      case "input":
      case "output":
        result[key] = modalityMatch(where, value);
        break;
      case "mixtureOfExperts":
        if (typeof value !== "boolean") fail(where, "expected true or false");
        result.mixtureOfExperts = value;
        break;
      case "parameters":
        result.parameters = value === "unknown" ? "unknown" : rangeAt(where, value, parameterBound);
        break;
      case "weights":
        result.weights = weightsAt(where, value);
        break;
      case "year":
        result.year =
          typeof value === "number" ? { min: numberAt(where, value), max: value } : rangeAt(where, value, numberAt);
        break;
      case "openWeights":
        if (value !== null && typeof value !== "boolean") fail(where, "expected true, false or null");
        result.openWeights = value;
        break;
      case "organization":
        result.organization = listAt(where, value).map((item) => {
          if (typeof item !== "string") fail(where, "expected an organization name");
          return item.trim().toLowerCase();
        });
        break;
      case "search":
        if (typeof value !== "string") fail(where, `expected a string, received ${_show(value)}`);
        if (value.length > _MAX_SEARCH_LENGTH) {
          fail(where, `expected at most ${_MAX_SEARCH_LENGTH} characters, received ${value.length}`);
        }
        result.search = _searchWords(value);
        break;
      default: {
        // A dimension, or `not`, which _normalizeFilter reads level by level and no dimension is called.
        const enumKey = DIMENSION_IDS.find((candidate) => candidate === key);
        if (enumKey !== undefined) enums.push({ key: enumKey, values: enumValues(where, enumKey, value) });
      }
    }
  }
  return result;
}
