// Run by bench/build.ts as `node --expose-gc --import tsx bench/memory.ts <size>`: the heap a registry of
// <size> cloned records holds, against the heap the same records hold as plain objects. Prints one JSON line.
import { builtIn, core } from "./_dist.js";
import { clonedRecords, jsonCopy } from "./_records.js";

const size = Number(process.argv[2] ?? 100_000);
function collect(): number {
  if (typeof globalThis.gc !== "function") throw new Error("run with --expose-gc");
  for (let i = 0; i < 3; i++) globalThis.gc();
  return process.memoryUsage().heapUsed;
}

// The built-in records are what is cloned: loaded before the first reading, like the code.
builtIn.allModels();
const start = collect();
let records: unknown[] | undefined = jsonCopy(clonedRecords(size));
const plainBytes = collect() - start;
const registry = core.createRegistry(records);
records = undefined;
const registryBytes = collect() - start;
registry.count({ domain: "nlp" });
const indexedBytes = collect() - start;
console.log(JSON.stringify({ plainBytes, registryBytes, indexedBytes, size: registry.size }));
