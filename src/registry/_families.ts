/**
 * Families in a registry: the released checkpoints of one model line grouped under the family's name, with
 * lookup by family name and the hint from an unknown checkpoint name to its family.
 *
 * @internal
 * @module
 */
import { SIZE_CLASSES, type SizeClass } from "../dimensions/scale.js";
import { _foldModelName, type Model, normalizeModelName } from "../model.js";

/**
 * How a registry names a family: what records cannot say on their own.
 *
 * @example
 * ```ts
 * const info: FamilyInfo = { id: "acme-lm", name: "Acme LM", representative: "acme-lm-7b" };
 * createRegistry(myRecords, { families: [info] });
 * ```
 */
export interface FamilyInfo {
  /** The family id that member records carry in their `family` field. */
  readonly id: string;
  /** The family's name; the id when not given. */
  readonly name?: string;
  /** Other names of the family as a whole. */
  readonly aliases?: readonly string[];
  /** The id of the member the family's name stands for; its first member when not given. */
  readonly representative?: string;
  /** Member ids in the family's own order (release order, smallest first); registry order when not given. */
  readonly members?: readonly string[];
}

/**
 * A family of released models: the checkpoints (or versions) of one model line.
 *
 * @example
 * ```ts
 * const family: ModelFamily | undefined = getFamily("Llama 2");
 * family?.members.map((member) => member.id); // its checkpoints, smallest first
 * ```
 */
export interface ModelFamily {
  /** The family id, as members carry it in `family`. */
  readonly id: string;
  /** The family's name, such as `"Llama 2"`. */
  readonly name: string;
  /** Other names of the family as a whole. */
  readonly aliases: readonly string[];
  /** The member the family's name stands for when one model is asked for (`getModel("BERT")`). */
  readonly representative: Model;
  /** Every member, in the family's order: by release, smallest first within a release. */
  readonly members: readonly Model[];
  /** The smallest and largest known parameter counts among the members; `null` when none is known. */
  readonly parameters: { readonly min: number; readonly max: number } | null;
  /** The size classes the members span, from small to large. */
  readonly sizeClasses: readonly SizeClass[];
  /** The years of the first and the latest member. */
  readonly years: { readonly first: number; readonly last: number };
}

function makeFamily(info: FamilyInfo, members: readonly Model[]): ModelFamily {
  const representative = members.find((member) => member.id === info.representative) ?? members[0];
  if (representative === undefined) throw new RangeError(`family "${info.id}" has no members`);
  let min = Number.POSITIVE_INFINITY;
  let max = 0;
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  // An unknown count's null class may go in too: only the known classes are read back out.
  const classes = new Set<SizeClass | null>();
  for (const member of members) {
    const total = member.parameters.total;
    if (total !== null) {
      min = Math.min(min, total);
      max = Math.max(max, total);
    }
    classes.add(member.sizeClass);
    first = Math.min(first, member.year);
    last = Math.max(last, member.year);
  }
  return Object.freeze({
    id: info.id,
    name: info.name ?? info.id,
    aliases: Object.freeze([...(info.aliases ?? [])]),
    representative,
    members: Object.freeze([...members]),
    parameters: max === 0 ? null : Object.freeze({ min, max }),
    sizeClasses: Object.freeze(SIZE_CLASSES.filter((sizeClass) => classes.has(sizeClass))),
    years: Object.freeze({ first, last }),
  });
}

/** The families of a registry, built once from its models and what is known of the families' names. */
export class _FamilyIndex {
  readonly list: readonly ModelFamily[];
  readonly #byName: ReadonlyMap<string, ModelFamily>;
  readonly #byId: ReadonlyMap<string, ModelFamily>;

  /** `models` in registry order; `infos` name the families (later infos for the same id win). */
  constructor(models: readonly Model[], infos: readonly FamilyInfo[]) {
    const merged = new Map<string, FamilyInfo>();
    for (const info of infos) merged.set(info.id, { ...merged.get(info.id), ...info });
    const membersOf = new Map<string, Model[]>();
    for (const model of models) {
      if (model.family === undefined) continue;
      const list = membersOf.get(model.family);
      if (list === undefined) membersOf.set(model.family, [model]);
      else list.push(model);
    }
    const families: ModelFamily[] = [];
    for (const [id, found] of membersOf) {
      const info = merged.get(id) ?? { id };
      const order = new Map((info.members ?? []).map((member, position) => [member, position]));
      // Members the info lists come in its order; the rest (added by a custom registry) follow in registry order.
      const members = [...found].sort(
        (a, b) => (order.get(a.id) ?? Number.MAX_SAFE_INTEGER) - (order.get(b.id) ?? Number.MAX_SAFE_INTEGER),
      );
      families.push(makeFamily(info, members));
    }
    families.sort((a, b) => a.years.first - b.years.first || (a.name.toLowerCase() < b.name.toLowerCase() ? -1 : 1));
    this.list = Object.freeze(families);
    const byName = new Map<string, ModelFamily>();
    for (const family of families) {
      for (const name of [family.id, family.name, ...family.aliases]) {
        const key = _foldModelName(name);
        if (!byName.has(key)) byName.set(key, family);
      }
    }
    this.#byName = byName;
    this.#byId = new Map(families.map((family) => [family.id, family]));
  }

  /** The family of that name, id or alias (normalised like model names). */
  find(name: string): ModelFamily | undefined {
    return this.#byName.get(normalizeModelName(name));
  }

  /** The family with that id, as records carry it. */
  byId(id: string): ModelFamily | undefined {
    return this.#byId.get(id);
  }

  /**
   * The family an unknown checkpoint name most likely belongs to: the longest leading part of the name, cut at
   * hyphens or underscores, that names a family — `meta-llama/Llama-2-7b-chat-hf` → Llama 2,
   * `Qwen/Qwen2.5-0.5B-Instruct` → Qwen2.5.
   */
  hint(name: string): ModelFamily | undefined {
    const bare = name.slice(name.lastIndexOf("/") + 1);
    const parts = bare.split(/[-_]/);
    for (let length = parts.length - 1; length >= 1; length--) {
      const family = this.find(parts.slice(0, length).join("-"));
      if (family !== undefined) return family;
    }
    return undefined;
  }
}
