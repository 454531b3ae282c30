// Text layout for the terminal: widths that count CJK characters as two columns, tables, and the labels of
// dimension values in the user's language.
import { _ARCHITECTURE_DIMENSION, _FRAMEWORK_DIMENSION } from "../dimensions/architecture.js";
import { _DIMENSION_LIST, type DimensionId } from "../dimensions/index.js";
import type { Model } from "../model.js";
import type { _CliContext } from "./context.js";

// East Asian wide and full-width characters take two columns of a terminal.
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

/**
 * How many terminal columns text takes.
 *
 * @example
 * ```ts
 * _width("规模"); // 4
 * ```
 *
 * @internal
 */
export function _width(text: string): number {
  let width = 0;
  for (const char of text) width += WIDE.test(char) ? 2 : 1;
  return width;
}

/**
 * Pads text with spaces to a number of columns.
 *
 * @example
 * ```ts
 * _pad("Id", 4); // "Id  "
 * ```
 *
 * @internal
 */
export function _pad(text: string, width: number): string {
  return text + " ".repeat(Math.max(0, width - _width(text)));
}

/**
 * Cuts text to a number of columns, ending it with an ellipsis when it was cut.
 *
 * @example
 * ```ts
 * _truncate("Decoder-only Transformer", 10); // "Decoder-o…"
 * ```
 *
 * @internal
 */
export function _truncate(text: string, max: number): string {
  if (_width(text) <= max) return text;
  let out = "";
  for (const char of text) {
    if (_width(`${out + char}…`) > max) break;
    out += char;
  }
  return `${out}…`;
}

/**
 * Prints a table: bold headers, a rule, then the rows, each cell cut to fit (the first column to 28 columns,
 * the others to 24).
 *
 * @example
 * ```ts
 * _table(ctx, ["Name", "Year"], [["GPT-2", "2019"]]);
 * ```
 *
 * @internal
 */
export function _table(ctx: _CliContext, headers: readonly string[], rows: readonly (readonly string[])[]): void {
  const cells = rows.map((row) => row.map((cell, column) => _truncate(cell, column === 0 ? 28 : 24)));
  const widths = headers.map((header, column) =>
    Math.max(_width(header), ...cells.map((row) => _width(row[column] ?? ""))),
  );
  const line = (row: readonly string[]) =>
    row
      .map((cell, column) => _pad(cell, widths[column] ?? 0))
      .join("  ")
      .trimEnd();
  ctx.out(ctx.color.bold(line(headers)));
  ctx.out(ctx.color.dim(widths.map((width) => "─".repeat(width)).join("  ")));
  for (const row of cells) ctx.out(line(row));
}

/**
 * Prints a value as indented JSON.
 *
 * @example
 * ```ts
 * _json(ctx, { total: 3 });
 * ```
 *
 * @internal
 */
export function _json(ctx: _CliContext, value: unknown): void {
  ctx.out(JSON.stringify(value, null, 2));
}

/**
 * The label of a dimension's value in the context's language; the value itself when it has none (a family id).
 *
 * @example
 * ```ts
 * _label(ctx, "architecture", "gru"); // "GRU" (门控循环单元 in Chinese)
 * ```
 *
 * @internal
 */
export function _label(ctx: _CliContext, dimension: DimensionId, value: string): string {
  for (const candidate of _DIMENSION_LIST) {
    if (candidate.id !== dimension || candidate.values === null) continue;
    const info: Readonly<Record<string, { readonly label: Readonly<Record<string, string>> }>> = candidate.info;
    return info[value]?.label[ctx.locale] ?? value;
  }
  return value;
}

/**
 * Labels of several values of a dimension, joined as a list in the context's language.
 *
 * @example
 * ```ts
 * _labels(ctx, _MODALITY_DIMENSION.id, ["image", "text"]); // "Image, Text"
 * ```
 *
 * @internal
 */
export function _labels(ctx: _CliContext, dimension: DimensionId, values: readonly string[]): string {
  return values.map((value) => _label(ctx, dimension, value)).join(ctx.locale === "zh" ? "、" : ", ");
}

/**
 * A model's architecture in a few words: its family, "MoE" for a mixture of experts, its generative framework.
 *
 * @example
 * ```ts
 * _architectureSummary(ctx, requireModel("mixtral-8x7b")); // "Decoder-only Transformer, MoE"
 * ```
 *
 * @internal
 */
export function _architectureSummary(ctx: _CliContext, model: Model): string {
  const parts = [_label(ctx, _ARCHITECTURE_DIMENSION.id, model.architecture.family)];
  if (model.architecture.mixtureOfExperts === true) parts.push("MoE");
  if (model.architecture.framework !== undefined)
    parts.push(_label(ctx, _FRAMEWORK_DIMENSION.id, model.architecture.framework));
  return parts.join(", ");
}

/**
 * A model's modalities as "input → output", such as "image+text → text".
 *
 * @example
 * ```ts
 * _modalitySummary(requireModel("clip")); // "image+text → embedding"
 * ```
 *
 * @internal
 */
export function _modalitySummary(modalities: {
  readonly input: readonly string[];
  readonly output: readonly string[];
}): string {
  return `${modalities.input.join("+") || "∅"} → ${modalities.output.join("+")}`;
}
