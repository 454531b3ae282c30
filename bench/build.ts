// createRegistry on 100,000 records cloned from the built-in ones, against a JSON copy of the same records
// (serialising and parsing them again: the least a function that takes records and hands back its own copies
// can do), interleaved. Memory is measured in a fresh process (bench/memory.ts), with the garbage collector
// run before each reading.
import { execFileSync } from "node:child_process";
import { resolve } from "node:path";
import { core } from "./_dist.js";
import { clonedRecords, jsonCopy } from "./_records.js";
import { interleave, type Timing } from "./_timing.js";

export interface BuildResult {
  readonly size: number;
  readonly build: Timing;
  readonly copy: Timing;
}

/** createRegistry against a JSON copy of its input, `rounds` times each, interleaved. */
export function measureBuild(size = 100_000, rounds = 5): BuildResult {
  const records = clonedRecords(size);
  const [build, copy] = interleave([() => core.createRegistry(records), () => jsonCopy(records)], {
    rounds,
    calls: 1,
  });
  const none: Timing = { min: Number.NaN, median: Number.NaN };
  return { size, build: build ?? none, copy: copy ?? none };
}

export interface MemoryResult {
  readonly size: number;
  /** Heap held by the records as plain objects (parsed from JSON). */
  readonly plainBytes: number;
  /** Heap held by a registry of them once the input is gone, before any query. */
  readonly registryBytes: number;
  /** The same after a first query, which builds the query index. */
  readonly indexedBytes: number;
}

/** Runs bench/memory.ts in a fresh process with `--expose-gc` and reads its answer. */
export function measureMemory(size = 100_000): MemoryResult {
  const out = execFileSync(
    process.execPath,
    ["--expose-gc", "--import", "tsx", resolve(import.meta.dirname, "memory.ts"), String(size)],
    { cwd: resolve(import.meta.dirname, ".."), encoding: "utf8", maxBuffer: 1 << 20 },
  );
  const parsed: unknown = JSON.parse(out.trim().split("\n").pop() ?? "{}");
  const read = (key: string): number => {
    const value: unknown = typeof parsed === "object" && parsed !== null ? Reflect.get(parsed, key) : undefined;
    return typeof value === "number" ? value : Number.NaN;
  };
  return {
    size,
    plainBytes: read("plainBytes"),
    registryBytes: read("registryBytes"),
    indexedBytes: read("indexedBytes"),
  };
}
