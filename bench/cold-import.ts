// Cold import: what a fresh Node.js process pays to import the package and its registry, against importing
// zod alone (the peer every user already pays for). Each sample is a new process; samples alternate.
import { execFileSync } from "node:child_process";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { median } from "./_timing.js";

const root = resolve(import.meta.dirname, "..");

function sample(specifiers: readonly string[]): number {
  const imports = specifiers.map((specifier) => `await import(${JSON.stringify(specifier)});`).join(" ");
  const script = `const t = performance.now(); ${imports} console.log(performance.now() - t);`;
  const out = execFileSync(process.execPath, ["--input-type=module", "-e", script], { cwd: root, encoding: "utf8" });
  return Number(out.trim());
}

export interface ColdImportResult {
  readonly zodMs: number;
  readonly coreMs: number;
  readonly coreAndRegistryMs: number;
  readonly firstUseMs: number;
  readonly samples: number;
}

export function measureColdImport(samples = 21): ColdImportResult {
  const core = pathToFileURL(resolve(root, "dist/index.js")).href;
  const registry = pathToFileURL(resolve(root, "dist/registry.js")).href;
  const zod: number[] = [];
  const coreOnly: number[] = [];
  const both: number[] = [];
  // Warm the file system cache once so the first sample is not an outlier of disk reads.
  sample([core, registry]);
  for (let i = 0; i < samples; i++) {
    zod.push(sample(["zod"]));
    coreOnly.push(sample([core]));
    both.push(sample([core, registry]));
  }
  // What the first lookup costs after import: parsing the JSON records, freezing them and building the index.
  const firstUse: number[] = [];
  for (let i = 0; i < 7; i++) {
    const script = `const { getModel } = await import(${JSON.stringify(registry)}); const t = performance.now(); getModel("gpt-2"); console.log(performance.now() - t);`;
    firstUse.push(
      Number(
        execFileSync(process.execPath, ["--input-type=module", "-e", script], { cwd: root, encoding: "utf8" }).trim(),
      ),
    );
  }
  return {
    zodMs: median(zod),
    coreMs: median(coreOnly),
    coreAndRegistryMs: median(both),
    firstUseMs: median(firstUse),
    samples,
  };
}
