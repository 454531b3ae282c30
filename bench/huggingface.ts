// Classification throughput: classifying N Hub records against JSON.parse of the same N records. The Hub
// records are the test fixtures (26 kinds of repository), repeated with distinct ids.
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { consume, interleave, type Timing } from "./_timing.js";

// The built module, not the source: the benchmark measures what users run (npm run bench builds first).
const built: typeof import("../src/huggingface/index.js") = await import(
  pathToFileURL(resolve(import.meta.dirname, "../dist/huggingface.js")).href
);
const { classifyHuggingFaceModel } = built;

/**
 * What {@link measureClassification} measured: times per pass over all the records, in nanoseconds.
 *
 * @example
 * const result: ClassifyResult = measureClassification();
 */
export interface ClassifyResult {
  readonly records: number;
  readonly averageBytes: number;
  /** JSON.parse of all the records' text: median and fastest round. */
  readonly parse: Timing;
  /** classifyHuggingFaceModel on all the parsed records: median and fastest round. */
  readonly classify: Timing;
  /** The medians, in nanoseconds per batch of all the records. */
  readonly parseNs: number;
  readonly classifyNs: number;
}

/**
 * Times `JSON.parse` of `count` Hub records' text against `classifyHuggingFaceModel` of the same records, each
 * keeping all its results alive, in `rounds` interleaved rounds of one pass each.
 *
 * @example
 * const { parse, classify } = measureClassification(10_000, 41);
 * parse.median / classify.median; // ≥ 1 when classifying is at least as fast as parsing
 */
export function measureClassification(count = 10_000, rounds = 21): ClassifyResult {
  const dir = resolve(import.meta.dirname, "../test/fixtures/huggingface");
  const fixtures = readdirSync(dir)
    .filter((name) => name.endsWith(".json"))
    .map((name) => JSON.parse(readFileSync(join(dir, name), "utf8")) as Record<string, unknown>);
  const texts: string[] = [];
  for (let i = 0; i < count; i++) {
    const fixture = fixtures[i % fixtures.length] ?? {};
    texts.push(JSON.stringify({ ...fixture, id: `${String(fixture.id ?? "acme/model")}-${i}` }));
  }
  const parsed = texts.map((text) => JSON.parse(text) as unknown);
  // Both sides keep all 10,000 results alive, as a caller collecting them would: the heap the work runs in is
  // a realistic one, not an empty one.
  let kept: unknown[] = [];
  const parseAll = () => {
    const results = new Array<unknown>(texts.length);
    for (let i = 0; i < texts.length; i++) results[i] = JSON.parse(texts[i] ?? "null");
    kept = results;
    return results.length;
  };
  const classifyAll = () => {
    const results = new Array<unknown>(parsed.length);
    for (let i = 0; i < parsed.length; i++) results[i] = classifyHuggingFaceModel(parsed[i]);
    kept = results;
    return results.length;
  };
  // Warm both up, then interleave single passes over all the records, round after round: a pass is long
  // enough (milliseconds) to time alone, and whatever else the machine does falls on both alike.
  for (let i = 0; i < 3; i++) consume(classifyAll() + parseAll());
  consume(kept);
  const [parse, classify] = interleave([parseAll, classifyAll], { rounds, calls: 1 });
  const none: Timing = { min: Number.NaN, median: Number.NaN };
  return {
    records: count,
    averageBytes: Math.round(texts.reduce((sum, text) => sum + text.length, 0) / count),
    parse: parse ?? none,
    classify: classify ?? none,
    parseNs: parse?.median ?? Number.NaN,
    classifyNs: classify?.median ?? Number.NaN,
  };
}

// `npx tsx bench/huggingface.ts [rounds]`: this benchmark alone, against the built dist/huggingface.js.
if (process.argv[1] !== undefined && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const rounds = Number(process.argv[2] ?? 41);
  const { records, parse, classify } = measureClassification(10_000, rounds);
  const perRecord = (ns: number) => `${(ns / records / 1e3).toFixed(2)} µs`;
  console.log(
    `JSON.parse:               median ${perRecord(parse.median)}, fastest ${perRecord(parse.min)} per record`,
  );
  console.log(
    `classifyHuggingFaceModel: median ${perRecord(classify.median)}, fastest ${perRecord(classify.min)} per record`,
  );
  console.log(
    `speed ratio (parse time ÷ classify time): median ${(parse.median / classify.median).toFixed(2)}×, fastest ${(parse.min / classify.min).toFixed(2)}×`,
  );
}
