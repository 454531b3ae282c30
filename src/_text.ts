// Small text helpers shared by the schema's messages and the registry's lookups. Private: not re-exported.

/**
 * Edit distance between two strings, counting an insertion, a deletion, a substitution or a swap of two
 * neighbouring characters as one edit (optimal string alignment), so "gtp" is one edit from "gpt".
 *
 * @example
 * ```ts
 * _editDistance("gtp", "gpt"); // 1
 * ```
 *
 * @internal
 */
export function _editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  // The row before the previous one, read for swaps from the second row on (when it is a real row).
  let before = previous;
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, (before[j - 2] ?? 0) + 1);
      current.push(best);
    }
    before = previous;
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * The longest name a "did you mean" suggestion considers, in UTF-16 code units. Real model names, aliases and
 * Hub repo ids are far shorter (a Hub repo id has at most 96 characters on each side of the slash); a longer
 * string names no model, and computing edit distances on it would cost time quadratic in its length.
 *
 * @example
 * ```ts
 * if (name.length > _MAX_NAME_LENGTH) return undefined;
 * ```
 *
 * @internal
 */
export const _MAX_NAME_LENGTH = 256;

/**
 * The candidates closest to `input` by edit distance, best first, keeping only those close enough to be a
 * plausible typo (at most a third of the longer string's length, and at least 2 edits allowed). Strings longer
 * than {@link _MAX_NAME_LENGTH} are never compared, and pairs whose lengths differ by more than the allowed
 * distance are skipped before any work: the distance is at least the difference in length.
 *
 * @example
 * ```ts
 * _closest("decoder_only", ["decoder-only", "encoder-only", "rnn"]); // ["decoder-only"]
 * ```
 *
 * @internal
 */
export function _closest(input: string, candidates: Iterable<string>, limit = 3): string[] {
  const scored: { candidate: string; distance: number }[] = [];
  if (input.length > _MAX_NAME_LENGTH) return [];
  const needle = input.toLowerCase();
  for (const candidate of candidates) {
    if (candidate.length > _MAX_NAME_LENGTH) continue;
    const folded = candidate.toLowerCase();
    const allowed = Math.max(2, Math.floor(Math.max(needle.length, candidate.length) / 3));
    if (Math.abs(needle.length - folded.length) > allowed) continue;
    const distance = _editDistance(needle, folded);
    if (distance <= allowed) scored.push({ candidate, distance });
  }
  scored.sort((x, y) => x.distance - y.distance || x.candidate.localeCompare(y.candidate));
  // Only the near-best: one more edit than the best match at most.
  const best = scored[0]?.distance ?? 0;
  return scored
    .filter((entry) => entry.distance <= best + 1)
    .slice(0, limit)
    .map((entry) => entry.candidate);
}

/**
 * Quotes values and joins them for a sentence: `"a"`, `"a" or "b"`, `"a", "b" or "c"`.
 *
 * @example
 * ```ts
 * _quoteList(["a", "b", "c"]); // '"a", "b" or "c"'
 * ```
 *
 * @internal
 */
export function _quoteList(values: readonly string[], conjunction = "or"): string {
  const quoted = values.map((value) => JSON.stringify(value));
  if (quoted.length <= 1) return quoted.join("");
  return `${quoted.slice(0, -1).join(", ")} ${conjunction} ${quoted[quoted.length - 1]}`;
}

/**
 * Shows any value in an error message without ever throwing: `String()` throws on objects without a
 * prototype and on symbols inside templates, `JSON.stringify` on BigInts and cycles. Long strings are cut.
 *
 * @example
 * ```ts
 * _show(Object.create(null)); // "an object"
 * ```
 *
 * @internal
 */
export function _show(value: unknown): string {
  switch (typeof value) {
    case "string":
      return JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value);
    case "number":
    case "boolean":
    case "undefined":
      return String(value);
    case "bigint":
      return `${value}n`;
    case "symbol":
      return "a symbol";
    case "function":
      return "a function";
    default:
      return value === null ? "null" : Array.isArray(value) ? "an array" : "an object";
  }
}
