/**
 * Tasks, task type, modalities and domains of Hub models, in the order docs/guides/huggingface.md ("Which signal
 * wins") gives for tasks: pipeline tags, the head class, a task tag, the library, the registry, then the names and
 * formats made for language models. Inputs are shaped as the Hub's model API serves them.
 */
import { describe, expect, test } from "vitest";
import { readerRecord } from "../../test/records.js";
import type { ModelInput } from "../model.js";
import { createRegistry } from "../registry/create.js";
import { classifyHuggingFaceModel } from "./index.js";

const classify = (info: unknown) => classifyHuggingFaceModel(info, { registry: false });

describe("tasks from the pipeline tags", () => {
  test("trusts the model's own pipeline_tag, and reads the card's and transformersInfo's as inferred", () => {
    expect(classify({ id: "acme/m", pipeline_tag: "fill-mask" }).tasks).toEqual({
      value: ["fill-mask"],
      confidence: "certain",
      evidence: [{ field: "pipeline_tag", value: "fill-mask" }],
      reason: 'the Hub files the model under "fill-mask"',
    });
    expect(classify({ id: "acme/m", cardData: { pipeline_tag: "summarization" } }).tasks).toEqual({
      value: ["summarization"],
      confidence: "inferred",
      evidence: [{ field: "cardData.pipeline_tag", value: "summarization" }],
      reason: 'the Hub files the model under "summarization"',
    });
    expect(classify({ id: "acme/m", transformersInfo: { pipeline_tag: "translation" } }).tasks).toEqual({
      value: ["translation"],
      confidence: "inferred",
      evidence: [{ field: "transformersInfo.pipeline_tag", value: "translation" }],
      reason: 'the Hub files the model under "translation"',
    });
  });

  test("reads the same tag found in two fields with the confidence of each field", () => {
    const own = classify({ id: "acme/a", pipeline_tag: "text-to-image" }).tasks;
    const card = classify({ id: "acme/b", cardData: { pipeline_tag: "text-to-image" } }).tasks;
    const again = classify({ id: "acme/c", pipeline_tag: "text-to-image" }).tasks;
    expect([own.confidence, card.confidence, again.confidence]).toEqual(["certain", "inferred", "certain"]);
    expect(card.evidence).toEqual([{ field: "cardData.pipeline_tag", value: "text-to-image" }]);
  });

  test('looks past "other" and tags that are no task, and falls back on "other" when nothing else speaks', () => {
    const past = classify({
      id: "acme/m",
      pipeline_tag: "other",
      cardData: { pipeline_tag: "not-a-task" },
      config: { architectures: ["BertForTokenClassification"] },
    });
    expect(past.tasks.value).toEqual(["token-classification"]);
    const other = classify({ id: "acme/m", pipeline_tag: "other" });
    expect(other.tasks).toEqual({
      value: ["other"],
      confidence: "certain",
      evidence: [{ field: "pipeline_tag", value: "other" }],
      reason: 'the Hub files the model under "other"',
    });
    expect(other.modalities.value).toBeNull();
    expect(other.modalities.reason).toBe("the modalities follow from the task, which is unknown");
    expect(other.domains.value).toEqual([]);
  });

  test("says what it looked for when nothing names a task", () => {
    expect(classify({ id: "acme/m" }).tasks).toEqual({
      value: [],
      confidence: "unknown",
      evidence: [],
      reason: "no pipeline_tag, head class, task tag, library, registry record or name that implies a task",
    });
  });
});

describe("tasks from the head class", () => {
  test.each([
    ["LlamaForCausalLM", "text-generation"],
    ["GPT2LMHeadModel", "text-generation"],
    ["BertForMaskedLM", "fill-mask"],
    ["DistilBertForSequenceClassification", "text-classification"],
    ["BertForQuestionAnswering", "question-answering"],
    ["Wav2Vec2ForCTC", "automatic-speech-recognition"],
    ["ASTForAudioClassification", "audio-classification"],
    ["DeiTForImageClassificationWithTeacher", "image-classification"],
    ["DetrForObjectDetection", "object-detection"],
    ["SegformerForSemanticSegmentation", "image-segmentation"],
    ["DPTForDepthEstimation", "depth-estimation"],
    ["VideoMAEForVideoClassification", "video-classification"],
    ["SpeechT5ForTextToSpeech", "text-to-speech"],
    ["PatchTSTForPrediction", "time-series-forecasting"],
    ["SamModel", "mask-generation"],
    ["CLIPModel", "zero-shot-image-classification"],
  ])("reads %s as %s", (head, task) => {
    const tasks = classify({ id: "acme/m", config: { architectures: [head] } }).tasks;
    expect(tasks).toEqual({
      value: [task],
      confidence: "inferred",
      evidence: [{ field: "config.architectures[0]", value: head }],
      reason: `its head class ${head} does ${task}`,
    });
  });

  test("cites the first head class that names a task, by its index", () => {
    const tasks = classify({ id: "acme/m", config: { architectures: ["CustomEncoder", "RobertaForMaskedLM"] } }).tasks;
    expect(tasks.value).toEqual(["fill-mask"]);
    expect(tasks.evidence).toEqual([{ field: "config.architectures[1]", value: "RobertaForMaskedLM" }]);
  });
});

describe("tasks from tags and the library", () => {
  test("reads a tag that names a task", () => {
    expect(classify({ id: "acme/m", tags: ["diffusers", "text-to-video", "region:us"] }).tasks).toEqual({
      value: ["text-to-video"],
      confidence: "inferred",
      evidence: [{ field: "tags", value: "text-to-video" }],
      reason: 'its tags name the task "text-to-video"',
    });
  });

  test.each([
    ["sentence-transformers", ["sentence-similarity", "feature-extraction"]],
    ["timm", ["image-classification"]],
    ["pyannote", ["voice-activity-detection"]],
    ["open_clip", ["zero-shot-image-classification"]],
  ])("reads the library %s", (library, tasks) => {
    expect(classify({ id: "acme/m", library_name: library }).tasks).toEqual({
      value: tasks,
      confidence: "inferred",
      evidence: [{ field: "library_name", value: library }],
      reason: `models of the ${library} library do ${tasks.join(" and ")}`,
    });
  });

  test("reads the library from the card, then from a library tag, in lower case", () => {
    expect(classify({ id: "acme/m", cardData: { library_name: "TIMM" } }).tasks.evidence).toEqual([
      { field: "cardData.library_name", value: "timm" },
    ]);
    expect(classify({ id: "acme/m", tags: ["timm", "pytorch"] }).tasks.evidence).toEqual([
      { field: "tags", value: "timm" },
    ]);
  });

  test("finds no task for a library it has no tasks for", () => {
    expect(classify({ id: "acme/m", library_name: "transformers" }).tasks.value).toEqual([]);
  });
});

/** A registry record in the authoring form. */
function record(id: string, fields: Partial<ModelInput>): ModelInput {
  return readerRecord({ id, name: id, parameters: { total: 300_000_000 }, ...fields });
}

describe("tasks, modalities and domains from the registry", () => {
  const mine = createRegistry([
    record("acme-reader", {
      tasks: ["image-to-text", "visual-question-answering"],
      taskType: "hybrid",
      modalities: { input: ["image", "text"], output: ["text"] },
      domains: ["multimodal", "computer-vision"],
      architecture: { family: "encoder-decoder" },
    }),
  ]);

  test("takes the checkpoint's tasks, modalities and domains from its record", () => {
    const result = classifyHuggingFaceModel({ id: "acme/acme-reader" }, { registry: mine });
    expect(result.tasks).toEqual({
      value: ["image-to-text", "visual-question-answering"],
      confidence: "inferred",
      evidence: [{ field: "registry", value: "acme-reader" }],
      reason: "the registry's record of this checkpoint does image-to-text and visual-question-answering",
    });
    expect(result.modalities).toEqual({
      value: { input: ["image", "text"], output: ["text"] },
      confidence: "inferred",
      evidence: [{ field: "registry", value: "acme-reader" }],
      reason: "the registry's record gives its modalities",
    });
    expect(result.domains).toEqual({
      value: ["multimodal", "computer-vision"],
      confidence: "inferred",
      evidence: [{ field: "registry", value: "acme-reader" }],
      reason: "the registry's record gives its domains",
    });
    // A generative task and a hybrid one (visual question answering) make a hybrid.
    expect(result.taskType.value).toBe("hybrid");
  });

  test("takes a declared base's tasks, and says it is the base's", () => {
    const result = classifyHuggingFaceModel(
      { id: "someone/reader-for-receipts", cardData: { base_model: "acme-reader" } },
      { registry: mine },
    );
    expect(result.tasks.value).toEqual(["image-to-text", "visual-question-answering"]);
    expect(result.tasks.reason).toBe("its base acme-reader does image-to-text and visual-question-answering");
  });

  test("lets the metadata speak before the registry", () => {
    const result = classifyHuggingFaceModel(
      { id: "acme/acme-reader", pipeline_tag: "image-to-text" },
      { registry: mine },
    );
    expect(result.tasks.evidence).toEqual([{ field: "pipeline_tag", value: "image-to-text" }]);
    expect(result.modalities.reason).toBe("the typical inputs and outputs of its tasks");
  });
});

describe("tasks from the names and formats made for language models", () => {
  test.each([
    ["a gguf tag", { tags: ["gguf"] }, { field: "tags", value: "gguf" }],
    ["a llamafile tag", { tags: ["llamafile"] }, { field: "tags", value: "llamafile" }],
    ["a mergekit tag", { tags: ["mergekit"] }, { field: "tags", value: "mergekit" }],
    ["a gptq tag", { tags: ["auto-gptq"] }, { field: "tags", value: "auto-gptq" }],
    ["an awq tag", { tags: ["awq"] }, { field: "tags", value: "awq" }],
    ["an exl2 tag", { tags: ["exl2"] }, { field: "tags", value: "exl2" }],
    ["a preference-tuning tag", { tags: ["dpo"] }, { field: "tags", value: "dpo" }],
    [
      "the card's quantized_by",
      { cardData: { quantized_by: "TheBloke" } },
      { field: "cardData.quantized_by", value: "TheBloke" },
    ],
  ] as const)("reads text generation from %s", (_, fields, evidence) => {
    expect(classify({ id: "acme/model", ...fields }).tasks).toEqual({
      value: ["text-generation"],
      confidence: "inferred",
      evidence: [evidence],
      reason: `${evidence.field} "${evidence.value}" marks a language model, and language models generate text`,
    });
  });

  test("reads text generation from a billion-scale count with an instruct, chat or merge word in the name", () => {
    expect(classify({ id: "acme/Llama-3-8B-Instruct" }).tasks).toEqual({
      value: ["text-generation"],
      confidence: "inferred",
      evidence: [{ field: "id", value: "acme/Llama-3-8B-Instruct" }],
      reason: 'id "acme/Llama-3-8B-Instruct" marks a language model, and language models generate text',
    });
    expect(classify({ id: "acme/Model-1B-slerp" }).tasks.value).toEqual(["text-generation"]);
  });

  test("does not read text generation from a smaller count, a count alone, or a distilled model", () => {
    expect(classify({ id: "acme/bert-110M-finetuned" }).tasks.value).toEqual([]);
    expect(classify({ id: "acme/Llama-3-8B" }).tasks.value).toEqual([]);
    expect(classify({ id: "acme/distilled-7B" }).tasks.value).toEqual([]);
  });

  test("reads time-series forecasting from a Chronos name, whatever else the name says", () => {
    expect(classify({ id: "amazon/chronos-t5-large" }).tasks).toEqual({
      value: ["time-series-forecasting"],
      confidence: "inferred",
      evidence: [{ field: "id", value: "amazon/chronos-t5-large" }],
      reason: "Chronos models forecast time series",
    });
    expect(classify({ id: "acme/chronos_bolt-2B-Instruct" }).tasks.value).toEqual(["time-series-forecasting"]);
    // Only a name that starts with the word.
    expect(classify({ id: "acme/notes-on-chronos-t5" }).tasks.value).toEqual([]);
  });
});

describe("vision-language models filed under text-generation", () => {
  test.each([
    ["vision_config", { config: { model_type: "llava", vision_config: { model_type: "clip_vision_model" } } }],
    ["visual", { config: { model_type: "qwen", visual: { image_size: 448 } } }],
    ["vision_tower", { config: { vision_tower: "openai/clip-vit-large-patch14" } }],
    ["mm_vision_tower", { config: { mm_vision_tower: "openai/clip-vit-large-patch14-336" } }],
  ])("reads image-text-to-text from config.%s", (key, fields) => {
    const tasks = classify({ id: "acme/assistant", pipeline_tag: "text-generation", ...fields }).tasks;
    expect(tasks).toEqual({
      value: ["image-text-to-text"],
      confidence: "inferred",
      evidence: [
        { field: "pipeline_tag", value: "text-generation" },
        { field: `config.${key}`, value: "present" },
      ],
      reason: `the Hub files the model under "text-generation", and config.${key} shows it reads images too, so it is an image-text-to-text model`,
    });
  });

  test.each(["Qwen-VL-Chat", "llava-v1.5-7b", "paligemma2-3b", "InternVL2_5-8B", "idefics2-8b", "SmolVLM-Instruct"])(
    "reads image-text-to-text from the name %s",
    (name) => {
      const tasks = classify({ id: `acme/${name}`, pipeline_tag: "text-generation" }).tasks;
      expect(tasks.value).toEqual(["image-text-to-text"]);
      expect(tasks.evidence[1]).toEqual({ field: "id", value: `acme/${name}` });
    },
  );

  test("leaves a model of several tasks as it is, text generation among them", () => {
    const mine = createRegistry([
      record("acme-reader-vl", {
        tasks: ["text-generation", "summarization"],
        taskType: "generative",
        modalities: { input: ["text"], output: ["text"] },
      }),
    ]);
    const result = classifyHuggingFaceModel({ id: "acme/acme-reader-vl" }, { registry: mine });
    expect(result.tasks.value).toEqual(["text-generation", "summarization"]);
  });

  test("leaves other text generators, and other tasks, as they are", () => {
    expect(classify({ id: "acme/Llama-3-8B", pipeline_tag: "text-generation" }).tasks.value).toEqual([
      "text-generation",
    ]);
    expect(classify({ id: "acme/vision-transformer", pipeline_tag: "image-classification" }).tasks.value).toEqual([
      "image-classification",
    ]);
    expect(classify({ id: "acme/revlon-7b", pipeline_tag: "text-generation" }).tasks.value).toEqual([
      "text-generation",
    ]);
  });
});

describe("the task type", () => {
  test("follows a task of a fixed type, at the task's confidence", () => {
    expect(classify({ id: "acme/m", pipeline_tag: "text-classification" }).taskType).toEqual({
      value: "discriminative",
      confidence: "certain",
      evidence: [{ field: "pipeline_tag", value: "text-classification" }],
      reason: "its task is discriminative",
    });
    expect(classify({ id: "acme/m", cardData: { pipeline_tag: "text-to-image" } }).taskType).toMatchObject({
      value: "generative",
      confidence: "inferred",
    });
  });

  test("follows several tasks of one type", () => {
    expect(classify({ id: "acme/m", library_name: "sentence-transformers" }).taskType).toEqual({
      value: "discriminative",
      confidence: "inferred",
      evidence: [{ field: "library_name", value: "sentence-transformers" }],
      reason: "its task is discriminative",
    });
  });

  test("is hybrid for tasks of several types that no head settles", () => {
    const mine = createRegistry([
      record("acme-both", {
        tasks: ["text-generation", "text-classification"],
        taskType: "hybrid",
        modalities: { input: ["text"], output: ["text", "label"] },
      }),
    ]);
    const result = classifyHuggingFaceModel({ id: "acme/acme-both" }, { registry: mine });
    expect(result.taskType).toEqual({
      value: "hybrid",
      confidence: "inferred",
      evidence: [{ field: "registry", value: "acme-both" }],
      reason: "its tasks are of more than one type",
    });
    expect(result.modalities.value).toEqual({ input: ["text"], output: ["text", "label"] });
  });

  test("takes the head's type when the tasks have several and the head's is one of them", () => {
    const mine = createRegistry([
      record("acme-both", {
        tasks: ["text-generation", "text-classification"],
        taskType: "hybrid",
        modalities: { input: ["text"], output: ["text", "label"] },
      }),
      record("acme-omni", {
        tasks: ["text-generation", "any-to-any"],
        taskType: "hybrid",
        modalities: { input: ["text", "image", "audio"], output: ["text", "image", "audio"] },
        domains: ["multimodal"],
      }),
    ]);
    // Heads the task table does not know, so the tasks still come from the registry.
    const generative = classifyHuggingFaceModel(
      { id: "acme/acme-both", config: { architectures: ["AcmeModel", "AcmeForConditionalGeneration"] } },
      { registry: mine },
    );
    expect(generative.tasks.value).toEqual(["text-generation", "text-classification"]);
    expect(generative.taskType).toEqual({
      value: "generative",
      confidence: "inferred",
      evidence: [{ field: "config.architectures[1]", value: "AcmeForConditionalGeneration" }],
      reason: "a AcmeForConditionalGeneration head is generative",
    });
    // A segmentation head is discriminative, which neither task is: the tasks decide.
    const other = classifyHuggingFaceModel(
      { id: "acme/acme-omni", config: { architectures: ["AcmeForImageSegmentation"] } },
      { registry: mine },
    );
    expect(other.taskType.value).toBe("hybrid");
  });

  test("takes the head's type when the task has none", () => {
    const result = classify({
      id: "acme/m",
      pipeline_tag: "other",
      config: { architectures: ["T5ForConditionalGeneration"] },
    });
    expect(result.tasks.value).toEqual(["other"]);
    expect(result.taskType).toEqual({
      value: "generative",
      confidence: "inferred",
      evidence: [{ field: "config.architectures[0]", value: "T5ForConditionalGeneration" }],
      reason: "a T5ForConditionalGeneration head is generative",
    });
  });

  test("is unknown, and says why, when neither task nor head settles it", () => {
    expect(classify({ id: "acme/m", pipeline_tag: "other" }).taskType).toEqual({
      value: null,
      confidence: "unknown",
      evidence: [],
      reason: 'the task "other" has no fixed type',
    });
    expect(classify({ id: "acme/m" }).taskType).toEqual({
      value: null,
      confidence: "unknown",
      evidence: [],
      reason: "the task is unknown",
    });
  });
});

describe("the modalities", () => {
  test("are those of the task's profile", () => {
    expect(classify({ id: "acme/m", pipeline_tag: "automatic-speech-recognition" }).modalities).toEqual({
      value: { input: ["audio"], output: ["text"] },
      confidence: "inferred",
      evidence: [{ field: "pipeline_tag", value: "automatic-speech-recognition" }],
      reason: "the typical inputs and outputs of its tasks",
    });
  });

  test("give vectors for sentence-transformers models, whatever the task says", () => {
    const result = classify({
      id: "acme/m",
      pipeline_tag: "sentence-similarity",
      library_name: "sentence-transformers",
    });
    expect(result.modalities.value).toEqual({ input: ["text"], output: ["embedding"] });
    const both = classify({ id: "acme/m", library_name: "sentence-transformers" });
    expect(both.modalities).toEqual({
      value: { input: ["text"], output: ["embedding"] },
      confidence: "inferred",
      evidence: [{ field: "library_name", value: "sentence-transformers" }],
      reason: "the typical inputs and outputs of its tasks",
    });
    expect(classify({ id: "acme/m", pipeline_tag: "sentence-similarity" }).modalities.value).toEqual({
      input: ["text"],
      output: ["label"],
    });
  });

  test("are unknown when the task is", () => {
    expect(classify({ id: "acme/m" }).modalities).toEqual({
      value: null,
      confidence: "unknown",
      evidence: [],
      reason: "the modalities follow from the task, which is unknown",
    });
  });
});

describe("the domains", () => {
  test("are those of the tasks", () => {
    expect(classify({ id: "acme/m", pipeline_tag: "image-classification" }).domains).toEqual({
      value: ["computer-vision"],
      confidence: "inferred",
      evidence: [{ field: "pipeline_tag", value: "image-classification" }],
      reason: "its tasks belong to these domains",
    });
  });

  test("add code for a text model tagged or named for code, first", () => {
    expect(classify({ id: "acme/m", pipeline_tag: "text-generation", tags: ["code"] }).domains).toEqual({
      value: ["code", "nlp"],
      confidence: "inferred",
      evidence: [
        { field: "pipeline_tag", value: "text-generation" },
        { field: "tags", value: "code" },
      ],
      reason: "its tags, card or name mark it as a code model; its tasks belong to these domains",
    });
    const named = classify({ id: "bigcode/starcoder2-7b", pipeline_tag: "text-generation" }).domains;
    expect(named.value).toEqual(["code", "nlp"]);
    expect(named.evidence[1]).toEqual({ field: "id", value: "bigcode/starcoder2-7b" });
    expect(classify({ id: "acme/m", tags: ["code-generation"] }).domains.value).toEqual(["code"]);
  });

  test("do not add code to a model that does not work on text, nor for a word that only contains it", () => {
    expect(classify({ id: "acme/qr-code-detector", pipeline_tag: "object-detection" }).domains.value).toEqual([
      "computer-vision",
    ]);
    expect(classify({ id: "acme/barcodes-7b", pipeline_tag: "text-generation" }).domains.value).toEqual(["nlp"]);
  });

  test("add science for a protein language model", () => {
    const result = classify({
      id: "facebook/esm2_t33_650M_UR50D",
      pipeline_tag: "fill-mask",
      config: { model_type: "esm" },
    });
    expect(result.domains).toEqual({
      value: ["science", "nlp"],
      confidence: "inferred",
      evidence: [
        { field: "pipeline_tag", value: "fill-mask" },
        { field: "config.model_type", value: "esm" },
      ],
      reason: "it is a protein language model; its tasks belong to these domains",
    });
  });

  test("add speech for a model without a task whose library or tags are about speech", () => {
    expect(classify({ id: "acme/m", library_name: "speechbrain" }).domains).toEqual({
      value: ["speech"],
      confidence: "inferred",
      evidence: [{ field: "library_name", value: "speechbrain" }],
      reason: "its tags or library are about speech",
    });
    expect(classify({ id: "acme/m", tags: ["audio"] }).domains.evidence).toEqual([{ field: "tags", value: "audio" }]);
    expect(classify({ id: "acme/m", library_name: "espnet" }).domains.value).toEqual(["speech"]);
    expect(classify({ id: "acme/m", library_name: "espnet", pipeline_tag: "text-to-speech" }).domains.value).toEqual([
      "speech",
    ]);
    expect(classify({ id: "acme/m", tags: ["speech"], pipeline_tag: "text-classification" }).domains.value).toEqual([
      "nlp",
    ]);
  });

  test("are unknown when the task is and nothing else says", () => {
    expect(classify({ id: "acme/m" }).domains).toEqual({
      value: [],
      confidence: "unknown",
      evidence: [],
      reason: "the domain follows from the task, which is unknown",
    });
  });
});

describe("tasks from the card's model-index", () => {
  const results = (...types: unknown[]) => [{ name: "m", results: types.map((type) => ({ task: { type } })) }];

  test("reads the first task the card reports results on, when no tag or library names one", () => {
    expect(classify({ id: "acme/m", cardData: { "model-index": results("bogus", "summarization") } }).tasks).toEqual({
      value: ["summarization"],
      confidence: "inferred",
      evidence: [{ field: "cardData.model-index", value: "summarization" }],
      reason: 'its card reports results on the task "summarization"',
    });
  });

  test("comes after a task tag, and passes over entries without results or with junk in them", () => {
    const tagged = classify({
      id: "acme/m",
      tags: ["translation"],
      cardData: { "model-index": results("summarization") },
    });
    expect(tagged.tasks.value).toEqual(["translation"]);
    const odd = [{ name: "m" }, { results: "none" }, { results: [null, { task: "asr" }, { task: { type: 7 } }] }];
    expect(classify({ id: "acme/m", cardData: { "model-index": odd } }).tasks.value).toEqual([]);
    expect(classify({ id: "acme/m", cardData: { "model-index": { results: [] } } }).tasks.value).toEqual([]);
  });
});

describe("tasks from repository names that say what the model does", () => {
  test.each([
    ["acme/bert-base-NER", ["named-entity-recognition", "token-classification"], '"NER" in a name'],
    ["acme/ner_tagger", ["named-entity-recognition", "token-classification"], '"NER" in a name'],
    ["acme/bge-reranker-v2", ["text-ranking"], "a reranker scores"],
    ["acme/pegasus-samsum", ["summarization"], "Pegasus models"],
    ["acme/opus-mt-en-de-finetuned", ["translation"], "OPUS-MT models translate"],
  ])("reads %s as %j", (id, tasks, reason) => {
    const result = classify({ id });
    expect(result.tasks.value).toEqual(tasks);
    expect(result.tasks.evidence).toEqual([{ field: "id", value: id }]);
    expect(result.tasks.reason).toContain(reason);
  });

  test("does not read a task from a word that only contains the name's word", () => {
    for (const id of ["acme/partner-7", "acme/inner-model", "acme/pegasusx", "acme/my-opus-mt"]) {
      expect(classify({ id }).tasks.value, id).toEqual([]);
    }
  });
});

describe("a broad task refined by what else the metadata says", () => {
  test("adds code generation to a text generator whose card names code or programming languages", () => {
    const byLanguage = classify({ id: "acme/m", cardData: { pipeline_tag: "text-generation", language: ["code"] } });
    expect(byLanguage.tasks).toEqual({
      value: ["code-generation", "text-generation"],
      confidence: "inferred",
      evidence: [
        { field: "cardData.pipeline_tag", value: "text-generation" },
        { field: "cardData.language", value: "code" },
      ],
      reason: 'the Hub files the model under "text-generation", and cardData.language shows it writes code',
    });
    expect(byLanguage.domains.value).toEqual(["code", "nlp"]);
    const byProgramming = classify({
      id: "acme/m",
      pipeline_tag: "text-generation",
      cardData: { programming_language: ["Python", "Java"] },
    });
    expect(byProgramming.tasks.value).toEqual(["code-generation", "text-generation"]);
    expect(byProgramming.tasks.evidence[1]).toEqual({ field: "cardData.programming_language", value: "Python, Java" });
    // The finer task rests on the card, read indirectly: inferred, though the pipeline tag is certain.
    expect(byProgramming.tasks.confidence).toBe("inferred");
    expect(
      classify({ id: "acme/m", pipeline_tag: "text-generation", cardData: { language: ["en"] } }).tasks.value,
    ).toEqual(["text-generation"]);
  });

  test("makes a text classifier named a reranker a text ranker, which scores rather than embeds", () => {
    const result = classify({ id: "acme/tiny-reranker", tags: ["sentence-transformers", "text-classification"] });
    expect(result.tasks.value).toEqual(["text-ranking"]);
    expect(result.tasks.evidence).toEqual([
      { field: "tags", value: "text-classification" },
      { field: "id", value: "acme/tiny-reranker" },
    ]);
    expect(result.modalities.value).toEqual({ input: ["text"], output: ["label"] });
    expect(classify({ id: "acme/tiny-classifier", tags: ["text-classification"] }).tasks.value).toEqual([
      "text-classification",
    ]);
  });

  test("adds feature extraction to a sentence-transformers model filed under sentence similarity", () => {
    const result = classify({
      id: "acme/m",
      pipeline_tag: "sentence-similarity",
      library_name: "sentence-transformers",
    });
    expect(result.tasks.value).toEqual(["sentence-similarity", "feature-extraction"]);
    expect(result.tasks.evidence).toEqual([
      { field: "pipeline_tag", value: "sentence-similarity" },
      { field: "library_name", value: "sentence-transformers" },
    ]);
    expect(classify({ id: "acme/m", pipeline_tag: "sentence-similarity" }).tasks.value).toEqual([
      "sentence-similarity",
    ]);
  });
});

describe("tasks from several task tags", () => {
  test.each([
    [["text2text-generation", "translation"], "translation"],
    [["translation", "text2text-generation"], "translation"],
    [["text2text-generation", "summarization"], "summarization"],
    [["text-classification", "zero-shot-classification"], "zero-shot-classification"],
    [["token-classification", "named-entity-recognition"], "named-entity-recognition"],
    [["image-to-text", "translation"], "image-to-text"],
    [["causal-lm"], "text-generation"],
  ])("reads %j as %s", (tags, task) => {
    expect(classify({ id: "acme/m", tags }).tasks.value).toEqual([task]);
  });
});

describe("the registry's record of the very repository against the tags", () => {
  const captioner = createRegistry([
    record("acme-captioner", {
      aliases: ["acme/captioner-large"],
      tasks: ["image-to-text"],
      taskType: "generative",
      modalities: { input: ["image", "text"], output: ["text"] },
      domains: ["computer-vision"],
      architecture: { family: "encoder-decoder" },
    }),
  ]);
  const tags = ["image-text-to-text", "image-captioning", "image-to-text"];

  test("takes the record's tasks where the tags name none of them", () => {
    const result = classifyHuggingFaceModel({ id: "acme/captioner-large", tags }, { registry: captioner });
    expect(result.tasks.value).toEqual(["image-to-text"]);
    expect(result.tasks.evidence).toEqual([{ field: "registry", value: "acme-captioner" }]);
    expect(result.modalities.value).toEqual({ input: ["image", "text"], output: ["text"] });
  });

  test("keeps the tags' reading where they agree with the record, and for another owner's repository", () => {
    const agreeing = classifyHuggingFaceModel(
      { id: "acme/captioner-large", tags: ["image-to-text"] },
      { registry: captioner },
    );
    expect(agreeing.tasks.evidence).toEqual([{ field: "tags", value: "image-to-text" }]);
    expect(agreeing.modalities.value).toEqual({ input: ["image"], output: ["text"] });
    const other = classifyHuggingFaceModel({ id: "someone/captioner-large", tags }, { registry: captioner });
    expect(other.tasks.value).toEqual(["image-text-to-text"]);
  });

  test("keeps the tags' reading for a repository named like the record but not by its whole Hub id", () => {
    // Found by the repository name alone (another owner's, or a bare name): it may be a fine-tune of the record.
    const otherOwner = classifyHuggingFaceModel({ id: "someone/acme-captioner", tags }, { registry: captioner });
    expect(otherOwner.tasks.value).toEqual(["image-text-to-text"]);
    const bare = classifyHuggingFaceModel({ id: "acme-captioner", tags }, { registry: captioner });
    expect(bare.tasks.value).toEqual(["image-text-to-text"]);
  });
});

describe("the domain of an audio classifier", () => {
  test("is speech as well when it is built on a speech encoder", () => {
    const byName = classify({ id: "acme/wav2vec2-base-ft-keyword-spotting", tags: ["audio-classification"] });
    expect(byName.domains.value).toEqual(["speech", "audio"]);
    expect(byName.domains.evidence).toContainEqual({ field: "id", value: "acme/wav2vec2-base-ft-keyword-spotting" });
    const byType = classify({ id: "acme/m", pipeline_tag: "audio-classification", config: { model_type: "hubert" } });
    expect(byType.domains.value).toEqual(["speech", "audio"]);
    const byBase = classify({
      id: "acme/m",
      pipeline_tag: "audio-classification",
      cardData: { base_model: "microsoft/wavlm-base-plus" },
    });
    expect(byBase.domains.evidence).toContainEqual({ field: "base model", value: "microsoft/wavlm-base-plus" });
  });

  test("is audio alone for other encoders, and speech is not added to other tasks", () => {
    const ast = classify({ id: "acme/ast-finetuned-audioset", pipeline_tag: "audio-classification" });
    expect(ast.domains.value).toEqual(["audio"]);
    const asr = classify({ id: "acme/wav2vec2-base-960h", pipeline_tag: "automatic-speech-recognition" });
    expect(asr.domains.value).toEqual(["speech"]);
  });
});

describe("the pipeline that runs the model, beside the Hub's pipeline tag", () => {
  test("adds the transformers pipeline's task when it works on the same kinds of data", () => {
    const t5 = classify({
      id: "google-t5/t5-small",
      pipeline_tag: "translation",
      transformersInfo: { pipeline_tag: "text2text-generation" },
    }).tasks;
    expect(t5).toEqual({
      value: ["translation", "text2text-generation"],
      confidence: "certain",
      evidence: [
        { field: "pipeline_tag", value: "translation" },
        { field: "transformersInfo.pipeline_tag", value: "text2text-generation" },
      ],
      reason: 'the Hub files the model under "translation", and transformers runs it as "text2text-generation"',
    });
  });

  test("leaves it out when it only reflects the architecture, or says the same", () => {
    const chronos = classify({
      id: "amazon/chronos-t5-small",
      pipeline_tag: "time-series-forecasting",
      transformersInfo: { pipeline_tag: "text2text-generation" },
    });
    expect(chronos.tasks.value).toEqual(["time-series-forecasting"]);
    const same = classify({ id: "acme/m", pipeline_tag: "fill-mask", transformersInfo: { pipeline_tag: "fill-mask" } });
    expect(same.tasks.evidence).toEqual([{ field: "pipeline_tag", value: "fill-mask" }]);
    const junk = classify({ id: "acme/m", pipeline_tag: "fill-mask", transformersInfo: { pipeline_tag: "bogus" } });
    expect(junk.tasks.value).toEqual(["fill-mask"]);
  });
});

describe("a token classifier that tags named entities", () => {
  test("is a named-entity recognizer when its name or its card's datasets say so", () => {
    const named = classify({
      id: "acme/bert-large-cased-finetuned-conll03-english",
      pipeline_tag: "token-classification",
    });
    expect(named.tasks.value).toEqual(["named-entity-recognition", "token-classification"]);
    expect(named.tasks.confidence).toBe("inferred");
    expect(named.tasks.evidence[1]).toEqual({ field: "id", value: "acme/bert-large-cased-finetuned-conll03-english" });
    const carded = classify({
      id: "acme/m",
      pipeline_tag: "token-classification",
      cardData: { datasets: ["eriktks/conll2003"] },
    });
    expect(carded.tasks.evidence[1]).toEqual({ field: "cardData.datasets", value: "eriktks/conll2003" });
  });

  test("stays a token classifier otherwise", () => {
    const pos = classify({
      id: "acme/pos-tagger",
      pipeline_tag: "token-classification",
      cardData: { datasets: ["ud"] },
    });
    expect(pos.tasks.value).toEqual(["token-classification"]);
    expect(pos.tasks.confidence).toBe("certain");
  });
});

describe("the domain of a speech toolkit's audio model", () => {
  test("is speech as well as audio", () => {
    const sepformer = classify({
      id: "speechbrain/sepformer-wham",
      pipeline_tag: "audio-to-audio",
      library_name: "speechbrain",
    });
    expect(sepformer.domains.value).toEqual(["speech", "audio"]);
    expect(sepformer.domains.evidence).toContainEqual({ field: "library_name", value: "speechbrain" });
    const other = classify({ id: "acme/denoiser", pipeline_tag: "audio-to-audio", library_name: "asteroid" });
    expect(other.domains.value).toEqual(["audio"]);
  });
});

describe("a captioner that also takes a prompt", () => {
  test("adds the runner's image-text-to-text, which takes the image and more, to image-to-text", () => {
    const blip = classify({
      id: "acme/captioner",
      pipeline_tag: "image-to-text",
      transformersInfo: { pipeline_tag: "image-text-to-text" },
    });
    expect(blip.tasks.value).toEqual(["image-to-text", "image-text-to-text"]);
    expect(blip.modalities.value).toEqual({ input: ["image", "text"], output: ["text"] });
    // The other way round the runner takes less than the task needs: it is left out.
    const vlm = classify({
      id: "acme/vlm",
      pipeline_tag: "image-text-to-text",
      transformersInfo: { pipeline_tag: "image-to-text" },
    });
    expect(vlm.tasks.value).toEqual(["image-text-to-text"]);
  });
});

describe("what the finer readings rest on", () => {
  test("reads a card's language given as one string, and passes over items of a list that are not text", () => {
    const single = classify({ id: "acme/m", pipeline_tag: "text-generation", cardData: { language: "code" } });
    expect(single.tasks.value).toEqual(["code-generation", "text-generation"]);
    const junk = classify({
      id: "acme/m",
      pipeline_tag: "text-generation",
      cardData: { language: [42, null, "Code"] },
    });
    expect(junk.tasks.evidence[1]).toEqual({ field: "cardData.language", value: "code" });
    const none = classify({ id: "acme/m", pipeline_tag: "text-generation", cardData: { language: [42, "en"] } });
    expect(none.tasks.value).toEqual(["text-generation"]);
  });

  test("gives the reason of each refinement", () => {
    const reranker = classify({ id: "acme/tiny-reranker", pipeline_tag: "text-classification" });
    expect(reranker.tasks.reason).toBe(
      'the Hub files the model under "text-classification", and its name makes it a reranker, which scores query-passage pairs',
    );
    const tagger = classify({ id: "acme/bert-ner", pipeline_tag: "token-classification" });
    expect(tagger.tasks.reason).toBe(
      'the Hub files the model under "token-classification", and id names named-entity recognition',
    );
    const embedder = classify({
      id: "acme/m",
      pipeline_tag: "sentence-similarity",
      library_name: "sentence-transformers",
    });
    expect(embedder.tasks.reason).toBe(
      'the Hub files the model under "sentence-similarity", and sentence-transformers models embed texts',
    );
  });

  test("does not add the runner's task when it gives another kind of output from the same input", () => {
    // Embedding models built on a masked language model: transformers runs the checkpoint as fill-mask.
    const embedder = classify({
      id: "acme/bert-embeddings",
      pipeline_tag: "feature-extraction",
      transformersInfo: { pipeline_tag: "fill-mask" },
    });
    expect(embedder.tasks.value).toEqual(["feature-extraction"]);
    // An omni model's runner outputs more kinds of data than the task it is filed under: left out too.
    const omni = classify({
      id: "acme/omni",
      pipeline_tag: "image-text-to-text",
      transformersInfo: { pipeline_tag: "any-to-any" },
    });
    expect(omni.tasks.value).toEqual(["image-text-to-text"]);
  });

  test("keeps the library's reading when the registry's record of the repository shares one of its tasks", () => {
    const registry = createRegistry([
      record("acme-embedder", {
        aliases: ["acme/embedder"],
        tasks: ["sentence-similarity"],
        taskType: "discriminative",
        modalities: { input: ["text"], output: ["embedding"] },
        domains: ["nlp"],
        architecture: { family: "encoder-only" },
      }),
    ]);
    const result = classifyHuggingFaceModel(
      { id: "acme/embedder", library_name: "sentence-transformers" },
      { registry },
    );
    expect(result.tasks.value).toEqual(["sentence-similarity", "feature-extraction"]);
    expect(result.tasks.evidence).toEqual([{ field: "library_name", value: "sentence-transformers" }]);
  });

  test("takes a base's tasks from the registry as they are, not refined by the fine-tune's tags", () => {
    const registry = createRegistry([
      record("acme-writer", {
        tasks: ["text-generation"],
        taskType: "generative",
        modalities: { input: ["text"], output: ["text"] },
        domains: ["nlp"],
        architecture: { family: "decoder-only" },
      }),
    ]);
    const result = classifyHuggingFaceModel(
      { id: "someone/writer-for-python", tags: ["code"], cardData: { base_model: "acme-writer" } },
      { registry },
    );
    expect(result.tasks.value).toEqual(["text-generation"]);
    expect(result.tasks.evidence).toEqual([{ field: "registry", value: "acme-writer" }]);
    expect(result.domains.value).toEqual(["nlp"]);
  });
});

describe("the extra domains and what they cite", () => {
  test("cite the speech encoder's model type, and leave other audio encoders to audio alone", () => {
    const hubert = classify({ id: "acme/m", pipeline_tag: "audio-classification", config: { model_type: "hubert" } });
    expect(hubert.domains.evidence).toContainEqual({ field: "config.model_type", value: "hubert" });
    expect(hubert.domains.reason).toContain("it classifies audio with a speech encoder");
    const ast = classify({
      id: "acme/m",
      pipeline_tag: "audio-classification",
      config: { model_type: "audio-spectrogram-transformer" },
    });
    expect(ast.domains.value).toEqual(["audio"]);
  });

  test("name speech once for a speech toolkit's classifier built on a speech encoder", () => {
    const result = classify({
      id: "speechbrain/emotion-recognition-wav2vec2-IEMOCAP",
      pipeline_tag: "audio-classification",
      library_name: "speechbrain",
    });
    expect(result.domains.value).toEqual(["speech", "audio"]);
  });

  test("say why a speech toolkit's audio model works on speech, and add nothing to its speech tasks", () => {
    const separator = classify({ id: "acme/m", pipeline_tag: "audio-to-audio", library_name: "speechbrain" });
    expect(separator.domains.reason).toContain("speechbrain is a speech toolkit");
    const recognizer = classify({
      id: "acme/m",
      pipeline_tag: "automatic-speech-recognition",
      library_name: "speechbrain",
    });
    expect(recognizer.domains.evidence).toEqual([{ field: "pipeline_tag", value: "automatic-speech-recognition" }]);
  });

  test("keep every extra domain a model has", () => {
    const result = classify({
      id: "acme/protein-coder",
      pipeline_tag: "fill-mask",
      tags: ["code"],
      config: { model_type: "esm" },
    });
    expect(result.domains.value).toEqual(expect.arrayContaining(["code", "science", "nlp"]));
  });

  test("cite a second tag of the same field beside the task's", () => {
    // CodeT5's repository: its task and its code domain both come from tags.
    const result = classify({ id: "acme/codet5-base", tags: ["text2text-generation", "code"] });
    expect(result.domains.evidence).toEqual([
      { field: "tags", value: "text2text-generation" },
      { field: "tags", value: "code" },
    ]);
  });
});
