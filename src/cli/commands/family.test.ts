import { describe, expect, test } from "vitest";
import { runInProcess } from "../../../test/cli-in-process.js";
import { registry } from "../../registry/index.js";

function family(id: string) {
  const found = registry.getFamily(id);
  if (found === undefined) throw new Error(`no family ${id}`);
  return found;
}

describe("family", () => {
  test("prints the family's sentence and a table of its members, smallest first, with their weight memory", async () => {
    // Llama 2: 7B, 13B and 70B (Meta, 2023), each pretrained and fine-tuned into a chat model. At 16 bits a
    // parameter takes two bytes: 6.74B parameters need 13.5 GB.
    const { code, stdout, stderr } = await runInProcess(["family", "Llama 2"]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toBe(
      [
        "Llama 2",
        registry.describeFamily(family("llama-2"), { locale: "en" }),
        "",
        "Name              Parameters  Size    Training                  Weights (16-bit)",
        "────────────────  ──────────  ──────  ────────────────────────  ────────────────",
        "Llama-2-7B        6.74B       Medium  Pretrained                13.5 GB",
        "Llama-2-7B-Chat   6.74B       Medium  Transfer learning ← Lla…  13.5 GB",
        "Llama-2-13B       13B         Medium  Pretrained                26 GB",
        "Llama-2-13B-Chat  13B         Medium  Transfer learning ← Lla…  26 GB",
        "Llama-2-70B       69B         Large   Pretrained                138 GB",
        "Llama-2-70B-Chat  69B         Large   Transfer learning ← Lla…  138 GB",
        "6 members",
        "",
      ].join("\n"),
    );
  });

  test("gives the weight memory at --bits, in Chinese, and names each member's base model", async () => {
    // LLaVA-1.5 7B and 13B are fine-tuned from Vicuna v1.5 of the same size; at 4 bits a parameter is half a byte.
    const { stdout } = await runInProcess(["family", "llava-1.5", "--bits", "4", "--lang", "zh"]);
    const lines = stdout.split("\n");
    expect(lines[0]).toBe("LLaVA-1.5");
    expect(lines[1]).toBe(registry.describeFamily(family("llava-1-5"), { locale: "zh" }));
    expect(lines.slice(3)).toEqual([
      "名称           参数量  规模  训练方式                  权重（4 位）",
      "─────────────  ──────  ────  ────────────────────────  ────────────",
      "LLaVA-1.5-7B   7.06B   中型  迁移学习 ← Vicuna-7B v1…  3.53 GB",
      "LLaVA-1.5-13B  13.4B   中型  迁移学习 ← Vicuna-13B v…  6.68 GB",
      "共 2 个成员",
      "",
    ]);
  });

  test("says 1 member for a family of one", async () => {
    const { stdout } = await runInProcess(["family", "lenet-5"]);
    // LeNet-5 (LeCun et al., 1998): about 60 thousand parameters, 120 kB at two bytes each.
    expect(stdout.split("\n").slice(3)).toEqual([
      "Name     Parameters  Size   Training              Weights (16-bit)",
      "───────  ──────────  ─────  ────────────────────  ────────────────",
      "LeNet-5  60K         Small  Trained from scratch  120 kB",
      "1 member",
      "",
    ]);
  });

  test("says unknown for a member whose size was never published", async () => {
    const { stdout } = await runInProcess(["family", "vae"]);
    expect(stdout).toContain("\nVariational Autoencoder  unknown     unknown  Trained from scratch  unknown\n");
  });

  test("--json gives the family's sentence in the language asked for", async () => {
    const { stdout } = await runInProcess(["family", "llama-2", "--json", "--lang", "zh"]);
    expect(JSON.parse(stdout).description).toBe(registry.describeFamily(family("llama-2"), { locale: "zh" }));
  });

  test("--json gives the family, its sentence, the bits and each member with its weight memory", async () => {
    const { stdout } = await runInProcess(["family", "scibert", "--json", "--bits", "8"]);
    const scibert = family("scibert");
    expect(JSON.parse(stdout)).toEqual({
      family: {
        id: "scibert",
        name: "SciBERT",
        aliases: scibert.aliases,
        representative: scibert.representative.id,
        members: scibert.members.map((member) => member.id),
        // Both SciBERT vocabularies are BERT-base models of 110M parameters (Beltagy et al., 2019).
        parameters: { min: 110_000_000, max: 110_000_000 },
        sizeClasses: ["small"],
        years: { first: 2019, last: 2019 },
      },
      description: registry.describeFamily(scibert, { locale: "en" }),
      bits: 8,
      members: scibert.members.map((member) => ({
        id: member.id,
        name: member.name,
        parameters: 110_000_000,
        sizeClass: "small",
        training: JSON.parse(JSON.stringify(member.training)),
        weightMemory: 110_000_000,
      })),
    });
    const sixteen = JSON.parse((await runInProcess(["family", "scibert", "--json"])).stdout);
    expect(sixteen).toMatchObject({
      bits: 16,
      members: [{ weightMemory: 220_000_000 }, { weightMemory: 220_000_000 }],
    });
  });

  test("with no name lists every family with its members, parameter range, size classes and years", async () => {
    const { code, stdout } = await runInProcess(["family"]);
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split("\n");
    const families = registry.families();
    expect(lines).toHaveLength(2 + families.length + 1);
    expect(lines[0]).toMatch(/^Family {2,}Members {2}Parameters {2,}Size {2,}Year$/);
    expect(lines.at(-1)).toBe(`${families.length} families`);
    const row = (name: string) => lines.find((line) => line.startsWith(`${name}  `))?.replace(/ {2,}/g, " | ");
    expect(row("LeNet-5")).toBe("LeNet-5 | 1 | 60K | Small | 1998");
    expect(row("GPT-2")).toBe("GPT-2 | 4 | 124M–1.56B | Small | 2019");
    expect(row("SciBERT")).toBe("SciBERT | 2 | 110M | Small | 2019");
    expect(row("Llama 2")).toBe("Llama 2 | 6 | 6.74B–69B | Medium, Large | 2023");
    expect(row("VGGNet")).toMatch(/^VGGNet \| 6 \| .+ \| Small \| 2014–2017$/);
    // A family none of whose sizes was published.
    expect(row("Variational Autoencoder")).toBe("Variational Autoencoder | 1 | unknown | unknown | 2013");
  });

  test("with no name and --json gives the total and every family's summary", async () => {
    const { stdout } = await runInProcess(["family", "--json"]);
    const families = registry.families();
    const parsed = JSON.parse(stdout);
    expect(parsed.total).toBe(families.length);
    expect(parsed.families.map((summary: { id: string }) => summary.id)).toEqual(families.map((f) => f.id));
    expect(parsed.families[0]).toEqual(
      JSON.parse(
        JSON.stringify({
          id: families[0]?.id,
          name: families[0]?.name,
          aliases: families[0]?.aliases,
          representative: families[0]?.representative.id,
          members: families[0]?.members.map((member) => member.id),
          parameters: families[0]?.parameters,
          sizeClasses: families[0]?.sizeClasses,
          years: families[0]?.years,
        }),
      ),
    );
  });

  test("lists the families in Chinese", async () => {
    const { stdout } = await runInProcess(["family", "--lang", "zh"]);
    const lines = stdout.trimEnd().split("\n");
    expect(lines[0]).toMatch(/^系列 +成员数 {2}参数量 +规模 +年份$/);
    expect(lines.at(-1)).toBe(`共 ${registry.families().length} 个系列`);
    expect(lines.find((line) => line.startsWith("Variational Autoencoder"))).toMatch(/ {2}未知 {2,}未知 {2,}2013$/);
  });

  test("an unknown family is exit code 1 with the closest families, in either language", async () => {
    const { code, stdout, stderr } = await runInProcess(["family", "lama 2"]);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/^error: unknown family "lama 2"; did you mean "Llama 2"/);
    expect(stderr).toMatch(/\? \(model-taxonomy family lists them\)\n$/);
    const zh = await runInProcess(["family", "lama 2", "--lang", "zh"]);
    expect(zh.stderr).toMatch(/^错误： 未知模型系列 "lama 2"；是不是 "Llama 2"/);
  });

  test("the name of a model that is no family's points at its family", async () => {
    const { code, stderr } = await runInProcess(["family", "Llama-2-7B-Chat"]);
    expect(code).toBe(1);
    expect(stderr).toBe(
      'error: unknown family "Llama-2-7B-Chat"; did you mean "Llama 2"? (model-taxonomy family lists them)\n',
    );
  });

  test("a name far from every family gets no suggestion", async () => {
    const { stderr } = await runInProcess(["family", "zzzzzzzzzzzzzzzzzzzzzzzzzz"]);
    expect(stderr).toBe('error: unknown family "zzzzzzzzzzzzzzzzzzzzzzzzzz" (model-taxonomy family lists them)\n');
    expect((await runInProcess(["family", "zzzzzzzzzzzzzzzzzzzzzzzzzz", "--lang", "zh"])).stderr).toBe(
      '错误： 未知模型系列 "zzzzzzzzzzzzzzzzzzzzzzzzzz"（model-taxonomy family 列出全部系列）\n',
    );
  });

  test.each(["0", "65", "four", "1e1"])("--bits %s is a usage error", async (bits) => {
    const { code, stderr } = await runInProcess(["family", "gpt-2", "--bits", bits]);
    expect(code).toBe(2);
    expect(stderr).toBe(`error: --bits expects a number from 1 to 64, received "${bits}"\n`);
  });

  test("--bits out of range is refused in Chinese too", async () => {
    expect((await runInProcess(["family", "gpt-2", "--bits", "0", "--lang", "zh"])).stderr).toBe(
      '错误： --bits 需要 1 到 64 之间的数，收到的是 "0"\n',
    );
  });

  test("--bits takes decimals and its bounds", async () => {
    // GPT-2's 124,439,808 parameters at 4.5 bits: 70 MB; at 1 bit, 15.6 MB; at 64 bits, 996 MB.
    const at = async (bits: string) =>
      (await runInProcess(["family", "gpt-2", "--bits", bits])).stdout.split("\n")[5]?.split("  ").at(-1);
    expect(await at("4.5")).toBe("70 MB");
    expect(await at("1")).toBe("15.6 MB");
    expect(await at("64")).toBe("996 MB");
  });
});
