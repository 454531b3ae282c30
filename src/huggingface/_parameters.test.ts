/**
 * The parameter count of Hub models, in the order docs/guides/huggingface.md ("Which signal wins") gives:
 * `safetensors.total` (unpacked for GPTQ, AWQ and bitsandbytes), `gguf.total`, the registry's record of the
 * checkpoint, the count in the name or the registry's count of the base, and an estimate from config.json shapes.
 */
import { describe, expect, test } from "vitest";
import type { ModelInput } from "../model.js";
import { createRegistry } from "../registry/create.js";
import { classifyHuggingFaceModel } from "./index.js";

const classify = (info: unknown) => classifyHuggingFaceModel(info, { registry: false });
const parameters = (info: unknown) => classify(info).parameters;

// The per-dtype counts of hugging-quants/Meta-Llama-3.1-8B-Instruct-GPTQ-INT4 and its AWQ twin (test fixtures):
// the int32 tensors each hold eight 4-bit weights.
const GPTQ = { I32: 880_476_160, F16: 1_105_465_344 };
const GPTQ_TOTAL = 1_985_941_504;

describe("the count from safetensors", () => {
  test("takes safetensors.total as it is for unquantized weights, with certainty", () => {
    expect(
      parameters({ id: "acme/m", safetensors: { parameters: { BF16: 8_030_261_248 }, total: 8_030_261_248 } }),
    ).toEqual({
      value: { total: 8_030_261_248, stored: 8_030_261_248, quantization: null },
      confidence: "certain",
      evidence: [{ field: "safetensors.total", value: "8030261248" }],
      reason: "safetensors.total counts the stored parameters",
    });
  });

  test.each(["gptq", "awq"])("unpacks %s int32 tensors, eight 4-bit weights to each", (method) => {
    const found = parameters({
      id: "acme/m",
      config: { quantization_config: { quant_method: method, bits: 4 } },
      safetensors: { parameters: GPTQ, total: GPTQ_TOTAL },
    });
    const corrected = GPTQ.I32 * 8 + GPTQ.F16;
    expect(found).toEqual({
      value: { total: corrected, stored: GPTQ_TOTAL, quantization: { bits: 4, method, treatment: "corrected" } },
      confidence: "inferred",
      evidence: [
        { field: "safetensors.total", value: String(GPTQ_TOTAL) },
        { field: "config.quantization_config", value: `${method}, 4-bit` },
        { field: "safetensors.parameters", value: JSON.stringify(GPTQ) },
      ],
      reason: `${method} packs 4-bit weights into wider integers, so safetensors.total (${GPTQ_TOTAL}) undercounts; unpacking the packed dtypes gives about ${corrected} (quantization scales included, so a few per cent high)`,
    });
  });

  test("unpacks 8-bit GPTQ four weights to an int32, and unsigned int32 tensors too", () => {
    const found = parameters({
      id: "acme/m",
      config: { quantization_config: { quant_method: "gptq", bits: 8 } },
      safetensors: { parameters: { U32: 1_000_000, F16: 500_000 }, total: 1_500_000 },
    });
    expect(found.value.total).toBe(4_500_000);
  });

  test("unpacks bitsandbytes 4-bit bytes, two weights to each, from load_in_4bit", () => {
    // unsloth/Meta-Llama-3.1-8B-bnb-4bit's per-dtype counts (test fixture).
    const perDtype = { BF16: 1_050_939_392, F32: 486_912, U8: 3_598_746_880 };
    const found = parameters({
      id: "acme/m",
      config: { quantization_config: { load_in_4bit: true, load_in_8bit: false } },
      safetensors: { parameters: perDtype, total: 4_650_173_184 },
    });
    expect(found.value).toEqual({
      total: perDtype.BF16 + perDtype.F32 + perDtype.U8 * 2,
      stored: 4_650_173_184,
      quantization: { bits: 4, method: "bitsandbytes", treatment: "corrected" },
    });
    expect(found.evidence[1]).toEqual({ field: "config.quantization_config", value: "bitsandbytes, 4-bit" });
    // Without the config, the Hub's "4-bit" and "bitsandbytes" tags say the same, and are cited.
    const tagged = parameters({
      id: "acme/m",
      tags: ["transformers", "4-bit", "bitsandbytes"],
      safetensors: { parameters: perDtype, total: 4_650_173_184 },
    });
    expect(tagged.value).toEqual(found.value);
    expect(tagged.evidence[1]).toEqual({ field: "tags", value: "4-bit" });
    // A GPTQ tag alone gives no bit width, so the total is only flagged, citing the tag.
    const gptq = parameters({
      id: "acme/m",
      tags: ["transformers", "gptq"],
      safetensors: { parameters: { I32: 1_000_000, F16: 500_000 }, total: 1_500_000 },
    });
    expect(gptq.value.quantization).toEqual({ bits: null, method: "gptq", treatment: "flagged" });
    expect(gptq.evidence[1]).toEqual({ field: "tags", value: "gptq" });
  });

  test("flags a quantized total it cannot correct, and says why", () => {
    const eightBit = parameters({
      id: "acme/m",
      config: { quantization_config: { load_in_8bit: true } },
      safetensors: { parameters: { I8: 7_000_000_000, F16: 300_000_000 }, total: 7_300_000_000 },
    });
    expect(eightBit).toEqual({
      value: {
        total: 7_300_000_000,
        stored: 7_300_000_000,
        quantization: { bits: 8, method: "bitsandbytes", treatment: "flagged" },
      },
      confidence: "inferred",
      evidence: [
        { field: "safetensors.total", value: "7300000000" },
        { field: "config.quantization_config", value: "bitsandbytes, 8-bit" },
      ],
      reason:
        "the weights are quantized (bitsandbytes) and safetensors.total may count packed storage, not parameters; it could not be corrected from the per-dtype counts",
    });
    // No bits known, no per-dtype counts, or counts that are not whole numbers: nothing to unpack.
    const noBits = parameters({
      id: "acme/m",
      config: { quantization_config: { quant_method: "gptq" } },
      safetensors: { parameters: GPTQ, total: GPTQ_TOTAL },
    });
    expect(noBits.value.quantization).toEqual({ bits: null, method: "gptq", treatment: "flagged" });
    expect(noBits.evidence[1]).toEqual({ field: "config.quantization_config", value: "gptq" });
    const noCounts = parameters({
      id: "acme/m",
      config: { quantization_config: { quant_method: "awq", w_bit: 4 } },
      safetensors: { total: GPTQ_TOTAL },
    });
    expect(noCounts.value.quantization).toEqual({ bits: 4, method: "awq", treatment: "flagged" });
    const sixteen = parameters({
      id: "acme/m",
      config: { quantization_config: { quant_method: "gptq", bits: 16 } },
      safetensors: { parameters: GPTQ, total: GPTQ_TOTAL },
    });
    expect(sixteen.value.quantization?.treatment).toBe("flagged");
  });

  test("unpacks only GPTQ and AWQ int32 tensors and bitsandbytes 4-bit bytes", () => {
    // Another method's int32 or uint8 tensors, or 8-bit bitsandbytes bytes (one weight each), are left as they are.
    for (const [quantization, perDtype] of [
      [{ bits: 4 }, { I32: 1_000, F16: 10 }],
      [{ bits: 4 }, { U8: 1_000, F16: 10 }],
      [
        { quant_method: "awq", bits: 4 },
        { U8: 1_000, F16: 10 },
      ],
      [{ load_in_8bit: true }, { U8: 1_000, F16: 10 }],
    ] as const) {
      const found = parameters({
        id: "acme/m",
        config: { quantization_config: quantization },
        safetensors: { parameters: perDtype, total: 1_010 },
      });
      expect(found.value.total, JSON.stringify(quantization)).toBe(1_010);
      expect(found.value.quantization?.treatment).toBe("flagged");
    }
  });

  test("flags a packed total whose counts unpack to nothing", () => {
    const found = parameters({
      id: "acme/m",
      config: { quantization_config: { quant_method: "gptq", bits: 4 } },
      safetensors: { parameters: { I32: "many" }, total: 1_000 },
    });
    expect(found.value).toEqual({
      total: 1_000,
      stored: 1_000,
      quantization: { bits: 4, method: "gptq", treatment: "flagged" },
    });
  });

  test("counts a packed dtype with an odd count as nothing", () => {
    const found = parameters({
      id: "acme/m",
      config: { quantization_config: { quant_method: "gptq", bits: 4 } },
      safetensors: { parameters: { I32: 1_000, F16: "lots" }, total: 2_000 },
    });
    expect(found.value.total).toBe(8_000);
  });

  test("reads an unnamed quantization method as unknown", () => {
    const found = parameters({
      id: "acme/m",
      config: { quantization_config: { bits: 4 } },
      safetensors: { total: 1_000_000 },
    });
    expect(found.value.quantization).toEqual({ bits: 4, method: "unknown", treatment: "flagged" });
  });
});

describe("the count from GGUF metadata", () => {
  test("takes gguf.total as exact, with the bits of the first GGUF file", () => {
    const found = parameters({
      id: "bartowski/Meta-Llama-3.1-8B-Instruct-GGUF",
      gguf: { total: 8_030_261_312, architecture: "llama" },
      siblings: [
        { rfilename: ".gitattributes" },
        { rfilename: "Meta-Llama-3.1-8B-Instruct-IQ4_XS.gguf" },
        { rfilename: "Meta-Llama-3.1-8B-Instruct-Q8_0.gguf" },
      ],
    });
    expect(found).toEqual({
      value: {
        total: 8_030_261_312,
        stored: 8_030_261_312,
        quantization: { bits: 4, method: "gguf", treatment: "exact" },
      },
      confidence: "certain",
      evidence: [
        { field: "gguf.total", value: "8030261312" },
        { field: "siblings", value: "Meta-Llama-3.1-8B-Instruct-IQ4_XS.gguf" },
      ],
      reason: "gguf.total counts parameters (tensor elements), not bytes, so quantization does not change it",
    });
  });

  test.each([
    ["model-Q4_K_M.gguf", 4],
    ["model.Q5_0.gguf", 5],
    ["model-IQ3_XS.gguf", 3],
    ["model-Q2_K.gguf", 2],
    ["model-F16.gguf", 16],
    ["model-BF16.gguf", 16],
    ["model.f32.gguf", 32],
    ["model.gguf", null],
  ] as const)("reads the bits of %s", (file, bits) => {
    const found = parameters({ id: "acme/m", gguf: { total: 1_000_000 }, siblings: [{ rfilename: file }] });
    expect(found.value.quantization?.bits).toBe(bits);
  });

  test("cites the GGUF metadata itself when neither a file nor a tag says GGUF", () => {
    expect(parameters({ id: "acme/m", gguf: { total: 1_000_000 } }).evidence).toEqual([
      { field: "gguf.total", value: "1000000" },
      { field: "gguf", value: "present" },
    ]);
  });

  test("cites the gguf tag when no GGUF file is listed", () => {
    const found = parameters({ id: "acme/m", tags: ["gguf"], gguf: { total: 1_000_000 } });
    expect(found.evidence).toEqual([
      { field: "gguf.total", value: "1000000" },
      { field: "tags", value: "gguf" },
    ]);
    expect(found.value.quantization).toEqual({ bits: null, method: "gguf", treatment: "exact" });
  });
});

describe("the quantization noted beside a count from elsewhere", () => {
  test.each([
    [["4-bit", "bitsandbytes"], { bits: 4, method: "bitsandbytes" }],
    [["8bit"], { bits: 8, method: "unknown" }],
    [["auto-gptq"], { bits: null, method: "gptq" }],
    [["autoawq"], { bits: null, method: "awq" }],
    [["exl2"], { bits: null, method: "exl2" }],
    [["bitsandbytes"], { bits: null, method: "bitsandbytes" }],
    [["llama-cpp"], { bits: null, method: "gguf" }],
  ] as const)("flags the tags %j", (tags, note) => {
    const found = parameters({ id: "acme/Model-7B", tags });
    expect(found.value).toEqual({
      total: 7_000_000_000,
      stored: null,
      quantization: { ...note, treatment: "flagged" },
    });
    // The count is the name's; the quantization is only noted.
    expect(found.evidence).toEqual([{ field: "id", value: "7B" }]);
  });

  test("says the count is unknown, and still notes the quantization", () => {
    expect(parameters({ id: "acme/model", tags: ["gptq"] })).toEqual({
      value: { total: null, stored: null, quantization: { bits: null, method: "gptq", treatment: "flagged" } },
      confidence: "unknown",
      evidence: [],
      reason: "no weight totals, registry record, count in the name or config shapes",
    });
    // No `active` key at all when nothing gives an active count, not one set to undefined.
    expect(parameters({ id: "acme/model" }).value).toStrictEqual({ total: null, stored: null, quantization: null });
  });
});

describe("the count from the name", () => {
  test("reads the count a name states", () => {
    expect(parameters({ id: "meta-llama/Llama-3-70B-Instruct" })).toEqual({
      value: { total: 70_000_000_000, stored: null, quantization: null },
      confidence: "inferred",
      evidence: [{ field: "id", value: "70B" }],
      reason: "the name says 70B",
    });
  });

  test("reads a total and an active count", () => {
    expect(parameters({ id: "Qwen/Qwen3-30B-A3B" }).value).toEqual({
      total: 30_000_000_000,
      stored: null,
      active: 3_000_000_000,
      quantization: null,
    });
  });

  test("estimates the total of an experts-times-size name, and says so", () => {
    const found = parameters({ id: "mistralai/Mixtral-8x22B-v0.1" });
    expect(found.value.estimated).toBe(true);
    expect(found.value.active).toBeUndefined();
    // Mixtral 8x22B holds 141B (its model card): the estimate is within a few per cent.
    expect(Math.abs((found.value.total ?? 0) - 141e9) / 141e9).toBeLessThan(0.05);
    expect(found.reason).toBe(
      `the name says 8x22B: experts share attention and embeddings, so the total is estimated at about ${found.value.total}`,
    );
  });
});

/** A registry record in the authoring form. */
function record(id: string, total: number, active?: number): ModelInput {
  return {
    id,
    name: id,
    organization: "Acme",
    year: 2025,
    parameters: active === undefined ? { total } : { total, active },
    taskType: "generative",
    tasks: ["text-generation"],
    modalities: { input: ["text"], output: ["text"] },
    training: { method: "pretrained" },
    domains: ["nlp"],
    architecture: { family: "decoder-only", ...(active === undefined ? {} : { mixtureOfExperts: true }) },
    openWeights: true,
  };
}

describe("the count from the registry", () => {
  const mine = createRegistry([record("acme-moe", 30_500_000_000, 3_300_000_000), record("acme-big", 40_000_000_000)]);
  const classifyWith = (info: unknown) => classifyHuggingFaceModel(info, { registry: mine }).parameters;

  test("takes the checkpoint's record before its name", () => {
    expect(classifyWith({ id: "acme/acme-moe" })).toEqual({
      value: { total: 30_500_000_000, stored: null, active: 3_300_000_000, quantization: null },
      confidence: "inferred",
      evidence: [{ field: "registry", value: "acme-moe" }],
      reason: "the registry's record of this checkpoint gives 30500000000 parameters",
    });
  });

  test("takes the base's exact count when the name only rounds it", () => {
    expect(classifyWith({ id: "someone/moe-30B-A3B-GPTQ", cardData: { base_model: "acme-moe" } })).toEqual({
      value: {
        total: 30_500_000_000,
        stored: null,
        active: 3_300_000_000,
        quantization: null,
      },
      confidence: "inferred",
      evidence: [{ field: "registry", value: "acme-moe" }],
      reason: "the registry's record of its base acme-moe gives 30500000000 parameters",
    });
  });

  test("takes the name's count when it names another size than the base's, a quarter away or more", () => {
    const base = { cardData: { base_model: "acme-big" } };
    // 30B is a quarter below 40B: still a rounding of it; 29B is further.
    expect(classifyWith({ id: "someone/big-30B", ...base }).value.total).toBe(40_000_000_000);
    expect(classifyWith({ id: "someone/big-29B", ...base }).value.total).toBe(29_000_000_000);
    expect(classifyWith({ id: "someone/big-50B", ...base }).value.total).toBe(40_000_000_000);
    expect(classifyWith({ id: "someone/big-51B", ...base }).value.total).toBe(51_000_000_000);
  });

  test("takes the base's count when the name has none, and the name's when there is no base", () => {
    expect(classifyWith({ id: "someone/big-helper", cardData: { base_model: "acme-big" } }).value.total).toBe(
      40_000_000_000,
    );
    expect(classifyWith({ id: "someone/other-13B", cardData: { base_model: "unknown/base" } }).value.total).toBe(
      13_000_000_000,
    );
  });
});

describe("the count estimated from config.json shapes", () => {
  // meta-llama/Llama-3.1-8B's config.json: 32 layers of width 4096, a gated (SiLU) feed-forward of 14336,
  // 32 query heads sharing 8 key-value heads, a vocabulary of 128256; the model holds 8.03B parameters.
  const llama = {
    num_hidden_layers: 32,
    hidden_size: 4096,
    vocab_size: 128_256,
    intermediate_size: 14_336,
    num_attention_heads: 32,
    num_key_value_heads: 8,
    hidden_act: "silu",
  };

  test("counts attention with grouped queries, a gated feed-forward and the embeddings", () => {
    const found = parameters({ id: "acme/m", config: llama });
    // Per layer: attention 4096² × (2 + 2 × 8/32), feed-forward 3 × 4096 × 14336; then 128256 × 4096.
    const expected = 32 * (4096 * 4096 * 2.5 + 3 * 4096 * 14_336) + 128_256 * 4096;
    expect(found).toEqual({
      value: { total: expected, stored: null, quantization: null, estimated: true },
      confidence: "inferred",
      evidence: [
        { field: "config.num_hidden_layers", value: "32" },
        { field: "config.hidden_size", value: "4096" },
        { field: "config.vocab_size", value: "128256" },
        { field: "config.intermediate_size", value: "14336" },
      ],
      reason: `estimated from config.json shapes (32 layers of width 4096, a vocabulary of 128256): about ${expected}`,
    });
    // Without the untied output matrix it leaves out, the estimate is within a tenth of the real 8.03B.
    expect(Math.abs(expected - 8.03e9) / 8.03e9).toBeLessThan(0.1);
  });

  test("counts four attention matrices without grouped queries, two feed-forward ones without a gate, and 4h by default", () => {
    // google-bert/bert-base-uncased's config.json: 12 layers of width 768, GELU, 12 heads, 30522 words; 110M.
    const bert = {
      num_hidden_layers: 12,
      hidden_size: 768,
      vocab_size: 30_522,
      num_attention_heads: 12,
      hidden_act: "gelu",
    };
    const found = parameters({ id: "acme/m", config: bert });
    const expected = 12 * (768 * 768 * 4 + 2 * 768 * 3072) + 30_522 * 768;
    expect(found.value.total).toBe(expected);
    expect(found.evidence[3]).toEqual({ field: "config.intermediate_size", value: "undefined" });
    expect(Math.abs(expected - 110e6) / 110e6).toBeLessThan(0.05);
    expect(parameters({ id: "acme/m", config: { ...bert, num_attention_heads: undefined } }).value.total).toBe(
      expected,
    );
    expect(parameters({ id: "acme/m", config: { ...bert, num_attention_heads: 0 } }).value.total).toBe(expected);
  });

  test("counts full attention when the config gives key-value heads but no query heads", () => {
    const { num_attention_heads: _, ...noHeads } = llama;
    const expected = 32 * (4096 * 4096 * 4 + 3 * 4096 * 14_336) + 128_256 * 4096;
    expect(parameters({ id: "acme/m", config: noHeads }).value.total).toBe(expected);
  });

  test("estimates nothing without layers, width and vocabulary, all positive", () => {
    for (const missing of ["num_hidden_layers", "hidden_size", "vocab_size"]) {
      expect(parameters({ id: "acme/m", config: { ...llama, [missing]: undefined } }).value.total).toBeNull();
      expect(parameters({ id: "acme/m", config: { ...llama, [missing]: 0 } }).value.total).toBeNull();
      expect(parameters({ id: "acme/m", config: { ...llama, [missing]: -1 } }).value.total).toBeNull();
    }
    // A negative width squared in every matrix would still make a positive count.
    const negative = { ...llama, hidden_size: -4096, intermediate_size: undefined };
    expect(parameters({ id: "acme/m", config: negative }).value.total).toBeNull();
    expect(parameters({ id: "acme/m", config: { ...llama, hidden_size: 1e12 } }).value.total).toBeNull();
  });

  test("keeps an active count the config states beside the estimate", () => {
    expect(
      parameters({ id: "acme/m", config: { ...llama, num_active_parameters: 1_000_000_000 } }).value,
    ).toMatchObject({
      active: 1_000_000_000,
      estimated: true,
    });
  });
});

describe("the size class", () => {
  test("follows the count, at its confidence and with its evidence", () => {
    const result = classify({ id: "acme/m", safetensors: { total: 8_030_261_248 } });
    expect(result.sizeClass).toEqual({
      value: "medium",
      confidence: "certain",
      evidence: [{ field: "safetensors.total", value: "8030261248" }],
      reason: "8030261248 parameters",
    });
  });

  test("is unknown when the count is", () => {
    expect(classify({ id: "acme/m" }).sizeClass).toEqual({
      value: null,
      confidence: "unknown",
      evidence: [],
      reason: "the parameter count is unknown, so the size is too",
    });
  });
});

describe("a stored total against the registry's record of the very repository", () => {
  const known = createRegistry([{ ...record("acme-chat-small", 124_439_808), aliases: ["acme/chat-small"] }]);

  test("takes the record's count when the stored total is more than a quarter away from it", () => {
    const found = classifyHuggingFaceModel(
      { id: "acme/chat-small", safetensors: { total: 175_620_096 } },
      { registry: known },
    ).parameters;
    expect(found.value).toEqual({ total: 124_439_808, stored: 175_620_096, quantization: null });
    expect(found.confidence).toBe("inferred");
    expect(found.evidence).toEqual([
      { field: "registry", value: "acme-chat-small" },
      { field: "safetensors.total", value: "175620096" },
    ]);
    expect(found.reason).toContain("more than a quarter away");
  });

  test("keeps the stored total within a quarter, and for a repository known by its name only", () => {
    const near = classifyHuggingFaceModel(
      { id: "acme/chat-small", safetensors: { total: 137_022_720 } },
      { registry: known },
    );
    expect(near.parameters.value.total).toBe(137_022_720);
    expect(near.parameters.confidence).toBe("certain");
    const edge = classifyHuggingFaceModel(
      { id: "acme/chat-small", safetensors: { total: 155_549_760 } },
      { registry: known },
    );
    expect(edge.parameters.value.total).toBe(155_549_760);
    const other = classifyHuggingFaceModel(
      { id: "someone/chat-small", safetensors: { total: 175_620_096 } },
      { registry: known },
    );
    expect(other.parameters.value.total).toBe(175_620_096);
  });

  test("gives the record's active count with its total, and keeps the stored total when the record has no count", () => {
    const registry = createRegistry([
      { ...record("acme-moe-small", 30_500_000_000, 3_300_000_000), aliases: ["acme/moe-small"] },
      {
        ...record("acme-secret", 1_000_000_000),
        parameters: { total: null },
        aliases: ["acme/secret"],
      },
    ]);
    const moe = classifyHuggingFaceModel(
      { id: "acme/moe-small", safetensors: { total: 61_000_000_000 } },
      { registry },
    ).parameters;
    expect(moe.value).toEqual({
      total: 30_500_000_000,
      active: 3_300_000_000,
      stored: 61_000_000_000,
      quantization: null,
    });
    const secret = classifyHuggingFaceModel({ id: "acme/secret", safetensors: { total: 7_000_000_000 } }, { registry });
    expect(secret.parameters.value.total).toBe(7_000_000_000);
  });
});
