import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, test } from "vitest";
import { architectureRoot, countArchitecturesByYear, renderArchitecturesByYear } from "../scripts/chart.js";
import { allModels, queryModels } from "../src/registry/index.js";

const committed = resolve(import.meta.dirname, "../docs/architectures-by-year.svg");

describe("the architectures-by-year chart", () => {
  test("docs/architectures-by-year.svg is current with the registry (run: npx tsx scripts/generate-docs.ts)", () => {
    expect(readFileSync(committed, "utf8")).toBe(renderArchitecturesByYear(allModels()));
  });

  test("counts every model once, under its year and its top-level architecture", () => {
    const years = countArchitecturesByYear(allModels());
    const total = years.reduce((sum, { counts }) => sum + [...counts.values()].reduce((a, b) => a + b, 0), 0);
    expect(total).toBe(allModels().length);
    for (const { year, counts } of years) {
      for (const [root, count] of counts) {
        expect(count, `${year} ${root}`).toBe(queryModels({ year, architecture: root }).length);
      }
    }
  });

  test("puts LSTMs under RNN and decoder-only models under Transformer", () => {
    expect(architectureRoot("lstm")).toBe("rnn");
    expect(architectureRoot("decoder-only")).toBe("transformer");
    expect(architectureRoot("cnn")).toBe("cnn");
  });

  test("draws one bar segment per year and architecture with its count, and the year's total above", () => {
    const svg = renderArchitecturesByYear(allModels());
    const years = countArchitecturesByYear(allModels());
    const segments = years.flatMap(({ year, counts }) => [...counts].map(([root, count]) => ({ year, root, count })));
    // One segment each, and no other: as many bars and totals in the drawing as in the counts.
    expect(segments.length).toBeGreaterThan(years.length);
    expect(svg.match(/<rect [^>]*data-year="/g)).toHaveLength(segments.length);
    expect(svg.match(/data-total="/g)).toHaveLength(years.length);
    for (const { year, root, count } of segments) {
      expect(svg).toContain(`data-year="${year}" data-architecture="${root}" data-count="${count}"`);
    }
    for (const { year, counts } of years) {
      const total = [...counts.values()].reduce((a, b) => a + b, 0);
      expect(svg).toContain(`data-total="${year}">${total}</text>`);
    }
  });
});
