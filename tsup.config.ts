import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { defineConfig, type Options } from "tsup";
import { _foldModelName } from "./src/model.js";
import { _compareModels } from "./src/query/_index.js";
import { _storedText } from "./src/registry/_stored.js";
import { loadFamilyInfos, loadModelData } from "./src/registry/data/index.js";

type Plugin = NonNullable<Options["esbuildPlugins"]>[number];

// The built-in data as one ASCII text (src/registry/_stored.ts): the records parsed, checked and sorted here.
// With the table of every folded name for the data file (read only when used), without it for the string literal
// a bundle carries, where the table would cost 21 kB gzipped (a lookup there searches the families' texts for the
// name as the data writes it). Each is made once per build, when the ES module build writes the files.
function storedData(names: boolean): string {
  return _storedText(loadModelData(), loadFamilyInfos(), _compareModels, _foldModelName, { names });
}

// The text as a JavaScript string literal. It holds no apostrophe and nothing beyond ASCII (`_asciiJson` escapes
// them), so only backslashes and line breaks need escaping.
function stringLiteral(text: string): string {
  return `'${text.replaceAll("\\", "\\\\").replaceAll("\n", "\\n")}'`;
}

/**
 * Replaces the registry's data module with one that reads the records from the stored text (src/registry/_stored.ts):
 * a lookup finds the record's position in the table of names (or, without one, searches the family texts for the
 * name) and decodes that family; the records were parsed, checked and sorted here, at build time.
 *
 * The text comes from `#registry-data`, which package.json maps to a module that reads dist/registry-data.txt by
 * ranges on first use when Node itself resolves the package (the library under Node, and the command line), and
 * to one that holds the text as a string literal for bundlers and other runtimes. A string literal is scanned at
 * import far faster than hundreds of object literals are built, but reading the file costs nothing until the
 * first lookup, a lookup reads a seventh of it, and it can hold the table of names that a bundle has no room for.
 * `write` says whether this build writes those files (the library's; the command line uses the same ones).
 */
function registryData(options: { readonly write: boolean }): Plugin {
  return {
    name: "registry-data",
    setup(build) {
      // The text and the modules `#registry-data` names go beside the chunks that import it, written once: by the
      // ES module build (the CommonJS one imports the same files).
      const outdir = build.initialOptions.outdir;
      if (options.write && outdir !== undefined && build.initialOptions.format === "esm") {
        build.onEnd(() => writeRegistryData(outdir));
      }
      build.onLoad({ filter: /[\\/]src[\\/]registry[\\/]data[\\/]index\.ts$/ }, () => ({
        loader: "js",
        contents: [
          'import { normalizeModelName } from "../../model.ts";',
          'import { _StoredModels, _readStored } from "../_stored.ts";',
          'import { ModelTaxonomyError } from "../../errors.ts";',
          'import { readStoredData } from "#registry-data";',
          "let stored;",
          // A data file that cannot be read (removed, or a runtime that may not read files) is the library's error.
          "function unreadable(cause) {",
          "  const reason = cause instanceof Error ? cause.message : String(cause);",
          '  return new ModelTaxonomyError("cannot read the built-in models (dist/registry-data.txt): " + reason, { cause });',
          "}",
          "function read() {",
          "  if (stored !== undefined) return stored;",
          "  let data;",
          "  try {",
          "    data = readStoredData();",
          "  } catch (cause) {",
          "    throw unreadable(cause);",
          "  }",
          "  const source = typeof data === 'string' ? data : (start, end) => {",
          "    try {",
          "      return data(start, end);",
          "    } catch (cause) {",
          "      throw unreadable(cause);",
          "    }",
          "  };",
          "  stored = _readStored(source);",
          "  return stored;",
          "}",
          "let store;",
          "export function loadModelStore() {",
          "  store ??= new _StoredModels(read(), normalizeModelName);",
          "  return store;",
          "}",
          "let familyInfos;",
          "export function loadFamilyInfos() {",
          "  familyInfos ??= JSON.parse(read().familyInfos());",
          "  return familyInfos;",
          "}",
        ].join("\n"),
      }));
    },
  };
}

/**
 * Writes what `#registry-data` resolves to (package.json "imports"): the text itself, dist/registry-data.txt; the
 * modules Node resolves, which read it on first use; and the modules for everything else, which hold it.
 */
// Under Node, the data file read by ranges (src/registry/_stored.ts `_ReadStored`): the bytes from `start` up to
// `end`, fewer at the end of the file, as text (the file is ASCII). The file is opened for each read and closed
// again; a lookup reads it twice. `builtin` gives Node's built-in modules when the first read needs them.
const nodeReader = [
  "const reader = (file) => (start, end) => {",
  '  const { Buffer } = builtin("node:buffer");',
  '  const { closeSync, openSync, readSync } = builtin("node:fs");',
  "  const bytes = Buffer.allocUnsafe(Math.max(0, end - start));",
  '  const descriptor = openSync(file, "r");',
  "  try {",
  "    let length = 0;",
  "    for (let got = -1; got !== 0 && length < bytes.length; length += got) {",
  "      got = readSync(descriptor, bytes, length, bytes.length - length, start + length);",
  "    }",
  '    return bytes.toString("latin1", 0, length);',
  "  } finally {",
  "    closeSync(descriptor);",
  "  }",
  "};",
].join("\n");

// In the ES module, the built-in modules come from process.getBuiltinModule (Node 20.16 and later), which costs
// nothing until the first read; an `import` of node:fs costs more than a millisecond of every import of the
// registry, lookup or not. Older versions import them with the module.
const nodeBuiltins = [
  'const imported = typeof process.getBuiltinModule === "function"',
  "  ? undefined",
  '  : { "node:fs": await import("node:fs"), "node:buffer": await import("node:buffer") };',
  "const builtin = (name) => imported?.[name] ?? process.getBuiltinModule(name);",
].join("\n");

function writeRegistryData(outdir: string): void {
  const text = storedData(true);
  const literal = stringLiteral(storedData(false));
  const files: Record<string, string> = {
    "registry-data.txt": text,
    "registry-data-node.js": [
      nodeBuiltins,
      nodeReader,
      // import.meta.dirname (Node 20.11 and later) is a path already; a URL takes a fifth of a millisecond to make.
      "export const readStoredData = () =>",
      '  reader(import.meta.dirname === undefined ? new URL("./registry-data.txt", import.meta.url) : import.meta.dirname + "/registry-data.txt");',
    ].join("\n"),
    "registry-data-node.cjs": [
      '"use strict";',
      'const { join } = require("node:path");',
      "const builtin = (name) => require(name);",
      nodeReader,
      'exports.readStoredData = () => reader(join(__dirname, "registry-data.txt"));',
    ].join("\n"),
    "registry-data.js": `export const readStoredData = () => ${literal};`,
    "registry-data.cjs": `"use strict";\nexports.readStoredData = () => ${literal};`,
  };
  mkdirSync(outdir, { recursive: true });
  for (const [name, contents] of Object.entries(files)) {
    writeFileSync(join(outdir, name), name.endsWith(".txt") ? contents : `${contents}\n`);
  }
}

export default defineConfig([
  {
    entry: { index: "src/index.ts", registry: "src/registry/index.ts", huggingface: "src/huggingface/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    clean: true,
    // Shared code goes to one chunk, so both entries see the same classes (instanceof works across them).
    splitting: true,
    sourcemap: false,
    target: "es2022",
    platform: "neutral",
    treeshake: true,
    // zod is a peer dependency: the user's copy is the one that runs. The registry's data is imported through
    // package.json "imports" (see `registryData`).
    external: ["zod", "#registry-data"],
    esbuildPlugins: [registryData({ write: true })],
    // Chinese labels, descriptions and model names stay UTF-8: escaped as \uXXXX they took 19 kB of the
    // 48.5 kB the labels minify to, and more of the data.
    esbuildOptions(options) {
      options.charset = "utf8";
    },
  },
  {
    // The command line: an entry of a few lines and chunks that each command loads when it runs, so that
    // `--version` or `describe` never compiles the code of `classify` or the YAML parser. commander, yaml,
    // picocolors and zod are bundled in: installing the library installs none of them (they are
    // devDependencies, zod also the library's peer), and the program runs on the zod it was tested with.
    // Bundled, zod is one minified chunk of the parts the program uses; imported from node_modules it is about
    // a hundred modules for Node to find, read and link one by one, which costs more than all the rest of a
    // lookup (docs/benchmarks.md). The chunks go to dist/cli/, apart from the library's.
    entry: { cli: "src/cli/index.ts" },
    format: ["esm"],
    dts: false,
    clean: false,
    splitting: true,
    // Less for Node to read and scan; identifiers keep their names, so that what the chunks require stays
    // readable (test/package.test.ts checks it).
    minifyWhitespace: true,
    minifySyntax: true,
    target: "es2022",
    platform: "node",
    noExternal: ["commander", "yaml", "picocolors", "zod"],
    // commander is CommonJS and requires Node's built-ins; an ES module has no `require` of its own. Every chunk
    // gets one, made on its first call: making it costs a few milliseconds, which `--version` and `describe`,
    // never loading commander, do not pay.
    banner: {
      js: [
        'import { createRequire as __cliCreateRequire } from "node:module";',
        "let __cliRequire;",
        "const require = (id) => (__cliRequire ??= __cliCreateRequire(import.meta.url))(id);",
      ].join("\n"),
    },
    // The built-in data is the library's file, read by ranges (`registryData`), not a megabyte of string literal.
    external: ["#registry-data"],
    esbuildPlugins: [registryData({ write: false })],
    esbuildOptions(options) {
      options.chunkNames = "cli/[name]-[hash]";
    },
  },
]);
