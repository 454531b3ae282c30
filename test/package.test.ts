/**
 * Packs the package as npm would publish it, installs the tarball into a fresh project, and uses it the ways
 * users do: `import` from ESM, `require` from CommonJS, and type-checking TypeScript under the two module
 * resolutions people use today. Needs `npm run build` first (`npm test` does it).
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire, isBuiltin } from "node:module";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { DIMENSIONS } from "../src/index.js";

const root = resolve(import.meta.dirname, "..");
const tsc = join(root, "node_modules", "typescript", "bin", "tsc");
const zodVersion: string = JSON.parse(readFileSync(join(root, "node_modules", "zod", "package.json"), "utf8")).version;
let project = "";

function run(command: string, args: string[], cwd = project): string {
  try {
    return execFileSync(command, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  } catch (error) {
    // Show what the command printed, not only that it failed.
    const output = error instanceof Error && "stdout" in error ? `${error.stdout}${Reflect.get(error, "stderr")}` : "";
    throw new Error(`${command} ${args.join(" ")} failed:\n${output}`);
  }
}

beforeAll(() => {
  if (!existsSync(join(root, "dist", "index.js"))) throw new Error("build the package first: npm run build");
  project = mkdtempSync(join(tmpdir(), "model-taxonomy-consumer-"));
  const packed: { filename: string }[] = JSON.parse(
    run("npm", ["pack", "--json", "--pack-destination", project], root),
  );
  const tarball = packed[0]?.filename;
  if (tarball === undefined) throw new Error("npm pack produced no tarball");
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "consumer", private: true }));
  run("npm", [
    "install",
    "--no-audit",
    "--no-fund",
    "--prefer-offline",
    join(project, tarball.replace(/^.*\//, "")),
    `zod@${zodVersion}`,
  ]);
}, 180_000);

afterAll(() => {
  if (project !== "") rmSync(project, { recursive: true, force: true });
});

const record = `{
  id: "my-sentiment-model",
  name: "My sentiment model",
  organization: "Acme",
  year: 2024,
  parameters: { total: 66_000_000, variant: "base" },
  taskType: "discriminative",
  tasks: ["sentiment-analysis"],
  modalities: { input: ["text"], output: ["label"] },
  training: { method: "transfer-learning", relation: "fine-tune", baseModel: "distilbert" },
  domains: ["nlp"],
  architecture: { family: "encoder-only" },
  openWeights: false,
}`;

// Each tsc run over the package's declarations takes 15 to 35 s on a busy two-core machine.
describe("the packed package", { timeout: 120_000 }, () => {
  test("ships only dist and the package files", () => {
    const files: string[] = JSON.parse(run("npm", ["pack", "--dry-run", "--json"], root))[0].files.map(
      (file: { path: string }) => file.path,
    );
    expect(
      files.every((file) => file.startsWith("dist/") || /^(package\.json|README\.md|LICENSE|schema\.json)$/.test(file)),
    ).toBe(true);
    expect(files).toContain("schema.json");
  });

  test("depends on the zod peer alone: the command line's own libraries are bundled into its files", async () => {
    const manifest: unknown = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
    expect(manifest).toMatchObject({ peerDependencies: { zod: expect.any(String) } });
    expect(manifest).not.toHaveProperty("dependencies");
    expect(manifest).not.toHaveProperty("optionalDependencies");
    expect(Object.keys(Reflect.get(Object(manifest), "peerDependencies"))).toEqual(["zod"]);
    // What an installed copy pulls in at run time: the consumer, the package and zod, nothing else.
    const installed = run("npm", ["ls", "--all", "--parseable", "--omit=dev"])
      .trim()
      .split("\n")
      .map((path) => path.replace(/^.*node_modules[\\/]/, ""));
    expect(installed.slice(1).sort()).toEqual(["model-taxonomy", "zod"]);
    // The command line is an entry and the chunks its commands load: every file it can reach (esbuild follows
    // the imports, static and dynamic) imports and requires only Node's built-ins and its own chunks: zod,
    // commander, yaml and picocolors are bundled in.
    const dist = join(project, "node_modules", "model-taxonomy", "dist");
    const { metafile } = await build({
      entryPoints: [join(dist, "cli.js")],
      bundle: true,
      write: false,
      metafile: true,
      platform: "node",
      format: "esm",
      packages: "external",
      outdir: join(project, "cli-graph"),
      logLevel: "silent",
    });
    const reached = Object.keys(metafile.inputs).map((file) => resolve(file));
    expect(reached.length).toBeGreaterThan(2);
    expect(reached.every((file) => file.startsWith(dist))).toBe(true);
    const imported = Object.values(metafile.inputs).flatMap((input) =>
      input.imports.filter((entry) => entry.external).map((entry) => entry.path),
    );
    // commander's require calls go through the `require` each chunk makes for itself, which esbuild does not follow.
    const required = reached.flatMap((file) =>
      [...readFileSync(file, "utf8").matchAll(/(?:\b|__)require\(\s*["']([^"']+)["']\s*\)/g)].map(
        (match) => match[1] ?? "",
      ),
    );
    expect(required.length).toBeGreaterThan(0);
    expect([...imported, ...required].filter((name) => !isBuiltin(name))).toEqual([]);
  });

  test("can be imported from ESM", () => {
    writeFileSync(
      join(project, "esm.mjs"),
      `import { parseModel, DIMENSIONS } from "model-taxonomy";
const model = parseModel(${record});
console.log(JSON.stringify([model.sizeClass, model.modalityClass, DIMENSIONS.map((dimension) => dimension.id)]));`,
    );
    expect(JSON.parse(run("node", ["esm.mjs"]))).toEqual([
      "small",
      "unimodal",
      DIMENSIONS.map((dimension) => dimension.id),
    ]);
  });

  test("serves the registry on its own entry, from ESM and CommonJS alike", () => {
    writeFileSync(
      join(project, "registry.mjs"),
      `import { describe, getModel } from "model-taxonomy/registry";
console.log(JSON.stringify([getModel("gpt2")?.id, describe("gpt-3", { locale: "zh" })]));`,
    );
    expect(JSON.parse(run("node", ["registry.mjs"]))).toEqual([
      "gpt-2",
      "GPT-3 是一个基于 Transformer 架构（仅解码器）、用于自然语言处理与文本生成的大型预训练模型。",
    ]);
    writeFileSync(
      join(project, "registry.cjs"),
      `const core = require("model-taxonomy");
const { requireModel, UnknownModelError } = require("model-taxonomy/registry");
let same = false;
try { requireModel("gtp-2"); } catch (error) { same = error instanceof core.UnknownModelError && error instanceof UnknownModelError; }
console.log(JSON.stringify([requireModel("openai-community/gpt2").name, same]));`,
    );
    expect(JSON.parse(run("node", ["registry.cjs"]))).toEqual(["GPT-2", true]);
  });

  test("serves the Hugging Face classifier on its own entry", () => {
    writeFileSync(
      join(project, "hub.mjs"),
      `import { classifyHuggingFaceModel } from "model-taxonomy/huggingface";
const result = classifyHuggingFaceModel({ id: "acme/tiny", pipeline_tag: "text-generation", config: { model_type: "llama" } });
console.log(JSON.stringify([result.architecture.value.family, result.tasks.value]));`,
    );
    expect(JSON.parse(run("node", ["hub.mjs"]))).toEqual(["decoder-only", ["text-generation"]]);
  });

  test("runs the command line with npx", () => {
    expect(run("npx", ["--no-install", "model-taxonomy", "describe", "gpt-2", "--lang", "zh"]).trim()).toBe(
      "GPT-2 是一个基于 Transformer 架构（仅解码器）、用于自然语言处理与文本生成的小型预训练模型。",
    );
  });

  test("can be required from CommonJS", () => {
    writeFileSync(
      join(project, "cjs.cjs"),
      `const { parseModel, ModelValidationError } = require("model-taxonomy");
let message = "";
try { parseModel({ id: "Bad Id" }); } catch (error) { message = error instanceof ModelValidationError ? "typed" : "untyped"; }
console.log(JSON.stringify([parseModel(${record}).sizeClass, message]));`,
    );
    expect(JSON.parse(run("node", ["cjs.cjs"]))).toEqual(["small", "typed"]);
  });

  test("reads the built-in data from its own file under Node, and bundlers carry it inside the bundle", async () => {
    const installed = join(project, "node_modules", "model-taxonomy", "dist");
    const text = readFileSync(join(installed, "registry-data.txt"), "latin1");
    // The text is ASCII. What bundlers resolve `#registry-data` to holds the same text in both module formats, but
    // for the table of names, which only the file has room for: the header says how long each section is.
    expect(text).toMatch(/^[\n\x20-\x7e]*$/);
    const inline: string = (await import(pathToFileURL(join(installed, "registry-data.js")).href)).readStoredData();
    expect(createRequire(import.meta.url)(join(installed, "registry-data.cjs")).readStoredData()).toBe(inline);
    const split = (stored: string) => {
      const headerEnd = stored.indexOf("\n");
      const { lengths, ...index } = JSON.parse(stored.slice(0, headerEnd));
      const [names, ...rest] = lengths;
      return { index, names, rest, after: stored.slice(headerEnd + 1 + names) };
    };
    const file = split(text);
    const bundled = split(inline);
    expect(file.names).toBeGreaterThan(50_000);
    expect(bundled.names).toBe(0);
    expect({ ...bundled, names: file.names }).toEqual(file);
    // Node resolves the package's own "#registry-data" to the module that reads the file; its table of names finds
    // any spelling, and a family's name.
    writeFileSync(
      join(project, "data.mjs"),
      `import { getModel } from "model-taxonomy/registry";
console.log(JSON.stringify([getModel("gpt-2")?.name, getModel("bert-base-uncased")?.year, getModel("LLAMA 2 7b")?.id, getModel("BERT")?.id, getModel("no-such-model")]));`,
    );
    expect(JSON.parse(run("node", ["data.mjs"]))).toEqual(["GPT-2", 2018, "llama-2-7b", "bert-base-uncased", null]);
    // Before Node 20.16 there is no process.getBuiltinModule: the module imports node:fs itself.
    writeFileSync(join(project, "old-node.mjs"), "delete process.getBuiltinModule;");
    expect(JSON.parse(run("node", ["--import", "./old-node.mjs", "data.mjs"]))).toEqual([
      "GPT-2",
      2018,
      "llama-2-7b",
      "bert-base-uncased",
      null,
    ]);
    // Without its file, a lookup throws the library's own error, naming the file, rather than Node's.
    writeFileSync(
      join(project, "no-data.mjs"),
      `import { ModelTaxonomyError } from "model-taxonomy";
import { getModel } from "model-taxonomy/registry";
try { getModel("gpt-2"); console.log("found"); } catch (error) { console.log(JSON.stringify([error instanceof ModelTaxonomyError, error.message])); }`,
    );
    const dataFile = join(installed, "registry-data.txt");
    renameSync(dataFile, `${dataFile}.away`);
    try {
      const [typed, message] = JSON.parse(run("node", ["no-data.mjs"]));
      expect(typed).toBe(true);
      expect(message).toMatch(/^cannot read the built-in models \(dist\/registry-data\.txt\): ENOENT/);
    } finally {
      renameSync(`${dataFile}.away`, dataFile);
    }
    // A bundle for Node and one for browsers resolve it to the module that holds the text (the "module" condition
    // of bundlers), so a bundle moved away from node_modules still finds GPT-2 and reads no file.
    const entry = join(project, "bundle-entry.mjs");
    writeFileSync(
      entry,
      `import { getModel } from "model-taxonomy/registry";\nconsole.log(JSON.stringify([getModel("gpt-2")?.name, getModel("LLAMA 2 7b")?.id]));`,
    );
    const away = mkdtempSync(join(tmpdir(), "model-taxonomy-bundle-"));
    try {
      for (const platform of ["node", "browser"] as const) {
        const outfile = join(away, `${platform}.mjs`);
        await build({ entryPoints: [entry], bundle: true, format: "esm", platform, outfile, logLevel: "silent" });
        const bundle = readFileSync(outfile, "utf8");
        expect(bundle, platform).not.toMatch(/from\s*["']node:fs["']|readSync/);
        expect(bundle, platform).toContain("GoogleNews-vectors-negative300");
        expect(JSON.parse(run("node", [outfile], away)), platform).toEqual(["GPT-2", "llama-2-7b"]);
      }
    } finally {
      rmSync(away, { recursive: true, force: true });
    }
  });

  test("ships the JSON Schema as model-taxonomy/schema.json", () => {
    writeFileSync(
      join(project, "schema.cjs"),
      `const schema = require("model-taxonomy/schema.json");
console.log(JSON.stringify([schema.type, schema.required.includes("tasks")]));`,
    );
    expect(JSON.parse(run("node", ["schema.cjs"]))).toEqual(["object", true]);
  });

  test.each(["node16", "bundler", "node10"])("type-checks under moduleResolution %s", (resolution) => {
    const module = resolution === "node16" ? "node16" : resolution === "node10" ? "commonjs" : "esnext";
    writeFileSync(
      join(project, "consumer.ts"),
      `import { parseModel, type Model, type SizeClass } from "model-taxonomy";
import { queryModels } from "model-taxonomy/registry";
const model: Model = parseModel(${record});
const size: SizeClass | null = model.sizeClass;
// @ts-expect-error a misspelled size class does not compile
const wrong: SizeClass = "medum";
const rnns: Model[] = queryModels({ architecture: "rnn" });
// @ts-expect-error a misspelled architecture does not compile
queryModels({ architecture: "rnns" });
export { size, wrong, rnns };`,
    );
    writeFileSync(
      join(project, "package.json"),
      JSON.stringify({ name: "consumer", private: true, type: resolution === "node16" ? "module" : undefined }),
    );
    writeFileSync(
      join(project, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          noEmit: true,
          target: "es2022",
          module,
          moduleResolution: resolution,
          skipLibCheck: false,
          esModuleInterop: true,
        },
        files: ["consumer.ts"],
      }),
    );
    expect(run("node", [tsc, "-p", "tsconfig.json"])).toBe("");
  });

  test("names its types in a consumer's declaration files instead of spelling them out", () => {
    writeFileSync(
      join(project, "model.ts"),
      `import { parseModel } from "model-taxonomy";\nexport const m = parseModel({});\n`,
    );
    writeFileSync(
      join(project, "names.ts"),
      `import { safeParseModel } from "model-taxonomy";
import { facetCounts, groupBy, queryModels, registry } from "model-taxonomy/registry";
export const found = queryModels({ sizeClass: "small" });
export const mine = registry;
export const counts = facetCounts();
export const groups = groupBy("sizeClass");
export const result = safeParseModel({});`,
    );
    writeFileSync(join(project, "package.json"), JSON.stringify({ name: "consumer", private: true }));
    run("node", [
      tsc,
      "--declaration",
      "--emitDeclarationOnly",
      "--strict",
      "--target",
      "es2022",
      "--module",
      "esnext",
      "--moduleResolution",
      "bundler",
      "--outDir",
      "declarations",
      "model.ts",
      "names.ts",
    ]);
    const model = readFileSync(join(project, "declarations", "model.d.ts"), "utf8");
    expect(model).toMatch(/^export declare const m: import\("model-taxonomy"\)\.Model;$/m);
    expect(Buffer.byteLength(model)).toBeLessThan(400);
    const lines = readFileSync(join(project, "declarations", "names.d.ts"), "utf8").split("\n");
    const declared = (name: string) => lines.find((line) => line.startsWith(`export declare const ${name}:`)) ?? "";
    expect(declared("found")).toMatch(/\bModel\[\];$/);
    expect(declared("mine")).toMatch(/\bModelRegistry;$/);
    expect(declared("counts")).toMatch(/\bFacetCounts;$/);
    expect(declared("groups")).toMatch(/\bGroups<"sizeClass">;$/);
    expect(declared("result")).toMatch(/\bSafeParseModelResult;$/);
  });
});

describe("the core entry", () => {
  test("imports no Node.js module, so it runs in browsers and edge runtimes", () => {
    for (const file of ["index.js", "index.cjs"]) {
      const code = readFileSync(join(root, "dist", file), "utf8");
      expect(code, file).not.toMatch(
        /\bfrom\s*["']node:|require\(\s*["']node:|\bfrom\s*["'](fs|path|os|url|child_process)["']/,
      );
      expect(code, file).not.toMatch(/\bprocess\.(env|argv|exit)/);
    }
  });
});
