import { defineConfig, type Options } from "tsup";
import { _compareModels } from "./src/query/_index.js";
import { _pack } from "./src/registry/_packed.js";
import { loadFamilyInfos, loadModelData } from "./src/registry/data/index.js";

type Plugin = NonNullable<Options["esbuildPlugins"]>[number];

/**
 * JSON with every character beyond ASCII written as a `\uXXXX` escape. The few Chinese names among the records
 * would otherwise make the whole data chunk a two-byte string for V8, which scans a megabyte of source about a
 * third slower; JSON.parse reads the escapes back to the same text.
 */
function _asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[\u0080-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

/**
 * Replaces the registry's data module with one that holds the parsed records as a JSON string, decoded on
 * first use, each family's common fields stored once and the records' default order computed here
 * (src/registry/_packed.ts). A string literal is scanned at import far faster than hundreds of object literals
 * are built, and the records are already parsed, checked and sorted here, at build time.
 */
const inlineRegistryData: Plugin = {
  name: "inline-registry-data",
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/]registry[\\/]data[\\/]index\.ts$/ }, () => ({
      loader: "js",
      contents: [
        'import { _unpack } from "../_packed.ts";',
        `const json = ${JSON.stringify(_asciiJson(_pack(loadModelData(), _compareModels)))};`,
        "let models;",
        "export function loadModelData() {",
        "  models ??= _unpack(JSON.parse(json));",
        "  return models;",
        "}",
        `const familyJson = ${JSON.stringify(_asciiJson(loadFamilyInfos()))};`,
        "let families;",
        "export function loadFamilyInfos() {",
        "  families ??= JSON.parse(familyJson);",
        "  return families;",
        "}",
      ].join("\n"),
    }));
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
    // The command line: one self-contained ES module with its shebang. commander, yaml and picocolors are
    // bundled in (they are devDependencies), so installing the library never installs them; zod stays the
    // user's peer copy.
    entry: { cli: "src/cli/index.ts" },
    format: ["esm"],
    dts: false,
    clean: false,
    splitting: false,
    target: "es2022",
    platform: "node",
    external: ["zod"],
    noExternal: ["commander", "yaml", "picocolors"],
    // commander is CommonJS and requires Node's built-ins; an ES module has no `require` of its own.
    banner: {
      js: 'import { createRequire as __cliCreateRequire } from "node:module";\nconst require = __cliCreateRequire(import.meta.url);',
    },
    esbuildPlugins: [inlineRegistryData],
  },
]);
