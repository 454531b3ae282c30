/** Writes the generated documents in docs/ (see scripts/docs.ts). */
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { renderTaxonomy } from "./docs.js";

const docs = resolve(import.meta.dirname, "../docs");
writeFileSync(resolve(docs, "taxonomy.md"), renderTaxonomy());
console.log("wrote docs/taxonomy.md");
