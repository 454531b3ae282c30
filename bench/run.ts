// `npm run bench`: builds the package, runs every benchmark against the built files, prints the results and
// writes them to docs/benchmarks.md. Every figure that matters is a ratio between two things measured in the
// same run on the same machine.
import { writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { resolve } from "node:path";
import { createRegistry } from "../src/index.js";
import { formatNs, formatRatio, sinkValue } from "./_timing.js";
import { measureColdImport } from "./cold-import.js";
import { measureClassification } from "./huggingface.js";
import { builtInRegistry, measureBuild, measureFacets, measureQueries, syntheticRecords } from "./queries.js";

const lines: string[] = [];
const say = (line = "") => {
  lines.push(line);
  console.log(line);
};

say("# Benchmarks");
say();
say("<!-- Written by `npm run bench` (bench/run.ts); do not edit by hand. -->");
say();
say(
  `Reproduce with \`npm run bench\`. Last run: Node.js ${process.version}, ${cpus()[0]?.model ?? "unknown CPU"} (${cpus().length} cores). ` +
    "Times are medians of several batches; what matters are the ratios, each between two things measured in the same run.",
);

// ---- Cold import --------------------------------------------------------------------------------------
const cold = measureColdImport();
// Measured before the 100k-model registries exist, so their heap does not slow this one down.
const hub = measureClassification();
say();
say("## Cold import (issue: registry)");
say();
say(`Each sample is a fresh Node.js process importing from dist/; ${cold.samples} samples each, alternating.`);
say();
say("| What is imported | Median | Ratio to zod alone |");
say("| --- | --- | --- |");
say(`| \`zod\` alone (baseline) | ${cold.zodMs.toFixed(1)} ms | 1.00× |`);
say(`| \`model-taxonomy\` (imports zod) | ${cold.coreMs.toFixed(1)} ms | ${formatRatio(cold.coreMs / cold.zodMs)} |`);
say(
  `| \`model-taxonomy\` + \`model-taxonomy/registry\` | ${cold.coreAndRegistryMs.toFixed(1)} ms | **${formatRatio(cold.coreAndRegistryMs / cold.zodMs)}** (target ≤ 1.3×) |`,
);
say();
say(
  `The registry's records are parsed, frozen and indexed on first use, not at import: the first lookup after a cold import took ${cold.firstUseMs.toFixed(1)} ms (median).`,
);

// ---- Queries --------------------------------------------------------------------------------------------
const builtIn = builtInRegistry();
const synthetic = createRegistry(syntheticRecords(100_000));
const queryResults = [...measureQueries("built-in", builtIn), ...measureQueries("synthetic", synthetic)];
say();
say("## Queries (issue: queries)");
say();
say(
  `On the built-in registry (${builtIn.size} models) and on a synthetic registry of 100,000 models generated from a fixed seed. ` +
    "Baselines: the raw floor (a `Uint32Array` AND loop over precomputed bitsets, with no result list), " +
    "`Array.filter` with the equivalent hand-written predicate, and mingo with the equivalent query. " +
    "`query` returns the matching records; `count` only counts them.",
);
say();
say(
  "| Registry | Query | Matches | `query` | `count` | floor | `query` ÷ floor | `count` ÷ floor | Array.filter ÷ `query` | mingo ÷ `query` |",
);
say("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
for (const r of queryResults) {
  say(
    `| ${r.registry} (${r.size}) | ${r.query} | ${r.matches} | ${formatNs(r.engineNs)} | ${formatNs(r.countNs)} | ${formatNs(r.floorNs)} | ${formatRatio(r.engineNs / r.floorNs)} | ${formatRatio(r.countNs / r.floorNs)} | ${formatRatio(r.filterNs / r.engineNs)} | ${formatRatio(r.mingoNs / r.engineNs)} |`,
  );
}
const target = queryResults.find((r) => r.registry === "synthetic" && r.query.startsWith("3 dimensions"));
if (target !== undefined) {
  say();
  say(
    `Targets for a 3-dimension query on 100,000 models: within 3× of the floor — **${formatRatio(target.engineNs / target.floorNs)}**; ` +
      `≥ 20× faster than Array.filter — **${formatRatio(target.filterNs / target.engineNs)}**; ` +
      `≥ 100× faster than mingo — **${formatRatio(target.mingoNs / target.engineNs)}**.`,
  );
}
say();
say(
  "A one-dimension query matches about one model in nine, so building the result list (thousands of records) dominates it, " +
    "while the floor only copies one bitset; `count` shows the set algebra alone.",
);

const facets = [measureFacets("built-in", builtIn), measureFacets("synthetic", synthetic)];
say();
say("### facetCounts");
say();
say(
  'Counts for every value of every dimension among the models matching `{ domain: "nlp" }`, against one pass of hand-written counting loops.',
);
say();
say("| Registry | facetCounts | Loops ÷ facetCounts |");
say("| --- | --- | --- |");
for (const f of facets) {
  say(`| ${f.registry} (${f.size}) | ${formatNs(f.engineNs)} | ${formatRatio(f.filterNs / f.engineNs)} |`);
}

const builds = measureBuild([10_000, 100_000]);
say();
say("### createRegistry");
say();
say(
  "Validating every record with the model schema, freezing and indexing. Linear growth means the second ratio is about 10.",
);
say();
say("| Records | Time | Per record |");
say("| --- | --- | --- |");
for (const b of builds) say(`| ${b.size} | ${formatNs(b.ns)} | ${formatNs(b.ns / b.size)} |`);
const [small, large] = builds;
if (small !== undefined && large !== undefined) {
  say();
  say(`100k ÷ 10k: **${formatRatio(large.ns / small.ns)}** for 10× the records.`);
}

// ---- Hugging Face classification --------------------------------------------------------------------------
say();
say("## Classifying Hub records (issue: Hugging Face)");
say();
say(
  `${hub.records} records built from the 26 test fixtures (average ${hub.averageBytes} bytes of JSON each), classified by the built ` +
    "`classifyHuggingFaceModel`, against `JSON.parse` of the same records' text.",
);
say();
say("| Step | Per record | Records per second |");
say("| --- | --- | --- |");
say(
  `| JSON.parse | ${formatNs(hub.parseNs / hub.records)} | ${Math.round(hub.records / (hub.parseNs / 1e9)).toLocaleString("en")} |`,
);
say(
  `| classifyHuggingFaceModel | ${formatNs(hub.classifyNs / hub.records)} | ${Math.round(hub.records / (hub.classifyNs / 1e9)).toLocaleString("en")} |`,
);
say();
say(`Classification speed ÷ parse speed: **${formatRatio(hub.parseNs / hub.classifyNs)}** (target ≥ 1.00×).`);

writeFileSync(resolve(import.meta.dirname, "../docs/benchmarks.md"), `${lines.join("\n")}\n`);
console.error(`\n(wrote docs/benchmarks.md; checksum ${sinkValue() % 1000})`);
