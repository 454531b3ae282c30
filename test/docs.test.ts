import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, test } from "vitest";
import { renderModels, renderTaxonomy } from "../scripts/docs.js";

const docs = resolve(import.meta.dirname, "../docs");

describe("the generated documents", () => {
  test("docs/taxonomy.md is up to date (run: npx tsx scripts/generate-docs.ts)", () => {
    expect(readFileSync(resolve(docs, "taxonomy.md"), "utf8")).toBe(renderTaxonomy());
  });

  test("docs/models.md is up to date (run: npx tsx scripts/generate-docs.ts)", () => {
    expect(readFileSync(resolve(docs, "models.md"), "utf8")).toBe(renderModels());
  });
});
