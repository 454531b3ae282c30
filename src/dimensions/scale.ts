/**
 * Scale: how big a model is, derived from its parameter count.
 *
 * The three classes follow where a model can run. The default boundaries are half-open intervals on the total
 * parameter count (all experts of a mixture-of-experts model count, since all of them must be in memory):
 *
 * | class  | parameters          | why there                                                                    |
 * | ------ | ------------------- | ---------------------------------------------------------------------------- |
 * | small  | `[0, 4B)`           | quantised to 4 bits, fewer than 4B parameters fit in the 2 GB or so a phone app can use (Phi-3-mini, 3.8B, runs on a phone) |
 * | medium | `[4B, 40B)`         | 2 bytes a parameter in bf16: up to 40B parameters fit on one 80 GB GPU         |
 * | large  | `[40B, ∞)`          | needs several GPUs or a cluster to serve at full precision                    |
 *
 * A model with exactly 4,000,000,000 parameters is medium, and one with exactly 40,000,000,000 is large. An
 * unknown parameter count gives an unknown class (`null`): never "small", never 0.
 *
 * @module
 */

import { _show } from "../_text.js";
import { InvalidArgumentError } from "../errors.js";
import { _closedDimension } from "./_dimension.js";
import { _infoTable } from "./_info.js";

/**
 * The scale classes, smallest first.
 *
 * @example
 * ```ts
 * SIZE_CLASSES; // ["small", "medium", "large"]
 * ```
 */
export const SIZE_CLASSES = /* @__PURE__ */ Object.freeze(["small", "medium", "large"] as const);

/**
 * A scale class: `"small" | "medium" | "large"`.
 *
 * @example
 * ```ts
 * const size: SizeClass | null = classifySize(7_000_000_000); // "medium"
 * ```
 */
export type SizeClass = (typeof SIZE_CLASSES)[number];

/**
 * Labels and descriptions of each scale class, in English and Chinese.
 *
 * @example
 * ```ts
 * SIZE_CLASS_INFO.small.label.zh; // "小型"
 * ```
 */
// One entry per value of SIZE_CLASSES, in its order: [English label, or null for the id in words (see
// _info.ts), Chinese label, English description, Chinese description].
export const SIZE_CLASS_INFO = /* @__PURE__ */ _infoTable(SIZE_CLASSES, [
  // small
  [
    null,
    "小型",
    "Under 4 billion parameters: small enough for a phone or a laptop once quantised.",
    "参数少于 40 亿，量化后可在手机或笔记本上运行。",
  ],
  // medium
  [
    null,
    "中型",
    "4 billion to under 40 billion parameters: fits on one data-centre GPU.",
    "参数 40 亿到 400 亿，单块数据中心 GPU 即可容纳。",
  ],
  // large
  [
    null,
    "大型",
    "40 billion parameters or more: needs several GPUs or a cluster to serve.",
    "参数不少于 400 亿，需多块 GPU 或集群部署。",
  ],
]);

/**
 * The lower bounds (inclusive) of the medium and large classes, in parameters. Small is everything below
 * `medium`.
 *
 * @example
 * ```ts
 * const strict: SizeThresholds = { medium: 1_000_000_000, large: 10_000_000_000 };
 * classifySize(7_000_000_000, strict); // "medium"
 * ```
 */
export interface SizeThresholds {
  /** The first parameter count that is medium. */
  readonly medium: number;
  /** The first parameter count that is large. */
  readonly large: number;
}

/**
 * The default boundaries: medium from 4B parameters, large from 40B (see the module comment for why).
 *
 * @example
 * ```ts
 * DEFAULT_SIZE_THRESHOLDS; // { medium: 4_000_000_000, large: 40_000_000_000 }
 * ```
 */
export const DEFAULT_SIZE_THRESHOLDS = /* @__PURE__ */ Object.freeze({
  medium: 4_000_000_000,
  large: 40_000_000_000,
} as const satisfies SizeThresholds);

/**
 * Derives the scale class of a model from its total parameter count.
 *
 * The intervals are half-open: `[0, medium)` is small, `[medium, large)` medium, `[large, ∞)` large. An
 * unknown count (`null` or `undefined`) gives `null`, an unknown class.
 *
 * @param parameters - The total parameter count, or `null`/`undefined` when it is unknown.
 * @param thresholds - Boundaries to use instead of {@link DEFAULT_SIZE_THRESHOLDS}; either may be given alone.
 * @returns The scale class, or `null` when the count is unknown.
 * @throws {@link InvalidArgumentError} when the count is negative, fractional or not finite, or the thresholds
 *   are not positive integers with `medium < large`.
 *
 * @example
 * ```ts
 * classifySize(124_000_000); // "small"   (GPT-2 small)
 * classifySize(4_000_000_000); // "medium" (the boundary belongs to the upper class)
 * classifySize(175_000_000_000); // "large" (GPT-3)
 * classifySize(null); // null            (GPT-4: never disclosed)
 * classifySize(7_000_000_000, { medium: 10_000_000_000 }); // "small"
 * ```
 */
export function classifySize(
  parameters: number | null | undefined,
  thresholds: Partial<SizeThresholds> = {},
): SizeClass | null {
  if (typeof thresholds !== "object" || thresholds === null) {
    throw new InvalidArgumentError(
      "thresholds",
      `expected an object such as { medium: 1e10 }, received ${_show(thresholds)}`,
    );
  }
  const medium = thresholds.medium ?? DEFAULT_SIZE_THRESHOLDS.medium;
  const large = thresholds.large ?? DEFAULT_SIZE_THRESHOLDS.large;
  assertCount("thresholds.medium", medium);
  assertCount("thresholds.large", large);
  if (medium >= large) {
    throw new InvalidArgumentError("thresholds", `medium (${medium}) must be smaller than large (${large})`);
  }
  if (parameters === null || parameters === undefined) return null;
  assertCount("parameters", parameters);
  return _sizeClassOf(parameters, medium, large);
}

/**
 * The rule of {@link classifySize} without its checks, for a count and thresholds already known to be valid:
 * validation derives a record's class with it, so that a bundle that only validates does not carry the checks.
 *
 * @example
 * ```ts
 * _sizeClassOf(7_000_000_000); // "medium"
 * ```
 *
 * @internal
 */
export function _sizeClassOf(
  parameters: number,
  medium: number = DEFAULT_SIZE_THRESHOLDS.medium,
  large: number = DEFAULT_SIZE_THRESHOLDS.large,
): SizeClass {
  if (parameters >= large) return "large";
  if (parameters >= medium) return "medium";
  return "small";
}

function assertCount(argument: string, value: unknown): asserts value is number {
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0) {
    throw new InvalidArgumentError(
      argument,
      `expected a non-negative whole number of parameters, received ${_show(value)}`,
    );
  }
}

function isUnit(unit: string): unit is keyof typeof UNIT_FACTORS {
  return Object.hasOwn(UNIT_FACTORS, unit);
}

// Suffixes people write after a parameter count. "K" is thousands, "M" millions, "B" billions, "T" trillions.
const UNIT_FACTORS = { "": 1, k: 1e3, m: 1e6, b: 1e9, t: 1e12 } as const;

/**
 * Reads a parameter count written the way model cards write it: `"7B"`, `"350M"`, `"1.5T"`, `"82k"`,
 * `"7,000,000"`, or a plain number. Case and a trailing "parameters"/"params" do not matter.
 *
 * @param value - A number of parameters, or a string such as `"7B"`.
 * @returns The count as a whole number.
 * @throws {@link InvalidArgumentError} when the value cannot be read as a non-negative count.
 *
 * @example
 * ```ts
 * parseParameterCount("7B"); // 7_000_000_000
 * parseParameterCount("1.5t"); // 1_500_000_000_000
 * parseParameterCount("350M params"); // 350_000_000
 * ```
 */
export function parseParameterCount(value: number | string): number {
  if (typeof value === "number") {
    assertCount("parameters", value);
    return value;
  }
  if (typeof value !== "string") {
    throw new InvalidArgumentError(
      "parameters",
      `expected a number or a string such as "7B", received ${_show(value)}`,
    );
  }
  // Commas and underscores may only group thousands ("7,000,000"); a dot is a decimal point ("1.5B").
  const match = /^\s*(\d{1,3}(?:[,_]\d{3})+|\d+)(\.\d+)?\s*([kmbt]?)\s*(?:param(?:eter)?s?)?\s*$/i.exec(value);
  if (match) {
    const number = Number(`${(match[1] ?? "").replace(/[,_]/g, "")}${match[2] ?? ""}`);
    const unit = (match[3] ?? "").toLowerCase();
    if (isUnit(unit)) {
      const count = Math.round(number * UNIT_FACTORS[unit]);
      if (Number.isSafeInteger(count)) return count;
    }
  }
  throw new InvalidArgumentError(
    "parameters",
    `cannot read ${_show(value)} as a parameter count; write a number with an optional K, M, B or T suffix, such as "7B" or "350M"`,
  );
}

/**
 * Writes a parameter count the way model cards do, with three significant figures and a K, M, B or T suffix:
 * the inverse of {@link parseParameterCount}, give or take rounding.
 *
 * @param count - A parameter count, or `null` when it is unknown.
 * @param unknown - What to write for an unknown count. Default `"unknown"`.
 * @returns The count as text, such as `"1.54B"`.
 * @throws {@link InvalidArgumentError} when the count is not a non-negative whole number or `null`.
 *
 * @example
 * ```ts
 * formatParameterCount(1_542_000_000); // "1.54B"
 * formatParameterCount(60_000); // "60K"
 * formatParameterCount(null, "未知"); // "未知"
 * ```
 */
export function formatParameterCount(count: number | null, unknown = "unknown"): string {
  if (typeof unknown !== "string") {
    throw new InvalidArgumentError("unknown", `expected a string, received ${_show(unknown)}`);
  }
  if (count === null) return unknown;
  assertCount("count", count);
  for (const [unit, size] of [
    ["T", 1e12],
    ["B", 1e9],
    ["M", 1e6],
    ["K", 1e3],
  ] as const) {
    // Rounded first, then compared: 999,999 is "1M", not "1000K".
    const rounded = Number((count / size).toPrecision(3));
    if (rounded >= 1) return `${rounded}${unit}`;
  }
  return String(count);
}

/**
 * The scale dimension: a model's size class, none when its size is unknown.
 *
 * @internal
 */
export const _SIZE_CLASS_DIMENSION = /* @__PURE__ */ _closedDimension({
  id: "sizeClass",
  aspect: "scale",
  label: { en: "Scale", zh: "规模" },
  values: SIZE_CLASSES,
  info: SIZE_CLASS_INFO,
  read: (model) => (model.sizeClass === null ? [] : [model.sizeClass]),
});
