// `npm run bench`: builds the package, runs every benchmark against the built files, prints the results and
// writes them to docs/benchmarks.md. Every figure that matters is a ratio between two things measured in the
// same run on the same machine, the variants of each interleaved; times are shown as median (fastest).
import { writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { resolve } from "node:path";
import { formatNs, formatRatio, sinkValue, type Timing } from "./_timing.js";
import { measureBuild, measureMemory } from "./build.js";
import { measureCli, measureColdImport } from "./cold-import.js";
import { measureClassification } from "./huggingface.js";
import { measureBuiltInLookups, measureLookups } from "./lookups.js";
import { measureFacets, measureQueries, queryRegistries } from "./queries.js";

const lines: string[] = [];
const say = (line = "") => {
  lines.push(line);
  console.log(line);
};
const ms = (value: number) => `${value.toFixed(1)} ms`;
const time = (timing: Timing, format = formatNs) =>
  Number.isNaN(timing.median) ? "failed" : `${format(timing.median)} (${format(timing.min)})`;
// Ratio of medians, with the ratio of the fastest rounds beside it.
const ratio = (a: Timing, b: Timing) => `${formatRatio(a.median / b.median)} (${formatRatio(a.min / b.min)})`;
const target = (a: Timing, b: Timing, limit: number) =>
  `**${formatRatio(a.median / b.median)}** (target ≤ ${formatRatio(limit)}: ${a.median / b.median <= limit ? "met" : "not met"})`;

say("# Benchmarks");
say();
say("<!-- Written by `npm run bench` (bench/run.ts); do not edit by hand. -->");
say();
say(
  `Reproduce with \`npm run bench\`. Last run: Node.js ${process.version}, ${cpus()[0]?.model ?? "unknown CPU"} (${cpus().length} cores). ` +
    "Everything runs on the built package (dist/). The variants of each measurement are interleaved — one batch of each in turn, " +
    "round after round — so that whatever else the machine does falls on all of them alike. Times are the median round, " +
    "with the fastest in brackets; ratios are of medians, with the ratio of the fastest rounds in brackets. " +
    "Records are copies of the built-in ones (renamed after the first round), not synthetic ones.",
);

// ---- Start-up ---------------------------------------------------------------------------------------------
// First, in fresh processes, before this process holds 100,000-record registries.
const cold = measureColdImport();
const cli = measureCli();
say();
say("## Cold import");
say();
say(
  `Each sample is a fresh Node.js process importing from dist/; ${cold.samples} samples of each, alternating. ` +
    'A sample imports one module that imports what is measured, as a program\'s module does (`import … from "zod"`, ' +
    "or one `import` of each entry), and the time runs from that import to its end; the baseline is zod imported the " +
    "same way.",
);
say();
say("| What is imported | Time | Ratio to zod alone |");
say("| --- | --- | --- |");
say(`| \`zod\` alone (baseline) | ${time(cold.zod, ms)} | 1.00× |`);
say(`| \`model-taxonomy\` (imports zod) | ${time(cold.core, ms)} | ${ratio(cold.core, cold.zod)} |`);
say(
  `| every entry: \`model-taxonomy\`, \`/registry\` and \`/huggingface\` | ${time(cold.everyEntry, ms)} | ${ratio(cold.everyEntry, cold.zod)} |`,
);
say(
  `| every entry with the data loaded: the same and a first \`getModel("gpt-2")\` | ${time(cold.everyEntryAndLookup, ms)} | ${target(cold.everyEntryAndLookup, cold.zod, 1.3)} |`,
);
say(
  `| every entry by three successive \`await import()\` calls, no lookup | ${time(cold.successive, ms)} | ${ratio(cold.successive, cold.zod)} |`,
);
say();
say(
  "The last row is for comparison: each dynamic `import()` is a loading job of its own, which Node starts only when " +
    "the one before has finished (reading each file, linking, evaluating), where one module's imports are read and " +
    "linked together; zod alone is one job either way.",
);
say();
say(
  "Under Node, importing the registry loads no data: the records are stored in dist/registry-data.txt, one JSON text per family " +
    "after a table of every folded name. A lookup reads the file's first 160 kB (its header and the table of names), finds the " +
    "name's record there in any spelling, then reads and decodes that record's family alone; a call that needs every record " +
    "reads the rest, decodes it and builds the index it needs (query bitsets, families, lineage), each on first use, and records " +
    "are frozen as they are handed out. " +
    "Bundlers take the same text as a string literal instead (package.json maps `#registry-data` by condition), so a bundle carries " +
    "its data. What remains of the import is loading zod's and the package's code and building the exported tables and schemas.",
);

say();
say("## Command line start-up");
say();
say(
  `Whole processes, timed from outside, against \`node -e 0\`; ${cli.samples} samples of each, alternating. ` +
    "The entry loads the chunks a command needs when it runs: `--version` and a bare `describe <name>` are answered without commander or any " +
    "other command, `describe` reads the library's data file as a lookup does (its table of names, then the one family it names), and " +
    "zod, commander and yaml are bundled into the command line's chunks (one file each, not a hundred modules from node_modules).",
);
say();
say("| Command | Time | Ratio to `node -e 0` |");
say("| --- | --- | --- |");
say(`| \`node -e 0\` (baseline) | ${time(cli.node, ms)} | 1.00× |`);
for (const { command, timing } of cli.commands) {
  const shown = command === "model-taxonomy describe gpt-2" ? target(timing, cli.node, 2) : ratio(timing, cli.node);
  say(`| \`${command}\` | ${time(timing, ms)} | ${shown} |`);
}

// ---- Hugging Face classification ---------------------------------------------------------------------------
const hub = measureClassification();

// ---- Lookups ----------------------------------------------------------------------------------------------
// The built-in registry's first, while the heap is small: a 100,000-record registry makes every collection
// slower, whichever variant it interrupts.
const builtInLookups = measureBuiltInLookups();
const registries = queryRegistries();
const lookups = [
  builtInLookups,
  measureLookups("100,000 copies", registries.cloned, (name) => registries.cloned.get(name)),
];
say();
say("## Lookups by name");
say();
say(
  `${lookups[0]?.names ?? 0} names per batch, drawn from every model's id, name, aliases and Hugging Face repo ids, its name in lower case ` +
    "and with spaces for hyphens, and the family names — names as users type them. The floor is a `Map` holding each of " +
    "those very strings, so that `Map.get` finds the record with no folding at all. The batch is looked up again and again, " +
    "as a program asks for the same few names: a registry answers a name it found before from its memory of recent names " +
    "(one `Map.get`), and folds a name only the first time (`normalizeModelName`: a scan when the name is folded already, " +
    "one pass when it is ASCII).",
);
say();
say("| Registry | Per lookup | `Map.get` (floor) | Ratio to the floor |");
say("| --- | --- | --- | --- |");
for (const result of lookups) {
  say(
    `| ${result.registry} (${result.size}) | ${time(result.lookup)} | ${time(result.floor)} | ${target(result.lookup, result.floor, 3)} |`,
  );
}

// ---- Queries ----------------------------------------------------------------------------------------------
const queryResults = [
  ...measureQueries("built-in", registries.builtIn),
  ...measureQueries("100,000 copies", registries.cloned),
];
say();
say("## Queries");
say();
say(
  "The floor does the same work by hand: it ANDs precomputed bitsets (one per dimension of the query) and builds the list of matching records " +
    "(for `count`, counts them). `Array.filter` runs the equivalent hand-written predicate; mingo the equivalent query.",
);
say();
say(
  "| Registry | Query | Matches | `query` | floor | `query` ÷ floor | `count` ÷ count floor | Array.filter ÷ `query` | mingo ÷ `query` |",
);
say("| --- | --- | --- | --- | --- | --- | --- | --- | --- |");
for (const r of queryResults) {
  say(
    `| ${r.registry} (${r.size}) | ${r.query} | ${r.matches} | ${time(r.engine)} | ${time(r.floor)} | ${ratio(r.engine, r.floor)} | ${ratio(r.count, r.countFloor)} | ${ratio(r.filter, r.engine)} | ${ratio(r.mingo, r.engine)} |`,
  );
}

const facets = [measureFacets("built-in", registries.builtIn), measureFacets("100,000 copies", registries.cloned)];
say();
say("### facetCounts");
say();
say(
  'Counts for every value of every dimension among the models matching `{ domain: "nlp" }`, against one pass of hand-written counting loops.',
);
say();
say("| Registry | facetCounts | Loops | Loops ÷ facetCounts |");
say("| --- | --- | --- | --- |");
for (const f of facets) {
  say(`| ${f.registry} (${f.size}) | ${time(f.engine)} | ${time(f.loops)} | ${ratio(f.loops, f.engine)} |`);
}

// ---- createRegistry -----------------------------------------------------------------------------------------
const build = measureBuild();
const memory = measureMemory();
say();
say("## createRegistry");
say();
say(
  `${build.size.toLocaleString("en")} records cloned from the built-in ones, as plain objects. The baseline is a JSON copy of the same records ` +
    "(serialise and parse again): the least a function that takes records and hands back its own copies can do. " +
    "createRegistry checks every record (plain checks, the schema only when they fail), copies and freezes it, and indexes the names; " +
    "the query bitsets are built by the first query.",
);
say();
say("| Step | Time | Per record | Ratio to the JSON copy |");
say("| --- | --- | --- | --- |");
say(`| JSON copy (baseline) | ${time(build.copy)} | ${formatNs(build.copy.median / build.size)} | 1.00× |`);
say(
  `| createRegistry | ${time(build.build)} | ${formatNs(build.build.median / build.size)} | ${target(build.build, build.copy, 2.5)} |`,
);
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
const memoryRatio = (bytes: number) => formatRatio(bytes / memory.plainBytes);
say();
say(
  "Memory, in a fresh process with the garbage collector run before each reading: the heap the records hold as plain objects, " +
    "against the heap a registry of them holds once its input is gone.",
);
say();
say("| What is held | Heap | Per record | Ratio to the plain objects |");
say("| --- | --- | --- | --- |");
say(
  `| the records as plain objects (baseline) | ${mb(memory.plainBytes)} | ${(memory.plainBytes / memory.size).toFixed(0)} B | 1.00× |`,
);
say(
  `| the registry | ${mb(memory.registryBytes)} | ${(memory.registryBytes / memory.size).toFixed(0)} B | **${memoryRatio(memory.registryBytes)}** (target ≤ 1.30×: ${memory.registryBytes / memory.plainBytes <= 1.3 ? "met" : "not met"}) |`,
);
say(
  `| the registry after a first query (with its bitsets) | ${mb(memory.indexedBytes)} | ${(memory.indexedBytes / memory.size).toFixed(0)} B | ${memoryRatio(memory.indexedBytes)} |`,
);

// ---- Hugging Face classification (measured above, before the large registries) --------------------------
say();
say("## Classifying Hub records");
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
say(
  `Classification speed ÷ parse speed: **${formatRatio(hub.parseNs / hub.classifyNs)}** (target ≥ 1.00×); fastest rounds: ${formatRatio(hub.parse.min / hub.classify.min)}.`,
);

writeFileSync(resolve(import.meta.dirname, "../docs/benchmarks.md"), `${lines.join("\n")}\n`);
console.error(`\n(wrote docs/benchmarks.md; checksum ${sinkValue() % 1000})`);
