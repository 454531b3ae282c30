// The filter flags of `list` and `facets`, derived from the dimension list: one flag per dimension (dimensions
// may share one: --modality takes modalities and unimodal/multimodal), values checked against the dimension's
// own, and the filter built from whatever was given. A new dimension needs one line in _FLAG_NAMES, which the
// compiler asks for.
import { type Command, Option } from "commander";
import { _closest } from "../_text.js";
import type { _AnyDimension } from "../dimensions/_dimension.js";
import { _COMPONENT_DIMENSION, _FRAMEWORK_DIMENSION } from "../dimensions/architecture.js";
import { _DOMAIN_DIMENSION } from "../dimensions/domain.js";
import { _FAMILY_DIMENSION } from "../dimensions/family.js";
import { _DIMENSION_LIST, _dimensionOf, type DimensionId, type DimensionValues } from "../dimensions/index.js";
import { _MODALITY_DIMENSION } from "../dimensions/modality.js";
import { _TASK_DIMENSION } from "../dimensions/task.js";
import type { ModelFilter } from "../query/filter.js";
import type { _CommonOptions } from "./context.js";
import {
  _byteRange,
  type _FlagRange,
  _listParser,
  _numberBetween,
  _parameterRange,
  _valuesParser,
  _yearRange,
} from "./flags.js";
import { CliError, EXIT } from "./input.js";
import { _quoteInput } from "./text.js";

/**
 * The flag of each dimension, without its dashes. These are the documented names; two dimensions may share a
 * flag, whose values then go to the dimension that has them. A flag named as its dimension takes the
 * declaration's id.
 *
 * @example
 * ```ts
 * _FLAG_NAMES.architecture; // "arch": --arch lstm
 * ```
 *
 * @internal
 */
export const _FLAG_NAMES = {
  sizeClass: "size",
  taskType: "task-type",
  task: _TASK_DIMENSION.id,
  modality: _MODALITY_DIMENSION.id,
  modalityClass: _MODALITY_DIMENSION.id,
  trainingMethod: "training",
  trainingRelation: "relation",
  domain: _DOMAIN_DIMENSION.id,
  architecture: "arch",
  component: _COMPONENT_DIMENSION.id,
  framework: _FRAMEWORK_DIMENSION.id,
  family: _FAMILY_DIMENSION.id,
} as const satisfies Record<DimensionId, string>;

/** One filter flag and the dimensions it sets. */
interface DimensionFlag {
  readonly flag: string;
  readonly dimensions: readonly _AnyDimension[];
}

function dimensionFlags(): DimensionFlag[] {
  const flags = new Map<string, DimensionFlag>();
  for (const dimension of _DIMENSION_LIST) {
    const flag = _FLAG_NAMES[dimension.id];
    flags.set(flag, { flag, dimensions: [...(flags.get(flag)?.dimensions ?? []), dimension] });
  }
  return [...flags.values()];
}

function flagOption({ flag, dimensions }: DimensionFlag): Option {
  const closed = dimensions.flatMap((dimension) => dimension.values ?? []);
  const open = dimensions.some((dimension) => dimension.values === null);
  const what = dimensions.map((dimension) => dimension.label.en.toLowerCase()).join(" or ");
  const tree = dimensions.some((dimension) => dimension.values?.some((value) => dimension.parentOf(value) !== null));
  const description = open
    ? `${what}: a family id or name (comma-separated: any of; model-taxonomy family lists them)`
    : `${what}${tree ? "; a value matches the values under it" : ""} (comma-separated: any of; valid: ${closed.join(", ")})`;
  return new Option(`--${flag} <values>`, description).argParser(
    open ? _listParser() : _valuesParser(`--${flag}`, closed),
  );
}

/**
 * Adds every filter flag to a command: one per dimension, then ranges, weights, booleans, organization and
 * search.
 *
 * @example
 * ```ts
 * _addFilterOptions(program.command("list")).action((options) => list(options));
 * ```
 *
 * @internal
 */
export function _addFilterOptions(command: Command): Command {
  const dimensions = dimensionFlags().map(flagOption);
  // --input and --output sit beside --modality, as they did before dimensions were derived.
  const at = dimensions.findIndex((option) => option.long === "--modality") + 1;
  const modality = _MODALITY_DIMENSION.values;
  dimensions.splice(
    at,
    0,
    new Option("--input <values>", "a modality the model takes (comma-separated: all of)").argParser(
      _valuesParser("--input", modality),
    ),
    new Option("--output <values>", "a modality the model gives (comma-separated: all of)").argParser(
      _valuesParser("--output", modality),
    ),
  );
  for (const option of dimensions) command.addOption(option);
  return command
    .addOption(
      new Option(
        "--params <range>",
        'parameters, MIN..MAX with K/M/B/T suffixes and decimals, such as "1.5B..7B" or "..350M"',
      ).argParser(_parameterRange),
    )
    .addOption(
      new Option("--unknown-params", "only models whose parameter count was never published").conflicts("params"),
    )
    .addOption(
      new Option(
        "--weights <size>",
        'weights that fit in this memory at --bits per parameter, such as "4GB" (a range: "500MB..2GB")',
      ).argParser(_byteRange),
    )
    .addOption(
      new Option("--bits <n>", "bits per parameter for --weights (default 16)").argParser(
        _numberBetween("--bits", 1, 64),
      ),
    )
    .addOption(new Option("--year <range>", 'year of release, such as "2018..2020" or "2023"').argParser(_yearRange))
    .addOption(new Option("--open-weights", "only models whose weights can be downloaded"))
    .addOption(
      new Option("--closed-weights", "only models whose weights cannot be downloaded").conflicts("openWeights"),
    )
    .addOption(new Option("--moe", "only mixture-of-experts models"))
    .addOption(new Option("--org <names>", "organization, without regard to case (comma-separated: any of)"))
    .addOption(new Option("--search <words>", "words that must all occur in a name or alias"));
}

/**
 * The flags that are not a dimension's, as commander leaves them after their parsers ran.
 *
 * @example
 * ```ts
 * const flags: _OtherFilterFlags = { year: { max: 2017 }, openWeights: true };
 * ```
 *
 * @internal
 */
export interface _OtherFilterFlags {
  readonly input?: readonly string[];
  readonly output?: readonly string[];
  readonly params?: _FlagRange;
  readonly unknownParams?: boolean;
  readonly weights?: _FlagRange;
  readonly bits?: number;
  readonly year?: _FlagRange;
  readonly openWeights?: boolean;
  readonly closedWeights?: boolean;
  readonly moe?: boolean;
  readonly org?: string;
  readonly search?: string;
}

/**
 * What commander hands an action: the flags above plus one list of strings per dimension flag.
 *
 * @example
 * ```ts
 * const flags: _FilterFlags = { arch: ["lstm"], year: { max: 2017 } };
 * ```
 *
 * @internal
 */
export type _FilterFlags = _OtherFilterFlags & _CommonOptions & Readonly<Record<string, unknown>>;

/**
 * Resolves the values of a dimension whose values come from the data (family names to family ids); for a value
 * it does not know, the close values it does.
 *
 * @example
 * ```ts
 * const resolve: _ResolveOpenValue = (dimension, value) => registry.getFamily(value)?.id ?? { suggestions: [] };
 * ```
 *
 * @internal
 */
export type _ResolveOpenValue = (
  dimension: DimensionId,
  value: string,
) => string | { readonly suggestions: readonly string[] };

type ValueLists = { [D in DimensionId]: DimensionValues[D][] };
type MutableDimensionFilter = { [D in DimensionId]?: ValueLists[D] };

function isValueOf(dimension: DimensionId, value: string): boolean {
  const declared = _dimensionOf(dimension);
  return declared.values === null || declared.values.includes(value);
}

// The check that lets the values a flag's parser let through stand as the dimension's own type.
function areValuesOf<D extends DimensionId>(dimension: D, values: string[]): values is ValueLists[D] {
  return values.every((value) => isValueOf(dimension, value));
}

function setValues<D extends DimensionId>(filter: MutableDimensionFilter, dimension: D, values: readonly string[]) {
  const own = values.filter((value) => isValueOf(dimension, value));
  if (own.length > 0 && areValuesOf(dimension, own)) filter[dimension] = own;
}

function attribute(flag: string): string {
  return flag.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

function stringsOf(value: unknown): readonly string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];
}

function dimensionFilter(flags: _FilterFlags, resolve: _ResolveOpenValue): MutableDimensionFilter {
  const filter: MutableDimensionFilter = {};
  for (const dimension of _DIMENSION_LIST) {
    const flag = _FLAG_NAMES[dimension.id];
    let values = stringsOf(flags[attribute(flag)]);
    if (dimension.values === null) values = values.map((value) => resolveOrFail(flag, dimension.id, value, resolve));
    setValues(filter, dimension.id, values);
  }
  return filter;
}

function resolveOrFail(flag: string, dimension: DimensionId, value: string, resolve: _ResolveOpenValue): string {
  const resolved = resolve(dimension, value);
  if (typeof resolved === "string") return resolved;
  const suggestions = resolved.suggestions.map((suggestion) => JSON.stringify(suggestion));
  throw new CliError((t) => t.unknownOpenValue(`--${flag}`, _quoteInput(value), suggestions), EXIT.usage);
}

/**
 * The query filter the flags ask for.
 *
 * @param flags - The options commander parsed.
 * @param resolve - Resolves values of dimensions that have no fixed list (family names).
 * @returns The filter; the empty filter when no flag was given.
 * @throws {@link CliError} (exit code 2) for an unknown family, or `--bits` without `--weights`.
 *
 * @example
 * ```ts
 * _filterFrom({ arch: ["lstm"], modality: ["multimodal"] }, resolve); // { architecture: ["lstm"], modalityClass: ["multimodal"] }
 * ```
 *
 * @internal
 */
export function _filterFrom(flags: _FilterFlags, resolve: _ResolveOpenValue): ModelFilter {
  if (flags.bits !== undefined && flags.weights === undefined) {
    throw new CliError((t) => t.bitsWithoutWeights, EXIT.usage);
  }
  const modalities = (values: readonly string[] | undefined) => {
    const own = values?.filter((value) => isValueOf(_MODALITY_DIMENSION.id, value));
    return own !== undefined && areValuesOf(_MODALITY_DIMENSION.id, own) ? own : undefined;
  };
  const input = modalities(flags.input);
  const output = modalities(flags.output);
  return {
    ...dimensionFilter(flags, resolve),
    ...(input ? { input: { all: input } } : {}),
    ...(output ? { output: { all: output } } : {}),
    ...(flags.params ? { parameters: flags.params } : {}),
    ...(flags.unknownParams ? { parameters: "unknown" as const } : {}),
    ...(flags.weights ? { weights: { ...flags.weights, bits: flags.bits ?? 16 } } : {}),
    ...(flags.year ? { year: flags.year } : {}),
    ...(flags.openWeights ? { openWeights: true } : {}),
    ...(flags.closedWeights ? { openWeights: false } : {}),
    ...(flags.moe ? { mixtureOfExperts: true } : {}),
    ...(flags.org ? { organization: flags.org.split(",").map((org) => org.trim()) } : {}),
    ...(flags.search ? { search: flags.search } : {}),
  };
}

/**
 * Reads a `--group` value: a dimension id, with "did you mean" for a typo.
 *
 * @example
 * ```ts
 * _groupDimension("family"); // "family"
 * ```
 *
 * @internal
 */
export function _groupDimension(value: string): DimensionId {
  const found = _DIMENSION_LIST.find((dimension) => dimension.id === value);
  if (found !== undefined) return found.id;
  const ids = _DIMENSION_LIST.map((dimension) => dimension.id);
  const close = _closest(value, ids, 1)[0] ?? null;
  throw new CliError((t) => t.unknownValue("--group", _quoteInput(value), ids, close), EXIT.usage);
}
