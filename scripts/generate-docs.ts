/** Writes the generated documents in docs/ (see scripts/docs.ts). */
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { allModels } from "../src/registry/index.js";
import { renderArchitecturesByYear } from "./chart.js";
import { renderModels, renderSixAspects, renderTaxonomy } from "./docs.js";

const docs = resolve(import.meta.dirname, "../docs");
writeFileSync(resolve(docs, "taxonomy.md"), renderTaxonomy());
writeFileSync(resolve(docs, "models.md"), renderModels());
writeFileSync(resolve(docs, "guides/six-aspects.md"), renderSixAspects());
writeFileSync(resolve(docs, "architectures-by-year.svg"), renderArchitecturesByYear(allModels()));
console.log("wrote docs/taxonomy.md, docs/models.md, docs/guides/six-aspects.md and docs/architectures-by-year.svg");
