// Size budgets, checked by `npm test` (size-limit, minified and gzipped). Why each budget is where it is:
// docs/size.md.

// size-limit leaves peer dependencies out of every bundle; this puts zod back in, to show what a user who
// has no zod yet pays in all.
const withZod = (config) => ({ ...config, external: (config.external ?? []).filter((name) => name !== "zod") });

module.exports = [
  {
    name: "core, validation only: parseModel and the schemas (zod excluded)",
    path: "dist/index.js",
    import: "{ parseModel, ModelSchema, ModelInputSchema }",
    gzip: true,
    limit: "6 kB",
  },
  {
    name: "core, everything incl. labels and descriptions (zod excluded)",
    path: "dist/index.js",
    import: "*",
    gzip: true,
    limit: "26 kB",
  },
  {
    name: "registry entry: the built-in data, lookup and queries (zod excluded)",
    path: "dist/registry.js",
    import: "{ getModel }",
    gzip: true,
    limit: "60 kB",
  },
  {
    name: "huggingface entry: classifyHuggingFaceModel with its architecture tables (zod excluded)",
    path: "dist/huggingface.js",
    import: "{ classifyHuggingFaceModel }",
    gzip: true,
    limit: "15 kB",
  },
  {
    name: "core with zod: parseModel",
    path: "dist/index.js",
    import: "{ parseModel }",
    gzip: true,
    limit: "65 kB",
    modifyEsbuildConfig: withZod,
  },
];
