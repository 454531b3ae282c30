// Classification throughput: classifying N Hub records against JSON.parse of the same N records. The Hub
// records are the test fixtures (26 kinds of repository), repeated with distinct ids.
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { consume, timePerCall } from "./_timing.js";

// The built module, not the source: the benchmark measures what users run (npm run bench builds first).
const built: typeof import("../src/huggingface/index.js") = await import(
  pathToFileURL(resolve(import.meta.dirname, "../dist/huggingface.js")).href
);
const { classifyHuggingFaceModel } = built;

export interface ClassifyResult {
  readonly records: number;
  readonly averageBytes: number;
  readonly parseNs: number;
  readonly classifyNs: number;
}

export function measureClassification(count = 10_000): ClassifyResult {
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
  consume(classifyAll());
  consume(kept);
  return {
    records: count,
    averageBytes: Math.round(texts.reduce((sum, text) => sum + text.length, 0) / count),
    parseNs: timePerCall(parseAll, { batches: 5, batchMs: 300 }),
    classifyNs: timePerCall(classifyAll, { batches: 5, batchMs: 300 }),
  };
}
