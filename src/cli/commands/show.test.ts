import { describe, expect, test } from "vitest";
import { runInProcess } from "../../../test/cli-in-process.js";
import { registry } from "../../registry/index.js";

const gpt2 = registry.require("gpt-2");

describe("show", () => {
  test("prints GPT-2's name, sentence, every tag and the models built on it, each label padded to the longest label", async () => {
    // GPT-2 (OpenAI, 2019; MIT licence) has 124,439,808 parameters: 249 MB at 16 bits, 124 MB at 8, 62.2 MB at 4.
    const { code, stdout, stderr } = await runInProcess(["show", "gpt-2"]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const [paper, hub, home] = Object.entries(gpt2.links).map(([kind, url]) => `${kind}: ${url}`);
    const indent = " ".repeat(27);
    // DistilGPT2 is distilled from GPT-2 and DialoGPT-small fine-tuned from it, as their cards say.
    const derivatives = registry.derivativesOf(gpt2).map((model) => model.name);
    expect(derivatives).toEqual(expect.arrayContaining(["DistilGPT2", "DialoGPT-small"]));
    expect(stdout).toBe(
      [
        "GPT-2",
        registry.describeModelByName(gpt2, { locale: "en" }),
        "",
        "Id                         gpt-2",
        `Aliases                    ${gpt2.aliases.join(", ")}`,
        "Organization               OpenAI",
        "Year                       2019",
        "Parameters                 124M, variant: GPT-2 (124M)",
        "Weight memory              16-bit 249 MB · 8-bit 124 MB · 4-bit 62.2 MB",
        "Scale                      Small (small)",
        "Task type                  Generative (generative)",
        "Task                       Text generation (text-generation)",
        "Input                      Text",
        "Output                     Text",
        "Unimodal or multimodal     Unimodal (unimodal)",
        "Training method            Pretrained (pretrained)",
        "Application domain         Natural language processing (nlp)",
        "Architecture               Decoder-only Transformer",
        "Family                     GPT-2 (4 members)",
        `Built on it                ${derivatives.join(", ")}`,
        "Open weights               yes",
        "Licence                    MIT",
        `Links                      ${paper}`,
        `${indent}${hub}`,
        `${indent}${home}`,
        `Sources                    ${gpt2.sources.join(`\n${indent}`)}`,
        "",
      ].join("\n"),
    );
  });

  test("speaks Chinese with --lang=zh, its labels padded to sixteen columns", async () => {
    const { stdout } = await runInProcess(["show", "gpt-2", "--lang=zh"]);
    const lines = stdout.split("\n");
    expect(lines[1]).toBe(registry.describeModelByName(gpt2, { locale: "zh" }));
    expect(lines.slice(3, 9)).toEqual([
      "标识             gpt-2",
      `别名             ${gpt2.aliases.join(", ")}`,
      "机构             OpenAI",
      "年份             2019",
      "参数量           124M, 版本: GPT-2 (124M)",
      "权重内存         16 位 249 MB · 8 位 124 MB · 4 位 62.2 MB",
    ]);
    expect(stdout).toContain("\n输入             文本\n");
    expect(stdout).toContain("\n模型系列         GPT-2（共 4 个成员）\n");
    expect(stdout).toContain("\n开放权重         是\n");
    expect(stdout).toContain(`\n来源             ${gpt2.sources.join(`\n${" ".repeat(17)}`)}\n`);
  });

  test("has no aliases row for a model without aliases", async () => {
    expect(registry.require("alphago").aliases).toEqual([]);
    const { stdout } = await runInProcess(["show", "alphago"]);
    expect(stdout).toContain("\nId                         alphago\nOrganization ");
    expect(stdout).not.toContain("Aliases");
  });

  test("finds a model by its Hugging Face repo id", async () => {
    const byRepo = await runInProcess(["show", "openai-community/gpt2"]);
    expect(byRepo.stdout.split("\n")[0]).toBe("GPT-2");
  });

  test("gives the active parameters and MoE of a mixture of experts, and the models built on it", async () => {
    // Mixtral 8x7B: 46.7B parameters, 12.9B active per token (Mistral AI's announcement); its instruct model is
    // fine-tuned from it.
    const { stdout } = await runInProcess(["show", "mixtral-8x7b"]);
    expect(stdout).toContain("\nParameters                 46.7B, variant: 8x7B, active: 12.9B\n");
    expect(stdout).toContain("\nArchitecture               Decoder-only Transformer, MoE\n");
    const derivatives = registry.derivativesOf(registry.require("mixtral-8x7b")).map((model) => model.name);
    expect(derivatives).toContain("Mixtral-8x7B-Instruct-v0.1");
    expect(stdout).toContain(`\nBuilt on it                ${derivatives.join(", ")}\n`);
  });

  test("gives the base models, the relation to them and the lineage of a fine-tuned model", async () => {
    // LLaVA-1.5-7B: Vicuna-7B v1.5 (itself fine-tuned from Llama 2 7B) with the CLIP ViT-L/14@336px vision encoder.
    const { stdout } = await runInProcess(["show", "llava-v1.5-7b"]);
    expect(stdout).toContain("\nRelation to the base model Fine-tune (fine-tune)\n");
    expect(stdout).toContain("\nContains                   Encoder-only Transformer\n");
    expect(stdout).toContain("\nBase model                 Vicuna-7B v1.5, CLIP ViT-L/14@336px\n");
    expect(stdout).toContain("\nLineage                    LLaVA-1.5-7B → Vicuna-7B v1.5 → Llama-2-7B\n");
    expect(stdout).toContain("\nInput                      Image, Text\n");
    const zh = await runInProcess(["show", "llava-v1.5-7b", "--lang", "zh"]);
    expect(zh.stdout).toContain("\n与基础模型的关系 微调 (fine-tune)\n");
    expect(zh.stdout).toContain("\n输入             图像、文本\n");
  });

  test("lists every model built on it, by name, and their ids in JSON", async () => {
    // VGG-16 is the backbone of FCN-8s, Faster R-CNN and SSD, among others.
    const vgg = registry.require("vgg-16");
    const derivatives = registry.derivativesOf(vgg);
    expect(derivatives.length).toBeGreaterThan(1);
    const { stdout } = await runInProcess(["show", "vgg-16"]);
    expect(stdout).toContain(`\nBuilt on it                ${derivatives.map((model) => model.name).join(", ")}\n`);
    const json = JSON.parse((await runInProcess(["show", "vgg-16", "--json"])).stdout);
    expect(json.derivatives).toEqual(derivatives.map((model) => model.id));
  });

  test("says unknown for what was never published, and none for a model that takes no input", async () => {
    // The VAE of Kingma and Welling (2013) generates images from noise; its size and weights were never published.
    const { stdout } = await runInProcess(["show", "vae"]);
    for (const row of [
      "Parameters                 unknown",
      "Weight memory              unknown",
      "Scale                      unknown",
      "Input                      none",
      "Architecture               Multilayer perceptron, VAE",
      "Family                     Variational Autoencoder (1 member)",
      "Open weights               unknown",
    ])
      expect(stdout).toContain(`\n${row}\n`);
    expect(stdout).not.toContain("Licence");
    // Without a licence, the links follow the open weights.
    expect(stdout).toMatch(/\nOpen weights {15}unknown\nLinks {22}paper: /);
    const closed = await runInProcess(["show", "dqn", "--lang", "zh"]);
    expect(closed.stdout).toContain("\n开放权重         否\n");
  });

  test("names the framework after MoE in the architecture row, and the components of a model", async () => {
    const { stdout } = await runInProcess(["show", "wan2-2-t2v-a14b"]);
    expect(stdout).toContain("\nArchitecture               Transformer, MoE, Diffusion\n");
    expect(stdout).toContain("\nContains                   Convolutional network\n");
    expect(stdout).toContain(
      "\nApplication domain         Computer vision, Multimodal applications (computer-vision, multimodal)\n",
    );
  });

  test("--json gives the record, its sentence, family, weight memory, lineage and derivatives", async () => {
    const { stdout } = await runInProcess(["show", "llava-v1.5-7b", "--json", "--lang", "zh"]);
    const model = registry.require("llava-v1.5-7b");
    const total = model.parameters.total ?? Number.NaN;
    expect(JSON.parse(stdout)).toEqual({
      model: JSON.parse(JSON.stringify(model)),
      description: registry.describeModelByName(model, { locale: "zh" }),
      family: "llava-1-5",
      // Two bytes a parameter at 16 bits, one at 8, half a byte at 4, rounded up to whole bytes.
      weightMemory: { 16: 2 * total, 8: total, 4: Math.ceil(total / 2) },
      lineage: ["vicuna-7b-v1-5", "llama-2-7b"],
      derivatives: registry.derivativesOf(model).map((derivative) => derivative.id),
    });
  });

  test("an unknown model is exit code 1 with the closest names, in either language", async () => {
    expect(await runInProcess(["show", "gtp-2"])).toEqual({
      code: 1,
      stdout: "",
      stderr: 'error: unknown model "gtp-2"; did you mean "GPT-2", "GPT-1" or "GPT-3"?\n',
    });
    expect((await runInProcess(["show", "gtp-2", "--lang", "zh"])).stderr).toBe(
      '错误： 未知模型 "gtp-2"；是不是 "GPT-2"、"GPT-1"、"GPT-3"？\n',
    );
  });

  test("an unknown model close to one name only gets that one", async () => {
    expect((await runInProcess(["show", "Regularized"])).stderr).toBe(
      'error: unknown model "Regularized"; did you mean "Regularized LSTM LM"?\n',
    );
  });

  test("an unknown model far from every name gets no suggestion", async () => {
    const { code, stderr } = await runInProcess(["show", "qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq"]);
    expect(code).toBe(1);
    expect(stderr).toBe('error: unknown model "qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq"\n');
    expect((await runInProcess(["show", "qqqqqqqqqqqqqq", "--lang", "zh"])).stderr).toBe(
      '错误： 未知模型 "qqqqqqqqqqqqqq"\n',
    );
  });

  test("needs a model", async () => {
    expect(await runInProcess(["show"])).toEqual({
      code: 2,
      stdout: "",
      stderr: "error: missing required argument 'model'\n",
    });
    expect((await runInProcess(["show", "--lang", "zh"])).stderr).toBe("错误： 缺少参数 <model>\n");
  });
});
