/**
 * Families in the authoring form: how the registry's data files declare a family of released checkpoints once,
 * with what its members share, and how that form flattens into one full record per member.
 *
 * A family (Llama 2, BERT, Whisper, ResNet) declares its shared facts once in `shared` — organization, paper,
 * architecture, tasks, domains, licence where it is the same for all — and lists its members. A member is one
 * released checkpoint (or, for a closed model, one version): its own id, name, Hub aliases, parameter count,
 * year and training (a chat model is a fine-tune of the member it was built from), plus whatever else differs
 * from the family. Flattening overlays each member on `shared`, field by field (`links` key by key, `sources`
 * concatenated without repeats), and sets `family` to the family's id.
 *
 * @module
 */
import type { ModelInput } from "../model.js";

// Fields a family never declares for all its members: each checkpoint has its own.
type MemberOnly = "id" | "name" | "aliases" | "parameters" | "family" | "sizeClass" | "modalityClass";

/** The facts a family declares once for all its members; any of them may be overridden by a member. */
export type FamilyShared = Partial<Omit<ModelInput, MemberOnly>>;

/** One member of a family in the authoring form: a model record whose shared fields may be left to the family. */
export type FamilyMemberInput = Partial<Omit<ModelInput, "id" | "name" | "parameters" | "family">> &
  Pick<ModelInput, "id" | "name" | "parameters">;

/** A family of released models in the authoring form of the registry's data files. */
export interface FamilyInput {
  /** Kebab-case id of the family, such as `"llama-2"`; it may equal the id of its representative member. */
  readonly id: string;
  /** The family's name, such as `"Llama 2"`. */
  readonly name: string;
  /** Other names of the family as a whole (never a checkpoint's Hub id: those belong to the member). */
  readonly aliases?: readonly string[];
  /**
   * The id of the member that the family's name stands for when a single model is asked for: the checkpoint
   * the name usually means in papers and on the Hub (BERT → BERT-Base uncased, GPT-2 → the 124M `gpt2`).
   */
  readonly representative: string;
  /** Facts every member shares, declared once. */
  readonly shared: FamilyShared;
  /** The released checkpoints, in release order, smallest first within a release. */
  readonly members: readonly FamilyMemberInput[];
}

/**
 * Turns one family into the records of its members, each overlaid on the family's shared facts.
 *
 * @param family - A family in the authoring form.
 * @returns One record per member in the authoring form (not yet validated), in the family's order, each with `family` set.
 *
 * @example
 * ```ts
 * flattenFamily({ id: "gpt-2", name: "GPT-2", representative: "gpt-2", shared: { organization: "OpenAI" },
 *   members: [{ id: "gpt-2", name: "GPT-2", parameters: { total: 124_439_808 } }] })[0].organization; // "OpenAI"
 * ```
 */
export function flattenFamily(family: FamilyInput): Record<string, unknown>[] {
  const { shared } = family;
  return family.members.map((member) => {
    const sources = [...(shared.sources ?? []), ...(member.sources ?? [])];
    // The overlay is not a checked record yet: the model schema validates it when the registry is built, and
    // the data tests validate every built-in record.
    return {
      ...shared,
      ...member,
      family: family.id,
      links: { ...shared.links, ...member.links },
      sources: [...new Set(sources)],
    };
  });
}
