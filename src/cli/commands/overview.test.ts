import { describe, expect, test } from "vitest";
import { runInProcess } from "../../../test/cli-in-process.js";
import { DIMENSIONS } from "../../dimensions/index.js";
import { registry } from "../../registry/index.js";

/** The lines of one titled block of the overview, up to the empty line that ends it. */
function block(stdout: string, title: string): string[] {
  const lines = stdout.split("\n");
  const start = lines.indexOf(title);
  if (start === -1) throw new Error(`no block ${title}`);
  const end = lines.indexOf("", start);
  return lines.slice(start + 1, end === -1 ? undefined : end);
}

/** Bars as the overview draws them: the largest count 30 blocks, the others in proportion, at least one. */
function bars(rows: readonly (readonly [string, number])[]): string[] {
  const max = Math.max(...rows.map(([, count]) => count));
  const width = Math.max(...rows.map(([label]) => label.length));
  return rows.map(([label, count]) => {
    const bar = "█".repeat(count === 0 ? 0 : Math.max(1, Math.round((count / max) * 30)));
    return `  ${label.padEnd(width)}  ${String(count).padStart(4)}  ${bar}`;
  });
}

function dimension(id: string) {
  const found = DIMENSIONS.find((candidate) => candidate.id === id);
  if (found === undefined) throw new Error(`no dimension ${id}`);
  return found;
}

describe("the overview", () => {
  test("gives the number of models and families in its title", async () => {
    const { code, stdout } = await runInProcess([]);
    expect(code).toBe(0);
    const families = registry.families().length;
    expect(stdout.split("\n")[0]).toBe(
      `model-taxonomy — ${registry.size} well-known AI models along six aspects, in ${families} families`,
    );
    expect((await runInProcess([], { env: { LANG: "zh_CN.UTF-8" } })).stdout.split("\n")[0]).toBe(
      `model-taxonomy — 按六个维度整理的 ${registry.size} 个知名 AI 模型（${families} 个系列）`,
    );
  });

  test("draws a bar per value of the main dimensions, in proportion to the library's counts", async () => {
    const { stdout } = await runInProcess([]);
    const counts = registry.facets();
    for (const id of [
      "sizeClass",
      "taskType",
      "modalityClass",
      "trainingMethod",
      "domain",
      "architecture",
      "framework",
    ]) {
      const shown = dimension(id);
      const byValue: Readonly<Record<string, number>> = counts[shown.id];
      const rows = shown.values.map((value) => [value.label.en, byValue[value.id] ?? 0] as const);
      const lines = block(stdout, shown.label.en);
      expect(lines.slice(0, rows.length)).toEqual(bars(rows));
    }
  });

  test("shows the main dimensions only, then the tasks and the commands to try", async () => {
    const { stdout } = await runInProcess([]);
    const titles = stdout.split("\n").filter((line, index, lines) => lines[index - 1] === "" && /^\S/.test(line));
    expect(titles).toEqual([
      "Scale",
      "Task type",
      "Unimodal or multimodal",
      "Training method",
      "Application domain",
      "Architecture",
      "Generative framework",
      "Most common tasks",
      "Try:",
    ]);
  });

  test("counts the models of unknown size under the size classes", async () => {
    const { stdout } = await runInProcess([]);
    const unknown = registry.count({ parameters: "unknown" });
    expect(unknown).toBeGreaterThan(0);
    expect(block(stdout, "Scale").at(-1)).toBe(`  unknown: ${unknown}`);
    expect(block((await runInProcess(["--lang", "zh"])).stdout, "规模").at(-1)).toBe(`  未知：${unknown}`);
  });

  test("shows the ten most common tasks, most common first", async () => {
    const { stdout } = await runInProcess([]);
    const tasks: Readonly<Record<string, number>> = registry.facets().task;
    const labels = new Map(dimension("task").values.map((value) => [value.id, value.label.en]));
    const top = Object.entries(tasks)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 10)
      .map(([id, count]) => [labels.get(id) ?? id, count] as const);
    // Text generation is by far the most common task of the registry (GPT, Llama, Qwen and their kin).
    expect(top[0]?.[0]).toBe("Text generation");
    expect(block(stdout, "Most common tasks")).toEqual(bars(top));
  });

  test("ends with the commands to try", async () => {
    const { stdout } = await runInProcess([]);
    const hint = block(stdout, "Try:");
    expect(hint).toHaveLength(8);
    expect(hint[0]).toBe("  model-taxonomy list --arch lstm              models by tag (see list --help)");
    expect(stdout.endsWith("  model-taxonomy schema                        the JSON Schema of a model record\n")).toBe(
      true,
    );
    expect((await runInProcess(["--lang", "zh"])).stdout).toContain("\n试试：\n");
  });

  test("pads Chinese labels by their display width", async () => {
    const { stdout } = await runInProcess(["--lang", "zh"]);
    const counts = registry.facets().trainingMethod;
    // 预训练 is three characters, six columns; 从零训练 and 迁移学习 are four, eight columns.
    expect(block(stdout, "训练方式").map((line) => line.replace(/ +█+$/, ""))).toEqual([
      `  预训练    ${String(counts.pretrained).padStart(4)}`,
      `  从零训练  ${String(counts["from-scratch"]).padStart(4)}`,
      `  迁移学习  ${String(counts["transfer-learning"]).padStart(4)}`,
    ]);
  });

  test("colours the bars cyan on a terminal", async () => {
    const { stdout } = await runInProcess([], { tty: true });
    // Cyan as picocolors writes it: the code, the bar, and the code that ends the colour.
    const [, bar] = /\n {2}Small +\d+ {2}(\S+)\n/.exec(stdout) ?? [];
    expect(bar).toMatch(new RegExp(`^${"\u001b"}\\[36m█+${"\u001b"}\\[39m$`));
    expect(stdout.startsWith("\u001b[1mmodel-taxonomy — ")).toBe(true);
  });
});
