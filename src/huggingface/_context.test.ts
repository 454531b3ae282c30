/**
 * How a Hub record is read before any aspect is classified: its id, the bases it declares (the repository itself
 * left out), the base its name spells out, its tags, and the registry records of the checkpoint and its base.
 * Observed through the classification, with inputs shaped as the Hub's model API serves them.
 */
import { describe, expect, test } from "vitest";
import { readerRecord } from "../../test/records.js";
import type { Model } from "../model.js";
import { parseModel } from "../model.js";
import { classifyHuggingFaceModel, type HubModelLookup } from "./index.js";

const training = (info: unknown) => classifyHuggingFaceModel(info, { registry: false }).training;

describe("the bases a record declares", () => {
  test.each([
    ["its id", "acme/Reader-7B"],
    ["its repository name", "Reader-7B"],
    ["its kebab-case form", "acme-reader-7b"],
    ["its id in another case", "ACME/reader-7b"],
  ])("leaves out the repository itself, named by %s", (_, self) => {
    const found = training({
      id: "acme/Reader-7B",
      cardData: { base_model: [self, "mistralai/Mistral-7B-v0.1"], base_model_relation: "finetune" },
    });
    expect(found.value?.baseModel).toBe("mistralai/Mistral-7B-v0.1");
    expect(found.value?.additionalBaseModels).toBeUndefined();
  });

  test("leaves out the repository itself when its id has letters beyond ASCII", () => {
    const found = training({
      id: "acme/Modèle-7B",
      cardData: {
        base_model: ["acme-mod-le-7b", "Modèle-7B", "mistralai/Mistral-7B-v0.1"],
        base_model_relation: "finetune",
      },
    });
    expect(found.value?.baseModel).toBe("mistralai/Mistral-7B-v0.1");
    expect(found.value?.additionalBaseModels).toBeUndefined();
    // An id with neither letters nor digits is "unnamed" in kebab case.
    const unnamed = training({ id: "__/--", cardData: { base_model: ["unnamed", "acme/base"] } });
    expect(unnamed.value?.baseModel).toBe("acme/base");
  });

  // Real repositories and the base each was fine-tuned from, between them every edge of the letters and digits an
  // id's kebab-case form keeps (A, Z, z, 0, 9) and an underscore, which it drops.
  test.each([
    ["AI-MO/NuminaMath-7B-TIR", "deepseek-ai/deepseek-math-7b-base"],
    ["Zyphra/Zamba2-7B-instruct", "Zyphra/Zamba2-7B"],
    ["HuggingFaceH4/zephyr-7b-beta", "mistralai/Mistral-7B-v0.1"],
    ["Qwen/Qwen2.5-0.5B-Instruct", "Qwen/Qwen2.5-0.5B"],
    ["google/gemma-2-9b-it", "google/gemma-2-9b"],
    ["ContextualAI/Contextual_KTO_Mistral_PairRM", "mistralai/Mistral-7B-Instruct-v0.2"],
  ])("leaves out %s named in kebab case", (id, base) => {
    const kebab = id.toLowerCase().replace(/[^a-z0-9]+/g, "-");
    const found = training({ id, cardData: { base_model: [kebab, base], base_model_relation: "finetune" } });
    expect(found.value?.baseModel).toBe(base);
    expect(found.value?.additionalBaseModels).toBeUndefined();
  });

  test("keeps a base whose name has letters beyond ASCII, which no quick check can match with the id", () => {
    const found = training({ id: "acme/m", cardData: { base_model: "acme/modèle-base" } });
    expect(found.value?.baseModel).toBe("acme/modèle-base");
  });

  test("keeps each base once in a record without an id", () => {
    const found = training({
      cardData: { base_model: ["acme/base", "acme/base", "acme/other"], base_model_relation: "merge" },
    });
    expect(found.value).toEqual({
      method: "transfer-learning",
      relation: "merge",
      baseModel: "acme/base",
      additionalBaseModels: ["acme/other"],
    });
  });

  test("keeps each base once, and keeps bases that only look alike", () => {
    const found = training({
      id: "acme/blend",
      cardData: { base_model: ["acme/Base-7B", "acme/base-7b", "acme/Base-7B-v2"], base_model_relation: "merge" },
    });
    expect(found.value).toEqual({
      method: "transfer-learning",
      relation: "merge",
      baseModel: "acme/Base-7B",
      additionalBaseModels: ["acme/Base-7B-v2"],
    });
  });

  test("reads the card's bases before the tags', and the tags' when the card has none", () => {
    const info = { id: "acme/m", tags: ["base_model:acme/from-tags"] };
    expect(training({ ...info, cardData: { base_model: "acme/from-card" } }).value?.baseModel).toBe("acme/from-card");
    expect(training(info).value?.baseModel).toBe("acme/from-tags");
  });

  test("adds the PEFT config's base to the declared ones, once", () => {
    const both = training({
      id: "acme/m",
      library_name: "peft",
      cardData: { base_model: "acme/from-card" },
      config: { peft: { base_model_name_or_path: "acme/from-peft" } },
    });
    expect(both.value).toEqual({
      method: "transfer-learning",
      relation: "adapter",
      baseModel: "acme/from-card",
      additionalBaseModels: ["acme/from-peft"],
    });
    const same = training({
      id: "acme/m",
      library_name: "peft",
      cardData: { base_model: "acme/base" },
      config: { peft: { base_model_name_or_path: "acme/base" } },
    });
    expect(same.value?.additionalBaseModels).toBeUndefined();
  });

  test("reads a card's model link only when nothing else names a base, a PEFT config included", () => {
    const found = training({
      id: "acme/helper",
      library_name: "peft",
      config: { peft: { base_model_name_or_path: "acme/from-peft" } },
      cardData: { model_link: "https://huggingface.co/acme/linked" },
    });
    expect(found.value?.baseModel).toBe("acme/from-peft");
    expect(found.value?.additionalBaseModels).toBeUndefined();
  });

  test.each([
    ["https://huggingface.co/garage-bAInd/Platypus2-13B", "garage-bAInd/Platypus2-13B"],
    ["https://huggingface.co/garage-bAInd/Platypus2-13B/", "garage-bAInd/Platypus2-13B"],
    ["https://huggingface.co/garage-bAInd", undefined],
    // A dataset's page has three parts: the Platypus models' training data is no base.
    ["https://huggingface.co/datasets/garage-bAInd/Open-Platypus", undefined],
    ["https://github.com/garage-bAInd/Platypus", undefined],
    ["see https://huggingface.co/garage-bAInd/Platypus2-13B", undefined],
  ])("reads the model link %s", (link, base) => {
    const found = training({ id: "acme/helper", cardData: { model_link: link } });
    expect(found.value?.baseModel).toBe(base);
  });
});

describe("the base a name spells out", () => {
  test("keeps the owner of a packaged name, and reads a name without an owner", () => {
    expect(training({ id: "TheBloke/Llama-2-7B-GGUF" }).value?.baseModel).toBe("Llama-2-7B");
    expect(training({ id: "Llama-2-7B-GGUF" }).value?.baseModel).toBe("Llama-2-7B");
    expect(training({ id: "/Llama-2-7B-GGUF" }).value?.baseModel).toBe("Llama-2-7B");
  });

  test("finds the registry's checkpoint under the owner the packaged name keeps, or without it", () => {
    const mistral = parseModel({
      ...readerInput,
      id: "mistral-7b",
      name: "Mistral-7B-v0.1",
      links: { huggingface: "https://huggingface.co/mistralai/Mistral-7B-v0.1" },
    });
    const lookup: HubModelLookup = { get: (name) => (name === "Mistral-7B-v0.1" ? mistral : undefined) };
    const found = classifyHuggingFaceModel({ id: "mistralai/Mistral-7B-v0.1-GPTQ" }, { registry: lookup }).training;
    expect(found.value?.baseModel).toBe("mistralai/Mistral-7B-v0.1");
    expect(found.evidence).toContainEqual({ field: "registry", value: "mistral-7b" });
    const owned: HubModelLookup = { get: (name) => (name === "mistralai/Mistral-7B-v0.1" ? mistral : undefined) };
    const viaOwner = classifyHuggingFaceModel({ id: "mistralai/Mistral-7B-v0.1-GPTQ" }, { registry: owned }).training;
    expect(viaOwner.evidence).toContainEqual({ field: "registry", value: "mistral-7b" });
  });
});

describe("files of the repository", () => {
  test("reads siblings in place, skipping entries without a file name", () => {
    const found = training({
      id: "acme/m",
      cardData: { base_model: "acme/base" },
      siblings: [null, { rfilename: 42 }, { name: "adapter_config.json" }, { rfilename: "adapter_config.json" }],
    });
    expect(found.value?.relation).toBe("adapter");
    expect(
      training({ id: "acme/m", cardData: { base_model: "acme/base" }, siblings: "adapter_config.json" }).value
        ?.relation,
    ).toBe("fine-tune");
  });
});

/** A lookup over one record that counts the names it is asked for. */
function countingLookup(model: Model, options: { family?: string; list?: boolean } = {}) {
  const asked: string[] = [];
  const lookup: HubModelLookup = {
    get(name) {
      asked.push(name);
      return name.toLowerCase().replace(/[^a-z0-9]/g, "") === model.id.replace(/-/g, "") ? model : undefined;
    },
    ...(options.family === undefined
      ? {}
      : { getFamily: (name: string) => (name === options.family ? {} : undefined) }),
    ...(options.list === true ? { all: () => [model] } : {}),
  };
  return { lookup, asked };
}

const readerInput = readerRecord();
const reader = parseModel(readerInput);

describe("looking names up in a registry", () => {
  test("finds the checkpoint by its id, else by its repository name", () => {
    const { lookup } = countingLookup(reader);
    expect(classifyHuggingFaceModel({ id: "someone/acme-reader" }, { registry: lookup }).parameters.evidence).toEqual([
      { field: "registry", value: "acme-reader" },
    ]);
  });

  test("ignores a name the registry knows only as a family", () => {
    const { lookup } = countingLookup(reader, { family: "acme-reader" });
    const result = classifyHuggingFaceModel({ id: "acme-reader" }, { registry: lookup });
    expect(result.parameters.value.total).toBeNull();
  });

  test("asks a registry that lists its models only about names one of them could match", () => {
    const { lookup, asked } = countingLookup(reader, { list: true });
    classifyHuggingFaceModel({ id: "someone/unrelated-model" }, { registry: lookup });
    expect(asked).toEqual([]);
    const found = classifyHuggingFaceModel({ id: "someone/ACME_Reader" }, { registry: lookup });
    expect(found.parameters.value.total).toBe(110_000_000);
    expect(asked).toContain("ACME_Reader");
    // Names with letters beyond ASCII cannot be turned away by the quick check, so they are asked about.
    classifyHuggingFaceModel({ id: "someone/lecteur-é" }, { registry: lookup });
    expect(asked).toContain("lecteur-é");
  });

  test("remembers its answers, so a name recurring across records is looked up once", () => {
    const { lookup, asked } = countingLookup(reader);
    for (const id of ["a/one", "b/two", "c/three"]) {
      classifyHuggingFaceModel({ id, cardData: { base_model: "acme/acme-reader" } }, { registry: lookup });
    }
    expect(asked.filter((name) => name === "acme/acme-reader")).toHaveLength(1);
    for (const id of ["a/one", "b/two"]) {
      classifyHuggingFaceModel({ id, cardData: { base_model: "acme/unknown" } }, { registry: lookup });
    }
    expect(asked.filter((name) => name === "acme/unknown")).toHaveLength(1);
  });

  test("does not look up names of one character, and looks up names of two", () => {
    const { lookup, asked } = countingLookup(reader);
    classifyHuggingFaceModel({ id: "x" }, { registry: lookup });
    expect(asked).toEqual([]);
    classifyHuggingFaceModel({ id: "xy" }, { registry: lookup });
    expect(asked).toEqual(["xy"]);
  });
});
