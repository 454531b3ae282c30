import { expect, describe as group, test } from "vitest";
import {
  DIMENSIONS,
  formatIssuePath,
  type Model,
  ModelSchema,
  normalizeModelName,
  safeParseModel,
  UnknownModelError,
} from "../index.js";
import { _checkDataFiles } from "./_rules.js";
import { FAMILIES_BY_FILE, MODEL_RECORDS } from "./data/index.js";

import {
  allModels,
  baseModelOf,
  derivativesOf,
  describe,
  facetCounts,
  getModel,
  lineageOf,
  registry,
  requireModel,
} from "./index.js";

group("the built-in data", () => {
  test("passes the model schema, record by record", () => {
    const failures: string[] = [];
    for (const record of MODEL_RECORDS) {
      const result = safeParseModel(record);
      if (!result.success) failures.push(result.error.message);
    }
    // On failure this prints every problem of every bad record, with its path.
    expect(failures.join("\n\n")).toBe("");
  });

  test("holds full records that the full-record schema accepts", () => {
    for (const model of allModels()) expect(ModelSchema.safeParse(model).success, model.id).toBe(true);
  });

  test("keeps every record of the data files as a model of its own", () => {
    const ids = new Set(allModels().map((model) => model.id));
    expect(ids).toEqual(new Set(MODEL_RECORDS.map((record) => record.id)));
    expect(registry.size).toBe(MODEL_RECORDS.length);
  });

  test("gives every value of every dimension at least 3 models", () => {
    const counts = facetCounts();
    const thin: string[] = [];
    for (const dimension of DIMENSIONS) {
      const perValue: Readonly<Record<string, number>> = counts[dimension.id];
      for (const value of dimension.values) {
        if ((perValue[value.id] ?? 0) < 3) thin.push(`${dimension.id}.${value.id}: ${perValue[value.id] ?? 0}`);
      }
    }
    expect(thin).toEqual([]);
  });

  test("cites at least one primary source URL for every entry, never Wikipedia", () => {
    for (const model of allModels()) {
      expect(model.sources.length, model.id).toBeGreaterThanOrEqual(1);
      for (const url of model.sources) {
        expect(url, model.id).toMatch(/^https:\/\//);
        expect(url, model.id).not.toMatch(/wikipedia\.org/);
      }
    }
  });

  test("stores an unknown parameter count as null, without a size class", () => {
    // OpenAI's GPT-4 technical report (arXiv 2303.08774) gives no parameter count.
    expect(getModel("gpt-4")?.parameters.total).toBeNull();
    expect(getModel("gpt-4")?.sizeClass).toBeNull();
  });

  test("has ids, names and aliases that are unique once normalised", () => {
    const owners = new Map<string, string>();
    const clashes: string[] = [];
    for (const model of allModels()) {
      for (const name of new Set([model.id, model.name, ...model.aliases].map(normalizeModelName))) {
        const owner = owners.get(name);
        if (owner !== undefined && owner !== model.id) clashes.push(`${name}: ${owner} and ${model.id}`);
        owners.set(name, model.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  test("lists each Hugging Face repository it links to among the aliases", () => {
    for (const model of allModels()) {
      const link = model.links.huggingface;
      if (link === undefined) continue;
      const repo = link.replace(/^https:\/\/huggingface\.co\//, "").replace(/\/(tree|blob)\/.*$/, "");
      expect(getModel(repo)?.id, `${model.id} → ${repo}`).toBe(model.id);
    }
  });

  test("resolves every base model reference", () => {
    for (const model of allModels()) {
      const { baseModel, additionalBaseModels = [] } = model.training;
      for (const base of [baseModel, ...additionalBaseModels]) {
        if (base !== undefined) expect(getModel(base), `${model.id} → ${base}`).toBeDefined();
      }
    }
  });

  test("has no cycle through any kind of base reference", () => {
    // Walked here by hand, base and additional bases alike, rather than through lineageOf, which stops at a
    // model it has seen and so could never show a cycle.
    const basesOf = (model: Model) => [model.training.baseModel, ...(model.training.additionalBaseModels ?? [])];
    const cycles: string[] = [];
    let walked = 0;
    for (const start of allModels()) {
      const path = [start.id];
      const visit = (model: Model): void => {
        for (const id of basesOf(model)) {
          const base = id === undefined ? undefined : getModel(id);
          if (base === undefined) continue;
          walked += 1;
          if (path.includes(base.id)) {
            cycles.push([...path, base.id].join(" → "));
            continue;
          }
          path.push(base.id);
          visit(base);
          path.pop();
        }
      };
      visit(start);
    }
    expect(cycles).toEqual([]);
    expect(walked).toBeGreaterThan(100);
  });

  test("follows the data rules: sources, unique names, representatives, order of families, resolvable bases", () => {
    const files = Object.entries(FAMILIES_BY_FILE).map(([name, families]) => ({ name, families }));
    // On failure this prints every broken rule with its file and record.
    expect(_checkDataFiles(files).errors.join("\n")).toBe("");
  });

  test("is deeply frozen", () => {
    const model = requireModel("gpt-3");
    expect(Object.isFrozen(model)).toBe(true);
    expect(Object.isFrozen(model.parameters)).toBe(true);
    expect(Object.isFrozen(model.tasks)).toBe(true);
    expect(() => Object.assign(model.parameters, { total: 1 })).toThrow(TypeError);
  });
});

group("coverage of the models the seed names", () => {
  const named = [
    ["gpt-1", "GPT-2", "GPT-3", "gpt-4", "gpt-4o", "bert", "xlnet", "resnet-50", "clip"],
    ["ernie", "文心一言", "spark", "星火", "qwen", "glm-130b", "chatglm-6b", "deepseek-v3", "baichuan-2", "yi"],
    ["kimi", "minimax-01", "internlm", "lenet-5", "alexnet", "vgg-16", "googlenet", "densenet", "mobilenet"],
    ["efficientnet", "u-net", "yolo", "faster-r-cnn", "mask-r-cnn", "seq2seq", "gnmt", "elmo", "deep-speech"],
    ["tacotron", "ulmfit", "wavenet", "word2vec", "roberta", "deberta", "electra", "xlm-roberta", "llama"],
    ["mistral-7b", "falcon-40b", "bloom", "opt", "gemma-2b", "phi-3-mini", "t5", "bart", "mt5", "flan-t5"],
    ["nllb-200", "mixtral-8x7b", "switch-transformer", "vit", "swin-transformer", "dinov2", "sam", "detr"],
    ["blip-2", "llava", "flamingo", "qwen-vl", "gemini", "imagebind", "stable-diffusion", "stable-diffusion-xl"],
    ["dall-e", "imagen", "stylegan", "sora", "musicgen", "bark", "whisper", "wav2vec-2-0", "hubert", "conformer"],
    ["vall-e", "codex", "starcoder", "code-llama", "codebert", "deepseek-coder", "qwen2-5-coder", "tabnet"],
    ["tabpfn", "timesfm", "chronos", "alphafold-2", "esm-2", "mamba", "mobilebert", "tinyllama"],
  ].flat();
  test.each(named)("has %s", (name) => {
    expect(getModel(name), name).toBeDefined();
  });
});

group("getModel", () => {
  test.each(["GPT-2", "gpt2", "gpt-2", "GPT 2", "gpt_2", "openai-community/gpt2"])("finds GPT-2 as %j", (name) => {
    expect(getModel(name)?.id).toBe("gpt-2");
  });
  test("gives undefined for an unknown name", () => {
    expect(getModel("no-such-model")).toBeUndefined();
    expect(getModel("")).toBeUndefined();
  });
  test("finds every model by each of its names, asked twice over and past what lookups remember", () => {
    // More names than the registry remembers (4,096), in a different spelling the second time round.
    const spellings = [(name: string) => name, (name: string) => name.toUpperCase().replace(/-/g, " ")];
    const wrong: string[] = [];
    for (const spell of spellings) {
      for (const model of allModels()) {
        for (const name of [model.id, model.name, ...model.aliases]) {
          if (getModel(spell(name))?.id !== model.id) wrong.push(`${spell(name)} → ${getModel(spell(name))?.id}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});

group("requireModel", () => {
  test("suggests close names for a typo", () => {
    expect(() => requireModel("gtp-2")).toThrowErrorMatchingInlineSnapshot(
      `[UnknownModelError: unknown model "gtp-2"; did you mean "GPT-2", "GPT-1" or "GPT-3"?]`,
    );
    expect(() => requireModel("mixtrall-8x7b")).toThrow(UnknownModelError);
    try {
      requireModel("mixtrall-8x7b");
    } catch (error) {
      expect(error instanceof UnknownModelError && error.suggestions[0]).toBe(getModel("mixtral-8x7b")?.name);
    }
  });
});

group("lineage", () => {
  test.each([
    ["vicuna-7b-v1-5", "llama-2-7b"],
    ["codellama-7b", "llama-2-7b"],
    ["flan-t5-base", "t5-base-lm-adapt"],
    ["llava-v1-5-7b", "vicuna-7b-v1-5"],
    ["distilbert-base-uncased", "bert-base-uncased"],
    ["sd-controlnet-canny", "stable-diffusion-v1-5"],
  ])("knows %s is built from %s", (model, base) => {
    expect(baseModelOf(model)?.id).toBe(base);
    expect(derivativesOf(base).map((derivative) => derivative.id)).toContain(model);
  });

  test("counts LLaVA among the derivatives of CLIP, through its additional base", () => {
    expect(derivativesOf("openai/clip-vit-large-patch14-336").map((model) => model.id)).toContain("llava-v1-5-7b");
  });

  test("follows lineage transitively", () => {
    expect(lineageOf("llemma-7b").map((model) => model.id)).toEqual(["codellama-7b", "llama-2-7b"]);
    expect(derivativesOf("llama-2-7b").map((model) => model.id)).toContain("llemma-7b");
    expect(baseModelOf("gpt-3")).toBeUndefined();
  });
});

group("describe", () => {
  const problemsOf = (text: string): string[] => {
    const problems: string[] = [];
    if (/undefined|null|NaN|\[object/.test(text)) problems.push("a missing value");
    if (/\b(\w+) \1\b/i.test(text)) problems.push("a doubled word");
    if (/ {2}|\s[,.;]|,,|、、|与的|用于的|的的|，，|。。|\ba an\b|\ban a\b/.test(text))
      problems.push("an empty clause");
    if (!/[.。]$/.test(text)) problems.push("no final full stop");
    return problems;
  };

  test("renders every entry grammatically in English and Chinese", () => {
    const bad: string[] = [];
    for (const model of allModels()) {
      for (const locale of ["en", "zh"] as const) {
        const text = describe(model, { locale });
        const problems = problemsOf(text);
        if (problems.length > 0) bad.push(`${model.id} (${locale}): ${problems.join(", ")}: ${text}`);
        if (!text.startsWith(model.name)) bad.push(`${model.id} (${locale}) does not start with the name: ${text}`);
        const sentences = text.split(locale === "en" ? /(?<=\.) (?=[A-Z])/ : /。(?=.)/);
        if (sentences.length > 2) bad.push(`${model.id} (${locale}) has more than two sentences: ${text}`);
      }
    }
    expect(bad).toEqual([]);
  });

  test("matches the seed's sentences for GPT-3", () => {
    expect(describe("gpt-3")).toBe(
      "GPT-3 is a large, pretrained, decoder-only Transformer for natural language processing that generates text.",
    );
    expect(describe("gpt-3", { locale: "zh" })).toBe(
      "GPT-3 是一个基于 Transformer 架构（仅解码器）、用于自然语言处理与文本生成的大型预训练模型。",
    );
  });

  // What each sentence must say, from the model's paper or card.
  test.each([
    // He et al., arXiv 1512.03385: a convolutional network trained on ImageNet from random initialisation.
    ["resnet-50", [/convolutional network/, /trained from scratch/, /computer vision/], [/卷积神经网络/, /从零训练/]],
    // OpenAI, arXiv 2303.08774: the report gives no model size.
    ["gpt-4", [/parameter count is not public/], [/参数规模未公开/]],
    // The LLaVA-1.5 card: Vicuna-7B v1.5 fine-tuned, with CLIP ViT-L/14 at 336 px as its vision encoder.
    [
      "llava-v1-5-7b",
      [/fine-tuned version of Vicuna-7B v1\.5/, /CLIP ViT-L\/14@336px/],
      [/Vicuna-7B v1\.5 的基础上微调/, /CLIP ViT-L\/14@336px/],
    ],
    // The Stable Diffusion v1.5 card: initialised from the v1.2 checkpoint, then fine-tuned.
    [
      "stable-diffusion-v1-5",
      [/fine-tuned version of Stable Diffusion v1\.2/],
      [/Stable Diffusion v1\.2 的基础上微调/],
    ],
    // Jiang et al., arXiv 2401.04088: a sparse mixture of experts.
    ["mixtral-8x7b", [/mixture-of-experts/], [/混合专家/]],
  ])("describes %s as its sources do, in English and Chinese", (id, english, chinese) => {
    for (const fact of english) expect(describe(id)).toMatch(fact);
    for (const fact of chinese) expect(describe(id, { locale: "zh" })).toMatch(fact);
  });
});

group("the error of an invalid record", () => {
  test("names each problem by its path, the way the CLI prints them", () => {
    const { sizeClass: _size, modalityClass: _modality, ...input } = requireModel("gpt-2");
    const result = safeParseModel({ ...input, tasks: ["text-generation", "nope"], year: "2019" });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.issues.map((issue) => formatIssuePath(issue.path))).toEqual(["year", "tasks[1]"]);
      expect(result.error.message).toContain('\n  ✖ tasks[1]: unknown value "nope"');
    }
  });
});
