/**
 * Compares the registry with an independent table of facts (test/facts.ts), written from papers, model cards and
 * official repositories. A wrong parameter count, year or architecture in the data files fails here as a wrong
 * fact, with the source to check against.
 */
import { describe, expect, test } from "vitest";
import type { Model } from "../src/index.js";
import { allModels, getModel } from "../src/registry/index.js";
import { CHECKPOINT_FACTS, type CheckpointFact } from "./facts.js";

// Sources round ("7B" for 6.74 billion) and some count embeddings differently: 12% either way.
const TOLERANCE = 0.12;

/**
 * The registry's record for one checkpoint, or undefined while the registry does not hold that checkpoint as a
 * record of its own. A record stands for the checkpoint when its Hub link names it, or when it is a member of a
 * family of several checkpoints (then the Hub id, one of its aliases, was given to that member alone). A record
 * that merely lists the Hub id among the aliases of a whole family is not one.
 */
function recordOf(fact: CheckpointFact): Model | undefined {
  const model = getModel(fact.hubId);
  if (model === undefined) return undefined;
  const link = model.links.huggingface?.toLowerCase();
  if (link === `https://huggingface.co/${fact.hubId.toLowerCase()}`) return model;
  const members = allModels().filter((other) => model.family !== undefined && other.family === model.family);
  return members.length > 1 ? model : undefined;
}

function within(actual: number | null | undefined, expected: number): boolean {
  return typeof actual === "number" && Math.abs(actual - expected) <= expected * TOLERANCE;
}

const present = CHECKPOINT_FACTS.flatMap((fact) => {
  const model = recordOf(fact);
  return model === undefined ? [] : [{ fact, model }];
});
const missing = CHECKPOINT_FACTS.filter((fact) => recordOf(fact) === undefined).map((fact) => fact.hubId);

describe("the registry against the table of facts", () => {
  test.each(present.map(({ fact, model }) => [fact.hubId, fact, model] as const))(
    "gives %s its parameter count, year and architecture",
    (_hubId, fact, model) => expectFacts(fact, model),
  );

  test("holds every checkpoint of the table as a record of its own", () => {
    // A checkpoint only listed among the aliases of a whole family is missing: its facts cannot be compared.
    expect(missing).toEqual([]);
  });
});

function expectFacts(fact: CheckpointFact, model: Model): void {
  const where = `${model.id}: see ${fact.source}`;
  expect(within(model.parameters.total, fact.parameters), `${where}: total ${model.parameters.total}`).toBe(true);
  if (fact.active !== undefined) {
    expect(within(model.parameters.active, fact.active), `${where}: active ${model.parameters.active}`).toBe(true);
    expect(model.architecture.mixtureOfExperts, where).toBe(true);
  }
  expect(model.year, where).toBe(fact.year);
  if (fact.architecture !== undefined) expect(model.architecture.family, where).toBe(fact.architecture);
}
