import { defineConfig, type Options } from "tsup";
import { _foldModelName } from "./src/model.js";
import { _compareModels } from "./src/query/_index.js";
import { _asciiJson, _familyText, _store } from "./src/registry/_stored.js";
import { loadFamilyInfos, loadModelData } from "./src/registry/data/index.js";

type Plugin = NonNullable<Options["esbuildPlugins"]>[number];

/**
 * Replaces the registry's data module with one that holds the parsed records as JSON texts, one per family, its
 * common fields stored once, and an index of their order (src/registry/_stored.ts, _packed.ts). A string
 * literal is scanned at import far faster than hundreds of object literals are built; a lookup searches the
 * texts and decodes the family it finds; the records are parsed, checked and sorted here, at build time.
 */
const inlineRegistryData: Plugin = {
  name: "inline-registry-data",
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/]registry[\\/]data[\\/]index\.ts$/ }, () => {
      const { index, families } = _store(loadModelData(), _compareModels, _foldModelName);
      const literal = (value: unknown) => JSON.stringify(_asciiJson(value));
      return {
        loader: "js",
        contents: [
          'import { normalizeModelName } from "../../model.ts";',
          'import { _StoredModels } from "../_stored.ts";',
          `const index = ${literal(index)};`,
          // One literal, split at import: V8 compiles one long string literal in about two thirds of the time it
          // takes for hundreds of short ones. A JSON text never holds a raw control character, so U+0001 parts them.
          `const families = ${JSON.stringify(families.map((family) => _familyText(family, index.keys)).join("\u0001"))}.split("\\u0001");`,
          "let store;",
          "export function loadModelStore() {",
          "  store ??= new _StoredModels(() => JSON.parse(index), families, normalizeModelName);",
          "  return store;",
          "}",
          `const familyJson = ${literal(loadFamilyInfos())};`,
          "let familyInfos;",
          "export function loadFamilyInfos() {",
          "  familyInfos ??= JSON.parse(familyJson);",
          "  return familyInfos;",
          "}",
        ].join("\n"),
      };
    });
  },
};

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
    // zod is a peer dependency: the user's copy is the one that runs.
    external: ["zod"],
    esbuildPlugins: [inlineRegistryData],
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
    esbuildPlugins: [inlineRegistryData],
    esbuildOptions(options) {
      options.chunkNames = "cli/[name]-[hash]";
    },
  },
]);
