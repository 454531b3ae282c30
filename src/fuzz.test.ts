import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { hubInfo } from "../test/arbitraries.js";
import { ENTRY_POINTS } from "../test/properties.js";
import { classifyHuggingFaceModel } from "./huggingface/index.js";

// The reduced run of the entry-point properties; `npm run fuzz` runs the same properties with 10,000 inputs each.
const RUNS = 300;

describe("every public entry point, given arbitrary values", () => {
  for (const { name, assert } of ENTRY_POINTS) {
    test(name, () => assert({ numRuns: RUNS }));
  }
});

describe("the Hub-like metadata the classifier property runs on", () => {
  test("yields a record for a real share of its samples, not only nulls", () => {
    const samples = fc.sample(hubInfo, { numRuns: 2000, seed: 9 });
    const records = samples.filter((info) => classifyHuggingFaceModel(info).record !== null).length;
    expect(records / samples.length).toBeGreaterThan(0.2);
  });
});
