import { _deepFreeze } from "./_freeze.js";

/**
 * The languages every label and description is written in.
 *
 * @example
 * ```ts
 * LOCALES; // ["en", "zh"]
 * ```
 */
export const LOCALES = /* @__PURE__ */ _deepFreeze(["en", "zh"] as const);

/**
 * A locale id: `"en"` (English) or `"zh"` (Simplified Chinese).
 *
 * @example
 * ```ts
 * const locale: Locale = "zh";
 * describeModel(model, { locale });
 * ```
 */
export type Locale = (typeof LOCALES)[number];

/**
 * A text given in every locale.
 *
 * @example
 * ```ts
 * const label: LocalizedText = { en: "Small", zh: "小型" };
 * ```
 */
export type LocalizedText = Readonly<Record<Locale, string>>;

/**
 * What the taxonomy says about one value of a dimension: its label and a one-sentence description, in every
 * locale.
 *
 * @example
 * ```ts
 * const decoderOnly: ValueInfo = ARCHITECTURE_INFO["decoder-only"];
 * decoderOnly.label.en; // "Decoder-only Transformer"
 * ```
 */
export interface ValueInfo {
  readonly label: LocalizedText;
  readonly description: LocalizedText;
}
