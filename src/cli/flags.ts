// Parsers of flag values. commander keeps only the text of an error a parser throws; the localised error is
// kept here, so the whole line can be reported in the user's language.
import { InvalidArgumentError as CommanderArgumentError } from "commander";
import { _closest } from "../_text.js";
import { parseParameterCount } from "../dimensions/scale.js";
import { parseByteSize } from "../weights.js";
import { CliError, EXIT } from "./input.js";
import { type _ErrorMessages, _quoteInput } from "./text.js";

let lastFlagError: CliError | undefined;

/**
 * The localised error of the last flag a parser refused in this run, if any.
 *
 * @example
 * ```ts
 * const error = _takeFlagError(); // then report error.in(messages)
 * ```
 *
 * @internal
 */
export function _takeFlagError(): CliError | undefined {
  const error = lastFlagError;
  lastFlagError = undefined;
  return error;
}

/**
 * Refuses a flag's value: keeps the localised error and throws commander's, which ends the parse.
 *
 * @example
 * ```ts
 * _rejectFlag((t) => t.malformedRange(_quoteInput(value), "1B..7B"));
 * ```
 *
 * @internal
 */
export function _rejectFlag(render: (t: _ErrorMessages) => string): never {
  lastFlagError = new CliError(render, EXIT.usage);
  throw new CommanderArgumentError(lastFlagError.message);
}

/**
 * A parser of comma-separated values that must each be one of `allowed`; a typo gets a "did you mean". Values
 * of repeated flags add up.
 *
 * @example
 * ```ts
 * new Option("--size <values>").argParser(_valuesParser("--size", ["small", "medium", "large"]));
 * ```
 *
 * @internal
 */
export function _valuesParser(flag: string, allowed: readonly string[]) {
  return (value: string, previous: string[] | undefined): string[] => {
    const items = splitList(value);
    for (const item of items) {
      if (allowed.includes(item)) continue;
      const close = _closest(item, allowed, 1)[0] ?? null;
      _rejectFlag((t) => t.unknownValue(flag, _quoteInput(item), allowed, close));
    }
    return [...(previous ?? []), ...items];
  };
}

/**
 * A parser of comma-separated values checked later (family names, which the registry knows).
 *
 * @example
 * ```ts
 * _listParser()("llama-2, bert", undefined); // ["llama-2", "bert"]
 * ```
 *
 * @internal
 */
export function _listParser() {
  return (value: string, previous: string[] | undefined): string[] => [...(previous ?? []), ...splitList(value)];
}

function splitList(value: string): string[] {
  return value
    .split(",")
    .map((item) => item.trim())
    .filter((item) => item !== "");
}

/**
 * A numeric range as a flag writes it.
 *
 * @example
 * ```ts
 * const range: _FlagRange = { min: 2018, max: 2020 };
 * ```
 *
 * @internal
 */
export interface _FlagRange {
  readonly min?: number;
  readonly max?: number;
}

/**
 * A parser of `MIN..MAX`, `MIN..`, `..MAX` or one value (meaning MIN = MAX, or only MAX with `single: "max"`).
 * The bounds are split at the first "..", so decimal bounds such as `1.5B..7B` read as they look.
 *
 * @example
 * ```ts
 * _rangeParser((text) => Number(text), "1..9")("3..5"); // { min: 3, max: 5 }
 * ```
 *
 * @internal
 */
export function _rangeParser(read: (text: string) => number, example: string, single: "exact" | "max" = "exact") {
  return (value: string): _FlagRange => {
    const split = value.indexOf("..");
    const low = (split === -1 ? value : value.slice(0, split)).trim();
    const high = split === -1 ? undefined : value.slice(split + 2).trim();
    try {
      if (low === "" && (high === undefined || high === "")) throw new Error("empty");
      if (split === -1 && single === "max") return { max: read(low) };
      const min = low === "" ? undefined : read(low);
      const max = high === undefined ? min : high === "" ? undefined : read(high);
      if (min !== undefined && max !== undefined && min > max) throw new Error("reversed");
      return { ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }) };
    } catch {
      return _rejectFlag((t) => t.malformedRange(_quoteInput(value), example));
    }
  };
}

/**
 * `--params`: parameter counts with K/M/B/T suffixes.
 *
 * @example
 * ```ts
 * _parameterRange("1.5B..7B"); // { min: 1_500_000_000, max: 7_000_000_000 }
 * ```
 *
 * @internal
 */
export const _parameterRange = _rangeParser((text) => parseParameterCount(text), "1.5B..7B");

/**
 * `--year`: four-digit years.
 *
 * @example
 * ```ts
 * _yearRange("..2017"); // { max: 2017 }
 * ```
 *
 * @internal
 */
export const _yearRange = _rangeParser((text) => {
  if (!/^\d{4}$/.test(text)) throw new Error("not a year");
  return Number(text);
}, "2018..2020");

/**
 * `--weights`: a memory budget such as `4GB` (at most), or a range such as `1GB..4GB`.
 *
 * @example
 * ```ts
 * _byteRange("4GB"); // { max: 4_000_000_000 }
 * ```
 *
 * @internal
 */
export const _byteRange = _rangeParser((text) => parseByteSize(text), "4GB or 500MB..2GB", "max");

/**
 * A parser of a number between `min` and `max`, decimals allowed (`--bits 4.5` for a format that stores a
 * scale per block).
 *
 * @example
 * ```ts
 * _numberBetween("--bits", 1, 64)("4.5"); // 4.5
 * ```
 *
 * @internal
 */
export function _numberBetween(flag: string, min: number, max: number) {
  return (value: string): number => {
    const number = Number(value);
    if (!/^\d+(\.\d+)?$/.test(value) || !(number >= min && number <= max))
      _rejectFlag((t) => t.numberBetween(flag, min, max, _quoteInput(value)));
    return number;
  };
}

/**
 * A parser of a whole number of at least `min` (and at most `max`).
 *
 * @example
 * ```ts
 * _int("--limit")("10"); // 10
 * ```
 *
 * @internal
 */
export function _int(flag: string, min = 0, max = Number.MAX_SAFE_INTEGER) {
  return (value: string): number => {
    const number = Number(value);
    if (!/^\d+$/.test(value) || !Number.isSafeInteger(number) || number < min || number > max)
      _rejectFlag((t) => t.wholeNumber(flag, min, _quoteInput(value), max === Number.MAX_SAFE_INTEGER ? null : max));
    return number;
  };
}
