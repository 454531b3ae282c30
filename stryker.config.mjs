// Mutation testing: `npm run mutate` (all non-data modules), or one module while working on its tests:
// `npx stryker run --mutate src/describe.ts`. Not part of `npm test`: a full run takes about three hours on two
// cores (see docs/testing.md).
//
// Incremental: the results of the last run are kept in reports/stryker-incremental.json, so a re-run only
// tests the mutants whose code or covering tests changed. reports/ is not committed; a clean clone starts
// with a full run.
//
// Equivalent mutants that survive on purpose are listed with the reason in docs/testing.md, next to the
// scores per module. The main ones: `i < length` → `i <= length` in the word loops of src/query/_bitset.ts
// (one word past the end of a Uint32Array reads as undefined, which `?? 0` empties, and a write there is
// ignored), and `?? []` → `["Stryker was here"]` where the list is only searched for a model's own names.

/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
export default {
  testRunner: "vitest",
  vitest: { configFile: "vitest.stryker.config.ts" },
  coverageAnalysis: "perTest",
  // The machine this runs on is shared; raise it with --concurrency on a machine of your own.
  concurrency: 2,
  mutate: [
    "src/**/*.ts",
    // The data files are facts, tested against an independent table (test/facts.ts), not logic.
    "!src/registry/data/**",
    "!src/**/*.test.ts",
    "!src/**/*.test-d.ts",
    // Re-exports and the executable's two-line entry point hold nothing to mutate.
    "!src/index.ts",
    "!src/cli/index.ts",
  ],
  ignorePatterns: ["dist", "coverage", "docs/api", "bench"],
  // A static mutant changes code that runs once, when a module is loaded: a module-level table of labels and
  // descriptions, a constant. Testing one means reloading every module and running the whole suite (about 25 s
  // each), and the tables are thousands of strings, so a run would take hours. They are ignored (counted apart
  // in the report, outside the score); the tables they would change are checked by the generated-docs tests,
  // which compare every label and description with the committed docs.
  ignoreStatic: true,
  incremental: true,
  incrementalFile: "reports/stryker-incremental.json",
  reporters: ["clear-text", "progress", "html", "json"],
  htmlReporter: { fileName: "reports/mutation/index.html" },
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  // The clear-text table gives the score of every module; the survivors are in the HTML report.
  clearTextReporter: { reportMutants: false, reportTests: false, reportScoreTable: true },
  thresholds: { high: 85, low: 75, break: null },
  tempDirName: ".stryker-tmp",
  cleanTempDir: "always",
};
