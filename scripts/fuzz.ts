/**
 * The full fuzz run: every public entry point's property (test/properties.ts) with 10,000 generated inputs
 * each, or the count given as the first argument. `npm test` runs the same properties with fewer inputs.
 *
 * Usage: npm run fuzz [-- <runs per entry point> [<seed>]]
 */
import { ENTRY_POINTS } from "../test/properties.js";

const runs = Number(process.argv[2] ?? 10_000);
const seed = process.argv[3] === undefined ? Date.now() % 2 ** 31 : Number(process.argv[3]);
if (!Number.isSafeInteger(runs) || runs <= 0 || !Number.isSafeInteger(seed)) {
  console.error("usage: npm run fuzz -- [runs per entry point] [seed]");
  process.exit(2);
}

console.log(`fuzzing ${ENTRY_POINTS.length} entry points, ${runs} inputs each, seed ${seed}`);
let total = 0;
let failed = 0;
for (const { name, nonTrivial, assert } of ENTRY_POINTS) {
  const started = performance.now();
  try {
    const run = assert({ numRuns: runs, seed });
    total += runs;
    const share = `${Math.round((100 * run.nonTrivial) / run.runs)}% ${nonTrivial}`;
    if (run.nonTrivial < run.runs / 2) {
      failed++;
      console.log(`  ✖ ${name}: only ${share}; most cases must reach the entry point's work`);
    } else {
      console.log(`  ✓ ${name} (${runs} inputs, ${share}, ${Math.round(performance.now() - started)} ms)`);
    }
  } catch (error) {
    failed++;
    console.log(`  ✖ ${name}\n${error instanceof Error ? error.message : String(error)}`);
  }
}
console.log(`${total} inputs passed; ${failed} ${failed === 1 ? "property" : "properties"} failed`);
process.exitCode = failed > 0 ? 1 : 0;
