// Start-up: what a fresh Node.js process pays to import the package, against importing zod alone (the peer
// every user already pays for); and what the command line takes to answer, against `node -e 0`. Each sample
// is a new process; the variants of one table alternate, sample after sample.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { stringify } from "yaml";
import { OWN_RECORD } from "../test/records.js";
import { distUrl } from "./_dist.js";
import { median, type Timing } from "./_timing.js";

const root = resolve(import.meta.dirname, "..");

// Each sample imports one module, as a program's module imports what it uses: the module is written to `folder`
// and imports `specifiers` (absolute URLs) statically, then runs `after`. Milliseconds from before that import to
// its end, measured inside the process.
function moduleSample(folder: string, name: string, specifiers: readonly string[], after = ""): () => number {
  const file = join(folder, `${name}.mjs`);
  const imports = specifiers.map((specifier, i) => `import * as m${i} from ${JSON.stringify(specifier)};`);
  writeFileSync(file, `${imports.join("\n")}\n${after}\n`);
  const script = `const t = performance.now(); await import(${JSON.stringify(pathToFileURL(file).href)}); console.log(performance.now() - t);`;
  return () => inProcessSample(script);
}

// The same entries imported by successive dynamic `import()` calls, each awaited before the next starts.
function successiveSample(specifiers: readonly string[]): () => number {
  const imports = specifiers.map((specifier) => `await import(${JSON.stringify(specifier)});`);
  return () => inProcessSample(`const t = performance.now(); ${imports.join(" ")} console.log(performance.now() - t);`);
}

// A fresh process running an ES module script that prints its own measurement; NaN when it fails.
function inProcessSample(script: string): number {
  try {
    const out = execFileSync(process.execPath, ["--input-type=module", "-e", script], {
      cwd: root,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
    return Number(out.trim());
  } catch {
    return Number.NaN;
  }
}

// Milliseconds for a whole process, measured from outside: what a user waits for.
// A command that fails counts as NaN (see `timing`): the table says so rather than the run stopping.
function processSample(args: readonly string[]): number {
  const start = process.hrtime.bigint();
  try {
    // Output goes to a pipe, as in a shell pipeline: the command line treats a stdout it cannot use as closed.
    execFileSync(process.execPath, args, { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
  } catch {
    return Number.NaN;
  }
  return Number(process.hrtime.bigint() - start) / 1e6;
}

// Failed samples (NaN: a process that did not finish, say while another build rewrote dist/) are left out; a
// command that never ran is NaN, shown as "failed".
function timing(samples: readonly number[]): Timing {
  const ran = samples.filter((sample) => !Number.isNaN(sample));
  return ran.length === 0 ? { min: Number.NaN, median: Number.NaN } : { min: Math.min(...ran), median: median(ran) };
}

// Runs the variants one sample each, round after round (after one warm-up round for the file system cache).
function alternate(variants: readonly (() => number)[], samples: number): Timing[] {
  for (const run of variants) run();
  const results = variants.map((): number[] => []);
  for (let i = 0; i < samples; i++) {
    variants.forEach((run, which) => {
      results[which]?.push(run());
    });
  }
  return results.map(timing);
}

export interface ColdImportResult {
  readonly samples: number;
  readonly zod: Timing;
  readonly core: Timing;
  readonly everyEntry: Timing;
  readonly everyEntryAndLookup: Timing;
  readonly successive: Timing;
}

/**
 * zod alone; the core entry; every entry; every entry and a first lookup (which reads the data), each imported
 * by one module; and every entry by three successive `await import()` calls.
 */
export function measureColdImport(samples = 41): ColdImportResult {
  const entries = ["dist/index.js", "dist/registry.js", "dist/huggingface.js"].map(distUrl);
  const zodUrl = import.meta.resolve("zod");
  const folder = mkdtempSync(join(tmpdir(), "model-taxonomy-cold-"));
  try {
    const [zod, core, everyEntry, everyEntryAndLookup, successive] = alternate(
      [
        moduleSample(folder, "zod", [zodUrl]),
        moduleSample(folder, "core", entries.slice(0, 1)),
        moduleSample(folder, "every-entry", entries),
        moduleSample(folder, "every-entry-lookup", entries, 'm1.getModel("gpt-2");'),
        successiveSample(entries),
      ],
      samples,
    );
    const none: Timing = { min: Number.NaN, median: Number.NaN };
    return {
      samples,
      zod: zod ?? none,
      core: core ?? none,
      everyEntry: everyEntry ?? none,
      everyEntryAndLookup: everyEntryAndLookup ?? none,
      successive: successive ?? none,
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

export interface CliResult {
  readonly samples: number;
  readonly node: Timing;
  readonly commands: readonly { readonly command: string; readonly timing: Timing }[];
}

/** The command line's start-up: whole processes, against `node -e 0`; every command, one way each. */
export function measureCli(samples = 15): CliResult {
  const cli = resolve(root, "dist/cli.js");
  const folder = mkdtempSync(join(tmpdir(), "model-taxonomy-bench-"));
  const json = join(folder, "model.json");
  const yaml = join(folder, "model.yaml");
  writeFileSync(json, JSON.stringify(OWN_RECORD));
  writeFileSync(yaml, stringify(OWN_RECORD));
  // `describe gpt-2` as scripts run it, answered without building the program; with a flag, through commander.
  // `classify` reads Hub metadata saved to a file (one of the test fixtures), so nothing goes over the network.
  const commands = [
    ["--version"],
    ["describe", "gpt-2"],
    ["describe", "gpt-2", "--lang", "zh"],
    ["show", "gpt-2"],
    ["family", "llama-2"],
    ["list", "--domain", "speech"],
    ["facets"],
    [],
    ["schema"],
    ["validate", json],
    ["validate", yaml],
    ["classify", resolve(root, "test/fixtures/huggingface/base-llm.json")],
  ];
  try {
    const [node, ...timings] = alternate(
      [() => processSample(["-e", "0"]), ...commands.map((args) => () => processSample([cli, ...args]))],
      samples,
    );
    const none: Timing = { min: Number.NaN, median: Number.NaN };
    return {
      samples,
      node: node ?? none,
      commands: commands.map((args, i) => ({
        command: [
          "model-taxonomy",
          ...args.map((arg) => (arg.startsWith(folder) ? basename(arg) : arg.replace(`${root}/`, ""))),
        ].join(" "),
        timing: timings[i] ?? none,
      })),
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
