/**
 * The compact form the dimension files write their labels and descriptions in, and the `…_INFO` tables built
 * from it.
 *
 * A table is written as one entry per value, in the order of the value list, each entry the value's four texts:
 * `[English label, Chinese label, English description, Chinese description]`, with the value named in a comment
 * above it. An English label of `null` is the value's id in words ("Text classification" for
 * `text-classification`), as most are. Keyed objects of `label` and `description` per value repeated every id
 * and four keys around each text, and most ids once more as their label; gzipped, that came to about 0.9 kB of
 * the 16 kB budget of the schemas with every text (docs/size.md). The tables users read keep their documented
 * shape, `{ [value]: { label: { en, zh }, description: { en, zh } } }`, with the same literal types; they are
 * built from the compact form at import, in calls marked pure so that an unused table is dropped.
 *
 * @internal
 * @module
 */
import { _deepFreeze } from "../_freeze.js";
import type { ValueInfo } from "../i18n.js";

/**
 * One value's texts: its English label, Chinese label, English description and Chinese description. An English
 * label of `null` is the value's id read as words, capitalised ({@link _LabelOf}): `text-classification` is
 * "Text classification". Most ids are their own English label, and writing the label out again repeated the id.
 *
 * @example
 * ```ts
 * const texts: _Texts = [null, "文本分类", "Assigns categories to a text.", "为文本分配类别。"];
 * ```
 *
 * @internal
 */
export type _Texts = readonly [labelEn: string | null, labelZh: string, descriptionEn: string, descriptionZh: string];

// An id's words: its hyphens read as spaces.
type Words<Id extends string> = Id extends `${infer Head}-${infer Tail}` ? `${Head} ${Words<Tail>}` : Id;

/**
 * The English label an id stands for when its entry gives none: its words, capitalised (`"Text to image"`).
 *
 * @example
 * ```ts
 * const label: _LabelOf<"text-to-image"> = "Text to image";
 * ```
 *
 * @internal
 */
export type _LabelOf<Id extends string> = Capitalize<Words<Id>>;

/**
 * The English label of a value whose entry gives none, as {@link _LabelOf} types it.
 *
 * @example
 * ```ts
 * _labelOf("time-series-forecasting"); // "Time series forecasting"
 * ```
 *
 * @internal
 */
export function _labelOf(id: string): string {
  return id.charAt(0).toUpperCase() + id.slice(1).replaceAll("-", " ");
}

/**
 * The table {@link _infoTable} builds: each value of `V` mapped to the label and description its entry of `T`
 * gives, as literal types.
 *
 * @example
 * ```ts
 * type Info = _InfoTable<readonly ["on"], readonly [readonly ["On", "开", "Running.", "运行中。"]]>;
 * // { readonly on: { readonly label: { en: "On"; zh: "开" }; readonly description: { … } } }
 * ```
 *
 * @internal
 */
export type _InfoTable<V extends readonly string[], T extends readonly _Texts[]> = {
  readonly [I in keyof V & `${number}` as V[I] & string]: {
    readonly label: {
      readonly en: T[I & keyof T][0] extends string ? T[I & keyof T][0] : _LabelOf<V[I] & string>;
      readonly zh: T[I & keyof T][1];
    };
    readonly description: { readonly en: T[I & keyof T][2]; readonly zh: T[I & keyof T][3] };
  };
};

/**
 * Builds a dimension's table of labels and descriptions from its values and their texts, one entry per value in
 * the same order (a list of another length does not compile), and freezes it.
 *
 * @param values - The dimension's values, such as `SIZE_CLASSES`.
 * @param texts - Each value's `[English label, Chinese label, English description, Chinese description]`; an
 *   English label of `null` is the value's id in words (see {@link _Texts}).
 * @returns The table, keyed by value in the order of `values`.
 *
 * @example
 * ```ts
 * const INFO = _infoTable(["on", "off"] as const, [
 *   ["On", "开", "Running.", "运行中。"],
 *   [null, "关", "Stopped.", "已停止。"],
 * ]);
 * INFO.off.label.en; // "Off"
 * ```
 *
 * @internal
 */
export function _infoTable<const V extends readonly string[], const T extends { readonly [I in keyof V]: _Texts }>(
  values: V,
  texts: T,
): _InfoTable<V, T> {
  const table: Record<string, ValueInfo> = {};
  const entries: readonly _Texts[] = texts;
  for (const [index, value] of values.entries()) {
    const entry = entries[index];
    if (entry === undefined) throw new RangeError(`no texts for ${value}`);
    const [labelEn, labelZh, descriptionEn, descriptionZh] = entry;
    table[value] = {
      label: { en: labelEn ?? _labelOf(value), zh: labelZh },
      description: { en: descriptionEn, zh: descriptionZh },
    };
  }
  // The one assertion: the loop builds, value by value, the object _InfoTable describes, which TypeScript cannot
  // follow through a loop. _info.test.ts checks tables built this way against their entries.
  return _deepFreeze(table) as _InfoTable<V, T>;
}
