import * as z from "zod";
import { _deepFreeze } from "./_freeze.js";

/** The languages every label and description is written in. */
export const LOCALES = /* @__PURE__ */ _deepFreeze(["en", "zh"] as const);

/** Zod schema of a locale id. */
export const LocaleSchema = z.enum(LOCALES);

/** A locale id: `"en"` (English) or `"zh"` (Simplified Chinese). */
export type Locale = z.infer<typeof LocaleSchema>;

/** A text given in every locale. */
export type LocalizedText = Readonly<Record<Locale, string>>;

/**
 * What the taxonomy says about one value of a dimension: its label and a one-sentence description, in every
 * locale.
 */
export interface ValueInfo {
  readonly label: LocalizedText;
  readonly description: LocalizedText;
}
