/**
 * The architecture of Hub models, in the order docs/guides/huggingface.md ("Which signal wins") gives:
 * `config.model_type`, GGUF architecture, diffusers class, timm's `architecture`, head classes; then tags, the
 * card's `model_type` and the library; then the registry (the checkpoint, then its base); then the names.
 */
import { describe, expect, test } from "vitest";
import type { ModelInput } from "../model.js";
import { createRegistry } from "../registry/create.js";
import { classifyHuggingFaceModel } from "./index.js";
import { TRANSFORMERS_MODEL_TYPES } from "./model-types.js";

const architecture = (info: unknown) => classifyHuggingFaceModel(info, { registry: false }).architecture;

describe("the architecture from config and weight metadata", () => {
  test("reads config.model_type with certainty, and says what the family is", () => {
    expect(architecture({ id: "acme/m", config: { model_type: "llama" } })).toEqual({
      value: { family: "decoder-only" },
      confidence: "certain",
      evidence: [{ field: "config.model_type", value: "llama" }],
      reason: 'config.model_type "llama" is decoder-only transformer',
    });
    expect(architecture({ id: "acme/m", config: { model_type: "resnet" } }).reason).toBe(
      'config.model_type "resnet" is cnn',
    );
  });

  test("reads a mixture of experts from the model type", () => {
    expect(architecture({ id: "acme/m", config: { model_type: "mixtral" } })).toEqual({
      value: { family: "decoder-only", mixtureOfExperts: true },
      confidence: "certain",
      evidence: [{ field: "config.model_type", value: "mixtral" }],
      reason: 'config.model_type "mixtral" is decoder-only transformer, with mixture-of-experts layers',
    });
  });

  test("reads the GGUF architecture, by llama.cpp's names and then by model types", () => {
    expect(architecture({ id: "acme/m", gguf: { architecture: "qwen2moe" } })).toEqual({
      value: { family: "decoder-only", mixtureOfExperts: true },
      confidence: "certain",
      evidence: [{ field: "gguf.architecture", value: "qwen2moe" }],
      reason: 'gguf.architecture "qwen2moe" is decoder-only transformer, with mixture-of-experts layers',
    });
    expect(architecture({ id: "acme/m", gguf: { architecture: "llama" } }).value).toEqual({ family: "decoder-only" });
  });

  test("reads the diffusers pipeline class, with its framework", () => {
    expect(architecture({ id: "acme/m", config: { diffusers: { _class_name: "StableDiffusionXLPipeline" } } })).toEqual(
      {
        value: { family: "cnn", framework: "diffusion" },
        confidence: "certain",
        evidence: [{ field: "config.diffusers._class_name", value: "StableDiffusionXLPipeline" }],
        reason: 'config.diffusers._class_name "StableDiffusionXLPipeline" is cnn, diffusion',
      },
    );
  });

  test("reads timm's architecture by its family prefix, as inferred", () => {
    expect(architecture({ id: "acme/m", config: { architecture: "convnext_small.fb_in22k" } })).toEqual({
      value: { family: "cnn" },
      confidence: "inferred",
      evidence: [{ field: "config.architecture", value: "convnext_small.fb_in22k" }],
      reason: 'config.architecture "convnext_small.fb_in22k" is cnn',
    });
    expect(architecture({ id: "acme/m", config: { architecture: "swin_base_patch4_window7_224" } }).value).toEqual({
      family: "encoder-only",
    });
    // A family prefix with an underscore in it (timm/tf_efficientnet_b0.ns_jft_in1k's config).
    expect(architecture({ id: "acme/m", config: { architecture: "tf_efficientnet_b0" } })).toMatchObject({
      value: { family: "cnn" },
      evidence: [{ field: "config.architecture", value: "tf_efficientnet_b0" }],
    });
  });

  test.each([
    // First, as it builds the table of joined model types: seamless_m4t_v2 (SeamlessM4T v2, arXiv 2312.05187).
    ["SeamlessM4Tv2Model", "encoder-decoder"],
    ["LlamaForCausalLM", "decoder-only"],
    ["GPT2LMHeadModel", "decoder-only"],
    ["BertModel", "encoder-only"],
    ["T5ForConditionalGeneration", "encoder-decoder"],
    ["DeepseekV3ForCausalLM", "decoder-only"],
    ["ResNetForImageClassification", "cnn"],
    // DeBERTa-v2/v3 checkpoints (microsoft/deberta-v3-base) name this class; the Hub's model type is "deberta-v2".
    ["DebertaV2ForMaskedLM", "encoder-only"],
    ["MobileNetV2ForImageClassification", "cnn"],
    // deepseek-ai/deepseek-vl2's class, for the model type deepseek_vl_v2.
    ["DeepseekVLV2ForCausalLM", "decoder-only"],
  ])("reads the class name %s", (name, family) => {
    const found = architecture({ id: "acme/m", config: { architectures: [name] } });
    expect(found.value?.family).toBe(family);
    expect(found.confidence).toBe("inferred");
    expect(found.evidence[0]).toEqual({ field: "config.architectures[0]", value: name });
  });

  test("reads every model type from a class name that joins its words, as config.model_type reads it", () => {
    for (const [type, answer] of Object.entries(TRANSFORMERS_MODEL_TYPES)) {
      const name = `${type.replace(/[-_]/g, "")}Model`;
      expect(architecture({ id: "acme/m", config: { architectures: [name] } }).value, name).toStrictEqual(answer);
    }
  });

  test("reads the first class name that names a model type, by its index", () => {
    const found = architecture({ id: "acme/m", config: { architectures: ["AcmeCustomModel", "MistralForCausalLM"] } });
    expect(found.evidence).toEqual([{ field: "config.architectures[1]", value: "MistralForCausalLM" }]);
  });

  test("takes the model type before the GGUF architecture, the diffusers class, timm's name and the class names", () => {
    const info = {
      id: "acme/m",
      config: {
        model_type: "t5",
        architecture: "resnet50",
        architectures: ["LlamaForCausalLM"],
        diffusers: { _class_name: "FluxPipeline" },
      },
      gguf: { architecture: "mamba" },
    };
    expect(architecture(info).evidence[0]?.field).toBe("config.model_type");
    const { model_type: _, ...rest } = info.config;
    expect(architecture({ ...info, config: rest }).evidence[0]?.field).toBe("gguf.architecture");
    expect(architecture({ id: "acme/m", config: rest }).evidence[0]?.field).toBe("config.diffusers._class_name");
    const { diffusers: __, ...timm } = rest;
    expect(architecture({ id: "acme/m", config: timm }).evidence[0]?.field).toBe("config.architecture");
  });

  test("moves on from a model type it does not know", () => {
    const found = architecture({
      id: "acme/m",
      config: { model_type: "acme_custom", architectures: ["Qwen2ForCausalLM"] },
    });
    expect(found.evidence).toEqual([{ field: "config.architectures[0]", value: "Qwen2ForCausalLM" }]);
  });
});

describe("the architecture from experts in the config or the name", () => {
  test.each(["num_local_experts", "num_experts", "n_routed_experts", "moe_num_experts"])(
    "marks a mixture of experts from config.%s",
    (key) => {
      const found = architecture({ id: "acme/m", config: { model_type: "llama", [key]: 8 } });
      expect(found).toEqual({
        value: { family: "decoder-only", mixtureOfExperts: true },
        confidence: "certain",
        evidence: [
          { field: "config.model_type", value: "llama" },
          { field: `config.${key}`, value: "8" },
        ],
        reason: 'config.model_type "llama" is decoder-only transformer, with mixture-of-experts layers',
      });
    },
  );

  test("does not mark one expert as a mixture", () => {
    expect(architecture({ id: "acme/m", config: { model_type: "llama", num_experts: 1 } }).value).toEqual({
      family: "decoder-only",
    });
  });

  test("marks a mixture of experts from an 8x7B or A3B name", () => {
    const found = architecture({ id: "acme/Mistral-8x7B-v0.1-custom", config: { model_type: "mistral" } });
    expect(found.value).toEqual({ family: "decoder-only", mixtureOfExperts: true });
    expect(found.evidence[1]).toEqual({ field: "id", value: "8x7B" });
    const active = architecture({ id: "acme/Qwen3-30B-A3B", config: { model_type: "qwen3" } });
    expect(active.evidence[1]).toEqual({ field: "id", value: "30B-A3B" });
  });

  test("gives each model its own experts, after a model of the same type without them", () => {
    const plain = architecture({ id: "acme/a", config: { model_type: "qwen2" } });
    const experts = architecture({ id: "acme/b", config: { model_type: "qwen2", num_experts: 64 } });
    const again = architecture({ id: "acme/c", config: { model_type: "qwen2" } });
    expect(plain.value).toEqual({ family: "decoder-only" });
    expect(experts.value).toEqual({ family: "decoder-only", mixtureOfExperts: true });
    expect(again.value).toEqual({ family: "decoder-only" });
    expect(again.evidence).toEqual([{ field: "config.model_type", value: "qwen2" }]);
  });

  test("does not cite the config's experts when the model type already says it routes through them", () => {
    expect(architecture({ id: "acme/m", config: { model_type: "mixtral", num_local_experts: 8 } }).evidence).toEqual([
      { field: "config.model_type", value: "mixtral" },
    ]);
  });

  test("shares one frozen answer between models of the same model type, whatever came between", () => {
    // A dump of thousands of models holds one copy of each such answer (see _share in _finding.ts).
    const first = architecture({ id: "acme/a", config: { model_type: "gemma3" } });
    architecture({ id: "acme/b", config: { model_type: "t5" } });
    architecture({ id: "acme/c", gguf: { architecture: "llama" } });
    const again = architecture({ id: "acme/d", config: { model_type: "gemma3" } });
    expect(again).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    // An answer read from the repository's own name is its own. (This is the first name read in this file, which
    // builds the name table: its key "stable-diffusion-3" must match with its hyphens.)
    const own = architecture({ id: "acme/stable-diffusion-3-finetune" });
    expect(own.value).toEqual({ family: "transformer", framework: "diffusion" });
    expect(Object.isFrozen(own)).toBe(false);
  });
});

describe("the architecture from tags, the card and the library", () => {
  test("reads a diffusers:<Pipeline> tag", () => {
    expect(architecture({ id: "acme/m", tags: ["diffusers", "diffusers:FluxPipeline"] })).toEqual({
      value: { family: "transformer", framework: "diffusion" },
      confidence: "inferred",
      evidence: [{ field: "tags", value: "FluxPipeline" }],
      reason: 'tags "FluxPipeline" is transformer, diffusion',
    });
  });

  test("reads a tag that names a model type or a GGUF architecture", () => {
    expect(architecture({ id: "acme/m", tags: ["transformers", "whisper", "audio"] }).evidence).toEqual([
      { field: "tags", value: "whisper" },
    ]);
    // A model type of two letters: T5, arXiv 1910.10683, is an encoder-decoder Transformer.
    expect(architecture({ id: "acme/summarizer", tags: ["transformers", "t5", "en"] })).toMatchObject({
      value: { family: "encoder-decoder" },
      confidence: "inferred",
      evidence: [{ field: "tags", value: "t5" }],
    });
    expect(architecture({ id: "acme/m", tags: ["gguf", "qwen2moe"] }).value).toEqual({
      family: "decoder-only",
      mixtureOfExperts: true,
    });
  });

  test("reads the card's model_type", () => {
    expect(architecture({ id: "TheBloke/m", cardData: { model_type: "llama" } })).toMatchObject({
      value: { family: "decoder-only" },
      confidence: "inferred",
      evidence: [{ field: "cardData.model_type", value: "llama" }],
    });
  });

  test.each([
    ["acme/ppo-CartPole-v1", "mlp"],
    ["acme/dqn-BreakoutNoFrameskip-v4", "cnn"],
    ["acme/a2c-PongNoFrameskip-v4", "cnn"],
    ["acme/ppo-SpaceInvaders", "cnn"],
  ])("reads stable-baselines3's default policy network for %s", (id, family) => {
    expect(architecture({ id, library_name: "stable-baselines3" })).toEqual({
      value: { family },
      confidence: "inferred",
      evidence: [{ field: "library_name", value: "stable-baselines3" }],
      reason: `library_name "stable-baselines3" is ${family}`,
    });
  });

  test("reads ML-Agents' fully connected network, from the card's library", () => {
    expect(architecture({ id: "acme/ppo-Huggy", cardData: { library_name: "ml-agents" } })).toMatchObject({
      value: { family: "mlp" },
      confidence: "inferred",
      evidence: [{ field: "cardData.library_name", value: "ml-agents" }],
    });
  });

  test("reads nothing from another library", () => {
    expect(architecture({ id: "acme/m", library_name: "transformers" }).value).toBeNull();
  });
});

/** A registry record in the authoring form. */
function record(id: string, fields: Partial<ModelInput>): ModelInput {
  return {
    id,
    name: id,
    organization: "Acme",
    year: 2024,
    parameters: { total: 1_000_000_000 },
    taskType: "generative",
    tasks: ["text-to-image"],
    modalities: { input: ["text"], output: ["image"] },
    training: { method: "pretrained" },
    domains: ["computer-vision"],
    architecture: { family: "transformer", framework: "diffusion" },
    openWeights: true,
    ...fields,
  };
}

describe("the architecture from the registry", () => {
  const mine = createRegistry([
    record("acme-painter", {}),
    record("acme-router", {
      tasks: ["text-generation"],
      taskType: "generative",
      modalities: { input: ["text"], output: ["text"] },
      domains: ["nlp"],
      architecture: { family: "decoder-only", mixtureOfExperts: true },
    }),
  ]);

  test("takes the checkpoint's record, with its framework", () => {
    expect(classifyHuggingFaceModel({ id: "acme/acme-painter" }, { registry: mine }).architecture).toEqual({
      value: { family: "transformer", framework: "diffusion" },
      confidence: "inferred",
      evidence: [{ field: "registry", value: "acme-painter" }],
      reason: 'registry "acme-painter" is transformer, diffusion',
    });
  });

  test("takes a base's record for an adapter of it, experts included", () => {
    const found = classifyHuggingFaceModel(
      { id: "someone/router-lora", library_name: "peft", cardData: { base_model: "acme-router" } },
      { registry: mine },
    ).architecture;
    expect(found.value).toEqual({ family: "decoder-only", mixtureOfExperts: true });
    expect(found.evidence).toEqual([{ field: "registry", value: "acme-router" }]);
  });

  test("answers from the registry it is given, after another registry answered the same name otherwise", () => {
    const other = createRegistry([record("acme-painter", { architecture: { family: "cnn", framework: "diffusion" } })]);
    const first = classifyHuggingFaceModel({ id: "acme/acme-painter" }, { registry: mine }).architecture;
    const second = classifyHuggingFaceModel({ id: "acme/acme-painter" }, { registry: other }).architecture;
    const third = classifyHuggingFaceModel({ id: "acme/acme-painter" }, { registry: mine }).architecture;
    expect(first.value).toEqual({ family: "transformer", framework: "diffusion" });
    expect(second.value).toEqual({ family: "cnn", framework: "diffusion" });
    expect(third.value).toEqual({ family: "transformer", framework: "diffusion" });
    const plain = createRegistry([record("acme-painter", { architecture: { family: "transformer" } })]);
    // No framework key at all, not one set to undefined.
    expect(classifyHuggingFaceModel({ id: "acme/acme-painter" }, { registry: plain }).architecture.value).toStrictEqual(
      { family: "transformer" },
    );
    const routed = createRegistry([
      record("acme-painter", {
        architecture: { family: "transformer", framework: "diffusion", mixtureOfExperts: true },
      }),
    ]);
    expect(classifyHuggingFaceModel({ id: "acme/acme-painter" }, { registry: routed }).architecture.value).toEqual({
      family: "transformer",
      framework: "diffusion",
      mixtureOfExperts: true,
    });
    // The same family and framework without experts, right after: not the answer with experts.
    expect(classifyHuggingFaceModel({ id: "acme/acme-painter" }, { registry: mine }).architecture.value).toEqual({
      family: "transformer",
      framework: "diffusion",
    });
    // And the answer with experts again, right after the one without.
    expect(classifyHuggingFaceModel({ id: "acme/acme-painter" }, { registry: routed }).architecture.value).toEqual({
      family: "transformer",
      framework: "diffusion",
      mixtureOfExperts: true,
    });
  });
});

describe("the architecture from names", () => {
  test("reads the longest model type or family the repository name starts with, at a word boundary", () => {
    expect(architecture({ id: "mistralai/Mistral-7B-v0.1" })).toEqual({
      value: { family: "decoder-only" },
      confidence: "inferred",
      evidence: [{ field: "id", value: "Mistral-7B-v0.1" }],
      reason: 'id "Mistral-7B-v0.1" is decoder-only transformer',
    });
    expect(architecture({ id: "acme/Qwen2-VL-7B" }).evidence).toEqual([{ field: "id", value: "Qwen2-VL-7B" }]);
    // "opt" is a model type, but "optimus" does not start with the word "opt".
    expect(architecture({ id: "acme/optimus" }).value).toBeNull();
    expect(architecture({ id: "acme/opt-125m" }).value).toEqual({ family: "decoder-only" });
    // "a" and "z" are letters too: "opta" and "optz" do not start with the word "opt".
    expect(architecture({ id: "acme/opta-1" }).value).toBeNull();
    expect(architecture({ id: "acme/optz-1" }).value).toBeNull();
  });

  test("reads the name of a declared base when the repository's own says nothing", () => {
    expect(architecture({ id: "acme/sql-helper", cardData: { base_model: "mistralai/Mistral-7B-v0.1" } })).toEqual({
      value: { family: "decoder-only" },
      confidence: "inferred",
      evidence: [{ field: "base model", value: "mistralai/Mistral-7B-v0.1" }],
      reason: 'base model "mistralai/Mistral-7B-v0.1" is decoder-only transformer',
    });
    // A card's text may hold a dash beyond ASCII: it ends a word as a hyphen does.
    expect(architecture({ id: "acme/sql-helper", cardData: { base_model: "Mistral\u20137B" } }).value).toEqual({
      family: "decoder-only",
    });
  });

  test("reads a model type named by a later word of the name, skipping ordinary words", () => {
    expect(architecture({ id: "ContextualAI/Contextual_KTO_Mistral_PairRM" })).toMatchObject({
      confidence: "inferred",
      evidence: [{ field: "id", value: "Contextual_KTO_Mistral_PairRM" }],
    });
    expect(architecture({ id: "acme/Best-Mistral-Blend" }).value).toEqual({ family: "decoder-only" });
    // "align", "git", "sam" are model types and ordinary words: they name nothing here.
    expect(architecture({ id: "acme/my-git-sam-align" }).value).toBeNull();
    // A word of three letters counts, and so does T5's name of two (a query generator trained on MS MARCO).
    expect(architecture({ id: "acme/xx-vit" }).value).toEqual({ family: "encoder-only" });
    expect(architecture({ id: "doc2query/msmarco-t5-base-v1" }).value).toEqual({ family: "encoder-decoder" });
  });

  test("is unknown, and says what it looked for, when nothing names it", () => {
    expect(architecture({ id: "acme/my-model" })).toEqual({
      value: null,
      confidence: "unknown",
      evidence: [],
      reason:
        "no config.model_type, GGUF architecture, diffusers pipeline, registry record or known name to read it from",
    });
  });
});

describe("the architecture from family tags and versioned names", () => {
  test("reads a tag that names a family of the name table, after tags that name a model type", () => {
    expect(architecture({ id: "acme/m", cardData: { tags: ["object-detection", "yolov6", "yolo"] } })).toEqual({
      value: { family: "cnn" },
      confidence: "inferred",
      evidence: [{ field: "tags", value: "yolo" }],
      reason: 'tags "yolo" is cnn',
    });
    expect(architecture({ id: "acme/m", tags: ["pythia", "gpt_neox"] }).evidence).toEqual([
      { field: "tags", value: "gpt_neox" },
    ]);
    expect(architecture({ id: "acme/m", tags: ["flux", "lora"] }).value).toEqual({
      family: "transformer",
      framework: "diffusion",
    });
    // "transformer" says no more than the library does.
    expect(architecture({ id: "acme/m", tags: ["transformer"] }).value).toBeNull();
  });

  test("reads a family from a name whose version follows it without a separator", () => {
    expect(architecture({ id: "acme/yolov8n-custom" }).value).toEqual({ family: "cnn" });
    expect(architecture({ id: "acme/mobilenetv2_100" }).value).toEqual({ family: "cnn" });
    // A longer word is still not the family, whatever digits come later, nor is a letter other than "v" before a
    // digit a version.
    expect(architecture({ id: "acme/yolovery-good" }).value).toBeNull();
    expect(architecture({ id: "acme/yolovery-good-2" }).value).toBeNull();
    expect(architecture({ id: "acme/optq4" }).value).toBeNull();
  });

  test("reads families named by adapters' bases, OPUS-MT names and later words", () => {
    expect(architecture({ id: "acme/logo-lora", cardData: { base_model: "black-forest-labs/FLUX.1-dev" } })).toEqual(
      expect.objectContaining({ evidence: [{ field: "base model", value: "black-forest-labs/FLUX.1-dev" }] }),
    );
    expect(architecture({ id: "Helsinki-NLP/opus-mt-en-de" }).value).toEqual({ family: "encoder-decoder" });
    expect(architecture({ id: "optimum/all-MiniLM-L6-v2" }).value).toEqual({ family: "encoder-only" });
    expect(architecture({ id: "bigcode/santacoder-megatron" }).value).toEqual({ family: "decoder-only" });
  });
});
