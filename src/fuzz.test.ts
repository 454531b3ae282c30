import { describe, expect, test } from "vitest";
import { ENTRY_POINTS } from "../test/properties.js";

// The reduced run of the entry-point properties; `npm run fuzz` runs the same properties with 10,000 inputs each.
const RUNS = 300;

describe("every public entry point, given arbitrary values", () => {
  for (const { name, nonTrivial, assert } of ENTRY_POINTS) {
    test(name, () => {
      const run = assert({ numRuns: RUNS });
      // A property whose cases all stop at the argument checks would pass while testing nothing: most cases
      // must reach the entry point's real work.
      expect(run.nonTrivial, `${nonTrivial}: ${run.nonTrivial} of ${run.runs}`).toBeGreaterThanOrEqual(run.runs / 2);
    });
  }
});
