/**
 * The rules the built-in data must follow beyond the model schema, written once: the registry tests and
 * scripts/check-data.ts both run them. Internal: not part of the public API.
 *
 * @internal
 * @module
 */
import { formatIssuePath, type Model, ModelIdSchema, normalizeModelName, safeParseModel } from "../model.js";
import { type FamilyInput, flattenFamily } from "./family.js";

/**
 * One data file's families, named for messages.
 *
 * @internal
 */
export interface _DataFile {
  readonly name: string;
  readonly families: readonly FamilyInput[];
}

/**
 * What the rules found: errors fail the data; notes are for the author's eyes.
 *
 * @internal
 */
export interface _DataReport {
  readonly errors: string[];
  readonly warnings: string[];
  readonly models: Model[];
}

// The year a family sorts by: its first release.
function firstYear(family: FamilyInput): number {
  let year = Number.POSITIVE_INFINITY;
  for (const member of family.members) year = Math.min(year, member.year ?? family.shared.year ?? year);
  return year;
}

/**
 * Checks data files of families: every member through the model schema, then the registry's own rules —
 * primary https sources (never Wikipedia), unique ids, names and aliases once normalised (a family's names may
 * only be its representative's), a representative that is a member, families sorted by first year and then
 * name, and base models that resolve.
 *
 * @internal
 */
export function _checkDataFiles(files: readonly _DataFile[]): _DataReport {
  const errors: string[] = [];
  const warnings: string[] = [];
  const models: Model[] = [];
  const owners = new Map<string, string>(); // normalised name -> model id
  const familyOwners = new Map<string, string>(); // normalised family name -> family id
  const familyRepresentative = new Map<string, string>(); // family id -> representative id
  const ids = new Set<string>();

  for (const file of files) {
    let previous: { year: number; name: string } | undefined;
    for (const family of file.families) {
      const where = `${file.name}: family "${family.id}"`;
      // A record's `family` field holds a family id, so family ids follow the rule of model ids.
      if (!ModelIdSchema.safeParse(family.id).success) errors.push(`${where}: the id must be kebab-case`);
      if (family.members.length === 0) errors.push(`${where}: lists no members`);
      const memberIds = family.members.map((member) => member.id);
      if (!memberIds.includes(family.representative)) {
        errors.push(`${where}: the representative "${family.representative}" is not one of its members`);
      }
      // Its names below would only find themselves: a family declared twice is named once, here.
      if (familyRepresentative.has(family.id)) errors.push(`${where}: declared twice`);
      familyRepresentative.set(family.id, family.representative);
      for (const name of new Set([family.id, family.name, ...(family.aliases ?? [])].map(normalizeModelName))) {
        const other = familyOwners.get(name);
        if (other !== undefined && other !== family.id) errors.push(`${where}: "${name}" also names family "${other}"`);
        familyOwners.set(name, family.id);
      }
      const sortKey = { year: firstYear(family), name: family.name.toLowerCase() };
      if (
        previous !== undefined &&
        (sortKey.year < previous.year || (sortKey.year === previous.year && sortKey.name < previous.name))
      ) {
        errors.push(`${where}: out of order (families sort by first year, then name; it follows "${previous.name}")`);
      }
      previous = sortKey;

      for (const record of flattenFamily(family)) {
        const result = safeParseModel(record);
        const id = typeof record.id === "string" ? record.id : "?";
        if (!result.success) {
          for (const issue of result.error.issues) {
            errors.push(`${file.name}: "${id}" ${formatIssuePath(issue.path)}: ${issue.message}`);
          }
          continue;
        }
        const model = result.data;
        models.push(model);
        for (const warning of result.warnings) {
          warnings.push(`${file.name}: "${id}" ${formatIssuePath(warning.path)}: ${warning.message}`);
        }
        if (model.sources.length === 0) errors.push(`${file.name}: "${id}" cites no source`);
        for (const url of [...model.sources, ...Object.values(model.links)]) {
          if (!url.startsWith("https://")) errors.push(`${file.name}: "${id}" ${url} is not https`);
          if (/wikipedia\.org/.test(url))
            errors.push(`${file.name}: "${id}" ${url}: Wikipedia is not a primary source`);
        }
        // Its names below would only find themselves: a record declared twice is named once, here.
        if (ids.has(model.id)) errors.push(`${file.name}: "${id}" is declared twice`);
        ids.add(model.id);
        for (const name of new Set([model.id, model.name, ...model.aliases].map(normalizeModelName))) {
          const owner = owners.get(name);
          if (owner !== undefined && owner !== model.id) {
            errors.push(`${file.name}: "${id}": the name "${name}" is already used by "${owner}"`);
          }
          owners.set(name, model.id);
        }
      }
    }
  }

  // A family's names may stand for its representative, and for no other model.
  for (const [name, familyId] of familyOwners) {
    const owner = owners.get(name);
    if (owner !== undefined && owner !== familyRepresentative.get(familyId)) {
      errors.push(`family "${familyId}": its name "${name}" belongs to the model "${owner}", not its representative`);
    }
  }
  for (const model of models) {
    for (const base of [model.training.baseModel, ...(model.training.additionalBaseModels ?? [])]) {
      if (base === undefined) continue;
      const folded = normalizeModelName(base);
      if (!owners.has(folded)) {
        errors.push(`"${model.id}": the base model "${base}" is not in the registry`);
      } else if (familyOwners.has(folded) && !ids.has(base)) {
        // "llama-2" would silently mean the family's representative: a base is one exact checkpoint.
        errors.push(`"${model.id}": the base model "${base}" names a family; name the exact checkpoint`);
      }
    }
  }
  return { errors, warnings, models };
}
