// Realistic records for the benchmarks: copies of the built-in records, which have the fields, lists and texts
// real records have (synthetic ones were leaner, and built a third faster). Each copy after the first round
// gets its own ids and names, and its base models are renamed alike, so lineage links copies of one round.
import type { Model } from "../src/index.js";
import { builtIn } from "./_dist.js";

/** A renamed copy of `model` for round `round` (0 keeps the names), as a plain object read from JSON. */
function copyOf(model: Model, round: number): unknown {
  const copy: unknown = JSON.parse(JSON.stringify(model));
  if (round === 0 || typeof copy !== "object" || copy === null) return copy;
  const suffix = (name: string) => `${name} c${round}`;
  const training = model.training;
  return {
    ...copy,
    id: `${model.id}-c${round}`,
    name: suffix(model.name),
    aliases: model.aliases.map(suffix),
    training: {
      ...training,
      ...(training.baseModel === undefined ? {} : { baseModel: `${training.baseModel}-c${round}` }),
      ...(training.additionalBaseModels === undefined
        ? {}
        : { additionalBaseModels: training.additionalBaseModels.map((base) => `${base}-c${round}`) }),
    },
  };
}

/** `count` records cloned from the built-in ones, round after round; the same records in every run. */
export function clonedRecords(count: number): unknown[] {
  const models = builtIn.allModels();
  const records: unknown[] = [];
  for (let i = 0; i < count; i++) {
    const model = models[i % models.length];
    if (model !== undefined) records.push(copyOf(model, Math.floor(i / models.length)));
  }
  return records;
}

/** The text of `records` as JSON, parsed again: what "the records as plain objects" are. */
export function jsonCopy(records: readonly unknown[]): unknown[] {
  const copy: unknown = JSON.parse(JSON.stringify(records));
  return Array.isArray(copy) ? copy : [];
}
