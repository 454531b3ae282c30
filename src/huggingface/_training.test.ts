/**
 * How a Hub model was trained, signal by signal, in the order docs/guides/huggingface.md ("Which signal wins")
 * gives: a declared base and its relation, then adapters, quantizations, merges, fine-tuning words, the registry,
 * the libraries whose models are trained from scratch, and a guess from the task. Each input is shaped as the
 * Hub's model API serves it: card front matter under `cardData`, the tag list, `config`, `siblings`.
 */
import { describe, expect, test } from "vitest";
import { textGenerator } from "../../test/records.js";
import type { ModelInput } from "../model.js";
import { createRegistry } from "../registry/create.js";
import { classifyHuggingFaceModel } from "./index.js";

/** From the metadata alone, so that no registry record can answer first. */
const training = (info: unknown) => classifyHuggingFaceModel(info, { registry: false }).training;

describe("a declared base with the relation the card declares", () => {
  // The Hub's four values of base_model_relation, and the spellings of the taxonomy's own relations.
  test.each([
    ["finetune", "fine-tune"],
    ["adapter", "adapter"],
    ["quantized", "quantization"],
    ["merge", "merge"],
    ["fine-tune", "fine-tune"],
    ["quantization", "quantization"],
    ["distillation", "distillation"],
  ])('reads base_model_relation "%s" as %s, with certainty', (declared, relation) => {
    const found = training({
      id: "acme/Mistral-7B-custom",
      cardData: { base_model: "mistralai/Mistral-7B-v0.1", base_model_relation: declared },
    });
    expect(found).toEqual({
      value: { method: "transfer-learning", relation, baseModel: "mistralai/Mistral-7B-v0.1" },
      confidence: "certain",
      evidence: [
        { field: "cardData.base_model", value: "mistralai/Mistral-7B-v0.1" },
        { field: "cardData.base_model_relation", value: declared },
      ],
      reason: `it is built from mistralai/Mistral-7B-v0.1: the card declares the relation "${declared}"`,
    });
  });

  test("keeps every declared base, the first as the base and the others as additional bases", () => {
    const found = training({
      id: "mlabonne/Beagle14-7B",
      cardData: {
        base_model: ["fblgit/UNA-TheBeagle-7b-v1", "argilla/distilabeled-Marcoro14-7B-slerp"],
        base_model_relation: "merge",
      },
    });
    expect(found.value).toEqual({
      method: "transfer-learning",
      relation: "merge",
      baseModel: "fblgit/UNA-TheBeagle-7b-v1",
      additionalBaseModels: ["argilla/distilabeled-Marcoro14-7B-slerp"],
    });
    expect(found.evidence[0]).toEqual({
      field: "cardData.base_model",
      value: "fblgit/UNA-TheBeagle-7b-v1, argilla/distilabeled-Marcoro14-7B-slerp",
    });
    expect(found.reason).toBe(
      'it is built from fblgit/UNA-TheBeagle-7b-v1, argilla/distilabeled-Marcoro14-7B-slerp: the card declares the relation "merge"',
    );
  });

  test("leaves the repository itself out of the bases its card lists", () => {
    const found = training({
      id: "acme/Mistral-7B-custom",
      cardData: {
        base_model: ["acme/Mistral-7B-custom", "mistralai/Mistral-7B-v0.1"],
        base_model_relation: "finetune",
      },
    });
    expect(found.value).toEqual({
      method: "transfer-learning",
      relation: "fine-tune",
      baseModel: "mistralai/Mistral-7B-v0.1",
    });
  });
});

describe("a declared base with the relation the Hub's tags declare", () => {
  test("reads the relation of a base_model:<relation>:<id> tag when the card declares none, citing the tags once", () => {
    const found = training({
      id: "bartowski/gemma-2-9b-it-GGUF",
      tags: ["gguf", "base_model:google/gemma-2-9b-it", "base_model:quantized:google/gemma-2-9b-it", "region:us"],
    });
    expect(found).toEqual({
      value: { method: "transfer-learning", relation: "quantization", baseModel: "google/gemma-2-9b-it" },
      confidence: "certain",
      evidence: [
        { field: "tags", value: "base_model:google/gemma-2-9b-it, base_model:quantized:google/gemma-2-9b-it" },
      ],
      reason: "it is built from google/gemma-2-9b-it: the Hub tags it base_model:quantized",
    });
  });

  test("adds the tag to the card's declaration when the card names the base", () => {
    const found = training({
      id: "predibase/magicoder",
      cardData: { base_model: "mistralai/Mistral-7B-v0.1" },
      tags: ["peft", "base_model:adapter:mistralai/Mistral-7B-v0.1"],
    });
    expect(found.confidence).toBe("certain");
    expect(found.value?.relation).toBe("adapter");
    expect(found.evidence).toEqual([
      { field: "cardData.base_model", value: "mistralai/Mistral-7B-v0.1" },
      { field: "tags", value: "base_model:adapter:mistralai/Mistral-7B-v0.1" },
    ]);
  });

  test("names every base the tags declare in the reason", () => {
    const found = training({
      id: "mlabonne/Beagle14-7B",
      tags: ["base_model:merge:fblgit/UNA-TheBeagle-7b-v1", "base_model:merge:argilla/distilabeled-Marcoro14-7B-slerp"],
    });
    expect(found.reason).toBe(
      "it is built from fblgit/UNA-TheBeagle-7b-v1, argilla/distilabeled-Marcoro14-7B-slerp: the Hub tags it base_model:merge",
    );
  });

  test("prefers the card's relation to the tags'", () => {
    const found = training({
      id: "acme/Mistral-7B-custom",
      cardData: { base_model: "mistralai/Mistral-7B-v0.1", base_model_relation: "merge" },
      tags: ["base_model:finetune:mistralai/Mistral-7B-v0.1"],
    });
    expect(found.value?.relation).toBe("merge");
  });
});

describe("a declared base whose relation other signals imply", () => {
  const base = "mistralai/Mistral-7B-v0.1";
  const declared = { field: "cardData.base_model", value: base };
  test.each([
    [
      "library_name peft",
      { library_name: "peft" },
      { field: "library_name", value: "peft" },
      "adapter",
      "it is a PEFT adapter",
    ],
    [
      "the card's library_name peft",
      { cardData: { base_model: base, library_name: "peft" } },
      { field: "cardData.library_name", value: "peft" },
      "adapter",
      "it is a PEFT adapter",
    ],
    [
      "an adapter_config.json",
      { siblings: [{ rfilename: "README.md" }, { rfilename: "adapter_config.json" }] },
      { field: "siblings", value: "adapter_config.json" },
      "adapter",
      "it ships an adapter_config.json",
    ],
    [
      "a lora tag",
      { tags: ["transformers", "lora"] },
      { field: "tags", value: "lora" },
      "adapter",
      "it is tagged lora",
    ],
    ["a qlora tag", { tags: ["qlora"] }, { field: "tags", value: "qlora" }, "adapter", "it is tagged qlora"],
    ["a peft tag", { tags: ["peft"] }, { field: "tags", value: "peft" }, "adapter", "it is tagged peft"],
    [
      "a quantization config",
      { config: { model_type: "mistral", quantization_config: { quant_method: "gptq", bits: 4 } } },
      { field: "config.quantization_config", value: "gptq, 4-bit" },
      "quantization",
      "its weights are quantized",
    ],
    [
      "the card's quantized_by",
      { cardData: { base_model: base, quantized_by: "TheBloke" } },
      { field: "cardData.quantized_by", value: "TheBloke" },
      "quantization",
      "its card says it was quantized by TheBloke",
    ],
    [
      "a llamafile tag",
      { tags: ["llamafile"] },
      { field: "tags", value: "llamafile" },
      "quantization",
      "it is a llamafile",
    ],
    [
      "a mergekit tag",
      { tags: ["mergekit", "merge"] },
      { field: "tags", value: "mergekit" },
      "merge",
      "it is tagged mergekit",
    ],
    ["a merge tag", { tags: ["merge"] }, { field: "tags", value: "merge" }, "merge", "it is tagged merge"],
    [
      "a finetuned tag",
      { tags: ["trl", "fine-tuned"] },
      { field: "tags", value: "fine-tuned" },
      "fine-tune",
      "it is tagged fine-tuned",
    ],
    [
      "a preference-tuning tag before a trainer's",
      { tags: ["trl", "dpo"] },
      { field: "tags", value: "dpo" },
      "fine-tune",
      "it is tagged dpo",
    ],
    [
      "a trainer's tag",
      { tags: ["generated_from_trainer"] },
      { field: "tags", value: "generated_from_trainer" },
      "fine-tune",
      "it is tagged generated_from_trainer",
    ],
  ] as const)("reads %s", (_, fields, evidence, relation, why) => {
    const found = training({ id: "acme/custom-model", cardData: { base_model: base }, ...fields });
    expect(found).toEqual({
      value: { method: "transfer-learning", relation, baseModel: base },
      confidence: "inferred",
      evidence: [declared, evidence],
      reason: `it is built from ${base}: ${why}`,
    });
  });

  test.each([
    ["Mistral-7B-lora-sql", "adapter", "lora"],
    ["Mistral-7B-v0.1-GPTQ", "quantization", "GPTQ"],
    ["Mistral-7B-slerp", "merge", "slerp"],
    ["Mistral-7B-sql-finetuned", "fine-tune", "finetuned"],
    ["Mistral-7B-Instruct-sql", "fine-tune", "Instruct"],
    ["distilmistral-sql", "distillation", "distilmistral"],
  ] as const)("reads the relation from the name %s", (name, relation, marker) => {
    const found = training({ id: `acme/${name}`, cardData: { base_model: base } });
    expect(found.value).toEqual({ method: "transfer-learning", relation, baseModel: base });
    expect(found.evidence).toEqual([declared, { field: "id", value: marker }]);
    expect(found.reason).toBe(`it is built from ${base}: its name says ${marker}`);
  });

  test("takes an adapter before a quantization, a quantization before a merge, a merge before a fine-tune", () => {
    const card = { base_model: base };
    expect(training({ id: "a/b-GPTQ", cardData: card, tags: ["lora"] }).value?.relation).toBe("adapter");
    expect(training({ id: "a/b-slerp", cardData: card, tags: ["llamafile"] }).value?.relation).toBe("quantization");
    expect(training({ id: "a/b-Instruct", cardData: card, tags: ["merge"] }).value?.relation).toBe("merge");
  });

  test("calls a model with several declared bases and no other signal a merge", () => {
    const found = training({ id: "acme/blend", cardData: { base_model: [base, "HuggingFaceH4/zephyr-7b-beta"] } });
    expect(found.value?.relation).toBe("merge");
    expect(found.evidence[1]).toEqual({ field: "cardData.base_model", value: "2 models" });
    expect(found.reason).toBe(`it is built from ${base}, HuggingFaceH4/zephyr-7b-beta: it names several base models`);
  });

  test("calls a model that names one base and nothing else a fine-tune, and says why", () => {
    const found = training({ id: "acme/custom-model", cardData: { base_model: base } });
    expect(found).toEqual({
      value: { method: "transfer-learning", relation: "fine-tune", baseModel: base },
      confidence: "inferred",
      evidence: [declared],
      reason: `it is built from ${base}: a model that names a base and no other relation is most often a fine-tune`,
    });
  });

  test("reads the base of a PEFT config, and calls it an adapter", () => {
    const found = training({
      id: "acme/sql-helper",
      config: { peft: { base_model_name_or_path: base, task_type: "CAUSAL_LM" } },
    });
    expect(found.value).toEqual({ method: "transfer-learning", relation: "adapter", baseModel: base });
    expect(found.evidence).toEqual([
      { field: "config.peft.base_model_name_or_path", value: base },
      { field: "config.peft", value: "present" },
    ]);
    expect(found.reason).toBe(`it is built from ${base}: its config is a PEFT config`);
  });

  test("cites a card's model link only when nothing else names the base", () => {
    const linked = training({
      id: "TheBloke/Platypus2-13B-GPTQ",
      cardData: { model_link: "https://huggingface.co/garage-bAInd/Platypus2-13B", quantized_by: "TheBloke" },
    });
    expect(linked.value?.baseModel).toBe("garage-bAInd/Platypus2-13B");
    expect(linked.evidence[0]).toEqual({
      field: "cardData.model_link",
      value: "https://huggingface.co/garage-bAInd/Platypus2-13B",
    });
    const both = training({
      id: "acme/custom-model",
      cardData: { base_model: base, model_link: "https://huggingface.co/garage-bAInd/Platypus2-13B" },
    });
    expect(both.value?.baseModel).toBe(base);
    expect(both.evidence).toEqual([declared]);
  });
});

describe("no declared base: the relation and the base from the other signals", () => {
  test("names the base a quantization's repository name spells out", () => {
    expect(training({ id: "TheBloke/Llama-2-7B-Chat-GPTQ" })).toEqual({
      value: { method: "transfer-learning", relation: "quantization", baseModel: "Llama-2-7B-Chat" },
      confidence: "inferred",
      evidence: [{ field: "id", value: "GPTQ" }],
      reason: "its name says GPTQ; its base is Llama-2-7B-Chat",
    });
  });

  test("names the base a fine-tune's repository name spells out before the fine-tuning word", () => {
    const found = training({ id: "distilbert/distilbert-base-uncased-finetuned-sst-2-english" });
    expect(found.value).toEqual({
      method: "transfer-learning",
      relation: "fine-tune",
      baseModel: "distilbert-base-uncased",
    });
    expect(found.reason).toBe("its name says finetuned; its base is distilbert-base-uncased");
    // An ONNX export of such a fine-tune has the same base, not the fine-tune's own name.
    expect(training({ id: "acme/distilbert-base-uncased-finetuned-sst-2-english-onnx" }).value).toEqual({
      method: "transfer-learning",
      relation: "fine-tune",
      baseModel: "distilbert-base-uncased",
    });
    // An instruct model's export names no base: the name before the packaging is the model itself.
    expect(training({ id: "acme/Mistral-7B-Instruct-v0.2-onnx" }).value?.baseModel).toBeUndefined();
  });

  test("reads a fine-tuning tag on a record without an id, with no base to name", () => {
    expect(training({ tags: ["transformers", "fine-tuned"] })).toEqual({
      value: { method: "transfer-learning", relation: "fine-tune" },
      confidence: "inferred",
      evidence: [{ field: "tags", value: "fine-tuned" }],
      reason: "it is tagged fine-tuned",
    });
  });

  test("names no base for a distilled model whose name does not spell one out", () => {
    expect(training({ id: "acme/distilroberta-sentiment" })).toEqual({
      value: { method: "transfer-learning", relation: "distillation" },
      confidence: "inferred",
      evidence: [{ field: "id", value: "distilroberta" }],
      reason: "its name says distilroberta",
    });
  });

  test("names no base for a distilled model, even when a packaged name spells one out", () => {
    // An ONNX export of DistilBERT is not distilled from DistilBERT: the distilled model's teacher goes unsaid.
    const found = training({ id: "acme/distilbert-base-uncased-onnx" });
    expect(found.value).toEqual({ method: "transfer-learning", relation: "distillation" });
    expect(found.reason).toBe("its name says distilbert");
  });

  test("names no base for a fine-tune whose name spells none", () => {
    const found = training({ id: "acme/Instruct-helper" });
    expect(found.value).toEqual({ method: "transfer-learning", relation: "fine-tune" });
    expect(found.reason).toBe("its name says Instruct");
  });

  // The facts of the built-in registry's records of these checkpoints, in a registry of their own.
  const known = createRegistry([
    record("qwen1-5-4b", { method: "pretrained" }, "https://huggingface.co/Qwen/Qwen1.5-4B"),
    record("mistral-7b", { method: "pretrained" }, "https://huggingface.co/mistralai/Mistral-7B-v0.1"),
    record(
      "mistral-7b-instruct-v0-1",
      { method: "transfer-learning", relation: "fine-tune", baseModel: "mistral-7b" },
      "https://huggingface.co/mistralai/Mistral-7B-Instruct-v0.1",
    ),
  ]);

  test("names the registry's checkpoint of the base the name spells out, as its Hub id", () => {
    const found = classifyHuggingFaceModel({ id: "happyme531/Qwen1.5-4B-GGUF" }, { registry: known }).training;
    expect(found.value).toEqual({
      method: "transfer-learning",
      relation: "quantization",
      baseModel: "Qwen/Qwen1.5-4B",
    });
    expect(found.evidence).toEqual([
      { field: "id", value: "GGUF" },
      { field: "registry", value: "qwen1-5-4b" },
    ]);
  });

  test("names a fine-tune's base as its name spells it, even when the registry knows that base", () => {
    // docs/guides/huggingface.md: distilbert-base-uncased-finetuned-sst-2-english → distilbert-base-uncased.
    const distilbert = createRegistry([
      record(
        "distilbert-base-uncased",
        { method: "pretrained" },
        "https://huggingface.co/distilbert/distilbert-base-uncased",
      ),
    ]);
    const found = classifyHuggingFaceModel(
      { id: "acme/distilbert-base-uncased-finetuned-sst-2-english" },
      { registry: distilbert },
    ).training;
    expect(found.value).toEqual({
      method: "transfer-learning",
      relation: "fine-tune",
      baseModel: "distilbert-base-uncased",
    });
    expect(found.evidence).toEqual([{ field: "id", value: "finetuned" }]);
  });

  test("names the base the registry gives for a checkpoint it knows, when a name marker gives the relation", () => {
    // Mistral-7B-Instruct-v0.1 is "an instruct fine-tuned version of the Mistral-7B-v0.1" (its model card).
    const found = classifyHuggingFaceModel({ id: "mistralai/Mistral-7B-Instruct-v0.1" }, { registry: known }).training;
    expect(found.value).toEqual({
      method: "transfer-learning",
      relation: "fine-tune",
      baseModel: "mistralai/Mistral-7B-v0.1",
    });
    expect(found.evidence).toEqual([
      { field: "id", value: "Instruct" },
      { field: "registry", value: "mistral-7b-instruct-v0-1" },
    ]);
    expect(found.reason).toBe("its name says Instruct; its base is mistralai/Mistral-7B-v0.1");
  });
});

/** A registry record in the authoring form; the Hub link is what the classifier reports as a base's id. */
function record(id: string, training: ModelInput["training"], huggingface?: string): ModelInput {
  return textGenerator({ id, name: id, training, ...(huggingface === undefined ? {} : { links: { huggingface } }) });
}

describe("the registry's record of the checkpoint", () => {
  const mine = createRegistry([
    record("acme-base", { method: "pretrained" }, "https://huggingface.co/acme/base-7b/"),
    record("acme-helper", { method: "transfer-learning", relation: "fine-tune", baseModel: "acme-base" }),
    record("acme-compact", { method: "transfer-learning", relation: "distillation", baseModel: "elsewhere-7b" }),
    // An instruct model whose base was never released is a fine-tune all the same.
    record("acme-sage", { method: "transfer-learning", relation: "fine-tune" }),
    record("acme-chat-base", { method: "pretrained" }),
  ]);

  test("answers when no metadata signal does, naming the base by its Hub id", () => {
    const found = classifyHuggingFaceModel({ id: "acme/acme-helper" }, { registry: mine }).training;
    expect(found).toEqual({
      value: { method: "transfer-learning", relation: "fine-tune", baseModel: "acme/base-7b" },
      confidence: "inferred",
      evidence: [{ field: "registry", value: "acme-helper" }],
      reason: "the registry's record of this checkpoint says transfer-learning (fine-tune of acme/base-7b)",
    });
  });

  test("names a base the registry does not hold as the record names it", () => {
    const found = classifyHuggingFaceModel({ id: "acme/acme-compact" }, { registry: mine }).training;
    expect(found.value).toEqual({ method: "transfer-learning", relation: "distillation", baseModel: "elsewhere-7b" });
    expect(found.reason).toBe(
      "the registry's record of this checkpoint says transfer-learning (distillation of elsewhere-7b)",
    );
  });

  test("says only the method of a record without a relation", () => {
    const pretrained = classifyHuggingFaceModel({ id: "acme/acme-base" }, { registry: mine }).training;
    expect(pretrained.value).toStrictEqual({ method: "pretrained" });
    expect(pretrained.reason).toBe("the registry's record of this checkpoint says pretrained");
  });

  test("says the relation alone for a record without a base", () => {
    const found = classifyHuggingFaceModel({ id: "acme/acme-sage" }, { registry: mine }).training;
    expect(found.value).toStrictEqual({ method: "transfer-learning", relation: "fine-tune" });
    expect(found.reason).toBe("the registry's record of this checkpoint says transfer-learning (fine-tune)");
  });

  test("cites the registry beside a name marker only when the record names a base", () => {
    // The name says "chat", the record says pretrained: the answer rests on the name alone.
    const found = classifyHuggingFaceModel({ id: "acme/acme-chat-base" }, { registry: mine }).training;
    expect(found.value).toStrictEqual({ method: "transfer-learning", relation: "fine-tune" });
    expect(found.evidence).toEqual([{ field: "id", value: "chat" }]);
  });

  test("comes after a name marker, whose relation it completes with the base", () => {
    const found = classifyHuggingFaceModel({ id: "acme/acme-helper" }, { registry: mine });
    const marked = classifyHuggingFaceModel({ id: "acme/acme-helper-GPTQ" }, { registry: mine });
    expect(found.training.value?.relation).toBe("fine-tune");
    expect(marked.training.value).toEqual({
      method: "transfer-learning",
      relation: "quantization",
      baseModel: "acme-helper",
    });
  });
});

describe("libraries whose models are trained from scratch", () => {
  test.each([
    [
      "stable-baselines3",
      { library_name: "stable-baselines3", tags: ["stable-baselines3", "reinforcement-learning"] },
      { field: "library_name", value: "stable-baselines3" },
    ],
    [
      "ml-agents",
      { cardData: { library_name: "ml-agents" }, tags: ["ml-agents", "deep-reinforcement-learning"] },
      { field: "cardData.library_name", value: "ml-agents" },
    ],
    [
      "sample-factory",
      {
        library_name: "sample-factory",
        tags: ["reinforcement-learning", "deep-reinforcement-learning", "sample-factory"],
      },
      { field: "library_name", value: "sample-factory" },
    ],
    [
      "the deep-reinforcement-learning tag",
      { tags: ["deep-reinforcement-learning", "LunarLander-v2"] },
      { field: "tags", value: "deep-reinforcement-learning" },
    ],
    [
      "the reinforcement-learning tag",
      { tags: ["reinforcement-learning", "custom-implementation"] },
      { field: "tags", value: "reinforcement-learning" },
    ],
  ] as const)("calls an agent of %s trained from scratch", (_, fields, evidence) => {
    expect(training({ id: "acme/ppo-LunarLander-v2", ...fields })).toEqual({
      value: { method: "from-scratch" },
      confidence: "inferred",
      evidence: [evidence],
      reason: "a reinforcement-learning agent is trained from scratch by acting in its environment",
    });
  });

  test("cites the pipeline tag when only the task says it is an agent", () => {
    const found = training({ id: "acme/ppo-LunarLander-v2", pipeline_tag: "reinforcement-learning" });
    expect(found.value).toEqual({ method: "from-scratch" });
    expect(found.evidence).toEqual([{ field: "pipeline_tag", value: "reinforcement-learning" }]);
    expect(found.reason).toBe("a reinforcement-learning agent is trained from scratch by acting in its environment");
  });

  test("calls a SpeechBrain or ESPnet recipe trained from scratch, unless it is built on a pretrained speech encoder", () => {
    const recipe = training({
      id: "speechbrain/asr-crdnn-rnnlm-librispeech",
      library_name: "speechbrain",
      pipeline_tag: "automatic-speech-recognition",
    });
    expect(recipe).toEqual({
      value: { method: "from-scratch" },
      confidence: "inferred",
      evidence: [{ field: "library_name", value: "speechbrain" }],
      reason: "speechbrain recipes train a model from scratch on one dataset",
    });
    const espnet = training({ id: "espnet/kan-bayashi_ljspeech_vits", library_name: "espnet" });
    expect(espnet.value).toEqual({ method: "from-scratch" });
    expect(espnet.reason).toBe("espnet recipes train a model from scratch on one dataset");
    const onWav2vec = training({
      id: "speechbrain/asr-wav2vec2-commonvoice-en",
      library_name: "speechbrain",
      pipeline_tag: "automatic-speech-recognition",
    });
    expect(onWav2vec.value).toEqual({ method: "transfer-learning", relation: "fine-tune" });
  });

  test("calls timm's own checkpoints trained from scratch, not another owner's timm model", () => {
    expect(training({ id: "timm/resnet50.a1_in1k", library_name: "timm" })).toEqual({
      value: { method: "from-scratch" },
      confidence: "inferred",
      evidence: [{ field: "id", value: "timm/resnet50.a1_in1k" }],
      reason: "timm's own checkpoints are trained by timm from scratch, unless the name says fine-tuned",
    });
    const other = training({
      id: "Marqo/nsfw-image-detection-384",
      library_name: "timm",
      pipeline_tag: "image-classification",
    });
    expect(other.value).toEqual({ method: "transfer-learning", relation: "fine-tune" });
    // Under timm's name but for OpenCLIP: SigLIP's weights, converted from Google's pretraining on WebLI.
    const openClip = training({
      id: "timm/ViT-B-16-SigLIP",
      library_name: "open_clip",
      pipeline_tag: "zero-shot-image-classification",
    });
    expect(openClip.value).toEqual({ method: "pretrained" });
  });
});

describe("a guess from the task alone", () => {
  test.each([
    ["text-generation", { method: "pretrained" }, "mostly pretrained on broad data"],
    ["code-generation", { method: "pretrained" }, "mostly pretrained on broad data"],
    ["fill-mask", { method: "pretrained" }, "mostly pretrained on broad data"],
    ["time-series-forecasting", { method: "pretrained" }, "mostly pretrained on broad data"],
    ["translation", { method: "from-scratch" }, "mostly trained on their own data"],
    ["text-to-speech", { method: "from-scratch" }, "mostly trained on their own data"],
    ["tabular-regression", { method: "from-scratch" }, "mostly trained on their own data"],
    // A data-analysis task the list of from-scratch tasks leaves out: its domain decides.
    ["tabular-to-text", { method: "from-scratch" }, "mostly trained on their own data"],
    ["image-classification", { method: "transfer-learning", relation: "fine-tune" }, "mostly fine-tuned"],
    ["token-classification", { method: "transfer-learning", relation: "fine-tune" }, "mostly fine-tuned"],
  ] as const)("guesses for %s", (task, value, why) => {
    const found = training({ id: "acme/model", pipeline_tag: task });
    expect(found.value).toEqual(value);
    expect(found.confidence).toBe("inferred");
    expect(found.evidence).toEqual([{ field: "pipeline_tag", value: task }]);
    expect(found.reason.startsWith("a guess from the task alone (nothing else says): ")).toBe(true);
    expect(found.reason).toContain(why);
    expect(found.reason).toContain(task);
  });

  test("guesses a fine-tune for sentence embeddings, by their task or their library, whatever came first", () => {
    const plain = training({ id: "acme/encoder", pipeline_tag: "feature-extraction" });
    const embedding = training({
      id: "acme/embedder",
      pipeline_tag: "feature-extraction",
      library_name: "sentence-transformers",
    });
    const again = training({ id: "acme/encoder-2", pipeline_tag: "feature-extraction" });
    expect(plain.value).toEqual({ method: "pretrained" });
    expect(embedding.value).toEqual({ method: "transfer-learning", relation: "fine-tune" });
    expect(embedding.reason).toBe(
      "a guess from the task alone (nothing else says): sentence embedding models are fine-tuned from a pretrained encoder",
    );
    expect(again.value).toEqual({ method: "pretrained" });
    const similar = training({ id: "acme/similar", pipeline_tag: "sentence-similarity" });
    expect(similar.value).toEqual({ method: "transfer-learning", relation: "fine-tune" });
    expect(similar.reason).toBe(embedding.reason);
    // The same from the tags, which name the library and the task.
    const tagged = training({ id: "acme/embedder", tags: ["sentence-transformers", "feature-extraction"] });
    expect(tagged.value).toEqual({ method: "transfer-learning", relation: "fine-tune" });
    expect(tagged.evidence).toEqual([{ field: "tags", value: "feature-extraction" }]);
    expect(training({ id: "acme/similar", tags: ["sentence-similarity"] }).reason).toBe(embedding.reason);
  });

  test("says nothing when not even the task is known", () => {
    expect(training({ id: "acme/model" })).toEqual({
      value: null,
      confidence: "unknown",
      evidence: [],
      reason: "no base model, marker, registry record or task says how it was trained",
    });
  });
});

describe("fine-tunes named or tagged as such", () => {
  test("reads Flan names and the Hub's speech fine-tuning sprint tags as fine-tunes", () => {
    const flan = training({ id: "google/flan-t5-xxl", pipeline_tag: "text2text-generation" });
    expect(flan.value).toEqual({ method: "transfer-learning", relation: "fine-tune" });
    expect(flan.evidence[0]).toEqual({ field: "id", value: "flan" });
    const sprint = training({ id: "acme/wav2vec2-xlsr-gl", tags: ["xlsr-fine-tuning-week"] });
    expect(sprint.value?.relation).toBe("fine-tune");
    expect(sprint.evidence[0]).toEqual({ field: "tags", value: "xlsr-fine-tuning-week" });
    expect(training({ id: "acme/flanker-1b" }).value?.relation).not.toBe("fine-tune");
  });
});

describe("spaCy pipelines", () => {
  test("are trained from scratch, but for the transformer-based ones", () => {
    const small = training({ id: "spacy/en_core_web_sm", cardData: { tags: ["spacy", "token-classification"] } });
    expect(small.value).toEqual({ method: "from-scratch" });
    expect(small.evidence).toEqual([{ field: "tags", value: "spacy" }]);
    const trf = training({ id: "spacy/en_core_web_trf", cardData: { tags: ["spacy", "token-classification"] } });
    expect(trf.value?.method).toBe("transfer-learning");
    // The names of spaCy 2's transformer pipelines put "trf" second.
    const older = training({
      id: "acme/en_trf_bertbaseuncased_lg",
      cardData: { tags: ["spacy", "token-classification"] },
    });
    expect(older.value?.method).toBe("transfer-learning");
    const notTrf = training({ id: "acme/en_core_web_trfx", cardData: { tags: ["spacy", "token-classification"] } });
    expect(notTrf.value?.method).toBe("from-scratch");
  });

  test("say why they are trained from scratch, as an inference from the library", () => {
    expect(training({ id: "spacy/en_core_web_sm", library_name: "spacy" })).toEqual({
      value: { method: "from-scratch" },
      confidence: "inferred",
      evidence: [{ field: "library_name", value: "spacy" }],
      reason: "spaCy's pipelines are trained from scratch on their corpora (its _trf ones fine-tune an encoder)",
    });
  });
});
