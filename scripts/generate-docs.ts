/** Writes the generated documents in docs/ (see scripts/docs.ts). */
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { renderModels, renderTaxonomy } from "./docs.js";

const docs = resolve(import.meta.dirname, "../docs");
writeFileSync(resolve(docs, "taxonomy.md"), renderTaxonomy());
writeFileSync(resolve(docs, "models.md"), renderModels());
console.log("wrote docs/taxonomy.md and docs/models.md");
