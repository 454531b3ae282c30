/**
 * The Hub classifier on real Hub metadata (test/fixtures/huggingface-real: model-card front matter and Hub tag
 * lists copied from public sources), scored per aspect against answers written from each model's card. The
 * same scoring prints as a table with `npx tsx scripts/score-huggingface.ts`.
 */
import { PIPELINE_DATA } from "@huggingface/tasks";
import { describe, expect, test } from "vitest";
import { ASPECTS, type Aspect, loadRealRecords, scoreRealRecords, totalsOf } from "../../test/hub-score.js";
import { TRAINING_METHODS } from "../dimensions/training.js";
import { createRegistry } from "../registry/create.js";
import { classifyHuggingFaceModel } from "./index.js";

// Scored inside each test rather than when the file is collected: mutation testing switches a mutant on just
// before the tests run, so answers computed at collection would never see one.

// The share of records each aspect must get right (a correct answer, or an unknown one where the metadata says
// nothing at all): the targets of the real-records issue.
const TARGETS: Record<Aspect, number> = {
  training: 0.85,
  taskType: 0.92,
  tasks: 0.92,
  modalities: 0.92,
  domains: 0.92,
  architecture: 0.92,
  parameters: 0.75,
  sizeClass: 0.75,
};

/**
 * The field each answer cites first, per record, from the metadata alone: [tasks, architecture, training,
 * parameters]. (With the registry, answers it supplies cite `registry`; the registry grows, so that is asserted
 * on its own below.)
 */
const EVIDENCE: Record<string, readonly [string | null, string | null, string | null, string | null]> = {
  "Qwen/Qwen3-30B-A3B": ["cardData.pipeline_tag", "id", "cardData.base_model", "id"],
  "unsloth/Qwen3-30B-A3B-Base-bnb-4bit": ["id", "id", "cardData.base_model", "id"],
  "AgentPublic/llama3-instruct-8b": ["cardData.pipeline_tag", "tags", "id", "id"],
  "vicky4s4s/llama-3-70B-instruct": ["cardData.pipeline_tag", "tags", "id", "id"],
  "Adilbai/cLLv2": ["tags", null, "tags", null],
  "amazon/chronos-t5-small": ["cardData.pipeline_tag", "id", "cardData.pipeline_tag", null],
  "amazon/chronos-t5-large": ["cardData.pipeline_tag", "id", "cardData.pipeline_tag", null],
  "amazon/chronos-t5-tiny": ["id", "id", "id", null],
  "mistralai/Mistral-7B-Instruct-v0.1": ["cardData.pipeline_tag", "id", "id", "id"],
  "kaist-ai/mistral-orpo-alpha": ["cardData.pipeline_tag", "id", "cardData.base_model", null],
  "ContextualAI/Contextual_KTO_Mistral_PairRM": ["tags", "id", "id", null],
  "TheBloke/Platypus2-13B-GPTQ": ["cardData.quantized_by", "cardData.model_type", "cardData.model_link", "id"],
  "TheBloke/Stable-Platypus2-13B-GPTQ": ["cardData.quantized_by", "cardData.model_type", "cardData.model_link", "id"],
  "comet24082002/roberta-large-lora-token-classification": [null, "id", "cardData.base_model", null],
  "spacematt/gemma-2-9B-it-blend-rebase": ["tags", "id", "cardData.base_model", "id"],
  "Edens-Gate/Holland-Magnum-Merge-R2": ["tags", null, "cardData.base_model", null],
  "MohammadOthman/Mistral-NeuralHermes-Merge-7B-slerp": ["cardData.pipeline_tag", "id", "tags", "id"],
  "Bondds/07viz-07": ["tags", null, "tags", null],
  "happyme531/Qwen1.5-4B-GGUF": ["cardData.pipeline_tag", "id", "id", "id"],
  "distilbert/distilbert-base-uncased-finetuned-sst-2-english": [null, "id", "id", null],
  "LuckLin/ppo-Huggy": ["tags", "cardData.library_name", "cardData.library_name", null],
  "4bit/Qwen-VL-Chat-Int4": ["cardData.pipeline_tag", "tags", "id", null],
  "Mozilla/Mixtral-8x22B-Instruct-v0.1-llamafile": ["tags", "id", "cardData.base_model", "id"],
  "Inferless/Mixtral-8x7B-v0.1-int8-GPTQ": ["id", "id", "id", "id"],
  "CompVis/stable-diffusion": ["tags", "tags", "tags", null],
  "facebook/wav2vec2-base": [null, "id", null, null],
  "eaddario/granite-4.1-8b-GGUF": ["cardData.pipeline_tag", "id", "cardData.base_model", "id"],
  "RedRocket/JointTaggerProject": ["cardData.pipeline_tag", null, "cardData.pipeline_tag", null],
  "facebook/wav2vec2-base-960h": ["tags", "tags", "tags", null],
  "openai/whisper-small": ["tags", "tags", "tags", null],
  "dima806/facial_emotions_image_detection": ["tags", "tags", "tags", null],
  "google/vit-base-patch16-224": ["tags", "tags", "tags", null],
  "Marqo/nsfw-image-detection-384": ["tags", null, "tags", null],
  "Freepik/nsfw_image_detector": ["tags", "base model", "tags", null],
  "Falconsai/nsfw_image_detection": ["tags", "tags", "tags", null],
  "buildborderless/CommunityForensics-DeepfakeDet-ViT": ["tags", "tags", "tags", null],
  "segment-any-text/sat-3l-sm": ["tags", null, "tags", null],
  "Qdrant/splade-ecommerce-esci": ["tags", "base model", "cardData.base_model", null],
  "stabilityai/sd-turbo": ["tags", "tags", "tags", null],
  "Tech-Meld/HX-Mistral-1.5B_v0.2": ["tags", "base model", "cardData.base_model", "id"],
  "dslim/bert-base-NER": ["id", "id", "id", null],
  "facebook/bart-large-mnli": ["cardData.pipeline_tag", "id", "cardData.pipeline_tag", null],
  "HiTZ/whisper-small-gl": ["cardData.model-index", "id", "cardData.base_model", null],
  "ruggsea/lora-trained-xl": ["tags", "base model", "cardData.base_model", null],
  "logologolab/retro_vintage_logo_lora": ["tags", "tags", "cardData.base_model", null],
  "foadmk/context-1-MLX-MXFP4": ["cardData.pipeline_tag", "tags", "cardData.base_model", null],
  "TheBloke/Mistral-7B-Instruct-v0.2-GGUF": [
    "cardData.pipeline_tag",
    "cardData.model_type",
    "cardData.base_model",
    "id",
  ],
  "facebook/detr-resnet-50": ["tags", "tags", "tags", null],
  "Salesforce/blip-image-captioning-large": ["tags", "tags", "tags", null],
  "facebook/nllb-200-distilled-600M": ["tags", "tags", "id", "id"],
  "BAAI/bge-reranker-base": ["tags", "tags", "tags", null],
  "Intel/dpt-large": ["tags", "id", "tags", null],
  "Voicemod/fastspeech2-en-ljspeech": ["tags", null, "tags", null],
  "kadirnar/yolov6l6-v3.0": ["cardData.pipeline_tag", "tags", "cardData.pipeline_tag", null],
  "scikit-learn/tabular-playground": ["tags", null, "tags", null],
  "moro23/used-phones-price-prediction": ["tags", null, "tags", null],
  "0xid/qrdqn-SpaceInvadersNoFrameskip-v4": ["tags", "cardData.library_name", "cardData.library_name", null],
  "optimum/all-MiniLM-L6-v2": ["cardData.pipeline_tag", "id", "cardData.pipeline_tag", null],
  "bigcode/santacoder-megatron": ["cardData.pipeline_tag", "id", "cardData.pipeline_tag", null],
  "Helsinki-NLP/opus-mt-en-de": ["tags", "id", "tags", null],
  "90DPyo/pegasus-samsum": ["id", "id", "tags", null],
  "MCG-NJU/videomae-base-finetuned-kinetics": ["tags", "id", "id", null],
  "EleutherAI/pythia-160m": ["tags", "tags", "tags", "id"],
  "sampras343/wav2vec2-base-ft-keyword-spotting": ["tags", "id", "id", null],
  "ACSHCSE/distilbert-base-uncased-finetuned-ner": ["cardData.model-index", "id", "id", null],
  "meta-llama/Llama-3.1-8B-Instruct": ["pipeline_tag", "config.model_type", "cardData.base_model", "safetensors.total"],
  "meta-llama/Meta-Llama-3-8B-Instruct": ["pipeline_tag", "config.model_type", "id", "safetensors.total"],
  "HuggingFaceH4/zephyr-orpo-141b-A35b-v0.1": [
    "pipeline_tag",
    "config.model_type",
    "cardData.base_model",
    "safetensors.total",
  ],
  "HuggingFaceH4/zephyr-7b-beta": ["pipeline_tag", "config.model_type", "cardData.base_model", "safetensors.total"],
  "sentence-transformers/all-MiniLM-L6-v2": ["pipeline_tag", "config.model_type", "pipeline_tag", "safetensors.total"],
  "sentence-transformers/paraphrase-albert-small-v2": [
    "pipeline_tag",
    "config.model_type",
    "pipeline_tag",
    "safetensors.total",
  ],
  "openai/clip-vit-base-patch32": ["pipeline_tag", "config.model_type", "pipeline_tag", null],
  "stabilityai/stable-diffusion-2-1": ["pipeline_tag", "config.diffusers._class_name", "pipeline_tag", null],
  "CompVis/stable-diffusion-v1-4": ["pipeline_tag", "config.diffusers._class_name", "pipeline_tag", null],
  "deepset/roberta-base-squad2": ["pipeline_tag", "config.model_type", "cardData.base_model", "safetensors.total"],
  "google/flan-t5-xxl": ["pipeline_tag", "config.model_type", "id", "safetensors.total"],
  "openai-community/gpt2": ["pipeline_tag", "config.model_type", "pipeline_tag", "safetensors.total"],
  "google-t5/t5-small": ["pipeline_tag", "config.model_type", "pipeline_tag", "safetensors.total"],
  "jonatasgrosman/wav2vec2-large-xlsr-53-english": ["pipeline_tag", "config.model_type", "tags", "safetensors.total"],
  "alefiury/wav2vec2-large-xlsr-53-gender-recognition-librispeech": [
    "pipeline_tag",
    "config.model_type",
    "cardData.base_model",
    "safetensors.total",
  ],
  "speechbrain/sepformer-wham": ["pipeline_tag", "id", "library_name", null],
  "espnet/kan-bayashi_ljspeech_vits": ["pipeline_tag", "id", "library_name", null],
  "naver-clova-ix/donut-base-finetuned-docvqa": ["pipeline_tag", "config.model_type", "id", null],
  "google/tapas-base-finetuned-wtq": ["pipeline_tag", "config.model_type", "id", null],
  "dandelin/vilt-b32-finetuned-vqa": ["pipeline_tag", "config.model_type", "id", null],
  "facebook/detr-resnet-50-panoptic": ["pipeline_tag", "config.model_type", "pipeline_tag", null],
  "sshleifer/distilbart-cnn-12-6": ["pipeline_tag", "config.model_type", "id", null],
  "dbmdz/bert-large-cased-finetuned-conll03-english": ["pipeline_tag", "config.model_type", "id", "safetensors.total"],
  "google-bert/bert-base-uncased": ["pipeline_tag", "config.model_type", "pipeline_tag", "safetensors.total"],
  "facebook/bart-base": ["pipeline_tag", "config.model_type", "pipeline_tag", "safetensors.total"],
  "facebook/mbart-large-50-many-to-many-mmt": [
    "pipeline_tag",
    "config.model_type",
    "pipeline_tag",
    "safetensors.total",
  ],
  "google/flan-t5-large": ["pipeline_tag", "config.model_type", "id", "safetensors.total"],
  "meta-llama/Meta-Llama-3-70B-Instruct": [
    "pipeline_tag",
    "config.model_type",
    "cardData.base_model",
    "safetensors.total",
  ],
  "microsoft/DialoGPT-small": ["pipeline_tag", "config.model_type", "pipeline_tag", "safetensors.total"],
  "Salesforce/blip-image-captioning-base": ["pipeline_tag", "config.model_type", "pipeline_tag", null],
  "spacy/en_core_web_sm": ["tags", null, "tags", null],
};

describe("classifyHuggingFaceModel on real Hub records", () => {
  test("scores at least 40 records, of every training method and of the Hub's text, vision and audio tasks", () => {
    const scores = scoreRealRecords();
    // The targets below are shares of these records: too few, or all of one kind, would say little.
    expect(scores.length).toBeGreaterThanOrEqual(40);
    const methods = new Set(scores.map(({ expected }) => expected.method));
    expect([...methods].sort()).toEqual([...TRAINING_METHODS].sort());
    const hubGroups: Readonly<Record<string, { readonly modality: string }>> = PIPELINE_DATA;
    const groups = new Set(
      scores.flatMap(({ expected }) => (expected.tasks ?? []).map((task) => hubGroups[task]?.modality ?? task)),
    );
    expect([...groups]).toEqual(expect.arrayContaining(["nlp", "cv", "audio"]));
  });

  test.each(ASPECTS)("gets %s right often enough", (aspect) => {
    const scores = scoreRealRecords();
    const totals = totalsOf(scores);
    const { right, wrong } = totals[aspect];
    expect(right, `${aspect}: ${JSON.stringify(totals[aspect])}`).toBeGreaterThanOrEqual(TARGETS[aspect]);
    // Wrong answers are rarer than the margin: a wrong answer is worse than an honest unknown.
    expect(wrong).toBeLessThanOrEqual(Math.floor((1 - TARGETS[aspect]) * scores.length));
  });

  test("is never wrong at confidence certain", () => {
    const certainWrong = scoreRealRecords().flatMap(({ expected, certainWrong }) =>
      certainWrong.map((aspect) => `${expected.id}: ${aspect}`),
    );
    expect(certainWrong).toEqual([]);
  });

  test("answers the size wherever the metadata gives any sign of it", () => {
    const silent = scoreRealRecords().filter(
      ({ expected, outcomes }) => outcomes.parameters === "abstained" && !expected.abstainOk.includes("parameters"),
    );
    expect(silent.map(({ expected }) => expected.id)).toEqual([]);
  });

  test.each(loadRealRecords().map(({ expected, info }) => [expected.id, info] as const))(
    "cites its evidence for %s",
    (id, info) => {
      const result = classifyHuggingFaceModel(info, { registry: false });
      const cited = [result.tasks, result.architecture, result.training, result.parameters].map(
        (finding) => finding.evidence[0]?.field ?? null,
      );
      expect(cited).toEqual(EVIDENCE[id]);
      for (const finding of [result.tasks, result.architecture, result.training, result.parameters]) {
        // An answer rests on evidence; an unknown one says what was missing.
        if (finding.confidence === "unknown") expect(finding.reason.length).toBeGreaterThan(10);
        else expect(finding.evidence.length).toBeGreaterThan(0);
      }
    },
  );

  test("takes a registry's facts only from the registry it is given", () => {
    const vit = loadRealRecords().find(({ expected }) => expected.id === "google/vit-base-patch16-224")?.info;
    expect(classifyHuggingFaceModel(vit).training.evidence[0]).toEqual({
      field: "registry",
      value: "vit-base-patch16-224",
    });
    const alone = classifyHuggingFaceModel(vit, { registry: false });
    const fields = [alone.tasks, alone.architecture, alone.training, alone.parameters].flatMap((finding) =>
      finding.evidence.map((item) => item.field),
    );
    expect(fields).not.toContain("registry");
    expect(alone.training.reason).toMatch(/^a guess from the task alone/);
    const empty = createRegistry([]);
    expect(classifyHuggingFaceModel(vit, { registry: empty }).training.reason).toMatch(/^a guess from the task alone/);
  });
});
