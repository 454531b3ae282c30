import { describe, expect, test } from "vitest";
import { runInProcess } from "../../../test/cli-in-process.js";
import type { ModelFilter } from "../../query/filter.js";
import { registry } from "../../registry/index.js";

/** The ids of the models `list --json` printed, and its total. */
function listed(stdout: string): { total: unknown; ids: unknown[] } {
  const parsed: unknown = JSON.parse(stdout);
  if (typeof parsed !== "object" || parsed === null || !("models" in parsed) || !Array.isArray(parsed.models))
    throw new Error(`not the JSON of list: ${stdout.slice(0, 200)}`);
  const ids = parsed.models.map((model: unknown) =>
    typeof model === "object" && model !== null && "id" in model ? model.id : undefined,
  );
  return { total: "total" in parsed ? parsed.total : undefined, ids };
}

const ids = (filter: ModelFilter, sort?: "name" | "parameters" | "year", order?: "asc" | "desc") =>
  registry.query(filter, { ...(sort ? { sort } : {}), ...(order ? { order } : {}) }).map((model) => model.id);

describe("list", () => {
  test("prints the GPT-2 family as a table: headers, a rule as wide as each column, one row per model, a count", async () => {
    // The four GPT-2 checkpoints of the paper (124M, 355M, 774M, 1.5B parameters; OpenAI, 2019), in the default
    // order, year then name. Columns are as wide as their widest cell and two spaces apart.
    const { code, stdout, stderr } = await runInProcess(["list", "--family", "gpt-2"]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toBe(
      [
        "Name          Organization  Year  Parameters  Size   Architecture              Modalities   Task type",
        "────────────  ────────────  ────  ──────────  ─────  ────────────────────────  ───────────  ──────────",
        "GPT-2         OpenAI        2019  124M        Small  Decoder-only Transformer  text → text  Generative",
        "GPT-2 Large   OpenAI        2019  774M        Small  Decoder-only Transformer  text → text  Generative",
        "GPT-2 Medium  OpenAI        2019  355M        Small  Decoder-only Transformer  text → text  Generative",
        "GPT-2 XL      OpenAI        2019  1.56B       Small  Decoder-only Transformer  text → text  Generative",
        "4 models",
        "",
      ].join("\n"),
    );
  });

  test("speaks Chinese, counting a CJK character as two columns, and adds the weight memory at --bits", async () => {
    // 8 bits per parameter: one byte per parameter, so 124M parameters take 124 MB.
    const { code, stdout } = await runInProcess(["list", "--family", "gpt-2", "--weights", "2GB", "--bits", "8"], {
      env: { LANG: "zh_CN.UTF-8" },
    });
    expect(code).toBe(0);
    expect(stdout).toBe(
      [
        "名称          机构    年份  参数量  规模  架构                  模态         任务类型  权重（8 位）",
        "────────────  ──────  ────  ──────  ────  ────────────────────  ───────────  ────────  ────────────",
        "GPT-2         OpenAI  2019  124M    小型  仅解码器 Transformer  text → text  生成式    124 MB",
        "GPT-2 Large   OpenAI  2019  774M    小型  仅解码器 Transformer  text → text  生成式    774 MB",
        "GPT-2 Medium  OpenAI  2019  355M    小型  仅解码器 Transformer  text → text  生成式    355 MB",
        "GPT-2 XL      OpenAI  2019  1.56B   小型  仅解码器 Transformer  text → text  生成式    1.56 GB",
        "共 4 个模型",
        "",
      ].join("\n"),
    );
  });

  test("--weights alone counts 16 bits per parameter, and leaves out the models that do not fit", async () => {
    // GPT-2 XL has 1,557,611,200 parameters: 3.12 GB at 16 bits, 1.56 GB at 8; the other three fit in 2 GB at 16.
    const { stdout } = await runInProcess(["list", "--family", "gpt-2", "--weights", "2GB"]);
    expect(stdout).toContain("Weights (16-bit)");
    expect(stdout).toContain(
      "GPT-2 Medium  OpenAI        2019  355M        Small  Decoder-only Transformer  text → text  Generative  710 MB",
    );
    expect(stdout).not.toContain("GPT-2 XL");
    expect(stdout.trimEnd().split("\n").at(-1)).toBe("3 models");
  });

  test("is also called query, and cuts long cells to 24 columns (28 for the name) with an ellipsis", async () => {
    const { stdout } = await runInProcess(["query", "--search", "mixtral", "--moe"]);
    const rows = stdout.split("\n").slice(2, -2);
    // Mixtral 8x7B and its instruct version at least are mixtures of experts.
    expect(rows.length).toBeGreaterThanOrEqual(2);
    expect(rows.length).toBe(registry.count({ search: "mixtral", mixtureOfExperts: true }));
    // "Decoder-only Transformer, MoE" is 29 columns: 23 of them and the ellipsis are shown.
    for (const row of rows) expect(row).toContain("  Decoder-only Transforme…  ");
    const long = await runInProcess(["list", "--arch", "lstm"]);
    expect(long.stdout).toMatch(/ {2}time-series → time-seri… {2}/);
  });

  test("cuts a name longer than 28 columns to 27 and an ellipsis", async () => {
    const [model] = registry.query({}).filter((candidate) => candidate.name.length > 28);
    if (model === undefined) throw new Error("the registry has no name longer than 28 characters");
    const { stdout } = await runInProcess(["list", "--search", model.name, "--json"]);
    expect(listed(stdout).ids).toContain(model.id);
    const table = await runInProcess(["list", "--search", model.name]);
    expect(table.stdout).toContain(`\n${model.name.slice(0, 27)}…  `);
    expect(table.stdout).not.toContain(model.name);
  });

  test("--limit keeps the first models and says how many of how many were shown", async () => {
    const total = registry.count({ architecture: ["lstm"] });
    const { stdout } = await runInProcess(["list", "--arch", "lstm", "--limit", "3"]);
    const lines = stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(2 + 3 + 1);
    expect(lines.at(-1)).toBe(`3 of ${total} models`);
    const first = registry.query({ architecture: ["lstm"] }).slice(0, 3);
    for (const [index, model] of first.entries()) expect(lines[2 + index]?.startsWith(`${model.name}  `)).toBe(true);
    const zh = await runInProcess(["list", "--arch", "lstm", "--limit", "3", "--lang", "zh"]);
    expect(zh.stdout.trimEnd().split("\n").at(-1)).toBe(`显示 3 / ${total} 个模型`);
  });

  test("--json gives the total and the records, in the order of the library's query", async () => {
    const { stdout } = await runInProcess(["list", "--arch", "lstm", "--json", "--limit", "5"]);
    const models = registry.query({ architecture: ["lstm"] });
    expect(JSON.parse(stdout)).toEqual({
      total: models.length,
      models: JSON.parse(JSON.stringify(models.slice(0, 5))),
    });
  });

  test.each([
    ["-parameters", "parameters", "desc"],
    ["parameters", "parameters", "asc"],
    ["name", "name", "asc"],
    ["-name", "name", "desc"],
    ["-year", "year", "desc"],
  ] as const)("--sort %s orders by %s, %s", async (flag, key, order) => {
    const filter = { architecture: ["lstm" as const] };
    const { stdout } = await runInProcess(["list", "--arch", "lstm", "--sort", flag, "--json"]);
    expect(listed(stdout).ids).toEqual(ids(filter, key, order));
    expect(listed(stdout).ids).not.toEqual(ids(filter));
  });

  test("an unknown sort key is a usage error that names the valid keys", async () => {
    const { code, stdout, stderr } = await runInProcess(["list", "--sort", "-size"]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toBe(
      'error: --sort: unknown key "-size"; valid keys: default, year, name, parameters, organization (prefix with - to reverse)\n',
    );
  });

  test("an unknown sort key, group or family is refused in Chinese too", async () => {
    expect((await runInProcess(["list", "--sort", "x", "--lang", "zh"])).stderr).toBe(
      '错误： --sort：未知的排序键 "x"；有效的键：default, year, name, parameters, organization（前加 - 表示倒序）\n',
    );
    expect((await runInProcess(["list", "--group", "zz", "--lang", "zh"])).stderr).toBe(
      '错误： --group 的值 "zz" 未知；有效值：sizeClass, taskType, task, modality, modalityClass, trainingMethod, trainingRelation, domain, architecture, component, framework, family\n',
    );
    expect((await runInProcess(["list", "--family", "lama-2", "--lang", "zh"])).stderr).toBe(
      '错误： --family 的值 "lama-2" 未知；是不是 "Llama 2"、"Mamba-2"？（model-taxonomy family 列出全部系列）\n',
    );
  });

  test("a family far from every family's name gets no suggestion", async () => {
    const far = "zzzzzzzzzzzzzzzzzzzz";
    expect(await runInProcess(["list", "--family", far])).toEqual({
      code: 2,
      stdout: "",
      stderr: `error: unknown --family value "${far}" (model-taxonomy family lists them)\n`,
    });
    expect((await runInProcess(["list", "--family", far, "--lang", "zh"])).stderr).toBe(
      `错误： --family 的值 "${far}" 未知（model-taxonomy family 列出全部系列）\n`,
    );
  });

  test("says so when nothing matches, as a table and grouped", async () => {
    const none = ["list", "--arch", "lstm", "--year", "2030.."];
    expect(registry.count({ architecture: ["lstm"], year: { min: 2030 } })).toBe(0);
    expect(await runInProcess(none)).toEqual({ code: 0, stdout: "No model matches these filters.\n", stderr: "" });
    expect((await runInProcess([...none, "--group", "family"])).stdout).toBe("No model matches these filters.\n");
    expect((await runInProcess([...none, "--lang", "zh"])).stdout).toBe("没有符合这些条件的模型。\n");
    expect(JSON.parse((await runInProcess([...none, "--json"])).stdout)).toEqual({ total: 0, models: [] });
  });

  test("--group sizeClass puts the models under each size class in the dimension's order, with their count", async () => {
    const { stdout } = await runInProcess(["list", "--family", "llama-2", "--group", "sizeClass"]);
    const headings = stdout.split("\n").filter((line) => /^\S.* \(\d+\)$/.test(line));
    const expected = (["small", "medium", "large"] as const)
      .map((size) => ({ size, count: registry.count({ family: ["llama-2"], sizeClass: [size] }) }))
      .filter(({ count }) => count > 0)
      .map(({ size, count }) => `${{ small: "Small", medium: "Medium", large: "Large" }[size]} (${count})`);
    // Llama 2 comes in 7B, 13B (medium) and 70B (large), each as a base and a chat model.
    expect(headings).toEqual(["Medium (4)", "Large (2)"]);
    expect(headings).toEqual(expected);
    // Each group is a table of its own, after an empty line.
    expect(stdout.startsWith("\nMedium (4)\nName ")).toBe(true);
    expect(stdout).toContain("\n\nLarge (2)\nName ");
  });

  test("--group family lists a family's members smallest first, and in the --sort order when sorted", async () => {
    const family = registry.getFamily("gpt-2");
    if (family === undefined) throw new Error("no GPT-2 family");
    const rowsOf = (stdout: string) =>
      stdout
        .split("\n")
        .filter((line) => line.startsWith("GPT-2") && line.includes("OpenAI"))
        .map((line) => line.split("  ")[0]);
    const byFamily = await runInProcess(["list", "--family", "gpt-2", "--group", "family"]);
    expect(byFamily.stdout.split("\n")[1]).toBe("GPT-2 (4)");
    expect(rowsOf(byFamily.stdout)).toEqual(family.members.map((member) => member.name));
    expect(rowsOf(byFamily.stdout)).toEqual(["GPT-2", "GPT-2 Medium", "GPT-2 Large", "GPT-2 XL"]);
    const byName = await runInProcess(["list", "--family", "gpt-2", "--group", "family", "--sort", "-name"]);
    expect(rowsOf(byName.stdout)).toEqual(["GPT-2 XL", "GPT-2 Medium", "GPT-2 Large", "GPT-2"]);
  });

  test("--group family keeps only the members that match the other filters", async () => {
    // Llama 2 has three chat models; the filter on the name keeps them and leaves out the base models.
    const { stdout } = await runInProcess(["list", "--family", "llama-2", "--search", "chat", "--group", "family"]);
    expect(stdout.split("\n")[1]).toBe(`Llama 2 (${registry.count({ family: ["llama-2"], search: "chat" })})`);
    expect(stdout).toContain("Llama-2-70B-Chat");
    expect(stdout).not.toMatch(/^Llama-2-70B {2}/m);
  });

  test("--group with --json gives each group's value, label, count and at most --limit models", async () => {
    const { stdout } = await runInProcess([
      "list",
      "--family",
      "llama-2",
      "--group",
      "sizeClass",
      "--json",
      "--limit",
      "1",
    ]);
    const medium = registry.query({ family: ["llama-2"], sizeClass: ["medium"] });
    const large = registry.query({ family: ["llama-2"], sizeClass: ["large"] });
    expect(JSON.parse(stdout)).toEqual({
      total: registry.count({ family: ["llama-2"] }),
      groups: [
        {
          value: "medium",
          label: "Medium",
          count: medium.length,
          models: JSON.parse(JSON.stringify(medium.slice(0, 1))),
        },
        { value: "large", label: "Large", count: large.length, models: JSON.parse(JSON.stringify(large.slice(0, 1))) },
      ],
    });
  });

  test("--group with --limit shows at most that many models of each group", async () => {
    const { stdout } = await runInProcess(["list", "--family", "llama-2", "--group", "sizeClass", "--limit", "1"]);
    const rows = stdout.split("\n").filter((line) => line.startsWith("Llama-2-"));
    expect(rows).toHaveLength(2);
    expect(stdout).toContain("\nMedium (4)\n");
  });

  test("a --group that is no dimension is a usage error with the closest dimension", async () => {
    const { code, stderr } = await runInProcess(["list", "--group", "famly"]);
    expect(code).toBe(2);
    expect(stderr).toBe(
      'error: unknown --group value "famly"; valid values: sizeClass, taskType, task, modality, modalityClass, trainingMethod, trainingRelation, domain, architecture, component, framework, family (did you mean "family"?)\n',
    );
  });

  test("--family takes a family's name, and a typo gets the closest families", async () => {
    const byName = await runInProcess(["list", "--family", "Llama 2", "--json"]);
    expect(listed(byName.stdout).ids).toEqual(ids({ family: ["llama-2"] }));
    const typo = await runInProcess(["list", "--family", "lama-2"]);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toMatch(/^error: unknown --family value "lama-2"; did you mean "Llama 2"/);
    expect(typo.stderr).toContain("(model-taxonomy family lists them)\n");
  });

  test("--family with a model's name suggests that model's family", async () => {
    const { code, stderr } = await runInProcess(["list", "--family", "Llama-2-7B-Chat"]);
    expect(code).toBe(2);
    expect(stderr).toBe(
      'error: unknown --family value "Llama-2-7B-Chat"; did you mean "Llama 2"? (model-taxonomy family lists them)\n',
    );
  });

  // Each flag against the filter the library documents for it: same models, in the same order.
  test.each<[string[], ModelFilter]>([
    [["--arch", "lstm"], { architecture: ["lstm"] }],
    [["--size", "large"], { sizeClass: ["large"] }],
    [["--task-type", "hybrid"], { taskType: ["hybrid"] }],
    [["--task", "translation"], { task: ["translation"] }],
    [["--modality", "audio"], { modality: ["audio"] }],
    [["--modality", "multimodal"], { modalityClass: ["multimodal"] }],
    [["--input", "image", "--output", "text"], { input: { all: ["image"] }, output: { all: ["text"] } }],
    [["--input", "image,text"], { input: { all: ["image", "text"] } }],
    [["--training", "from-scratch"], { trainingMethod: ["from-scratch"] }],
    [["--relation", "distillation"], { trainingRelation: ["distillation"] }],
    [["--domain", "code"], { domain: ["code"] }],
    [["--component", "rnn"], { component: ["rnn"] }],
    [["--framework", "gan"], { framework: ["gan"] }],
    [["--family", "bert,gpt-2"], { family: ["bert", "gpt-2"] }],
    [["--params", "1B..7B"], { parameters: { min: 1e9, max: 7e9 } }],
    [["--params", "..350M"], { parameters: { max: 350e6 } }],
    [["--unknown-params"], { parameters: "unknown" }],
    [["--weights", "500MB..2GB", "--bits", "4"], { weights: { min: 5e8, max: 2e9, bits: 4 } }],
    [["--year", "2018..2020"], { year: { min: 2018, max: 2020 } }],
    [["--year", "2023"], { year: { min: 2023, max: 2023 } }],
    [["--open-weights"], { openWeights: true }],
    [["--closed-weights"], { openWeights: false }],
    [["--moe"], { mixtureOfExperts: true }],
    [["--org", "google, meta"], { organization: ["google", "meta"] }],
    [["--search", "llama chat"], { search: "llama chat" }],
  ])("%j selects the models of the filter %j", async (flags, filter) => {
    const { code, stdout } = await runInProcess(["list", ...flags, "--json"]);
    expect(code).toBe(0);
    const result = listed(stdout);
    expect(result.ids).toEqual(ids(filter));
    // Every flag narrows the list without emptying it, so a flag that did nothing would fail.
    expect(result.total).toBeGreaterThan(0);
    expect(result.total).toBeLessThan(registry.size);
  });

  test("repeated value flags add up", async () => {
    const { stdout } = await runInProcess(["list", "--arch", "lstm", "--arch", "gru", "--json"]);
    expect(listed(stdout).ids).toEqual(ids({ architecture: ["lstm", "gru"] }));
    const families = await runInProcess(["list", "--family", "bert", "--family", "Llama 2", "--json"]);
    expect(listed(families.stdout).ids).toEqual(ids({ family: ["bert", "llama-2"] }));
  });
});
