import { readdirSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join, resolve } from "node:path";
import { PIPELINE_DATA } from "@huggingface/tasks";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { loadRealRecords } from "../../test/hub-score.js";
import { createRegistry, parseModel } from "../index.js";
import { registry } from "../registry/index.js";
import {
  classifyHuggingFaceModel,
  classifyHuggingFaceModels,
  fetchHuggingFaceModel,
  type HuggingFaceClassification,
  HuggingFaceHubError,
} from "./index.js";

const fixtureDir = resolve(import.meta.dirname, "../../test/fixtures/huggingface");
const fixtures = new Map<string, unknown>(
  readdirSync(fixtureDir)
    .filter((name) => name.endsWith(".json"))
    .map((name) => [name.replace(/\.json$/, ""), JSON.parse(readFileSync(join(fixtureDir, name), "utf8"))]),
);
const idOf = (kind: string): string => {
  const info = fixtures.get(kind);
  return typeof info === "object" && info !== null && "id" in info && typeof info.id === "string" ? info.id : kind;
};

// A Hub on 127.0.0.1, serving the fixtures at /api/models/{id} and the error cases the client must handle.
let server: Server;
let endpoint = "";
let lastAuthorization: string | undefined;

beforeAll(async () => {
  const byPath = new Map(
    [...fixtures.keys()].map((kind) => [`/api/models/${idOf(kind)}`, JSON.stringify(fixtures.get(kind))]),
  );
  server = createServer((request, response) => {
    lastAuthorization = request.headers.authorization;
    const url = request.url ?? "";
    const send = (status: number, body: string, headers: Record<string, string> = {}) => {
      response.writeHead(status, { "content-type": "application/json", ...headers });
      response.end(body);
    };
    if (url === "/api/models/acme/private") return send(401, '{"error":"Invalid credentials in Authorization header"}');
    if (url === "/api/models/acme/gated") return send(403, '{"error":"Access to model acme/gated is restricted"}');
    if (url === "/api/models/acme/busy") return send(429, '{"error":"Too many requests"}', { "retry-after": "17" });
    if (url === "/api/models/acme/broken") return send(500, "oops");
    if (url === "/api/models/acme/truncated") return send(200, '{"id":"acme/truncated","pipeline_tag":"text-gen');
    if (url === "/api/models/acme/slow") return; // never answers
    const body = byPath.get(url);
    if (body === undefined) return send(404, '{"error":"Repository not found"}');
    send(200, body);
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((done) => server.close(() => done()));
});

interface Expected {
  tasks: string[];
  taskType: string | null;
  family: string | null;
  architectureEvidence?: string;
  mixtureOfExperts?: boolean;
  framework?: string;
  total?: number | null;
  quantization?: string;
  method: string | null;
  relation?: string;
  baseModel?: string;
  domains: string[];
  record: boolean;
}

const EXPECTED: Record<string, Expected> = {
  "base-llm": {
    tasks: ["text-generation"],
    taskType: "generative",
    family: "decoder-only",
    architectureEvidence: "config.model_type",
    total: 8_030_261_248,
    method: "pretrained",
    domains: ["nlp"],
    record: true,
  },
  "instruct-finetune": {
    tasks: ["text-generation"],
    taskType: "generative",
    family: "decoder-only",
    method: "transfer-learning",
    relation: "fine-tune",
    baseModel: "mistralai/Mistral-7B-v0.1",
    domains: ["nlp"],
    record: true,
  },
  "lora-adapter": {
    tasks: ["text-generation"],
    taskType: "generative",
    family: "decoder-only",
    // An adapter has its base's architecture and size: the registry knows Mistral-7B-v0.1.
    architectureEvidence: "registry",
    method: "transfer-learning",
    relation: "adapter",
    baseModel: "mistralai/Mistral-7B-v0.1",
    total: 7_241_732_096,
    domains: ["nlp"],
    record: true,
  },
  "gguf-quantization": {
    tasks: ["text-generation"],
    taskType: "generative",
    family: "decoder-only",
    architectureEvidence: "gguf.architecture",
    total: 8_030_261_312,
    quantization: "exact",
    method: "transfer-learning",
    relation: "quantization",
    domains: ["nlp"],
    record: true,
  },
  "gptq-quantization": {
    tasks: ["text-generation"],
    taskType: "generative",
    family: "decoder-only",
    quantization: "corrected",
    method: "transfer-learning",
    relation: "quantization",
    domains: ["nlp"],
    record: true,
  },
  "awq-quantization": {
    tasks: ["text-generation"],
    taskType: "generative",
    family: "decoder-only",
    quantization: "corrected",
    method: "transfer-learning",
    relation: "quantization",
    domains: ["nlp"],
    record: true,
  },
  "bnb-4bit": {
    tasks: ["text-generation"],
    taskType: "generative",
    family: "decoder-only",
    quantization: "corrected",
    method: "transfer-learning",
    relation: "quantization",
    domains: ["nlp"],
    record: true,
  },
  merge: {
    tasks: ["text-generation"],
    taskType: "generative",
    family: "decoder-only",
    method: "transfer-learning",
    relation: "merge",
    domains: ["nlp"],
    record: true,
  },
  "encoder-classifier": {
    tasks: ["text-classification"],
    taskType: "discriminative",
    family: "encoder-only",
    total: 66_955_010,
    method: "transfer-learning",
    relation: "fine-tune",
    baseModel: "distilbert/distilbert-base-uncased",
    domains: ["nlp"],
    record: true,
  },
  "sentence-transformers": {
    tasks: ["sentence-similarity", "feature-extraction"],
    taskType: "discriminative",
    family: "encoder-only",
    method: "transfer-learning",
    relation: "fine-tune",
    baseModel: "nreimers/MiniLM-L6-H384-uncased",
    domains: ["nlp"],
    record: true,
  },
  vit: {
    tasks: ["image-classification"],
    taskType: "discriminative",
    family: "encoder-only",
    method: "transfer-learning",
    relation: "fine-tune",
    baseModel: "google/vit-base-patch16-224-in21k",
    domains: ["computer-vision"],
    record: true,
  },
  "timm-resnet": {
    tasks: ["image-classification"],
    taskType: "discriminative",
    family: "cnn",
    architectureEvidence: "config.architecture",
    method: "from-scratch",
    domains: ["computer-vision"],
    record: true,
  },
  detr: {
    tasks: ["object-detection"],
    taskType: "discriminative",
    family: "encoder-decoder",
    // DETR starts from an ImageNet-trained ResNet-50 backbone (the registry's record).
    method: "transfer-learning",
    relation: "fine-tune",
    domains: ["computer-vision"],
    record: true,
  },
  sam: {
    tasks: ["mask-generation"],
    taskType: "discriminative",
    family: "encoder-decoder",
    // SAM's image encoder starts from an MAE-pretrained ViT-H (the registry's record).
    method: "transfer-learning",
    relation: "fine-tune",
    baseModel: "facebook/vit-mae-huge",
    domains: ["computer-vision"],
    record: true,
  },
  whisper: {
    tasks: ["automatic-speech-recognition"],
    taskType: "generative",
    family: "encoder-decoder",
    // Trained from random weights on labelled speech (the registry's record).
    method: "from-scratch",
    domains: ["speech"],
    record: true,
  },
  wav2vec2: {
    tasks: ["automatic-speech-recognition"],
    // The task type follows the task: speech recognition generates text, whatever the CTC head.
    taskType: "generative",
    family: "encoder-only",
    method: "transfer-learning",
    relation: "fine-tune",
    baseModel: "facebook/wav2vec2-base",
    domains: ["speech"],
    record: true,
  },
  clip: {
    tasks: ["zero-shot-image-classification"],
    taskType: "discriminative",
    family: "encoder-only",
    method: "pretrained",
    domains: ["computer-vision"],
    record: true,
  },
  "sdxl-diffusers": {
    tasks: ["text-to-image"],
    taskType: "generative",
    family: "cnn",
    framework: "diffusion",
    architectureEvidence: "config.diffusers._class_name",
    total: 3_500_000_000,
    method: "pretrained",
    domains: ["computer-vision"],
    record: true,
  },
  "text-to-video": {
    tasks: ["text-to-video"],
    taskType: "generative",
    family: "transformer",
    framework: "diffusion",
    method: "pretrained",
    domains: ["computer-vision"],
    record: true,
  },
  "time-series": {
    tasks: ["time-series-forecasting"],
    taskType: "generative",
    family: "encoder-decoder",
    method: "pretrained",
    domains: ["time-series"],
    record: true,
  },
  tabular: {
    tasks: ["tabular-classification"],
    taskType: "discriminative",
    family: null,
    method: "from-scratch",
    domains: ["data-analysis"],
    record: false,
  },
  "rl-policy": {
    tasks: ["reinforcement-learning"],
    taskType: "discriminative",
    // stable-baselines3's default MlpPolicy.
    family: "mlp",
    method: "from-scratch",
    domains: ["reinforcement-learning"],
    record: true,
  },
  bare: { tasks: [], taskType: null, family: null, total: null, method: null, domains: [], record: false },
  "code-model": {
    tasks: ["code-generation", "text-generation"],
    taskType: "generative",
    family: "decoder-only",
    method: "pretrained",
    domains: ["code", "nlp"],
    record: true,
  },
  moe: {
    tasks: ["text-generation"],
    taskType: "generative",
    family: "decoder-only",
    mixtureOfExperts: true,
    total: 46_702_792_704,
    method: "pretrained",
    domains: ["nlp"],
    record: true,
  },
  vlm: {
    tasks: ["image-text-to-text"],
    taskType: "generative",
    family: "decoder-only",
    method: "transfer-learning",
    relation: "fine-tune",
    domains: ["multimodal"],
    record: true,
  },
};

/** The field each answer must cite first, per fixture (null: the answer is unknown, so nothing is cited). */
const EVIDENCE: Record<string, { architecture: string | null; training: string | null; parameters: string | null }> = {
  "awq-quantization": {
    architecture: "config.model_type",
    training: "cardData.base_model",
    parameters: "safetensors.total",
  },
  bare: { architecture: null, training: null, parameters: null },
  "base-llm": { architecture: "config.model_type", training: "registry", parameters: "safetensors.total" },
  "bnb-4bit": { architecture: "config.model_type", training: "cardData.base_model", parameters: "safetensors.total" },
  clip: { architecture: "config.model_type", training: "registry", parameters: "safetensors.total" },
  "code-model": { architecture: "config.model_type", training: "registry", parameters: "safetensors.total" },
  detr: { architecture: "config.model_type", training: "registry", parameters: "safetensors.total" },
  "encoder-classifier": { architecture: "config.model_type", training: "id", parameters: "safetensors.total" },
  "gguf-quantization": { architecture: "gguf.architecture", training: "cardData.base_model", parameters: "gguf.total" },
  "gptq-quantization": {
    architecture: "config.model_type",
    training: "cardData.base_model",
    parameters: "safetensors.total",
  },
  "instruct-finetune": {
    architecture: "config.model_type",
    training: "cardData.base_model",
    parameters: "safetensors.total",
  },
  "lora-adapter": { architecture: "registry", training: "cardData.base_model", parameters: "registry" },
  merge: { architecture: "config.model_type", training: "cardData.base_model", parameters: "safetensors.total" },
  moe: { architecture: "config.model_type", training: "registry", parameters: "safetensors.total" },
  "rl-policy": { architecture: "library_name", training: "library_name", parameters: null },
  sam: { architecture: "config.model_type", training: "registry", parameters: "safetensors.total" },
  "sdxl-diffusers": { architecture: "config.diffusers._class_name", training: "registry", parameters: "registry" },
  "sentence-transformers": {
    architecture: "config.model_type",
    training: "registry",
    parameters: "safetensors.total",
  },
  tabular: { architecture: null, training: "pipeline_tag", parameters: null },
  "text-to-video": { architecture: "config.diffusers._class_name", training: "registry", parameters: "registry" },
  "time-series": { architecture: "config.model_type", training: "registry", parameters: "safetensors.total" },
  // The registry knows this checkpoint (timm's ResNet-50 A1), so its record gives the training.
  "timm-resnet": { architecture: "config.architecture", training: "registry", parameters: "safetensors.total" },
  vit: { architecture: "config.model_type", training: "registry", parameters: "safetensors.total" },
  vlm: { architecture: "config.model_type", training: "id", parameters: "safetensors.total" },
  wav2vec2: { architecture: "config.model_type", training: "registry", parameters: "safetensors.total" },
  whisper: { architecture: "config.model_type", training: "registry", parameters: "safetensors.total" },
};

describe("fetchHuggingFaceModel and classifyHuggingFaceModel on fixtures of 26 kinds of repository", () => {
  test("covers every fixture", () => {
    expect([...fixtures.keys()].sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  test.each(Object.entries(EXPECTED))("classifies %s", async (kind, expected) => {
    const { info, classification: result } = await fetchHuggingFaceModel(idOf(kind), { endpoint });
    expect(info).toEqual(fixtures.get(kind));
    expect(result.id).toBe(idOf(kind));
    expect(result.tasks.value).toEqual(expected.tasks);
    expect(result.taskType.value).toBe(expected.taskType);
    expect(result.architecture.value?.family ?? null).toBe(expected.family);
    if (expected.architectureEvidence !== undefined) {
      expect(result.architecture.evidence[0]?.field).toBe(expected.architectureEvidence);
    }
    if (expected.mixtureOfExperts !== undefined)
      expect(result.architecture.value?.mixtureOfExperts).toBe(expected.mixtureOfExperts);
    if (expected.framework !== undefined) expect(result.architecture.value?.framework).toBe(expected.framework);
    if (expected.total !== undefined) expect(result.parameters.value.total).toBe(expected.total);
    if (expected.quantization !== undefined)
      expect(result.parameters.value.quantization?.treatment).toBe(expected.quantization);
    expect(result.training.value?.method ?? null).toBe(expected.method);
    if (expected.relation !== undefined) expect(result.training.value?.relation).toBe(expected.relation);
    if (expected.baseModel !== undefined) expect(result.training.value?.baseModel).toBe(expected.baseModel);
    expect(result.domains.value).toEqual(expected.domains);
    expect(result.record !== null).toBe(expected.record);
    // Every answer says why, and an unknown one says what was missing.
    for (const finding of [result.tasks, result.taskType, result.architecture, result.training, result.parameters]) {
      expect(finding.reason.length).toBeGreaterThan(10);
      if (finding.confidence !== "unknown") expect(finding.evidence.length).toBeGreaterThan(0);
    }
    if (result.record === null) expect(result.missing.length).toBeGreaterThan(0);
    const cited = EVIDENCE[kind];
    expect(result.tasks.evidence[0]?.field ?? null).toBe(expected.tasks.length > 0 ? "pipeline_tag" : null);
    expect(result.architecture.evidence[0]?.field ?? null).toBe(cited?.architecture);
    expect(result.training.evidence[0]?.field ?? null).toBe(cited?.training);
    expect(result.parameters.evidence[0]?.field ?? null).toBe(cited?.parameters);
  });

  test("cites the base_model tag when the relation comes from it", () => {
    const result = classifyHuggingFaceModel(fixtures.get("instruct-finetune"));
    expect(result.training.evidence.map((item) => item.field)).toEqual(["cardData.base_model", "tags"]);
    expect(result.training.evidence[1]?.value).toMatch(/^base_model:finetune:mistralai\/Mistral-7B-v0\.1$/);
  });

  test("records the evidence of each answer", () => {
    const result = classifyHuggingFaceModel(fixtures.get("base-llm"));
    expect(result.tasks).toMatchObject({
      confidence: "certain",
      evidence: [{ field: "pipeline_tag", value: "text-generation" }],
    });
    // The task type follows the task, and is as sure as the task is.
    expect(result.taskType).toMatchObject({
      confidence: "certain",
      evidence: [{ field: "pipeline_tag", value: "text-generation" }],
    });
    expect(result.architecture).toMatchObject({
      confidence: "certain",
      evidence: [{ field: "config.model_type", value: "llama" }],
    });
    expect(result.parameters).toMatchObject({
      confidence: "certain",
      evidence: [{ field: "safetensors.total", value: "8030261248" }],
    });
    expect(result.training).toMatchObject({
      value: { method: "pretrained" },
      confidence: "inferred",
      evidence: [{ field: "registry", value: "llama-3-1-8b" }],
    });
    expect(result.training.reason).toMatch(/registry's record of this checkpoint/);
  });

  test("corrects packed 4-bit counts and says so", () => {
    const result = classifyHuggingFaceModel(fixtures.get("gptq-quantization"));
    const { total, stored, quantization } = result.parameters.value;
    expect(stored).toBeLessThan(3_000_000_000);
    // Unpacked: close to the 8B of the base model (quantization scales make it a little higher).
    expect(total).toBeGreaterThan(7_900_000_000);
    expect(total).toBeLessThan(8_400_000_000);
    expect(quantization).toEqual({ bits: 4, method: "gptq", treatment: "corrected" });
    expect(result.parameters.reason).toMatch(/undercounts/);
    expect(result.sizeClass.value).toBe("medium");
  });

  test("makes records that validate and can be added to a registry", () => {
    const records = [...fixtures.values()]
      .map((info) => classifyHuggingFaceModel(info).record)
      .filter((record) => record !== null);
    expect(records.length).toBeGreaterThanOrEqual(20);
    for (const record of records) expect(() => parseModel(record)).not.toThrow();
    // Models the built-in registry already knows by their repo id are left out, as a user would.
    const unknown = records.filter((record) => registry.get(record.name) === undefined);
    expect(unknown.length).toBeLessThan(records.length);
    const hub = createRegistry(unknown, { base: registry });
    expect(hub.get("meta-llama/Llama-3.1-8B")?.architecture.family).toBe("decoder-only");
    expect(hub.get("openai/whisper-large-v3")?.id).toBe("whisper-large-v3");
    const quantizations = hub.query({ trainingRelation: "quantization" }).map((model) => model.name);
    expect(quantizations.filter((name) => name.includes("Llama-3.1-8B")).length).toBeGreaterThanOrEqual(4);
  });

  test("sends the token as a bearer token", async () => {
    await fetchHuggingFaceModel(idOf("vit"), { endpoint, token: "hf_test_token" });
    expect(lastAuthorization).toBe("Bearer hf_test_token");
  });
});

describe("fetchHuggingFaceModel errors", () => {
  const failure = async (id: string, options = {}): Promise<HuggingFaceHubError> => {
    try {
      await fetchHuggingFaceModel(id, { endpoint, ...options });
    } catch (error) {
      if (error instanceof HuggingFaceHubError) return error;
      throw error;
    }
    throw new Error("expected a failure");
  };

  test.each([
    ["acme/nothing", "not-found", 404, /404 — no such model/],
    [
      "acme/private",
      "unauthorized",
      401,
      /401 unauthorized — the model is private or gated, or does not exist; pass a token/,
    ],
    ["acme/gated", "forbidden", 403, /403 forbidden/],
    ["acme/broken", "http", 500, /answered 500/],
    ["acme/truncated", "malformed-response", 200, /not valid JSON/],
  ])("maps %s to %s", async (id, code, status, message) => {
    const error = await failure(id);
    expect(error.code).toBe(code);
    expect(error.status).toBe(status);
    expect(error.modelId).toBe(id);
    expect(error.message).toMatch(message);
  });

  test("reports the wait of a rate limit", async () => {
    const error = await failure("acme/busy");
    expect(error.code).toBe("rate-limited");
    expect(error.retryAfterSeconds).toBe(17);
    expect(error.message).toMatch(/retry after 17 s/);
  });

  test("times out", async () => {
    const error = await failure("acme/slow", { timeoutMs: 200 });
    expect(error.code).toBe("timeout");
    expect(error.message).toMatch(/no answer within 200 ms/);
  });

  test("can be aborted", async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    expect((await failure("acme/slow", { signal: controller.signal })).code).toBe("aborted");
  });

  test("reports a network failure", async () => {
    const error = await failure("acme/model", { endpoint: "http://127.0.0.1:9" });
    expect(error.code).toBe("network");
  });

  test("never puts the token in a message", async () => {
    for (const id of ["acme/private", "acme/nothing", "acme/truncated"]) {
      const error = await failure(id, { token: "hf_SECRET_123" });
      expect(`${error.message} ${JSON.stringify(error)}`).not.toMatch(/hf_SECRET_123/);
    }
    const fakeFetch: typeof fetch = async () => {
      throw new Error("connect failed for Bearer hf_SECRET_123");
    };
    const error = await failure("acme/model", { token: "hf_SECRET_123", fetch: fakeFetch });
    expect(error.message).not.toMatch(/hf_SECRET_123/);
  });

  test("rejects an id that is not a repository id before any request", async () => {
    await expect(fetchHuggingFaceModel("../etc/passwd", { endpoint })).rejects.toThrow(/expected a Hub repository id/);
    await expect(fetchHuggingFaceModel("a b", { endpoint })).rejects.toThrow(/expected a Hub repository id/);
  });
});

describe("classifyHuggingFaceModel on the Hub's pipeline tags", () => {
  test("gives every tag a task, a task type and a domain", () => {
    for (const tag of Object.keys(PIPELINE_DATA)) {
      const result = classifyHuggingFaceModel({ id: "acme/model", pipeline_tag: tag });
      expect(result.tasks.value, tag).toEqual([tag]);
      if (tag === "other") {
        // "other" says only what the task is not: neither type nor domain follows from it.
        expect(result.taskType.value).toBeNull();
        expect(result.taskType.reason).toMatch(/no fixed type/);
        continue;
      }
      expect(result.taskType.value, tag).not.toBeNull();
      expect(result.domains.value.length, tag).toBeGreaterThan(0);
    }
  });

  // Each model type's shape as its paper describes it, kept apart from the classifier's own table.
  test.each([
    ["llama", "decoder-only", false, "LLaMA, arXiv 2302.13971: a decoder-only Transformer"],
    ["bert", "encoder-only", false, "BERT, arXiv 1810.04805: a bidirectional Transformer encoder"],
    ["t5", "encoder-decoder", false, "T5, arXiv 1910.10683: the original encoder-decoder Transformer"],
    ["mixtral", "decoder-only", true, "Mixtral, arXiv 2401.04088: a sparse mixture of experts in each layer"],
    ["vit", "encoder-only", false, "ViT, arXiv 2010.11929: a standard Transformer encoder over image patches"],
    ["whisper", "encoder-decoder", false, "Whisper, arXiv 2212.04356: an encoder-decoder Transformer"],
    ["mamba", "state-space", false, "Mamba, arXiv 2312.00752: selective state spaces, no attention"],
    ["resnet", "cnn", false, "ResNet, arXiv 1512.03385: a deep convolutional network"],
  ])("reads model type %s from a config as %s (mixture of experts: %s), as %s says", (modelType, family, moe) => {
    const found = classifyHuggingFaceModel({ id: "acme/any", config: { model_type: modelType } }).architecture.value;
    expect(found?.family).toBe(family);
    expect(found?.mixtureOfExperts === true).toBe(moe);
  });
});

describe("classifyHuggingFaceModel on any input", () => {
  test("treats names of Object.prototype members as plain unknown text", () => {
    const result = classifyHuggingFaceModel({
      id: "acme/odd",
      library_name: "constructor",
      config: { model_type: "toString" },
      cardData: { base_model: "acme/base", base_model_relation: "hasOwnProperty" },
      tags: ["__proto__", "base_model:valueOf:x"],
    });
    expect(result.tasks.value).toEqual([]);
    expect(result.architecture.value).toBeNull();
    expect(result.training.value?.relation).toBe("fine-tune");
  });

  test("never throws on records whose known fields hold arbitrary values", () => {
    const field = fc.oneof(fc.jsonValue(), fc.string(), fc.constant(undefined), fc.constant(null));
    const record = fc.record(
      {
        id: field,
        pipeline_tag: fc.oneof(field, fc.constantFrom(...Object.keys(PIPELINE_DATA))),
        library_name: field,
        tags: fc.oneof(
          field,
          fc.array(fc.oneof(fc.string(), fc.constantFrom("gguf", "4-bit", "base_model:adapter:x/y", "code"))),
        ),
        config: fc.oneof(
          field,
          fc.record(
            {
              model_type: field,
              architectures: field,
              quantization_config: field,
              peft: field,
              diffusers: field,
              num_local_experts: field,
            },
            { requiredKeys: [] },
          ),
        ),
        safetensors: fc.oneof(field, fc.record({ parameters: field, total: field }, { requiredKeys: [] })),
        gguf: fc.oneof(field, fc.record({ total: field, architecture: field }, { requiredKeys: [] })),
        cardData: fc.oneof(
          field,
          fc.record({ base_model: field, base_model_relation: field, license: field }, { requiredKeys: [] }),
        ),
        siblings: fc.oneof(field, fc.array(fc.record({ rfilename: field }))),
        createdAt: field,
        private: field,
      },
      { requiredKeys: [] },
    );
    const runs = Number(process.env.FAST_CHECK_RUNS ?? 1000);
    // A case reaches the classifier's readings when at least one aspect is answered; the others stop at the checks.
    let answered = 0;
    fc.assert(
      fc.property(record, (value) => {
        // Arbitrary values seldom make a record (the realistic records below do): what is checked here is that
        // every input gets an answer, a record or the list of what is missing.
        const result = classifyHuggingFaceModel(value);
        expect(result.record !== null || result.missing.length > 0).toBe(true);
        const aspects = [
          result.tasks.value.length > 0,
          result.taskType.value !== null,
          result.modalities.value !== null,
          result.parameters.value.total !== null,
          result.training.value !== null,
          result.domains.value.length > 0,
          result.architecture.value !== null,
        ];
        if (aspects.includes(true)) answered += 1;
      }),
      { numRuns: runs },
    );
    expect(answered).toBeGreaterThanOrEqual(runs / 2);
  });
});

describe("classifyHuggingFaceModel on realistic records", () => {
  // Two pools of Hub records: the real ones (test/fixtures/huggingface-real: card front matter and tag lists
  // copied from public sources) and the hand-written API responses of test/fixtures/huggingface. Each case takes
  // one and changes it field by field: a top-level field dropped, or taken from another record, a tag dropped, a
  // card field dropped. Every API response carries createdAt, which the sources of the real records did not show:
  // a real record is given a generated date, so that the path that makes a record runs for it too.
  const isRecord = (info: unknown): info is Record<string, unknown> =>
    typeof info === "object" && info !== null && !Array.isArray(info);
  const written = [...fixtures.values()].filter(isRecord);
  const real = loadRealRecords()
    .map(({ info }) => info)
    .filter(isRecord);
  const pool = [...real, ...written];
  const fields = [...new Set(pool.flatMap((info) => Object.keys(info)))];
  const cardFields = [...new Set(pool.flatMap((info) => (isRecord(info.cardData) ? Object.keys(info.cardData) : [])))];
  const change = fc.oneof(
    fc.record({ kind: fc.constant("drop" as const), field: fc.constantFrom(...fields) }),
    fc.record({ kind: fc.constant("swap" as const), field: fc.constantFrom(...fields), from: fc.nat() }),
    fc.record({ kind: fc.constant("untag" as const), index: fc.nat() }),
    fc.record({ kind: fc.constant("uncard" as const), field: fc.constantFrom(...cardFields) }),
  );
  const created = fc
    .date({ min: new Date("2019-01-01T00:00:00.000Z"), max: new Date("2025-12-31T00:00:00.000Z"), noInvalidDate: true })
    .map((date) => date.toISOString());
  const mutated = fc
    .tuple(fc.nat(pool.length - 1), created, fc.array(change, { maxLength: 3 }))
    .map(([index, createdAt, changes]) => {
      const origin = pool[index] ?? {};
      const info: Record<string, unknown> = { createdAt, ...origin };
      for (const step of changes) {
        if (step.kind === "drop") delete info[step.field];
        else if (step.kind === "swap") info[step.field] = pool[step.from % pool.length]?.[step.field];
        else if (step.kind === "uncard") {
          if (isRecord(info.cardData)) {
            const { [step.field]: _, ...rest } = info.cardData;
            info.cardData = rest;
          }
        } else {
          const tags = info.tags;
          if (Array.isArray(tags)) info.tags = tags.filter((_, at) => at !== step.index % tags.length);
        }
      }
      return { info, real: index < real.length };
    });

  test("make records that validate and agree with the answers, for most of the changed records of each pool", () => {
    const made = { real: 0, written: 0 };
    const cases = { real: 0, written: 0 };
    const runs = 400;
    fc.assert(
      fc.property(mutated, ({ info, real: isReal }) => {
        const pool = isReal ? "real" : "written";
        cases[pool] += 1;
        const result = classifyHuggingFaceModel(info);
        const { record } = result;
        if (record === null) {
          expect(result.missing.length).toBeGreaterThan(0);
          return;
        }
        made[pool] += 1;
        expect(result.missing).toEqual([]);
        expect(parseModel(record).id).toBe(record.id);
        // The record is the answers, in the authoring form.
        expect(record.name).toBe(result.id);
        expect(record.tasks).toEqual(result.tasks.value);
        expect(record.taskType).toBe(result.taskType.value);
        expect(record.training.method).toBe(result.training.value?.method);
        expect(record.architecture.family).toBe(result.architecture.value?.family);
        expect(record.parameters.total).toBe(result.parameters.value.total);
        expect(record.year).toBe(Number(String(info.createdAt).slice(0, 4)));
      }),
      { numRuns: runs },
    );
    // Most cases are non-trivial: they make a record, in each pool.
    expect(made.real + made.written).toBeGreaterThanOrEqual(runs / 2);
    expect(made.real).toBeGreaterThanOrEqual(cases.real / 2);
    expect(made.written).toBeGreaterThanOrEqual(cases.written / 2);
  });
});

describe("the result of classifyHuggingFaceModel", () => {
  test("serialises to a plain object with every field, record and missing included, in the interface's order", () => {
    const result = classifyHuggingFaceModel(fixtures.get("encoder-classifier"));
    const json = JSON.parse(JSON.stringify(result));
    expect(Object.keys(json)).toEqual([
      "id",
      "tasks",
      "taskType",
      "modalities",
      "modalityClass",
      "parameters",
      "sizeClass",
      "training",
      "domains",
      "architecture",
      "license",
      "openWeights",
      "record",
      "missing",
    ]);
    expect(json).toEqual({
      id: result.id,
      tasks: result.tasks,
      taskType: result.taskType,
      modalities: result.modalities,
      modalityClass: result.modalityClass,
      parameters: result.parameters,
      sizeClass: result.sizeClass,
      training: result.training,
      domains: result.domains,
      architecture: result.architecture,
      license: result.license,
      openWeights: result.openWeights,
      record: result.record,
      missing: [],
    });
    expect(json.record).not.toBeNull();
  });

  test("derives the modality class from the modalities, at their confidence", () => {
    const text = classifyHuggingFaceModel({ id: "acme/m", pipeline_tag: "text-classification" }).modalityClass;
    expect(text).toEqual({
      value: "unimodal",
      confidence: "inferred",
      evidence: [{ field: "pipeline_tag", value: "text-classification" }],
      reason: "derived from the modalities",
    });
    expect(classifyHuggingFaceModel({ id: "acme/m", pipeline_tag: "image-text-to-text" }).modalityClass.value).toBe(
      "multimodal",
    );
    // From a task tag: an answer of this model's own, not one shared with every model of the same pipeline tag.
    expect(classifyHuggingFaceModel({ id: "acme/m", tags: ["image-text-to-text"] }).modalityClass).toEqual({
      value: "multimodal",
      confidence: "inferred",
      evidence: [{ field: "tags", value: "image-text-to-text" }],
      reason: "derived from the modalities",
    });
    expect(classifyHuggingFaceModel({ id: "acme/m" }).modalityClass).toEqual({
      value: null,
      confidence: "unknown",
      evidence: [],
      reason: "the modalities are unknown",
    });
  });

  test("shares one frozen copy of what follows from a pipeline tag alone between models", () => {
    // A dump of thousands of models holds one copy of each such answer (see _share in _finding.ts).
    const first = classifyHuggingFaceModel(
      { id: "acme/one", pipeline_tag: "token-classification" },
      { registry: false },
    );
    const second = classifyHuggingFaceModel(
      { id: "acme/two", pipeline_tag: "token-classification" },
      { registry: false },
    );
    for (const key of ["tasks", "taskType", "modalities", "modalityClass", "domains", "training"] as const) {
      expect(second[key], key).toBe(first[key]);
      expect(Object.isFrozen(first[key]), key).toBe(true);
    }
    // Answers that depend on more than the tag are each model's own.
    const other = classifyHuggingFaceModel(
      { id: "acme/three", pipeline_tag: "token-classification", config: { model_type: "esm" } },
      { registry: false },
    );
    expect(other.domains).not.toBe(first.domains);
    expect(Object.isFrozen(other.domains)).toBe(false);
    const headed = classifyHuggingFaceModel(
      { id: "acme/four", config: { architectures: ["BertForTokenClassification"] } },
      { registry: false },
    );
    expect(Object.isFrozen(headed.tasks)).toBe(false);
    expect(Object.isFrozen(headed.modalityClass)).toBe(false);
  });

  test("consults the built-in registry by default, the registry it is given, or none", () => {
    const info = { id: "mistralai/Mistral-7B-v0.1" };
    expect(classifyHuggingFaceModel(info).parameters.evidence).toEqual([{ field: "registry", value: "mistral-7b" }]);
    expect(classifyHuggingFaceModel(info, {}).parameters.value.total).toBe(7_241_732_096);
    expect(classifyHuggingFaceModel(info, { registry: false }).parameters.evidence).toEqual([
      { field: "id", value: "7B" },
    ]);
    const none = createRegistry([]);
    expect(classifyHuggingFaceModel(info, { registry: none }).parameters.value.total).toBe(7_000_000_000);
    // @ts-expect-error options must be an object; null is read as none given
    expect(classifyHuggingFaceModel(info, null).parameters.value.total).toBe(7_241_732_096);
  });

  test("reads the id from modelId when id is absent", () => {
    expect(classifyHuggingFaceModel({ modelId: "acme/m" }).id).toBe("acme/m");
    expect(classifyHuggingFaceModel({ id: "", modelId: "acme/m" }).id).toBe("acme/m");
    expect(classifyHuggingFaceModel({ id: 42 }).id).toBeNull();
  });
});

describe("classifyHuggingFaceModels", () => {
  test("streams results in order from arrays and async iterables", async () => {
    const infos = [fixtures.get("vit"), fixtures.get("whisper"), "not a record"];
    const fromArray: HuggingFaceClassification[] = [];
    for await (const result of classifyHuggingFaceModels(infos)) fromArray.push(result);
    expect(fromArray.map((result) => result.id)).toEqual([idOf("vit"), idOf("whisper"), null]);
    async function* source() {
      for (const info of infos) yield info;
    }
    const fromAsync: (string | null)[] = [];
    for await (const result of classifyHuggingFaceModels(source())) fromAsync.push(result.id);
    expect(fromAsync).toEqual(fromArray.map((result) => result.id));
  });

  test("rejects something that is not iterable", async () => {
    // @ts-expect-error not iterable
    await expect(classifyHuggingFaceModels(42).next()).rejects.toThrow(/iterable/);
  });
});
