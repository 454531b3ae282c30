import { expect, describe as group, test } from "vitest";
import { describeFamily } from "../describe.js";
import { normalizeModelName } from "../model.js";
import { FAMILY_RECORDS } from "./data/index.js";
import { allModels, families, familyOf, getFamily, getModel, queryModels, registry, requireModel } from "./index.js";

// Checkpoints people type, with their sizes and training as their model cards and papers state them.
const CHECKPOINTS = [
  // BERT paper, Table/§3: BERT-Base 110M
  ["bert-base-uncased", 110e6, "pretrained"],
  // T5 paper §3.7 and the t5-small card: 60M
  ["t5-small", 60e6, "pretrained"],
  // GPT-2 paper, Table 2: 1542M for the largest model
  ["gpt2-xl", 1542e6, "pretrained"],
  // RoBERTa card: 125M
  ["roberta-base", 125e6, "pretrained"],
  // Llama 2 card: 7B (6.74B weights), chat models are fine-tunes
  ["meta-llama/Llama-2-7b-chat-hf", 6.74e9, "transfer-learning"],
  // Qwen2.5 card: 0.49B
  ["Qwen/Qwen2.5-0.5B-Instruct", 0.49e9, "transfer-learning"],
  // Gemma 2 card: 2.6B
  ["google/gemma-2-2b-it", 2.61e9, "transfer-learning"],
  // Whisper README: tiny 39M, trained on labelled speech from random initialisation
  ["openai/whisper-tiny", 39e6, "from-scratch"],
  // BART card: bart-large 406M, fine-tuned on CNN/DailyMail
  ["facebook/bart-large-cnn", 406e6, "transfer-learning"],
] as const;

group("checkpoints", () => {
  test.each(CHECKPOINTS)("finds %s with its own size (±12%%) and training", (id, size, method) => {
    const model = requireModel(id);
    expect(model.parameters.total).not.toBeNull();
    expect(Math.abs((model.parameters.total ?? 0) / size - 1)).toBeLessThanOrEqual(0.12);
    expect(model.training.method).toBe(method);
  });

  test("answers the seed's phone question with the small members of families", () => {
    const small = new Set(queryModels({ sizeClass: "small", openWeights: true }).map((model) => model.id));
    for (const id of [
      "Qwen/Qwen2.5-0.5B-Instruct",
      "google/gemma-2-2b-it",
      "t5-small",
      "openai/whisper-tiny",
      "sentence-transformers/all-MiniLM-L6-v2",
    ]) {
      expect(small.has(requireModel(id).id), id).toBe(true);
    }
  });
});

const _UNITS = new Map([
  ["m", 1e6],
  ["b", 1e9],
  ["t", 1e12],
]);

// "Qwen-1_8B" writes 1.8B with an underscore.
function _tokens(alias: string): string[] {
  return alias
    .toLowerCase()
    .replace(/(\d)_(\d)/g, "$1.$2")
    .split(/[-_/\s]+/);
}

// The size an alias names, when it names one: "7b", "0.5B", "125m". Thousands are left out: "128k" is a
// context length more often than a size.
function _sizeNamed(alias: string): number | null {
  for (const token of _tokens(alias)) {
    const match = /^(\d+(?:\.\d+)?)([mbt])$/.exec(token);
    const unit = _UNITS.get(match?.[2] ?? "");
    if (match !== null && unit !== undefined) return Number(match[1]) * unit;
  }
  return null;
}

const _STAGES = new Set(["chat", "instruct", "it"]);
const _SIZE_WORDS = ["tiny", "mini", "small", "base", "medium", "large", "xl", "xxl"];

function _close(named: number, count: number | null | undefined): boolean {
  return count !== null && count !== undefined && count / named <= 1.6 && count / named >= 0.6;
}

group("aliases", () => {
  test("fewer than 1% name a size or a chat/instruct stage that their record does not have", () => {
    const wrong: string[] = [];
    let total = 0;
    const wordsOf = (model: { id: string; name: string }) =>
      new Set(`${model.id} ${model.name}`.toLowerCase().split(/[-_/\s.]+/));
    for (const model of allModels()) {
      const own = wordsOf(model);
      const siblings = (familyOf(model)?.members ?? []).filter((member) => member !== model).map(wordsOf);
      // Size words the record's Hub-style aliases use but its own id and name do not.
      const foreign = new Set(
        model.aliases
          .filter((alias) => !/\s/.test(alias))
          .flatMap(_tokens)
          .filter((token) => _SIZE_WORDS.includes(token) && !own.has(token)),
      );
      for (const alias of model.aliases) {
        total++;
        const tokens = _tokens(alias);
        const size = _sizeNamed(alias);
        const { total: count, active } = model.parameters;
        if (size !== null && count !== null && !_close(size, count) && !_close(size, active)) {
          wrong.push(`${model.id}: "${alias}" names ${size} but the record has ${count}`);
        }
        if (tokens.some((token) => _STAGES.has(token)) && model.training.method !== "transfer-learning") {
          wrong.push(
            `${model.id}: "${alias}" names a chat/instruct checkpoint but the record is ${model.training.method}`,
          );
        }
        if (/\s/.test(alias)) continue;
        for (const word of tokens.filter((token) => foreign.has(token))) {
          // A size word the record lacks is wrong when a sibling has it, or when the record claims two sizes.
          if (siblings.some((words) => words.has(word)) || foreign.size > 1) {
            wrong.push(`${model.id}: "${alias}" names the "${word}" size, which the record's id and name do not`);
          }
        }
      }
    }
    // On failure, the list shows every alias that sits on the wrong checkpoint.
    expect(wrong.length / total, wrong.join("\n")).toBeLessThan(0.01);
  });
});

group("families", () => {
  test("resolve every member, in the order the data declares them", () => {
    for (const input of FAMILY_RECORDS) {
      const family = getFamily(input.id);
      expect(family?.id, input.id).toBe(input.id);
      expect(family?.members.map((member) => member.id)).toEqual(input.members.map((member) => member.id));
      expect(family?.representative.id).toBe(input.representative);
      for (const member of family?.members ?? []) expect(familyOf(member)?.id).toBe(input.id);
    }
  });

  test("are found by name, and a family's name finds its representative model", () => {
    expect(getFamily("Llama 2")?.id).toBe("llama-2");
    expect(getFamily("qwen2.5")?.members.length).toBeGreaterThanOrEqual(10);
    expect(getModel("BERT")?.id).toBe(getFamily("BERT")?.representative.id);
  });

  test("span size classes where their members do", () => {
    const qwen = getFamily("Qwen2.5");
    expect(qwen?.sizeClasses).toEqual(["small", "medium", "large"]);
    expect(qwen?.parameters?.min).toBeLessThan(1e9);
    expect(qwen?.parameters?.max).toBeGreaterThan(70e9);
  });

  test("suggest the family for an unknown checkpoint of it", () => {
    expect(registry.suggest("meta-llama/Llama-2-7b-chat-gguf")[0]).toBe("Llama 2");
    expect(registry.suggest("Qwen/Qwen2.5-0.5B-Instruct-GGUF")[0]).toBe("Qwen2.5");
    expect(registry.suggest("google/gemma-2-2b-it-onnx")[0]).toBe(getFamily("gemma-2")?.name);
    // A hyphen between two digits reads as a dot, so the version stays whole.
    expect(registry.suggest("someone/qwen-2-5-7b-x")[0]).toBe("Qwen2.5");
  });

  test("are described in one sentence in English and Chinese", () => {
    const family = getFamily("Qwen2.5");
    if (family === undefined) throw new Error("no Qwen2.5 family");
    const en = describeFamily(family);
    expect(en).toMatch(
      /^Qwen2\.5 is a family of \d+ decoder-only Transformers from Alibaba Cloud with 4\d\dM–7\d\.?\d*B parameters \(small to large\): pretrained models and their fine-tuned/,
    );
    const zh = describeFamily(family, { locale: "zh" });
    expect(zh).toMatch(
      /^Qwen2\.5 是 Alibaba Cloud 推出的模型系列，共 \d+ 个成员，基于 Transformer 架构（仅解码器），参数规模为 .+（小型到大型），包括预训练模型及其微调版本/,
    );
    expect(registry.describeFamily("whisper")).toContain("models trained from scratch");
  });

  test("describe a family of one as its model", () => {
    const single = families().find((family) => family.members.length === 1);
    if (single === undefined) throw new Error("no family of one");
    expect(registry.describeFamily(single)).toBe(registry.describe(single.representative));
  });
});

group("family names", () => {
  test("never name a model other than their representative", () => {
    for (const family of families()) {
      for (const name of [family.id, family.name, ...family.aliases]) {
        const model = getModel(name);
        expect(model?.id, `${family.id}: ${name}`).toBe(family.representative.id);
        expect(normalizeModelName(name)).not.toBe("");
      }
    }
  });
});
