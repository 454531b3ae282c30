import { describe, expect, test } from "vitest";
import { runInProcess } from "../../../test/cli-in-process.js";
import { DIMENSIONS } from "../../dimensions/index.js";
import type { ModelFilter } from "../../query/filter.js";
import { registry } from "../../registry/index.js";

/**
 * What facets prints for a filter, in English, from the library's own counts: the total, then for every
 * dimension with a match its label and each value's label (34 columns) and count (4 columns), the families last.
 */
function expectedFacets(filter: ModelFilter): string {
  const counts = registry.facets(filter);
  const total = registry.count(filter);
  const lines = [`${total} models`];
  const section = (title: string, rows: readonly (readonly [string, number])[]) => {
    const shown = rows.filter(([, count]) => count > 0);
    if (shown.length === 0) return;
    lines.push("", title, ...shown.map(([label, count]) => `  ${label.padEnd(34)} ${String(count).padStart(4)}`));
  };
  for (const dimension of DIMENSIONS) {
    const byValue: Readonly<Record<string, number>> = counts[dimension.id];
    section(
      dimension.label.en,
      dimension.values.map((value) => [value.label.en, byValue[value.id] ?? 0] as const),
    );
  }
  const families: Readonly<Record<string, number>> = counts.family;
  section(
    "Family",
    registry.families().map((family) => [family.name, families[family.id] ?? 0] as const),
  );
  return `${lines.join("\n")}\n`;
}

describe("facets", () => {
  test("counts the GPT-2 models per value, leaving out values and dimensions that none has", async () => {
    // The four GPT-2 checkpoints: small, pretrained, decoder-only text generators.
    const { code, stdout, stderr } = await runInProcess(["facets", "--family", "gpt-2"]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toBe(
      [
        "4 models",
        "",
        "Scale",
        "  Small                                 4",
        "",
        "Task type",
        "  Generative                            4",
        "",
        "Task",
        "  Text generation                       4",
        "",
        "Modality",
        "  Text                                  4",
        "",
        "Unimodal or multimodal",
        "  Unimodal                              4",
        "",
        "Training method",
        "  Pretrained                            4",
        "",
        "Application domain",
        "  Natural language processing           4",
        "",
        "Architecture",
        "  Transformer                           4",
        "  Decoder-only Transformer              4",
        "",
        "Contains",
        "  Transformer                           4",
        "  Decoder-only Transformer              4",
        "",
        "Family",
        "  GPT-2                                 4",
        "",
      ].join("\n"),
    );
    expect(stdout).toBe(expectedFacets({ family: ["gpt-2"] }));
  });

  test.each<[string[], ModelFilter]>([
    [["--arch", "lstm"], { architecture: ["lstm"] }],
    [["--domain", "speech", "--open-weights"], { domain: ["speech"], openWeights: true }],
    [["--moe"], { mixtureOfExperts: true }],
  ])("%j gives the library's counts for %j", async (flags, filter) => {
    const { stdout } = await runInProcess(["facets", ...flags]);
    expect(stdout).toBe(expectedFacets(filter));
  });

  test("speaks Chinese, padding labels by their display width", async () => {
    const { stdout } = await runInProcess(["facets", "--arch", "lstm", "--lang", "zh"]);
    const total = registry.count({ architecture: ["lstm"] });
    expect(stdout.startsWith(`共 ${total} 个模型\n\n规模\n  小型 `)).toBe(true);
    // A Chinese character takes two columns: "长短期记忆网络" is 14 wide, so 20 spaces fill it to 34.
    expect(stdout).toContain(`\n  长短期记忆网络${" ".repeat(20)} ${String(total).padStart(4)}\n`);
    expect(stdout).toContain("\n模型系列\n");
  });

  test("--json gives the total and every count, zeros included", async () => {
    const { stdout } = await runInProcess(["facets", "--arch", "lstm", "--json"]);
    const filter = { architecture: ["lstm" as const] };
    expect(JSON.parse(stdout)).toEqual({
      total: registry.count(filter),
      facets: JSON.parse(JSON.stringify(registry.facets(filter))),
    });
  });

  test("a filter that matches nothing prints the count alone", async () => {
    expect((await runInProcess(["facets", "--arch", "lstm", "--year", "2030.."])).stdout).toBe("0 models\n");
  });

  test("--bits without --weights is a usage error in either language", async () => {
    expect(await runInProcess(["facets", "--bits", "4"])).toEqual({
      code: 2,
      stdout: "",
      stderr: "error: --bits needs --weights: it is the precision at which the weights must fit\n",
    });
    expect((await runInProcess(["facets", "--bits", "4", "--lang", "zh"])).stderr).toBe(
      "错误： --bits 需要与 --weights 一起使用：它是权重须装入内存时的精度\n",
    );
  });
});
