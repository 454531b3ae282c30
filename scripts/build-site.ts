/**
 * `npm run docs`: builds the documentation site into site/.
 *
 * 1. The API reference of the three entries and the guides (docs/*.md as typedoc project documents), with
 *    typedoc's validation on: an undocumented export, a broken link or any other warning fails the build, and
 *    so does an export without an `@example`.
 * 2. The model catalog, site/catalog/: the library bundled for the browser with the registry's records inlined
 *    as JSON (parsed here, at build time), the page around it and the architectures chart.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, relative, resolve, sep } from "node:path";
import { build, type Plugin } from "esbuild";
import {
  Application,
  type DeclarationReflection,
  PackageJsonReader,
  ReflectionKind,
  TSConfigReader,
  TypeDocReader,
} from "typedoc";
import { loadFamilyInfos, loadModelData } from "../src/registry/data/index.js";

const root = resolve(import.meta.dirname, "..");
const site = resolve(root, "site");

/**
 * Exports whose comment (or a signature's comment) has no `@example` block. Re-exports of another entry's
 * symbols are references to the documented original and are skipped.
 */
export function exportsWithoutExample(modules: readonly DeclarationReflection[]): string[] {
  const missing: string[] = [];
  for (const module of modules) {
    for (const child of module.children ?? []) {
      if (child.kindOf(ReflectionKind.Reference)) continue;
      const comments = [child.comment, ...(child.signatures ?? []).map((signature) => signature.comment)];
      const hasExample = comments.some((comment) => comment?.blockTags.some((tag) => tag.tag === "@example"));
      if (!hasExample) missing.push(`${module.name}.${child.name} (${ReflectionKind[child.kind]})`);
    }
  }
  return missing;
}

/** The guides and reference pages, in the order of the site's navigation. Paths are relative to docs/. */
const DOCUMENTS = [
  "guides/getting-started.md",
  "guides/six-aspects.md",
  "guides/families.md",
  "guides/querying.md",
  "guides/validating.md",
  "guides/huggingface.md",
  "guides/hub-scale.md",
  "cli.md",
  "benchmarks.md",
  "size.md",
  "decisions.md",
  "taxonomy.md",
  "models.md",
] as const;

/**
 * The title typedoc gives a page: the document's own `title:` front matter, or else its first `# ` heading (the
 * file name otherwise, such as "cli").
 */
export function withTitle(markdown: string): string {
  if (markdown.startsWith("---\n")) return markdown;
  const heading = /^# (.+)$/m.exec(markdown)?.[1];
  return heading === undefined ? markdown : `---\ntitle: ${JSON.stringify(heading)}\n---\n\n${markdown}`;
}

/**
 * Copies the documents to a scratch folder with the same layout (so links between them still resolve), each
 * with a title, and returns their paths there. docs/ itself stays as GitHub shows it.
 */
function _stageDocuments(): string[] {
  const stage = resolve(root, ".tmp/site-docs");
  rmSync(stage, { recursive: true, force: true });
  return DOCUMENTS.map((path) => {
    const target = resolve(stage, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, withTitle(readFileSync(resolve(root, "docs", path), "utf8")));
    return target;
  });
}

/** Where the site is published; links to its catalog are made relative, so the built site works offline. */
const PUBLISHED_CATALOG = "https://model-taxonomy.github.io/model-taxonomy/catalog/";

/** Rewrites links to the published catalog in one page of site/ as a path relative to that page. */
export function localCatalogLinks(html: string, pagePath: string): string {
  const depth = pagePath.split("/").length - 1;
  return html.replaceAll(`href="${PUBLISHED_CATALOG}"`, `href="${"../".repeat(depth)}catalog/index.html"`);
}

function _localizeCatalogLinks(): void {
  const pages = readdirSync(site, { recursive: true, encoding: "utf8" }).filter((path) => path.endsWith(".html"));
  for (const page of pages) {
    const file = resolve(site, page);
    const html = readFileSync(file, "utf8");
    const local = localCatalogLinks(html, relative(site, file).split(sep).join("/"));
    if (local !== html) writeFileSync(file, local);
  }
}

async function _buildReference(): Promise<void> {
  // The readers typedoc's own command line uses: typedoc.json, then package.json, then the tsconfig it names.
  const app = await Application.bootstrapWithPlugins({}, [
    new TypeDocReader(),
    new PackageJsonReader(),
    new TSConfigReader(),
  ]);
  app.options.setValue("projectDocuments", _stageDocuments());
  const project = await app.convert();
  if (project === undefined) throw new Error("typedoc could not convert the project");
  app.validate(project);
  const modules = (project.children ?? []).filter((child) => child.kindOf(ReflectionKind.Module));
  const missing = exportsWithoutExample(modules);
  if (missing.length > 0) {
    throw new Error(`${missing.length} exports have no @example:\n  ${missing.join("\n  ")}`);
  }
  if (app.logger.hasErrors() || app.logger.hasWarnings()) {
    throw new Error("typedoc reported the problems above");
  }
  await app.generateOutputs(project);
  if (app.logger.hasErrors() || app.logger.hasWarnings()) {
    throw new Error("typedoc reported the problems above");
  }
  _localizeCatalogLinks();
}

/**
 * Replaces the registry's data module with the records already parsed, as a JSON string decoded on first use:
 * the page then loads a string instead of validating 1,500 records in the browser.
 */
const _inlineRegistryData: Plugin = {
  name: "inline-registry-data",
  setup(context) {
    context.onLoad({ filter: /[\\/]src[\\/]registry[\\/]data[\\/]index\.ts$/ }, () => ({
      loader: "js",
      contents: [
        'import { _foldModelName } from "../../model.ts";',
        'import { _compareModels } from "../../query/_index.ts";',
        'import { _modelStore } from "../_stored.ts";',
        `const models = JSON.parse(${JSON.stringify(JSON.stringify(loadModelData()))});`,
        `const families = JSON.parse(${JSON.stringify(JSON.stringify(loadFamilyInfos()))});`,
        "let store;",
        "export const loadModelData = () => models;",
        "export const loadModelStore = () => (store ??= _modelStore(models, _compareModels, _foldModelName));",
        "export const loadFamilyInfos = () => families;",
      ].join("\n"),
    }));
  },
};

function _page(modelCount: number): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Model catalog · model-taxonomy</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="catalog.css">
<script type="module" src="catalog.js"></script>
</head>
<body>
<header>
  <h1 id="title">Model catalog</h1>
  <input id="search" type="search" autocomplete="off" aria-label="Search" placeholder="Search by name or alias">
  <nav>
    <button type="button" id="clear">Clear filters</button>
    <button type="button" data-locale="en" aria-pressed="true">English</button>
    <button type="button" data-locale="zh" aria-pressed="false">中文</button>
    <a id="api-link" href="../index.html">API reference and guides</a>
  </nav>
</header>
<main>
  <aside id="facets" aria-label="Filters"></aside>
  <div id="content">
    <p id="summary">${modelCount} models</p>
    <article id="model-view" hidden></article>
    <div id="models"></div>
    <figure>
      <figcaption id="chart-title">Models by year and architecture</figcaption>
      <img src="architectures-by-year.svg" width="708" alt="The share of each year's models by top-level architecture: CNNs and RNNs until 2018, Transformers after">
    </figure>
  </div>
</main>
<noscript>The catalog needs JavaScript; the same list is in docs/models.md.</noscript>
</body>
</html>
`;
}

async function _buildCatalog(): Promise<void> {
  const out = resolve(site, "catalog");
  mkdirSync(out, { recursive: true });
  await build({
    entryPoints: [resolve(root, "site-src/catalog/app.ts")],
    outfile: resolve(out, "catalog.js"),
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    minify: true,
    legalComments: "none",
    plugins: [_inlineRegistryData],
    logLevel: "warning",
  });
  copyFileSync(resolve(root, "site-src/catalog/catalog.css"), resolve(out, "catalog.css"));
  copyFileSync(resolve(root, "docs/architectures-by-year.svg"), resolve(out, "architectures-by-year.svg"));
  writeFileSync(resolve(out, "index.html"), _page(loadModelData().length));
}

if (process.argv[1] === import.meta.filename) {
  const started = performance.now();
  // `--catalog-only` rebuilds just site/catalog/, for quick work on the page.
  if (!process.argv.includes("--catalog-only")) await _buildReference();
  await _buildCatalog();
  console.log(`site/ built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
