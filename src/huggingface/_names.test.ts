import { describe, expect, test } from "vitest";
import { _baseBeforeFinetuned, _countFromName, _markerInName, _unpackagedName } from "./_names.js";

describe("_countFromName", () => {
  test.each([
    ["Llama-3-70B-Instruct", 70e9, undefined, false],
    ["Qwen1.5-4B", 4e9, undefined, false],
    ["HX-Mistral-1.5B_v0.2", 1.5e9, undefined, false],
    ["opt-125m", 125e6, undefined, false],
    ["llama3-instruct-8b", 8e9, undefined, false],
    ["Qwen3-30B-A3B", 30e9, 3e9, true],
  ] as const)("reads %s as a count", (name, total, active, moe) => {
    const count = _countFromName(name);
    expect(count?.total).toBe(total);
    expect(count?.active).toBe(active);
    expect(count?.mixtureOfExperts).toBe(moe);
    expect(count?.estimated).toBe(false);
  });

  test("estimates the total of an experts-times-size name below the product, and says so", () => {
    const count = _countFromName("WizardLM-2-8x22B");
    expect(count).toMatchObject({ text: "8x22B", mixtureOfExperts: true, estimated: true });
    // Mixtral 8x22B holds 141B: the estimate lands within a few per cent, the product (176B) does not.
    expect(Math.abs((count?.total ?? 0) - 141e9) / 141e9).toBeLessThan(0.05);
  });

  test.each(["Meta-Llama-3.1-bnb-4bit", "vit-base-patch16-224", "Qwen-VL-Chat-Int4", "t5-small"])(
    "finds no count in %s",
    (name) => {
      expect(_countFromName(name)).toBeUndefined();
    },
  );
});

describe("_markerInName", () => {
  test.each([
    ["Llama-2-7B-Chat-GPTQ", "quantization", "GPTQ"],
    ["Qwen3-30B-A3B-Base-bnb-4bit", "quantization", "bnb-4bit"],
    ["Qwen-VL-Chat-Int4", "quantization", "Int4"],
    ["Mixtral-8x22B-Instruct-v0.1-llamafile", "quantization", "llamafile"],
    ["roberta-large-lora-token-classification", "adapter", "lora"],
    ["Mistral-NeuralHermes-Merge-7B-slerp", "merge", "Merge"],
    ["distilbert-base-uncased-finetuned-sst-2-english", "fine-tune", "finetuned"],
    ["gemma-2-9B-it-blend", "fine-tune", "it"],
    ["mistral-orpo-alpha", "fine-tune", "orpo"],
    ["distilbart-cnn-12-6", "distillation", "distilbart"],
  ] as const)("finds in %s the relation %s", (name, relation, text) => {
    expect(_markerInName(name)).toEqual({ relation, text });
  });

  test.each(["Llama-3.1-8B", "chatglm3-6b", "bert-base-italian-cased", "vit-base-patch16-224", "opus-mt-en-it"])(
    "finds no marker in %s",
    (name) => {
      expect(_markerInName(name)).toBeUndefined();
    },
  );
});

describe("the base a name spells out", () => {
  test.each([
    ["Mixtral-8x7B-v0.1-int8-GPTQ", "Mixtral-8x7B-v0.1"],
    ["Qwen1.5-4B-GGUF", "Qwen1.5-4B"],
    ["Meta-Llama-3.1-8B-Instruct-AWQ-INT4", "Meta-Llama-3.1-8B-Instruct"],
    ["santacoder-megatron", "santacoder"],
  ])("strips the packaging of %s", (name, base) => {
    expect(_unpackagedName(name)).toBe(base);
  });

  test("leaves a name without packaging alone", () => {
    expect(_unpackagedName("Llama-3.1-8B")).toBeUndefined();
    expect(_unpackagedName("megatron-bert-cased-345m")).toBeUndefined();
  });

  test.each([
    ["distilbert-base-uncased-finetuned-sst-2-english", "distilbert-base-uncased"],
    ["vilt-b32-finetuned-vqa", "vilt-b32"],
    ["vit_base_patch16_224.augreg2_in21k_ft_in1k", "vit_base_patch16_224.augreg2_in21k"],
  ])("takes the base of %s from before the fine-tuning word", (name, base) => {
    expect(_baseBeforeFinetuned(name)).toBe(base);
  });
});

describe("the limits of what a name says", () => {
  test.each([
    ["Mixtral-1x7B", undefined],
    ["Model-0B", undefined],
    ["Model-0.0B", undefined],
    ["opt-1.3b", 1.3e9],
    ["SmolLM2-360M", 360e6],
    ["Switch-1.6T", 1.6e12],
    ["tiny-500k", 500e3],
    ["Llama3.1-8b_v2", 8e9],
    ["Beyonder-2x7B", Math.round(2 * 7e9 * 0.82)],
  ] as const)("reads the count of %s as %s", (name, total) => {
    expect(_countFromName(name)?.total).toBe(total);
  });

  test("gives the part of the name a count was read from, without its separator", () => {
    expect(_countFromName("Meta-Llama-3-70B")?.text).toBe("70B");
    expect(_countFromName("30B-A3B-Instruct")?.text).toBe("30B-A3B");
    // An active count of zero is no active count.
    expect(_countFromName("Model-30B-A0B")?.active).toBeUndefined();
    expect(_countFromName("Mixtral-8x7B-v0.1")).toEqual({
      total: Math.round(8 * 7e9 * 0.82),
      text: "8x7B",
      mixtureOfExperts: true,
      estimated: true,
    });
    expect(_countFromName("Qwen3-235B-A22B")).toEqual({
      total: 235e9,
      active: 22e9,
      text: "235B-A22B",
      mixtureOfExperts: true,
      estimated: false,
    });
  });

  test.each([
    ["Meta-Llama-3-8B-Instruct-exl2", "quantization", "exl2"],
    ["Llama-3-8B-8.0bpw", "quantization", "8.0bpw"],
    ["Llama-3-8B-w4a16", "quantization", "w4a16"],
    ["Llama-3-8B-Q4_K_M", "quantization", "Q4_K_M"],
    ["Llama-3-8B-4bit-mlx", "quantization", "4bit"],
    ["Llama-3-8B-qlora", "adapter", "qlora"],
    ["Llama-3-8B-dare2", "merge", "dare"],
    ["Llama-3-8B-ft", "fine-tune", "ft"],
    ["Llama-3-8B-dpo2", "fine-tune", "dpo"],
    ["tiny-distilbert", "distillation", "tiny-distilbert"],
    ["bert-distilled-squad", "distillation", "distilled"],
  ] as const)("finds in %s the relation %s", (name, relation, text) => {
    expect(_markerInName(name)).toEqual({ relation, text });
  });

  test("takes at most four packaging suffixes off a name, and keeps a name that is nothing else", () => {
    expect(_unpackagedName("Llama-3-8B-GGUF-Q4_K_M")).toBe("Llama-3-8B");
    expect(_unpackagedName("model-onnx-fp16")).toBe("model");
    expect(_unpackagedName("base-gguf-gptq-awq-int4-fp16")).toBe("base-gguf");
    expect(_unpackagedName("GGUF")).toBeUndefined();
    expect(_unpackagedName("-GGUF")).toBeUndefined();
  });

  test("needs a base of three characters or more before the fine-tuning word", () => {
    expect(_baseBeforeFinetuned("abc-finetuned-x")).toBe("abc");
    expect(_baseBeforeFinetuned("ab-finetuned-x")).toBeUndefined();
    expect(_baseBeforeFinetuned("bert-base_fine-tuned")).toBe("bert-base");
    expect(_baseBeforeFinetuned("bert-base-finetunes")).toBeUndefined();
  });
});
