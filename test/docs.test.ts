import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, test } from "vitest";
import { markdownSection, renderModels, renderSixAspects, renderTaxonomy } from "../scripts/docs.js";

const docs = resolve(import.meta.dirname, "../docs");

describe("the generated documents", () => {
  test("docs/taxonomy.md is up to date (run: npx tsx scripts/generate-docs.ts)", () => {
    expect(readFileSync(resolve(docs, "taxonomy.md"), "utf8")).toBe(renderTaxonomy());
  });

  test("docs/models.md is up to date (run: npx tsx scripts/generate-docs.ts)", () => {
    expect(readFileSync(resolve(docs, "models.md"), "utf8")).toBe(renderModels());
  });

  test("docs/guides/six-aspects.md is up to date (run: npx tsx scripts/generate-docs.ts)", () => {
    expect(readFileSync(resolve(docs, "guides/six-aspects.md"), "utf8")).toBe(renderSixAspects());
  });

  test("markdownSection takes one section's body up to the next heading of its level", () => {
    const markdown = "# Title\n\n## One\n\nfirst\n\n### Sub\n\nstill first\n\n## Two\n\nsecond\n";
    expect(markdownSection(markdown, "One")).toBe("first\n\n### Sub\n\nstill first");
    expect(markdownSection(markdown, "Two")).toBe("second");
    expect(() => markdownSection(markdown, "Three")).toThrow('no section "## Three"');
  });
});
