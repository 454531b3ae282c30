import { describe, expect, test } from "vitest";
import { textGenerator } from "../test/records.js";
import { _article, type DescribeOptions, describeFamily, describeModel } from "./describe.js";
import {
  ARCHITECTURES,
  type Architecture,
  GENERATIVE_FRAMEWORKS,
  type GenerativeFramework,
} from "./dimensions/architecture.js";
import { DOMAIN_INFO } from "./dimensions/domain.js";
import { formatParameterCount, SIZE_CLASSES, type SizeClass } from "./dimensions/scale.js";
import { TASK_INFO, TASKS, type Task } from "./dimensions/task.js";
import type { TrainingRelation } from "./dimensions/training.js";
import { InvalidArgumentError } from "./errors.js";
import { type Model, type ModelInput, parseModel } from "./model.js";
import type { ModelFamily } from "./registry/_families.js";
import { createRegistry } from "./registry/create.js";
import { allModels, families, getFamily, getModel } from "./registry/index.js";

// The article English speakers use before a word, decided by its sound, written apart from the implementation:
// letters whose name starts with a vowel sound when an acronym is spelled out, numbers read aloud, and the
// vowel letters that sound like a consonant ("one", "uni-", "use", "eu-").
function expectedArticle(word: string): "a" | "an" {
  if (/^\d/.test(word)) {
    // Eight, eleven, eighteen, eighty, eight hundred: the numbers whose name starts with a vowel sound.
    const digits = /^\d+/.exec(word)?.[0] ?? "";
    const spokenAsEleven = /^1[18](\d{3})*$/.test(digits);
    return digits.startsWith("8") || spokenAsEleven ? "an" : "a";
  }
  if (/^[A-Z]{2,}/.test(word)) return "AEFHILMNORSX".includes(word.charAt(0)) ? "an" : "a";
  if (/^(one|once|uni|use|usu|eu|ur[aeo])/i.test(word)) return "a";
  if (/^(hour|honest|honou?r)/i.test(word)) return "an";
  return /^[aeiou]/i.test(word) ? "an" : "a";
}

describe("_article", () => {
  test.each([
    ["LSTM network", "an"],
    ["MLP-based model", "an"],
    ["RNN", "an"],
    ["GRU network", "a"],
    ["CNN", "a"],
    ["8B model", "an"],
    ["11B model", "an"],
    ["18-layer network", "an"],
    ["80M model", "an"],
    ["7B model", "a"],
    ["110M model", "a"],
    ["one-stage detector", "a"],
    ["encoder-only Transformer", "an"],
    ["unconditional generator", "an"],
    ["universal model", "a"],
    ["useful model", "a"],
    ["large, pretrained model", "a"],
    ["medium-sized model", "a"],
    ["image model", "an"],
    ["open model", "an"],
    ["European model", "a"],
    // Capitals after a lowercase first letter are not an acronym at the start: "an eBPF program".
    ["eBPF program", "an"],
    // An 8 that is not the first digit, and eighteen thousand against a hundred and eighty.
    ["38B model", "a"],
    ["18000-hour corpus", "an"],
    ["180M model", "a"],
    // "one" or "eu" inside a word starting with a vowel does not make it sound like a consonant.
    ["ozone forecaster", "an"],
    // Digits after a letter are read after it: "a V8 engine".
    ["V8 engine", "a"],
  ] as const)("puts %j after %j", (phrase, article) => {
    expect(_article(phrase)).toBe(article);
    expect(expectedArticle(phrase.split(/[\s,-]/)[0] ?? "")).toBe(article);
  });
});

// Each relation's own phrase in each language: a distilled model must never read as a quantized one.
const RELATION_PHRASES = {
  "fine-tune": { en: "a fine-tuned version of", zh: "微调" },
  adapter: { en: "an adapter trained on top of", zh: "适配器" },
  distillation: { en: "distilled from", zh: "蒸馏" },
  quantization: { en: "a quantized version of", zh: "量化" },
  merge: { en: "a merge of", zh: "合并" },
  "continued-pretraining": { en: "a continued pretraining of", zh: "继续预训练" },
} as const satisfies Record<TrainingRelation, { en: string; zh: string }>;

const models = allModels();

/** The verb phrase the English sentence gives a task on its own: the part after "that". */
function taskPhrase(model: Model, task: Task): string | undefined {
  const { sizeClass: _size, modalityClass: _modality, ...input } = model;
  const alone = parseModel({ ...input, tasks: [task] });
  const sentence = describeModel(alone).split(". ")[0] ?? "";
  return / that (.+?)\.?$/.exec(sentence)?.[1];
}

function namedTasks(model: Model): Task[] {
  return [...new Set(model.tasks)].filter((task) => task !== "other").slice(0, 3);
}

describe("describeModel on every built-in model, in English", () => {
  // Built inside each test, not when the file is collected, so that mutation testing sees the sentences change.
  const sentencesOf = () => models.map((model) => [model.id, model, describeModel(model)] as const);

  test("puts the right article before the first word of the description", () => {
    const wrong = sentencesOf().flatMap(([id, model, text]) => {
      const prefix = `${model.name} is `;
      const match = text.startsWith(prefix) ? /^(an?) ([^\s,]+)/.exec(text.slice(prefix.length)) : null;
      if (match === null) return [`${id}: ${text}`];
      const [, article, word = ""] = match;
      return article === expectedArticle(word) ? [] : [`${id}: "${article} ${word}"`];
    });
    expect(wrong).toEqual([]);
  });

  test("lists every named task, up to three", () => {
    let checked = 0;
    const dropped = sentencesOf().flatMap(([id, model, text]) =>
      namedTasks(model).flatMap((task) => {
        const phrase = taskPhrase(model, task);
        if (phrase === undefined) return [];
        checked += 1;
        return text.includes(phrase) ? [] : [`${id}: no "${phrase}" (${task})`];
      }),
    );
    expect(dropped).toEqual([]);
    // The check ran on most records, not on a handful.
    expect(checked).toBeGreaterThan(models.length);
  });

  test("names each training relation with its own phrase, and no other's", () => {
    // A relation without a named base (an unreleased base model) has nothing to relate to in the sentence.
    const derived = sentencesOf().filter(([, { training }]) => training.relation !== undefined && training.baseModel);
    expect(derived.length).toBeGreaterThan(10);
    const wrong = derived.flatMap(([id, model, text]) => {
      const relation = model.training.relation;
      if (relation === undefined) return [];
      const others = Object.entries(RELATION_PHRASES).filter(([key]) => key !== relation);
      const foreign = others.filter(([, phrase]) => text.includes(phrase.en)).map(([key]) => key);
      return text.includes(RELATION_PHRASES[relation].en) && foreign.length === 0
        ? []
        : [`${id} (${relation}): ${text}`];
    });
    expect(wrong).toEqual([]);
  });

  test("names every domain", () => {
    const wrong = sentencesOf().flatMap(([id, model, text]) =>
      model.domains
        .map((domain) => DOMAIN_INFO[domain].label.en.toLowerCase())
        .filter((label) => !text.toLowerCase().includes(label))
        .map((label) => `${id}: no "${label}"`),
    );
    expect(wrong).toEqual([]);
  });
});

describe("describeModel on every built-in model, in Chinese", () => {
  const sentencesOf = () => models.map((model) => [model.id, model, describeModel(model, { locale: "zh" })] as const);

  test("lists every named task by its Chinese label, unless a domain already says it", () => {
    const wrong = sentencesOf().flatMap(([id, model, text]) => {
      const domainLabels: string[] = model.domains.map((domain) => DOMAIN_INFO[domain].label.zh);
      return namedTasks(model)
        .map((task) => TASK_INFO[task].label.zh)
        .filter((label) => !text.includes(label) && !domainLabels.includes(label))
        .map((label) => `${id}: no "${label}"`);
    });
    expect(wrong).toEqual([]);
  });

  test("names each training relation with its own phrase", () => {
    const wrong = sentencesOf().flatMap(([id, model, text]) => {
      const relation = model.training.relation;
      if (relation === undefined || model.training.baseModel === undefined) return [];
      return text.includes(RELATION_PHRASES[relation].zh) ? [] : [`${id} (${relation}): ${text}`];
    });
    expect(wrong).toEqual([]);
  });

  test("spaces Latin words from Chinese characters, and nothing else", () => {
    const wrong = sentencesOf().flatMap(([id, , text]) => {
      const problems: string[] = [];
      if (/[\u3400-\u9fff][A-Za-z0-9]|[A-Za-z0-9][\u3400-\u9fff]/.test(text)) problems.push("unspaced");
      if (/[\u3400-\u9fff] [\u3400-\u9fff]|[，。、（）] | [，。、（）]/.test(text)) problems.push("stray space");
      return problems.length === 0 ? [] : [`${id}: ${problems.join(", ")}: ${text}`];
    });
    expect(wrong).toEqual([]);
  });
});

describe("describeModel on something else than a model record", () => {
  const model = parseModel(textGenerator({ id: "tiny", name: "Tiny", parameters: { total: 1_000_000 } }));

  test("names the first problem of the record, with its path", () => {
    expect(() => describeModel({ ...model, tasks: ["text-generation", 7] } as never)).toThrow(
      /^model: expected a full model record \(from parseModel or a registry\): tasks\[1\] \S/,
    );
    expect(() => describeModel({ ...model, year: "2024" } as never)).toThrow(
      "model: expected a full model record (from parseModel or a registry): year Invalid input",
    );
  });

  test("rejects malformed options, naming the option", () => {
    expect(() => describeModel(model, "zh" as never)).toThrow(/^options: expected an object/);
    expect(() => describeModel(model, null as never)).toThrow(/^options: expected an object/);
    expect(() => describeModel(model, { locale: "fr" } as never)).toThrow(/^options\.locale: expected "en" or "zh"/);
    expect(() => describeModel(model, { nameOf: "x" } as never)).toThrow(/^options\.nameOf: expected a function/);
  });
});

describe("describeModel's words, one by one", () => {
  const base = {
    id: "probe",
    name: "Probe",
    organization: "Acme",
    year: 2024,
    parameters: { total: null },
    taskType: "generative",
    tasks: ["text-generation"],
    modalities: { input: ["text"], output: ["text"] },
    training: { method: "from-scratch" },
    domains: ["nlp"],
    architecture: { family: "decoder-only" },
    openWeights: true,
  } as const;
  const describeWith = (changes: object, locale: "en" | "zh" = "en") =>
    describeModel(parseModel({ ...base, ...changes }), { locale });

  test("gives every task but other a verb phrase of its own in English", () => {
    const phrases = new Map<string, Task>();
    for (const task of TASKS) {
      const sentence = describeWith({ tasks: [task] }).split(". ")[0] ?? "";
      const phrase = / that (.+?)\.?$/.exec(sentence)?.[1];
      if (task === "other") {
        expect(phrase, task).toBeUndefined();
        continue;
      }
      // A verb in the third person, then at least one more word.
      expect(phrase, task).toMatch(/^[a-z]+s [a-z0-9]/);
      const other = phrases.get(phrase ?? "");
      // Two tasks share a phrase only when they do the same thing for a reader.
      if (other !== undefined)
        expect([other, task].sort(), phrase).toEqual(["image-text-to-text", "visual-question-answering"]);
      phrases.set(phrase ?? "", task);
    }
  });

  test("names each size class, and says so when the count is unknown", () => {
    expect(describeWith({ parameters: { total: 1_000_000 } })).toMatch(/^Probe is a small, /);
    expect(describeWith({ parameters: { total: 5_000_000_000 } })).toMatch(/^Probe is a medium-sized, /);
    expect(describeWith({ parameters: { total: 50_000_000_000 } })).toMatch(/^Probe is a large, /);
    expect(describeWith({})).toMatch(/ Its parameter count is not public\.$/);
    expect(describeWith({}, "zh")).toMatch(/参数规模未公开。$/);
    expect(describeWith({ parameters: { total: 1_000_000 } }, "zh")).toContain("的小型模型。");
    expect(describeWith({ parameters: { total: 5_000_000_000 } }, "zh")).toContain("的中型模型。");
    expect(describeWith({ parameters: { total: 50_000_000_000 } }, "zh")).toContain("的大型模型。");
  });

  test("names each architecture by its own noun in both languages", () => {
    const english: Record<Architecture, RegExp> = {
      transformer: / a Transformer trained/,
      "encoder-only": / an encoder-only Transformer/,
      "decoder-only": / a decoder-only Transformer/,
      "encoder-decoder": / an encoder-decoder Transformer/,
      cnn: / a convolutional network/,
      rnn: / a recurrent network/,
      lstm: / an LSTM network/,
      gru: / a GRU network/,
      "state-space": / a state-space model/,
      mlp: / a multilayer perceptron/,
      gnn: / a graph neural network/,
      linear: / a linear model/,
    };
    const sentences = new Set<string>();
    const chinese = new Set<string>();
    for (const family of ARCHITECTURES) {
      const sentence = describeWith({ architecture: { family } });
      expect(sentence, family).toMatch(english[family]);
      sentences.add(sentence);
      const zh = describeWith({ architecture: { family } }, "zh");
      expect(zh, family).toMatch(/^Probe 是一个基于[\u4e00-\u9fffA-Za-z（）\- ]+、用于/);
      chinese.add(zh);
    }
    expect(sentences.size).toBe(ARCHITECTURES.length);
    expect(chinese.size).toBe(ARCHITECTURES.length);
  });

  test("names each generative framework in both languages", () => {
    const english = new Set<string>();
    const chinese = new Set<string>();
    for (const framework of GENERATIVE_FRAMEWORKS) {
      const sentence = describeWith({ architecture: { family: "cnn", framework } });
      expect(sentence, framework).toMatch(/^Probe is a convolutional [a-z ]+ trained from scratch/);
      english.add(sentence);
      const zh = describeWith({ architecture: { family: "cnn", framework } }, "zh");
      expect(zh, framework).toMatch(/的[\u4e00-\u9fff]+。/);
      chinese.add(zh);
    }
    expect(english.size).toBe(GENERATIVE_FRAMEWORKS.length);
    expect(chinese.size).toBe(GENERATIVE_FRAMEWORKS.length);
  });

  test("says a model trained from scratch and a pretrained one apart", () => {
    expect(describeWith({})).toContain(" trained from scratch for ");
    expect(describeWith({}, "zh")).toContain("该模型针对其任务从零训练");
    expect(describeWith({ training: { method: "pretrained" } })).toMatch(/^Probe is a pretrained, decoder-only /);
    expect(describeWith({ training: { method: "pretrained" } }, "zh")).toMatch(/预训练模型。/);
  });
});

/** A built-in model by name; the test fails here when the registry has lost it. */
function requireModelNamed(name: string): Model {
  const model = getModel(name);
  if (model === undefined) throw new Error(`no model named ${name}`);
  return model;
}

/** A built-in family by name; the test fails here when the registry has lost it. */
function familyNamed(name: string): ModelFamily {
  const family = getFamily(name);
  if (family === undefined) throw new Error(`no family named ${name}`);
  return family;
}

describe("describeModel's sentences, whole", () => {
  const base = {
    id: "probe",
    name: "Probe",
    organization: "Acme",
    year: 2024,
    parameters: { total: null },
    taskType: "generative",
    tasks: ["text-generation"],
    modalities: { input: ["text"], output: ["text"] },
    training: { method: "from-scratch" },
    domains: ["nlp"],
    architecture: { family: "decoder-only" },
    openWeights: true,
  } as const;
  const both = (changes: object, options: DescribeOptions = {}) => {
    const model = parseModel({ ...base, ...changes });
    return [describeModel(model, options), describeModel(model, { ...options, locale: "zh" })];
  };

  test("reads as the module's own example for GPT-3, and names Mixtral's mixture of experts", () => {
    // GPT-3: 175B parameters (large), pretrained, decoder-only, for text (Brown et al. 2020).
    const gpt3 = requireModelNamed("GPT-3");
    expect(describeModel(gpt3)).toBe(
      "GPT-3 is a large, pretrained, decoder-only Transformer for natural language processing that generates text.",
    );
    expect(describeModel(gpt3, { locale: "zh" })).toBe(
      "GPT-3 是一个基于 Transformer 架构（仅解码器）、用于自然语言处理与文本生成的大型预训练模型。",
    );
    // Mixtral 8x7B: 46.7B parameters in sparse experts (Jiang et al. 2024).
    const mixtral = requireModelNamed("mixtral-8x7b");
    expect(describeModel(mixtral)).toMatch(
      /^\S+ is a large, pretrained, mixture-of-experts, decoder-only Transformer /,
    );
    expect(describeModel(mixtral, { locale: "zh" })).toContain(
      "基于 Transformer 架构（仅解码器）、采用混合专家结构、用于",
    );
  });

  test("names the base model and the others whose weights it reuses, by the names given", () => {
    const training = {
      method: "transfer-learning",
      relation: "fine-tune",
      baseModel: "acme-base",
      additionalBaseModels: ["acme-vision", "acme-audio"],
    };
    const nameOf = (id: string) => (id === "acme-base" ? "Acme Base" : undefined);
    expect(both({ parameters: { total: 7e9 }, training }, { nameOf })).toEqual([
      "Probe is a medium-sized, decoder-only Transformer for natural language processing that generates text. It is a fine-tuned version of Acme Base, reusing weights from acme-vision and acme-audio.",
      "Probe 是一个基于 Transformer 架构（仅解码器）、用于自然语言处理与文本生成的中型模型。它是在 Acme Base 的基础上微调得到的，并复用了 acme-vision、acme-audio 的权重。",
    ]);
  });

  test("names every model of a merge alike, and adds an unknown count to the same sentence", () => {
    const training = {
      method: "transfer-learning",
      relation: "merge",
      baseModel: "acme-a",
      additionalBaseModels: ["acme-b", "acme-c"],
    };
    expect(both({ training })).toEqual([
      "Probe is a decoder-only Transformer for natural language processing that generates text. It is a merge of acme-a, acme-b and acme-c; its parameter count is not public.",
      "Probe 是一个基于 Transformer 架构（仅解码器）、用于自然语言处理与文本生成的模型。它由 acme-a、acme-b、acme-c 合并而成，参数规模未公开。",
    ]);
  });

  test("shows a base's id when the name given for it is not a string", () => {
    const training = { method: "transfer-learning", relation: "adapter", baseModel: "acme-base" };
    expect(both({ training })).toEqual([
      "Probe is a decoder-only Transformer for natural language processing that generates text. It is an adapter trained on top of acme-base; its parameter count is not public.",
      "Probe 是一个基于 Transformer 架构（仅解码器）、用于自然语言处理与文本生成的模型。它是为 acme-base 训练的适配器，参数规模未公开。",
    ]);
    const model = parseModel({ ...base, training });
    // @ts-expect-error: a lookup written in JavaScript may return anything
    expect(describeModel(model, { nameOf: () => 42 })).toContain(" on top of acme-base;");
  });

  test("says nothing of lineage when the base model was never released", () => {
    expect(both({ training: { method: "transfer-learning", relation: "distillation" } })).toEqual([
      "Probe is a decoder-only Transformer for natural language processing that generates text. Its parameter count is not public.",
      "Probe 是一个基于 Transformer 架构（仅解码器）、用于自然语言处理与文本生成的模型。参数规模未公开。",
    ]);
  });

  test("names the first three tasks, each phrase once, and every domain", () => {
    expect(
      both({
        tasks: ["text-generation", "summarization", "translation", "question-answering"],
        domains: ["nlp", "code"],
      }),
    ).toEqual([
      "Probe is a decoder-only Transformer trained from scratch for natural language processing and code generation that generates text, summarises text and translates between languages. Its parameter count is not public.",
      "Probe 是一个基于 Transformer 架构（仅解码器）、用于自然语言处理、代码生成与文本生成、文本摘要、机器翻译的模型。该模型针对其任务从零训练，参数规模未公开。",
    ]);
    // Two tasks that read alike for a reader are said once in English, by their own labels in Chinese.
    const [en, zh] = both({
      tasks: ["image-text-to-text", "visual-question-answering", "text-generation"],
      modalities: { input: ["image", "text"], output: ["text"] },
      domains: ["multimodal"],
    });
    expect(en).toContain(" that answers questions about images and generates text.");
    expect(zh).toContain("、用于多模态应用与图文生成文本、视觉问答、文本生成的模型。");
  });

  test("says a Chinese label once when a domain and a task share it or one contains the other", () => {
    expect(both({ tasks: ["code-generation"], domains: ["code"] })[1]).toContain("、用于代码生成的模型。");
    const timeSeries = { tasks: ["time-series-forecasting"], domains: ["time-series"] };
    const modalities = { input: ["time-series"], output: ["time-series"] };
    expect(both({ ...timeSeries, modalities })[1]).toContain("、用于时间序列预测的模型。");
    expect(both({ tasks: ["other"], domains: ["nlp", "code"] })[1]).toContain("、用于自然语言处理、代码生成的模型。");
    // The shared label stays among the domains, the tasks after it.
    expect(both({ tasks: ["code-generation", "text-generation"], domains: ["nlp", "code"] })[1]).toContain(
      "、用于自然语言处理、代码生成与文本生成的模型。",
    );
    // A model whose only task is "other" is described by its domains.
    expect(both({ tasks: ["other"] })).toEqual([
      "Probe is a decoder-only Transformer trained from scratch for natural language processing. Its parameter count is not public.",
      "Probe 是一个基于 Transformer 架构（仅解码器）、用于自然语言处理的模型。该模型针对其任务从零训练，参数规模未公开。",
    ]);
  });
});

// How a family's sentence reads, written from the taxonomy's words apart from the implementation: the plural of
// each architecture, the qualifier a generative framework takes, each size class, each way members were trained.
const KIND_EN: Record<Architecture, string> = {
  transformer: "Transformers",
  "encoder-only": "encoder-only Transformers",
  "decoder-only": "decoder-only Transformers",
  "encoder-decoder": "encoder-decoder Transformers",
  cnn: "convolutional networks",
  rnn: "recurrent networks",
  lstm: "LSTM networks",
  gru: "GRU networks",
  "state-space": "state-space models",
  mlp: "multilayer perceptrons",
  gnn: "graph neural networks",
  linear: "linear models",
};
const KIND_ZH: Record<Architecture, string> = {
  transformer: "Transformer架构",
  "encoder-only": "Transformer架构（仅编码器）",
  "decoder-only": "Transformer架构（仅解码器）",
  "encoder-decoder": "Transformer架构（编码器-解码器）",
  cnn: "卷积神经网络",
  rnn: "循环神经网络",
  lstm: "长短期记忆网络（LSTM）",
  gru: "门控循环单元（GRU）网络",
  "state-space": "状态空间模型",
  mlp: "多层感知机",
  gnn: "图神经网络",
  linear: "线性模型",
};
const QUALIFIER_EN: Record<Architecture, string> = {
  transformer: "Transformer-based",
  "encoder-only": "Transformer-based",
  "decoder-only": "Transformer-based",
  "encoder-decoder": "Transformer-based",
  cnn: "convolutional",
  rnn: "recurrent",
  lstm: "LSTM-based",
  gru: "GRU-based",
  "state-space": "state-space",
  mlp: "MLP-based",
  gnn: "graph-based",
  linear: "linear",
};
const FRAMEWORK_KIND: Record<GenerativeFramework, { en: string; zh: string }> = {
  diffusion: { en: "diffusion models", zh: "扩散模型" },
  gan: { en: "generative adversarial networks", zh: "生成对抗网络" },
  vae: { en: "variational autoencoders", zh: "变分自编码器" },
  "normalizing-flow": { en: "normalizing flows", zh: "标准化流模型" },
};
const SIZE_WORDS: Record<SizeClass, { en: string; zh: string }> = {
  small: { en: "small", zh: "小型" },
  medium: { en: "medium-sized", zh: "中型" },
  large: { en: "large", zh: "大型" },
};
const METHOD_WORDS = {
  pretrained: { all: "pretrained", models: "pretrained models", zh: "预训练模型" },
  "from-scratch": { all: "trained from scratch", models: "models trained from scratch", zh: "从零训练的模型" },
} as const;
const DERIVED_WORDS: Record<TrainingRelation, { en: string; zh: string }> = {
  "fine-tune": { en: "fine-tuned", zh: "微调版本" },
  adapter: { en: "adapter", zh: "适配器" },
  distillation: { en: "distilled", zh: "蒸馏版本" },
  quantization: { en: "quantized", zh: "量化版本" },
  merge: { en: "merged", zh: "合并版本" },
  "continued-pretraining": { en: "further pretrained", zh: "继续预训练版本" },
};

function listEn(items: readonly string[]): string {
  return items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

/** What the sentence about a family says, read off its members' own records: each list in member order. */
function familyFacts(family: ModelFamily) {
  const totals = family.members.flatMap(({ parameters }) => (parameters.total === null ? [] : [parameters.total]));
  const low = totals.length === 0 ? null : formatParameterCount(Math.min(...totals));
  const high = totals.length === 0 ? null : formatParameterCount(Math.max(...totals));
  const classes = SIZE_CLASSES.filter((sizeClass) => family.members.some((member) => member.sizeClass === sizeClass));
  const methods = [
    ...new Set(
      family.members.flatMap(({ training }) => (training.method === "transfer-learning" ? [] : [training.method])),
    ),
  ];
  const relations = [...new Set(family.members.flatMap(({ training }) => training.relation ?? []))];
  return { low, high, classes, methods, relations };
}

// The groups of architectures a family's sentence can name together, by the word for the group.
const TRANSFORMERS: readonly Architecture[] = ["transformer", "encoder-only", "decoder-only", "encoder-decoder"];
const RECURRENT: readonly Architecture[] = ["rnn", "lstm", "gru"];

/**
 * What the members are, from their own records: architecture and framework when all share both; else the shared
 * architecture alone, else the shared framework, else the group they all belong to (Transformers, recurrent
 * networks), else only "models".
 */
function kindOf(family: ModelFamily): { en: string; zh: string } {
  const architectures = family.members.map((member) => member.architecture);
  const families = new Set(architectures.map((architecture) => architecture.family));
  const frameworks = new Set(architectures.map((architecture) => architecture.framework));
  const [only] = families;
  const [framework] = frameworks;
  if (families.size === 1 && only !== undefined) {
    return frameworks.size === 1 && framework !== undefined
      ? {
          en: `${QUALIFIER_EN[only]} ${FRAMEWORK_KIND[framework].en}`,
          zh: `${KIND_ZH[only]}的${FRAMEWORK_KIND[framework].zh}`,
        }
      : { en: KIND_EN[only], zh: KIND_ZH[only] };
  }
  if (frameworks.size === 1 && framework !== undefined) return FRAMEWORK_KIND[framework];
  for (const [group, root] of [
    [TRANSFORMERS, "transformer"],
    [RECURRENT, "rnn"],
  ] as const) {
    if ([...families].every((node) => group.includes(node))) return { en: KIND_EN[root], zh: KIND_ZH[root] };
  }
  return { en: "models", zh: "多种架构" };
}

const makers = (family: ModelFamily) => [...new Set(family.members.map((member) => member.organization))];

function expectedFamilyEn(family: ModelFamily): string {
  const { low, high, classes, methods, relations } = familyFacts(family);
  const kind = kindOf(family).en;
  let text = `${family.name} is a family of ${family.members.length} ${kind} from ${listEn(makers(family))}`;
  const first = classes[0];
  const last = classes.at(-1);
  if (low !== null && first !== undefined && last !== undefined) {
    const span = first === last ? SIZE_WORDS[first].en : `${SIZE_WORDS[first].en} to ${SIZE_WORDS[last].en}`;
    text += low === high ? ` with ${low} parameters each (${span})` : ` with ${low}–${high} parameters (${span})`;
  }
  const derived = listEn(relations.map((relation) => DERIVED_WORDS[relation].en));
  if (methods.length > 0 && relations.length > 0) {
    text += `: ${listEn(methods.map((method) => METHOD_WORDS[method].models))} and their ${derived} versions`;
  } else if (methods.length > 0) {
    text += `, all ${listEn(methods.map((method) => METHOD_WORDS[method].all))}`;
  } else if (relations.length > 0) {
    text += `, all ${derived} versions of other models`;
  }
  return `${text}.`;
}

// Chinese puts a space only where a Latin word meets a Chinese character; the expectation is written without those
// spaces and compared with the sentence without them (the spacing has a test of its own).
const unspaced = (text: string) => text.replace(/ (?=[\u3400-\u9fff（）])|(?<=[\u3400-\u9fff（）]) /g, "");

function expectedFamilyZh(family: ModelFamily): string {
  const { low, high, classes, methods, relations } = familyFacts(family);
  const kind = kindOf(family).zh;
  const parts = [
    `${family.name}是${makers(family).join("、")}推出的模型系列，共${family.members.length}个成员，基于${kind}`,
  ];
  const first = classes[0];
  const last = classes.at(-1);
  if (low !== null && first !== undefined && last !== undefined) {
    const span = first === last ? SIZE_WORDS[first].zh : `${SIZE_WORDS[first].zh}到${SIZE_WORDS[last].zh}`;
    parts.push(low === high ? `参数规模均为${low}（${span}）` : `参数规模为${low}–${high}（${span}）`);
  }
  const base = methods.map((method) => METHOD_WORDS[method].zh).join("与");
  const derived = relations.map((relation) => DERIVED_WORDS[relation].zh).join("、");
  if (base !== "" && derived !== "") parts.push(`包括${base}及其${derived}`);
  else if (base !== "") parts.push(`均为${base}`);
  else if (derived !== "") parts.push(`均为其他模型的${derived}`);
  return unspaced(`${parts.join("，")}。`);
}

describe("describeFamily on every built-in family", () => {
  const groups = () => families().filter((family) => family.members.length > 1);

  test("holds families of every kind the sentence distinguishes", () => {
    // Without these the tests below would check fewer branches than they claim to.
    const facts = groups().map(familyFacts);
    expect(groups().length).toBeGreaterThan(100);
    expect(facts.some(({ low }) => low === null)).toBe(true);
    expect(facts.some(({ low, high }) => low !== null && low === high)).toBe(true);
    expect(facts.some(({ classes }) => classes.length === 3)).toBe(true);
    expect(facts.some(({ methods, relations }) => methods.length > 0 && relations.length === 0)).toBe(true);
    expect(facts.some(({ methods, relations }) => methods.length === 0 && relations.length > 1)).toBe(true);
    expect(facts.some(({ methods, relations }) => methods.length > 0 && relations.length > 1)).toBe(true);
    expect(groups().some(({ representative }) => representative.architecture.framework !== undefined)).toBe(true);
  });

  test("gives the members' count, maker, kind, parameter range, size classes and training in English", () => {
    const wrong = groups().flatMap((family) => {
      const text = describeFamily(family);
      const expected = expectedFamilyEn(family);
      return text === expected ? [] : [`${family.id}:\n  got      ${text}\n  expected ${expected}`];
    });
    expect(wrong).toEqual([]);
  });

  test("gives the same facts in Chinese", () => {
    const wrong = groups().flatMap((family) => {
      const text = unspaced(describeFamily(family, { locale: "zh" }));
      const expected = expectedFamilyZh(family);
      return text === expected ? [] : [`${family.id}:\n  got      ${text}\n  expected ${expected}`];
    });
    expect(wrong).toEqual([]);
  });

  test("spaces Latin words from Chinese characters, and nothing else", () => {
    const wrong = groups().flatMap((family) => {
      const text = describeFamily(family, { locale: "zh" });
      const unspacedLatin = /[\u3400-\u9fff][A-Za-z0-9]|[A-Za-z0-9][\u3400-\u9fff]/.test(text);
      const stray = /[\u3400-\u9fff] [\u3400-\u9fff]|[，。、（）] | [，。、（）]/.test(text);
      return unspacedLatin || stray ? [`${family.id}: ${text}`] : [];
    });
    expect(wrong).toEqual([]);
  });

  test("reads as the model cards and papers of Llama 2, Whisper and Claude say", () => {
    // Llama 2 (Meta's model card): 7B, 13B and 70B (6.74B and 68.98B weights), each pretrained and as a chat
    // fine-tune.
    expect(describeFamily(familyNamed("Llama 2"))).toBe(
      "Llama 2 is a family of 6 decoder-only Transformers from Meta with 6.74B–69B parameters (medium-sized to large): pretrained models and their fine-tuned versions.",
    );
    expect(describeFamily(familyNamed("Llama 2"), { locale: "zh" })).toBe(
      "Llama 2 是 Meta 推出的模型系列，共 6 个成员，基于 Transformer 架构（仅解码器），参数规模为 6.74B–69B（中型到大型），包括预训练模型及其微调版本。",
    );
    // Whisper (paper, Table 1): tiny 39M to large 1550M, trained on labelled audio from the start; large-v3-turbo
    // is large-v3 with a pruned decoder, fine-tuned.
    expect(describeFamily(familyNamed("Whisper"))).toBe(
      "Whisper is a family of 12 encoder-decoder Transformers from OpenAI with 39M–1.55B parameters (small): models trained from scratch and their fine-tuned versions.",
    );
    // Claude: Anthropic has never published a parameter count, so there is no range to give.
    expect(describeFamily(familyNamed("Claude"), { locale: "zh" })).toBe(
      "Claude 是 Anthropic 推出的模型系列，共 15 个成员，基于 Transformer 架构，均为预训练模型。",
    );
  });

  test("names what members of different architectures or makers share, as their papers and releases describe them", () => {
    // ProtTrans (Elnaggar et al., 2021): ProtBert is a BERT encoder, ProtT5 an encoder-decoder T5; both Transformers.
    expect(describeFamily(familyNamed("ProtTrans"))).toMatch(/^ProtTrans is a family of 4 Transformers from /);
    expect(unspaced(describeFamily(familyNamed("ProtTrans"), { locale: "zh" }))).toContain("基于Transformer架构，");
    // Falcon 3 (TII): Transformer decoders and Falcon3-Mamba-7B, a state-space model: nothing narrower than models.
    expect(describeFamily(familyNamed("Falcon 3"))).toMatch(/^Falcon 3 is a family of 10 models from TII /);
    expect(describeFamily(familyNamed("Falcon 3"), { locale: "zh" })).toContain("基于多种架构");
    // Kandinsky 2.2: a Transformer prior and a U-Net decoder, both diffusion models.
    expect(describeFamily(familyNamed("Kandinsky 2.2"))).toMatch(/ is a family of 3 diffusion models from /);
    // FCN: the paper's models from UC Berkeley and torchvision's from PyTorch.
    expect(describeFamily(familyNamed("FCN"))).toContain(" convolutional networks from UC Berkeley and PyTorch ");
    expect(describeFamily(familyNamed("FCN"), { locale: "zh" })).toContain("UC Berkeley、PyTorch 推出的模型系列");
  });

  test("gives one count when the ends of the range round to the same figure", () => {
    // Stable Diffusion v1's checkpoints differ by a few thousand weights (the inpainting UNet's extra input channels).
    const family = familyNamed("Stable Diffusion");
    expect(family.parameters?.min).not.toBe(family.parameters?.max);
    expect(describeFamily(family)).toContain(" with 1.07B parameters each (small)");
    expect(describeFamily(family, { locale: "zh" })).toContain("参数规模均为 1.07B（小型）");
  });
});

describe("describeFamily on families of a registry of one's own", () => {
  const member = (id: string, total: number | null, training: ModelInput["training"]): ModelInput => ({
    id,
    name: id.toUpperCase(),
    family: "acme",
    organization: "Acme",
    year: 2024,
    parameters: { total },
    taskType: "generative",
    tasks: ["text-generation"],
    modalities: { input: ["text"], output: ["text"] },
    training,
    domains: ["nlp"],
    architecture: { family: "lstm" },
    openWeights: true,
  });
  const familyOf = (...members: ModelInput[]) => {
    const family = createRegistry(members, { families: [{ id: "acme", name: "Acme LM" }] }).getFamily("acme");
    if (family === undefined) throw new Error("no family");
    return family;
  };
  const fineTune = { method: "transfer-learning", relation: "fine-tune", baseModel: "acme-1" } as const;
  const quantized = { method: "transfer-learning", relation: "quantization", baseModel: "acme-1" } as const;

  test("names both ways of training from the start, and the derived versions after them", () => {
    const family = familyOf(
      member("acme-1", 100_000_000, { method: "pretrained" }),
      member("acme-2", 5_000_000_000, { method: "from-scratch" }),
      member("acme-3", 50_000_000_000, fineTune),
    );
    expect(describeFamily(family)).toBe(
      "Acme LM is a family of 3 LSTM networks from Acme with 100M–50B parameters (small to large): pretrained models and models trained from scratch and their fine-tuned versions.",
    );
    expect(describeFamily(family, { locale: "zh" })).toBe(
      "Acme LM 是 Acme 推出的模型系列，共 3 个成员，基于长短期记忆网络（LSTM），参数规模为 100M–50B（小型到大型），包括预训练模型与从零训练的模型及其微调版本。",
    );
  });

  test("says all members were trained from the start when none is derived", () => {
    const family = familyOf(
      member("acme-1", 5_000_000_000, { method: "pretrained" }),
      member("acme-2", 6_000_000_000, { method: "from-scratch" }),
    );
    expect(describeFamily(family)).toBe(
      "Acme LM is a family of 2 LSTM networks from Acme with 5B–6B parameters (medium-sized), all pretrained and trained from scratch.",
    );
    expect(describeFamily(family, { locale: "zh" })).toContain(
      "，参数规模为 5B–6B（中型），均为预训练模型与从零训练的模型。",
    );
  });

  test("says all members derive from other models when none was trained from the start", () => {
    const base = member("acme-1", null, { method: "pretrained" });
    const family = familyOf(
      { ...base, family: "other" },
      member("acme-2", null, fineTune),
      member("acme-3", null, quantized),
    );
    expect(describeFamily(family)).toBe(
      "Acme LM is a family of 2 LSTM networks from Acme, all fine-tuned and quantized versions of other models.",
    );
    expect(describeFamily(family, { locale: "zh" })).toBe(
      "Acme LM 是 Acme 推出的模型系列，共 2 个成员，基于长短期记忆网络（LSTM），均为其他模型的微调版本、量化版本。",
    );
  });

  test("describes a family of one as its model, in the locale asked and with the base named as asked", () => {
    const base = member("acme-1", null, { method: "pretrained" });
    const family = familyOf({ ...base, family: "other" }, member("acme-2", 7_000_000_000, fineTune));
    expect(family.members).toHaveLength(1);
    const nameOf = (id: string) => (id === "acme-1" ? "Acme One" : undefined);
    expect(describeFamily(family, { nameOf })).toBe(describeModel(family.representative, { nameOf }));
    expect(describeFamily(family, { nameOf })).toContain("It is a fine-tuned version of Acme One.");
    expect(describeFamily(family, { locale: "zh" })).toBe(describeModel(family.representative, { locale: "zh" }));
    expect(describeFamily(family, { locale: "zh" })).toContain("它是在 acme-1 的基础上微调得到的。");
  });
});

describe("describeFamily on something else than a family", () => {
  const real = () => familyNamed("Llama 2");
  const notFamily = (value: unknown) => () => describeFamily(value as never);

  test.each([
    ["a family's name", "Llama 2"],
    ["null", null],
    ["a number", 7],
  ])("refuses %s, saying what it expected", (_label, value) => {
    expect(notFamily(value)).toThrow(InvalidArgumentError);
    expect(notFamily(value)).toThrow(/^family: expected a family from getFamily or families\(\), received /);
  });

  test.each([
    ["a name that is not a string", { name: 2 }],
    ["members that are not a list", { members: {} }],
    ["no members", { members: [] }],
    ["size classes that are not a list", { sizeClasses: "small" }],
    ["parameters that are not an object", { parameters: 7_000_000_000 }],
    ["no parameters field", { parameters: undefined }],
    ["years that are null", { years: null }],
    ["years that are a number", { years: 2023 }],
  ])("refuses a family with %s", (_label, change) => {
    expect(notFamily({ ...real(), ...change })).toThrow(/^family: expected a family from getFamily or families\(\)/);
  });

  test("accepts a family whose parameter counts are all unknown", () => {
    expect(describeFamily({ ...real(), parameters: null })).toMatch(/^Llama 2 is a family of 6 [^.]+ from Meta: /);
  });

  test("names the representative or the member that is not a model record", () => {
    const family = real();
    expect(notFamily({ ...family, representative: { id: "x" } })).toThrow(
      /^family\.representative: expected a full model/,
    );
    expect(notFamily({ ...family, members: [family.members[0], { id: "x" }] })).toThrow(
      /^family\.members\[1\]: expected a full model/,
    );
  });

  test("rejects malformed options, naming the option", () => {
    expect(() => describeFamily(real(), { locale: "fr" } as never)).toThrow(/^options\.locale: expected "en" or "zh"/);
    expect(() => describeFamily(real(), [] as never)).toThrow(/^options: expected an object/);
    expect(() => describeFamily(real(), null as never)).toThrow(/^options: expected an object/);
  });
});
