/**
 * The model record a Hub classification yields (docs/guides/huggingface.md: "`classification.record` is a model
 * record ready for `parseModel` or `createRegistry` when every required fact was found, or `null` with `missing`
 * listing what was not"), the licence and whether the weights are open.
 */
import { describe, expect, test } from "vitest";
import { readerRecord } from "../../test/records.js";
import type { Model } from "../model.js";
import { parseModel } from "../model.js";
import { _kebab } from "./_record.js";
import { classifyHuggingFaceModel, type HubModelLookup } from "./index.js";

// A text classifier as the Hub serves it: everything a record needs.
const complete = {
  id: "acme/Sentiment-Reader",
  author: "acme",
  createdAt: "2024-05-01T09:30:00.000Z",
  pipeline_tag: "text-classification",
  config: { model_type: "bert", architectures: ["BertForSequenceClassification"] },
  cardData: { license: "apache-2.0", base_model: "google-bert/bert-base-uncased" },
  safetensors: { parameters: { F32: 109_483_778 }, total: 109_483_778 },
  siblings: [{ rfilename: "config.json" }, { rfilename: "model.safetensors" }],
};
const classify = (info: unknown) => classifyHuggingFaceModel(info, { registry: false });

describe("the record of a classification", () => {
  test("holds every answer, in the authoring form, and validates", () => {
    const result = classify(complete);
    expect(result.missing).toEqual([]);
    expect(result.record).toEqual({
      id: "acme-sentiment-reader",
      name: "acme/Sentiment-Reader",
      aliases: [],
      organization: "acme",
      year: 2024,
      parameters: { total: 109_483_778 },
      taskType: "discriminative",
      tasks: ["text-classification"],
      modalities: { input: ["text"], output: ["label"] },
      training: { method: "transfer-learning", relation: "fine-tune", baseModel: "google-bert/bert-base-uncased" },
      domains: ["nlp"],
      architecture: { family: "encoder-only" },
      openWeights: true,
      license: "apache-2.0",
      links: { huggingface: "https://huggingface.co/acme/Sentiment-Reader" },
      sources: ["https://huggingface.co/acme/Sentiment-Reader"],
    });
    expect(parseModel(result.record).sizeClass).toBe("small");
  });

  test("holds no field it has no value for: no relation or base for a pretrained model, no unknown active count", () => {
    // Filling a masked word is a general-purpose task, which the guess from the task alone calls pretrained
    // (docs/guides/huggingface.md); without a base, a text classifier is called fine-tuned from an unnamed one.
    const { cardData: _, ...withoutCard } = complete;
    const pretrained = classify({ ...withoutCard, pipeline_tag: "fill-mask", cardData: { license: "apache-2.0" } });
    expect(pretrained.record?.training).toStrictEqual({ method: "pretrained" });
    expect(pretrained.record?.parameters).toStrictEqual({ total: 109_483_778 });
    const unnamedBase = classify({ ...withoutCard, cardData: { license: "apache-2.0" } });
    expect(unnamedBase.record?.training).toStrictEqual({ method: "transfer-learning", relation: "fine-tune" });
  });

  test("is built once, when first read, and is the same object after", () => {
    const result = classify(complete);
    expect(result.record).toBe(result.record);
    expect(result.missing).toBe(result.missing);
  });

  test("takes the organization from the id's owner when the record has no author", () => {
    const { author: _, ...anonymous } = complete;
    expect(classify(anonymous).record?.organization).toBe("acme");
    const ownerless = classify({ ...anonymous, id: "Sentiment-Reader" });
    expect(ownerless.record).toBeNull();
    expect(ownerless.missing).toEqual(["organization: no author, and the id names no owner"]);
    // A legacy id without an owner ("gpt2") still has the author the Hub gives it.
    expect(classify({ ...anonymous, id: "Sentiment-Reader", author: "acme" }).record?.organization).toBe("acme");
  });

  test("keeps an active count at most the total, and every base model", () => {
    const result = classify({
      ...complete,
      id: "acme/Blend-30B-A3B",
      config: { model_type: "qwen3_moe" },
      pipeline_tag: "text-generation",
      safetensors: undefined,
      cardData: { base_model: ["acme/one", "acme/two"], base_model_relation: "merge" },
    });
    expect(result.record?.parameters).toEqual({ total: 30_000_000_000, active: 3_000_000_000 });
    expect(result.record?.training).toEqual({
      method: "transfer-learning",
      relation: "merge",
      baseModel: "acme/one",
      additionalBaseModels: ["acme/two"],
    });
    expect(result.record?.architecture).toEqual({ family: "decoder-only", mixtureOfExperts: true });
    const equal = classify({ ...complete, config: { ...complete.config, num_active_parameters: 109_483_778 } });
    expect(equal.record?.parameters).toEqual({ total: 109_483_778, active: 109_483_778 });
    const over = classify({ ...complete, config: { ...complete.config, num_active_parameters: 200_000_000 } });
    expect(over.record?.parameters).toEqual({ total: 109_483_778 });
    const unknownTotal = classify({
      ...complete,
      safetensors: undefined,
      config: { ...complete.config, num_active_parameters: 200_000_000 },
    });
    expect(unknownTotal.record?.parameters).toEqual({ total: null });
  });

  test("leaves out a licence nobody states, and an id without letters or digits is unnamed", () => {
    const result = classify({ ...complete, id: "__/--", author: "acme", cardData: {} });
    expect(result.record?.id).toBe("unnamed");
    expect(result.record).not.toHaveProperty("license");
  });
});

describe("what is missing when there is no record", () => {
  test("lists each missing fact with its reason", () => {
    const result = classify({});
    expect(result.record).toBeNull();
    expect(result.missing).toEqual([
      "id: the metadata has no repository id",
      "year: no createdAt date",
      "tasks: no pipeline_tag, head class, task tag, library, registry record or name that implies a task",
      "taskType: the task is unknown",
      "modalities: the modalities follow from the task, which is unknown",
      "training: no base model, marker, registry record or task says how it was trained",
      "domains: the domain follows from the task, which is unknown",
      "architecture: no config.model_type, GGUF architecture, diffusers pipeline, registry record or known name to read it from",
    ]);
  });

  test.each([
    ["not a date", "year: no createdAt date"],
    ["1939-12-31T00:00:00.000Z", 'year: createdAt "1939-12-31T00:00:00.000Z" is out of range'],
    [`${new Date().getFullYear() + 2}-01-01T00:00:00.000Z`, "out of range"],
  ])("refuses the createdAt %s", (createdAt, message) => {
    const result = classify({ ...complete, createdAt });
    expect(result.record).toBeNull();
    expect(result.missing).toHaveLength(1);
    expect(result.missing[0]).toContain(message);
  });

  test.each([
    ["1940-01-01T00:00:00.000Z", 1940],
    [`${new Date().getFullYear() + 1}-06-01T00:00:00.000Z`, new Date().getFullYear() + 1],
  ])("accepts the createdAt %s, at an end of the range", (createdAt, year) => {
    expect(classify({ ...complete, createdAt }).record?.year).toBe(year);
  });

  test("reads the year from the first four characters of createdAt, in ISO 8601's basic format too", () => {
    expect(classify({ ...complete, createdAt: "20240501T093000Z" }).record?.year).toBe(2024);
  });

  test("names the modalities as missing when the task gives no output", () => {
    const result = classify({ ...complete, pipeline_tag: "other", config: { model_type: "bert" } });
    expect(result.record).toBeNull();
    expect(result.missing).toContain('taskType: the task "other" has no fixed type');
    expect(result.missing).toContain("modalities: the modalities follow from the task, which is unknown");
  });

  test("reports the schema's complaints about facts a lookup supplied", () => {
    // A caller's own lookup whose record of the checkpoint lists one output twice.
    const model = parseModel(readerRecord({ name: "acme/Sentiment-Reader", organization: "acme" }));
    const broken: Model = { ...model, modalities: { input: ["text"], output: ["label", "label"] } };
    const lookup: HubModelLookup = { get: (name) => (name === "acme/Sentiment-Reader" ? broken : undefined) };
    const result = classifyHuggingFaceModel(
      { ...complete, pipeline_tag: undefined, config: undefined },
      { registry: lookup },
    );
    expect(result.modalities.value?.output).toEqual(["label", "label"]);
    expect(result.record).toBeNull();
    expect(result.missing).toEqual(['record: modalities.output[1] "label" is listed twice']);
  });

  test("names the modalities as missing when a lookup's record gives no output", () => {
    const model = parseModel(readerRecord({ name: "acme/Sentiment-Reader", organization: "acme" }));
    const silent: Model = { ...model, modalities: { input: ["text"], output: [] } };
    const lookup: HubModelLookup = { get: (name) => (name === "acme/Sentiment-Reader" ? silent : undefined) };
    const result = classifyHuggingFaceModel(
      { ...complete, pipeline_tag: undefined, config: undefined },
      { registry: lookup },
    );
    expect(result.modalities.value?.output).toEqual([]);
    expect(result.record).toBeNull();
    expect(result.missing).toEqual([`modalities: ${result.modalities.reason}`]);
  });
});

describe("the licence and open weights", () => {
  test("reads the card's licence, the first of a list, then a license tag", () => {
    expect(classify({ id: "acme/m", cardData: { license: "mit" } }).license).toBe("mit");
    expect(classify({ id: "acme/m", cardData: { license: ["", "llama3.1", "other"] } }).license).toBe("llama3.1");
    expect(classify({ id: "acme/m", tags: ["license:cc-by-nc-4.0"] }).license).toBe("cc-by-nc-4.0");
    expect(classify({ id: "acme/m" }).license).toBeNull();
  });

  test("calls weights open when the repository holds weight files, closed when private, unknown otherwise", () => {
    expect(classify({ id: "acme/m", safetensors: { total: 10 } }).openWeights).toBe(true);
    expect(classify({ id: "acme/m", gguf: { total: 10 } }).openWeights).toBe(true);
    expect(
      classify({ id: "acme/m", siblings: [{ rfilename: "README.md" }, { rfilename: "pytorch_model.bin" }] })
        .openWeights,
    ).toBe(true);
    expect(classify({ id: "acme/m", siblings: [{ rfilename: "README.md" }] }).openWeights).toBeNull();
    expect(classify({ id: "acme/m", private: true, safetensors: { total: 10 } }).openWeights).toBe(false);
    expect(classify({ id: "acme/m", private: "yes", safetensors: { total: 10 } }).openWeights).toBe(true);
  });
});

describe("_kebab", () => {
  // Real Hub ids, then ids it must cope with (a leading slash, a letter beyond ASCII, no letter or digit at all).
  test.each([
    ["HuggingFaceH4/zephyr-7b-beta", "huggingfaceh4-zephyr-7b-beta"],
    ["Qwen/Qwen2.5-0.5B", "qwen-qwen2-5-0-5b"],
    ["google/gemma-2-9b", "google-gemma-2-9b"],
    ["ContextualAI/Contextual_KTO_Mistral_PairRM", "contextualai-contextual-kto-mistral-pairrm"],
    ["/Llama-2-7B-GGUF", "llama-2-7b-gguf"],
    ["acme/Modèle-7B", "acme-mod-le-7b"],
    ["__/--", ""],
  ])("writes %s as %s", (id, kebab) => {
    expect(_kebab(id)).toBe(kebab);
  });
});
