import { describe, expect, test } from "vitest";
import { _article, describeModel } from "./describe.js";
import { ARCHITECTURES, type Architecture, GENERATIVE_FRAMEWORKS } from "./dimensions/architecture.js";
import { DOMAIN_INFO } from "./dimensions/domain.js";
import { TASK_INFO, TASKS, type Task } from "./dimensions/task.js";
import type { TrainingRelation } from "./dimensions/training.js";
import { type Model, parseModel } from "./model.js";
import { allModels } from "./registry/index.js";

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
  const model = parseModel({
    id: "tiny",
    name: "Tiny",
    organization: "Acme",
    year: 2024,
    parameters: { total: 1_000_000 },
    taskType: "generative",
    tasks: ["text-generation"],
    modalities: { input: ["text"], output: ["text"] },
    training: { method: "pretrained" },
    domains: ["nlp"],
    architecture: { family: "decoder-only" },
    openWeights: true,
  });

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
