// Size budgets, checked by `npm test` (size-limit: esbuild, minified, gzipped). Why each budget is where it is:
// docs/size.md.

// Chinese labels stay UTF-8, as the build writes them and as bundlers that keep UTF-8 (Vite, webpack with
// terser) ship them; escaped as \uXXXX they would cost a third more before compression.
const utf8 = (config) => ({ ...config, charset: "utf8" });
// size-limit leaves peer dependencies out of every bundle; this puts zod back in, to show what a user who
// has no zod yet pays in all.
const withZod = (config) => ({
  ...utf8(config),
  external: (config.external ?? []).filter((name) => name !== "zod"),
});

const LABELS =
  "ASPECT_LABELS, TASK_INFO, TASK_TYPE_INFO, MODALITY_INFO, MODALITY_CLASS_INFO, SIZE_CLASS_INFO, TRAINING_METHOD_INFO, TRAINING_RELATION_INFO, DOMAIN_INFO, ARCHITECTURE_INFO, GENERATIVE_FRAMEWORK_INFO";

module.exports = [
  {
    name: "parseModel alone (zod excluded)",
    path: "dist/index.js",
    import: "{ parseModel }",
    gzip: true,
    // What validation runs, nothing more: docs/size.md says what it holds and what keeps it there.
    limit: "6 kB",
    modifyEsbuildConfig: utf8,
  },
  {
    name: "the schemas with DIMENSIONS and every label and description in both languages (zod excluded)",
    path: "dist/index.js",
    import: `{ parseModel, ModelSchema, ModelInputSchema, DIMENSIONS, ${LABELS} }`,
    gzip: true,
    // Every label and description, in both languages, in the compact form of src/dimensions/_info.ts.
    limit: "16 kB",
    modifyEsbuildConfig: utf8,
  },
  {
    name: "DIMENSIONS with zod, for a user who has no zod yet",
    path: "dist/index.js",
    import: "{ DIMENSIONS }",
    gzip: true,
    limit: "16 kB",
    modifyEsbuildConfig: withZod,
  },
  {
    name: "core, everything: schemas, labels, describeModel, createRegistry and the query engine (zod excluded)",
    path: "dist/index.js",
    import: "*",
    gzip: true,
    limit: "34 kB",
    modifyEsbuildConfig: utf8,
  },
  {
    name: "registry entry: getModel with the built-in data, lookup and queries (zod excluded)",
    path: "dist/registry.js",
    import: "{ getModel }",
    gzip: true,
    // The data grows with the registry (45 to 65 bytes gzipped a record): docs/size.md.
    limit: "160 kB",
    modifyEsbuildConfig: utf8,
  },
  {
    name: "huggingface entry: classifyHuggingFaceModel with its tables and the built-in registry (zod excluded)",
    path: "dist/huggingface.js",
    import: "{ classifyHuggingFaceModel }",
    gzip: true,
    // The classifier looks records up in the built-in registry, so this bundle carries the registry's data.
    limit: "180 kB",
    modifyEsbuildConfig: utf8,
  },
  {
    name: "parseModel with zod, for a user who has no zod yet",
    path: "dist/index.js",
    import: "{ parseModel }",
    gzip: true,
    limit: "36 kB",
    modifyEsbuildConfig: withZod,
  },
];
