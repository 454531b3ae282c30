/**
 * The dual-package hazard: a process that loads the library both with `import` (dist/*.js) and with `require`
 * (dist/*.cjs) holds two copies of every error class. Builds the package with tsup into a temporary folder,
 * then, in a separate Node process, throws each error from each copy and checks `instanceof` against both.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { buildSync } from "esbuild";
import { afterAll, beforeAll, describe, expect, test } from "vitest";

const root = resolve(import.meta.dirname, "..");
let folder = "";
let dist = "";
let answers: Record<string, Record<string, boolean>> = {};

// Run in the child process: each error thrown by each build, checked against every class of both builds.
const probe = `
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
const dist = process.argv[2];
const require = createRequire(import.meta.url);
const load = async (entry) => ({ esm: await import(pathToFileURL(dist + "/" + entry + ".js").href), cjs: require(dist + "/" + entry + ".cjs") });
const index = await load("index");
const registry = await load("registry");
const hub = await load("huggingface");
const caught = (run) => { try { run(); } catch (error) { return error; } throw new Error("did not throw"); };
const made = {};
for (const build of ["esm", "cjs"]) {
  made["InvalidArgumentError/" + build] = caught(() => index[build].classifySize(-1));
  made["ModelValidationError/" + build] = caught(() => index[build].parseModel({}));
  made["RegistryValidationError/" + build] = caught(() => index[build].createRegistry([{}]));
  made["UnknownModelError/" + build] = caught(() => registry[build].requireModel("no-such-model"));
  made["HuggingFaceHubError/" + build] = new hub[build].HuggingFaceHubError("not-found", "x/y", "not found");
}
const classes = {};
for (const build of ["esm", "cjs"]) {
  for (const name of ["ModelTaxonomyError", "InvalidArgumentError", "ModelValidationError", "RegistryValidationError", "UnknownModelError"]) {
    classes[name + "/" + build] = index[build][name];
  }
  classes["HuggingFaceHubError/" + build] = hub[build].HuggingFaceHubError;
}
const answers = {};
for (const [error, value] of Object.entries(made)) {
  answers[error] = {};
  for (const [type, constructor] of Object.entries(classes)) answers[error][type] = value instanceof constructor;
}
answers.copies = { distinct: index.esm.InvalidArgumentError !== index.cjs.InvalidArgumentError };
answers.plain = { recognised: new Error("x") instanceof index.esm.ModelTaxonomyError || null instanceof index.cjs.ModelTaxonomyError };
console.log(JSON.stringify(answers));
`;

beforeAll(() => {
  // Inside the project (in the git-ignored .tmp/), so that the built files resolve the zod peer from node_modules.
  mkdirSync(join(root, ".tmp"), { recursive: true });
  folder = mkdtempSync(join(root, ".tmp", "dual-package-"));
  dist = join(folder, "dist");
  execFileSync("npx", ["tsup", "--out-dir", dist, "--silent"], { cwd: root, stdio: "ignore" });
  writeFileSync(join(folder, "probe.mjs"), probe);
  answers = JSON.parse(execFileSync(process.execPath, [join(folder, "probe.mjs"), dist], { encoding: "utf8" }));
}, 240_000);

afterAll(() => {
  if (folder !== "") rmSync(folder, { recursive: true, force: true });
});

const ERROR_NAMES = [
  "InvalidArgumentError",
  "ModelValidationError",
  "RegistryValidationError",
  "UnknownModelError",
  "HuggingFaceHubError",
] as const;

describe("errors across the ES module and CommonJS builds", () => {
  test("the two builds really hold two copies of each class", () => {
    expect(answers.copies).toEqual({ distinct: true });
  });

  for (const name of ERROR_NAMES) {
    for (const thrower of ["esm", "cjs"]) {
      test(`the ${name} thrown by the ${thrower} build is an instance of its class and of ModelTaxonomyError in both builds`, () => {
        const answer = answers[`${name}/${thrower}`];
        for (const build of ["esm", "cjs"]) {
          expect(answer?.[`${name}/${build}`]).toBe(true);
          expect(answer?.[`ModelTaxonomyError/${build}`]).toBe(true);
        }
      });

      test(`the ${name} thrown by the ${thrower} build is no instance of the other error classes`, () => {
        const answer = answers[`${name}/${thrower}`] ?? {};
        const others = Object.entries(answer).filter(
          ([type]) => !type.startsWith(`${name}/`) && !type.startsWith("ModelTaxonomyError/"),
        );
        expect(others.length).toBe(8);
        expect(others.filter(([, isInstance]) => isInstance)).toEqual([]);
      });
    }
  }

  test("errors of other origins are not mistaken for the library's", () => {
    expect(answers.plain).toEqual({ recognised: false });
  });
});

describe('"sideEffects": false in fact', () => {
  // What a bundler keeps of the built entry when a program imports one name: frozen tables and error classes
  // are declared with pure annotations, so everything unused must go.
  const bundle = (name: string): string =>
    buildSync({
      stdin: {
        contents: `import { ${name} } from ${JSON.stringify(join(dist, "index.js"))}; console.log(${name});`,
        resolveDir: root,
      },
      bundle: true,
      write: false,
      format: "esm",
      external: ["zod"],
      logLevel: "silent",
    }).outputFiles[0]?.text ?? "";

  test("importing TASKS keeps no other table and no error class", () => {
    const code = bundle("TASKS");
    expect(code).toContain("text-generation");
    for (const unused of [
      "TASK_INFO",
      "ARCHITECTURE_INFO",
      "DIMENSIONS",
      "ModelTaxonomyError",
      "ModelValidationError",
    ]) {
      expect(code, unused).not.toContain(unused);
    }
  });

  test("importing classifySize keeps its own error class and none of the registry's", () => {
    const code = bundle("classifySize");
    expect(code).toContain("InvalidArgumentError");
    for (const unused of ["ModelValidationError", "RegistryValidationError", "UnknownModelError", "TASK_PROFILES"]) {
      expect(code, unused).not.toContain(unused);
    }
  });
});
