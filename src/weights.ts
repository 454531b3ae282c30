/**
 * Scale in practice: how much memory a model's weights take at a given numeric precision, the first question
 * when asking whether a model runs on a phone, a laptop or one GPU.
 *
 * The estimate is parameters × bits per parameter ÷ 8 bytes. It counts every parameter, all experts of a
 * mixture-of-experts model included (they must all be loaded even though few run per token), and nothing else:
 * activations, the KV cache and the runtime come on top, and quantization formats store a few scales per block
 * (a 4-bit GGUF or GPTQ file is some 5–15% larger than the estimate).
 *
 * @module
 */
import { _deepFreeze } from "./_freeze.js";
import { InvalidArgumentError } from "./errors.js";

/**
 * Common precisions, in bits per parameter: 32 and 16 for training and serving, 8 and 4 for quantized weights.
 *
 * @example
 * ```ts
 * for (const bits of WEIGHT_PRECISIONS) console.log(bits, formatBytes(weightMemory(model, bits)));
 * ```
 */
export const WEIGHT_PRECISIONS = /* @__PURE__ */ _deepFreeze([32, 16, 8, 4] as const);

/**
 * Something with a parameter count: a model record, or its `parameters`.
 *
 * @example
 * ```ts
 * const sized: HasParameters = { total: 7_000_000_000 };
 * weightMemory(sized, 4); // 3_500_000_000
 * ```
 */
export type HasParameters =
  | { readonly parameters: { readonly total: number | null } }
  | { readonly total: number | null };

function totalOf(model: HasParameters): number | null {
  return "parameters" in model ? model.parameters.total : model.total;
}

/**
 * The memory a model's weights take at a precision, in bytes: parameters × bits ÷ 8.
 *
 * @param model - A model record (or its `parameters`); mixture-of-experts models count every expert.
 * @param bits - Bits per parameter, such as 16 (bf16), 8 or 4; between 1 and 64. Default 16.
 * @returns The bytes, or `null` when the parameter count is unknown.
 * @throws {@link InvalidArgumentError} for a precision that is not a number between 1 and 64.
 *
 * @example
 * ```ts
 * weightMemory({ parameters: { total: 7_000_000_000 } }, 4); // 3_500_000_000 (3.5 GB)
 * weightMemory(requireModel("gpt-4")); // null: its size was never published
 * ```
 */
export function weightMemory(model: HasParameters, bits = 16): number | null {
  if (typeof bits !== "number" || !(bits >= 1 && bits <= 64)) {
    throw new InvalidArgumentError("bits", { expected: "bits per parameter between 1 and 64", received: bits });
  }
  if (typeof model !== "object" || model === null) {
    throw new InvalidArgumentError("model", { expected: "a model record or its parameters", received: model });
  }
  const total = totalOf(model);
  return total === null || total === undefined ? null : Math.ceil((total * bits) / 8);
}

const BYTE_UNITS = [
  [1e12, "TB"],
  [1e9, "GB"],
  [1e6, "MB"],
  [1e3, "kB"],
] as const;

/**
 * Writes a number of bytes the way people read memory sizes, in decimal units (1 GB = 10⁹ bytes) with up to
 * three significant digits.
 *
 * @param bytes - A number of bytes, or `null` for unknown.
 * @returns Such as `"3.5 GB"` or `"820 MB"`; `"unknown"` for `null`.
 *
 * @example
 * ```ts
 * formatBytes(3_500_000_000); // "3.5 GB"
 * ```
 */
export function formatBytes(bytes: number | null): string {
  if (bytes === null) return "unknown";
  for (const [size, unit] of BYTE_UNITS) {
    // Rounded first, so that 999,999 bytes are "1 MB", not "1000 kB".
    const value = Number((bytes / size).toPrecision(3));
    if (value >= 1) return `${value} ${unit}`;
  }
  return `${bytes} B`;
}

const BYTE_SIZE = /^(\d+(?:\.\d+)?|\.\d+)\s*([kmgt]i?b|b)?$/i;
// The binary units are written out rather than as 2 ** 10 …: esbuild does not take a table holding `**` for
// pure, so it stayed in every bundle cut from the package's shared chunk, parseModel's included (docs/size.md).
const BYTE_FACTORS: Readonly<Record<string, number>> = {
  b: 1,
  kb: 1e3,
  mb: 1e6,
  gb: 1e9,
  tb: 1e12,
  kib: 1_024,
  mib: 1_048_576,
  gib: 1_073_741_824,
  tib: 1_099_511_627_776,
};

/**
 * Reads a memory size as people write it: decimal units (`"4 GB"`, `"500MB"`), binary ones (`"16GiB"`), or a
 * plain number of bytes.
 *
 * @param value - A number of bytes, or a string such as `"4 GB"`.
 * @returns The number of bytes.
 * @throws {@link InvalidArgumentError} for anything else, or a negative or non-finite size.
 *
 * @example
 * ```ts
 * parseByteSize("4 GB"); // 4_000_000_000
 * parseByteSize("16GiB"); // 17_179_869_184
 * ```
 */
export function parseByteSize(value: number | string): number {
  if (typeof value === "number") {
    if (Number.isFinite(value) && value >= 0) return value;
    throw new InvalidArgumentError("size", { expected: "a number of bytes ≥ 0", received: value });
  }
  const match = typeof value === "string" && value.length <= 64 ? BYTE_SIZE.exec(value.trim()) : null;
  const factor = BYTE_FACTORS[(match?.[2] ?? "b").toLowerCase()];
  if (match === null || factor === undefined) {
    throw new InvalidArgumentError("size", {
      expected: 'a size such as "4 GB", "512 MB" or "16 GiB"',
      received: value,
    });
  }
  return Number(match[1]) * factor;
}
