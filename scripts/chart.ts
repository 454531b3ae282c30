/**
 * The chart of the registry's models by year and architecture family, rendered to SVG: for each year with
 * models, a bar split by the share of each top-level architecture (Transformer, CNN, RNN, …), with the year's
 * number of models above it. Shares rather than counts, because the registry holds far more checkpoints from
 * recent years: the shift from CNNs and RNNs to Transformers shows in the proportions.
 *
 * `npx tsx scripts/generate-docs.ts` writes it to docs/architectures-by-year.svg; a test fails when the committed
 * file differs from what this renders.
 */
import {
  ARCHITECTURE_INFO,
  ARCHITECTURES,
  type Architecture,
  architectureAncestors,
  architectureParent,
  type Model,
} from "../src/index.js";

/** One colour per top-level architecture, in the order of `ARCHITECTURES`; more roots reuse the palette. */
const _PALETTE = ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#9c755f"] as const;

/** The top-level node of an architecture: `"transformer"` for `"decoder-only"`. */
export function architectureRoot(node: Architecture): Architecture {
  return architectureAncestors(node).at(-1) ?? node;
}

/** Per year with at least one model, the number of models under each top-level architecture. */
export function countArchitecturesByYear(
  models: readonly Model[],
): { readonly year: number; readonly counts: ReadonlyMap<Architecture, number> }[] {
  const byYear = new Map<number, Map<Architecture, number>>();
  for (const model of models) {
    const root = architectureRoot(model.architecture.family);
    const counts = byYear.get(model.year) ?? new Map<Architecture, number>();
    counts.set(root, (counts.get(root) ?? 0) + 1);
    byYear.set(model.year, counts);
  }
  return [...byYear.entries()].sort(([a], [b]) => a - b).map(([year, counts]) => ({ year, counts }));
}

const _escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const _round = (value: number) => Math.round(value * 10) / 10;

/**
 * Renders the chart as a standalone SVG document (no scripts, fonts or external references), identical for
 * identical data.
 */
export function renderArchitecturesByYear(models: readonly Model[]): string {
  const years = countArchitecturesByYear(models);
  const roots = ARCHITECTURES.filter((node) => architectureParent(node) === null);
  const colour = new Map(roots.map((root, index) => [root, _PALETTE[index % _PALETTE.length] ?? "#999"]));
  const left = 48;
  const top = 56;
  const plotHeight = 300;
  const barWidth = 34;
  const gap = 10;
  const plotWidth = years.length * (barWidth + gap);
  const legendTop = top + plotHeight + 44;
  const width = Math.max(left + plotWidth + 24, 640);
  const height = legendTop + Math.ceil(roots.length / 3) * 22 + 12;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="chart-title chart-desc" font-family="system-ui, -apple-system, 'Segoe UI', sans-serif" font-size="12">`,
    `<title id="chart-title">Models in the registry by year and architecture family</title>`,
    `<desc id="chart-desc">For each year, the share of the registry's ${models.length} models by top-level architecture, with the number of models above each bar.</desc>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="${left}" y="22" font-size="15" font-weight="600" fill="#222">Models by year and architecture family · 按年份与架构划分的模型</text>`,
    `<text x="${left}" y="40" fill="#555">Share of each year's models in the registry (${models.length} in all); the number above a bar is that year's count.</text>`,
  ];
  for (const share of [0, 0.25, 0.5, 0.75, 1]) {
    const y = _round(top + plotHeight * (1 - share));
    parts.push(
      `<line x1="${left}" y1="${y}" x2="${left + plotWidth}" y2="${y}" stroke="#e3e3e3"/>`,
      `<text x="${left - 6}" y="${y + 4}" text-anchor="end" fill="#666">${share * 100}%</text>`,
    );
  }
  years.forEach(({ year, counts }, index) => {
    const x = left + index * (barWidth + gap) + gap / 2;
    const total = [...counts.values()].reduce((sum, count) => sum + count, 0);
    let y = top + plotHeight;
    for (const root of roots) {
      const count = counts.get(root) ?? 0;
      if (count === 0) continue;
      const barHeight = (plotHeight * count) / total;
      y -= barHeight;
      parts.push(
        `<rect x="${x}" y="${_round(y)}" width="${barWidth}" height="${_round(barHeight)}" fill="${colour.get(root)}" data-year="${year}" data-architecture="${root}" data-count="${count}"><title>${year}: ${count} ${_escape(ARCHITECTURE_INFO[root].label.en)}</title></rect>`,
      );
    }
    parts.push(
      `<text x="${x + barWidth / 2}" y="${top - 6}" text-anchor="middle" fill="#333" data-total="${year}">${total}</text>`,
      `<text x="${x + barWidth / 2}" y="${top + plotHeight + 16}" text-anchor="middle" fill="#333">${year}</text>`,
    );
  });
  roots.forEach((root, index) => {
    const x = left + (index % 3) * 220;
    const y = legendTop + Math.floor(index / 3) * 22;
    const { en, zh } = ARCHITECTURE_INFO[root].label;
    parts.push(
      `<rect x="${x}" y="${y - 10}" width="12" height="12" fill="${colour.get(root)}"/>`,
      `<text x="${x + 18}" y="${y}" fill="#333">${_escape(en)} · ${_escape(zh)}</text>`,
    );
  });
  parts.push("</svg>");
  return `${parts.join("\n")}\n`;
}
