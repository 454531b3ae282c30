import { describe, expect, test } from "vitest";
import imageClassifier from "../../test/fixtures/huggingface-real/records/dima806--facial_emotions_image_detection.json" with {
  type: "json",
};
import quantizedCard from "../../test/fixtures/huggingface-real/records/eaddario--granite-4.1-8b-GGUF.json" with {
  type: "json",
};
import textToImage from "../../test/fixtures/huggingface-real/records/stabilityai--sd-turbo.json" with { type: "json" };
import { _readTags } from "./_tags.js";

// Tag lists as the Hub serves them: libraries, formats, languages, base models, licences, regions.
describe("_readTags", () => {
  // First in the file on purpose: the map from tag to kind is built by the first read and kept, so only the first
  // test to read tags runs the code that builds it. Between them these lists hold a tag of every kind it has.
  test("reads a tag of every kind in real tag lists, and a GGUF architecture's name", () => {
    expect(_readTags(imageClassifier.tags, undefined)).toEqual({
      markers: {},
      bases: [
        { relation: "", id: "google/vit-base-patch16-224-in21k" },
        { relation: "finetune", id: "google/vit-base-patch16-224-in21k" },
      ],
      license: "apache-2.0",
      bitsTag: undefined,
      architectureTag: "vit",
      taskTag: "image-classification",
      libraryTag: "transformers",
      diffusersPipeline: undefined,
    });
    expect(_readTags(textToImage.tags, undefined)).toEqual({
      markers: {},
      bases: [],
      license: undefined,
      bitsTag: undefined,
      architectureTag: undefined,
      taskTag: "text-to-image",
      libraryTag: "diffusers",
      diffusersPipeline: "StableDiffusionPipeline",
    });
    // A GGUF repository's card tags: "gguf" names a library too, but is read as the marker.
    expect(_readTags(undefined, quantizedCard.cardData.tags)).toMatchObject({
      markers: { gguf: "gguf" },
      libraryTag: undefined,
      architectureTag: undefined,
    });
    // llama.cpp's name for Cohere's Command R, which no transformers model type spells this way.
    expect(_readTags(["command-r"], undefined).architectureTag).toBe("command-r");
    // A task under another spelling, a family of the name table (after "transformer", which names none), a
    // model type ahead of a family, and the Hub's speech fine-tuning sprint.
    expect(_readTags(["transformer", "causal-lm", "yolo", "xlsr-fine-tuning-week"], undefined)).toMatchObject({
      taskTag: "text-generation",
      familyTag: "yolo",
      architectureTag: undefined,
      markers: { finetuned: "xlsr-fine-tuning-week" },
    });
    expect(_readTags(["pythia", "gpt_neox"], undefined)).toMatchObject({
      familyTag: "pythia",
      architectureTag: "gpt_neox",
    });
  });

  test("reads a quantized GGUF repository's tags", () => {
    const tags = _readTags(
      [
        "gguf",
        "llama",
        "text-generation",
        "en",
        "base_model:meta-llama/Llama-3.1-8B-Instruct",
        "base_model:quantized:meta-llama/Llama-3.1-8B-Instruct",
        "license:llama3.1",
        "endpoints_compatible",
        "region:us",
        "conversational",
      ],
      undefined,
    );
    expect(tags).toEqual({
      markers: { gguf: "gguf" },
      bases: [
        { relation: "", id: "meta-llama/Llama-3.1-8B-Instruct" },
        { relation: "quantized", id: "meta-llama/Llama-3.1-8B-Instruct" },
      ],
      license: "llama3.1",
      bitsTag: undefined,
      architectureTag: "llama",
      taskTag: "text-generation",
      // "gguf" names a library too, but as a marker it says more: it is read as one.
      libraryTag: undefined,
      diffusersPipeline: undefined,
    });
  });

  test("reads each relation of a base_model tag, and an unknown relation as part of the id", () => {
    const tags = _readTags(
      [
        "base_model:finetune:a/one",
        "base_model:adapter:a/two",
        "base_model:merge:a/three",
        "base_model:distilled:a/four",
        "base_model:",
        "base_model: ",
      ],
      undefined,
    );
    expect(tags.bases).toEqual([
      { relation: "finetune", id: "a/one" },
      { relation: "adapter", id: "a/two" },
      { relation: "merge", id: "a/three" },
      { relation: "", id: "distilled:a/four" },
    ]);
  });

  test("keeps the first of each kind of tag, and the first tag of each marker", () => {
    const tags = _readTags(
      [
        "license:mit",
        "license:apache-2.0",
        "diffusers:StableDiffusionPipeline",
        "diffusers:FluxPipeline",
        "4-bit",
        "8-bit",
        "bert",
        "llama",
        "fill-mask",
        "text-classification",
        "transformers",
        "timm",
        "gguf-my-repo",
        "gguf",
      ],
      undefined,
    );
    expect(tags).toMatchObject({
      license: "mit",
      diffusersPipeline: "StableDiffusionPipeline",
      bitsTag: "4-bit",
      architectureTag: "bert",
      taskTag: "fill-mask",
      libraryTag: "transformers",
      markers: { gguf: "gguf-my-repo" },
    });
  });

  test("skips an empty licence or pipeline class and keeps looking", () => {
    const tags = _readTags(["license:", "license:cc-by-4.0", "diffusers: ", "diffusers:FluxPipeline"], undefined);
    expect(tags.license).toBe("cc-by-4.0");
    expect(tags.diffusersPipeline).toBe("FluxPipeline");
  });

  test.each([
    ["4bit", "4bit"],
    ["8bit", "8bit"],
    ["4-bit", "4-bit"],
    ["16-bit", undefined],
    ["4-bits", undefined],
    // 48-bit colour depth ends like an 8-bit tag, but is not one.
    ["48bit", undefined],
  ])("reads %s as a bits tag or not", (tag, bits) => {
    expect(_readTags([tag], undefined).bitsTag).toBe(bits);
  });

  test("marks an agent by the reinforcement-learning task tag, and keeps a marker tag first", () => {
    expect(_readTags(["reinforcement-learning"], undefined).markers["rl-agent"]).toBe("reinforcement-learning");
    expect(_readTags(["deep-reinforcement-learning", "reinforcement-learning"], undefined).markers).toEqual({
      "rl-agent": "deep-reinforcement-learning",
    });
  });

  test("reads a marker's other spellings", () => {
    const tags = _readTags(
      ["qlora", "auto-gptq", "autoawq", "lazymergekit", "fine-tuned", "trl", "orpo", "audio"],
      undefined,
    );
    expect(tags.markers).toEqual({
      lora: "qlora",
      gptq: "auto-gptq",
      awq: "autoawq",
      mergekit: "lazymergekit",
      finetuned: "fine-tuned",
      trained: "trl",
      preference: "orpo",
      speech: "audio",
    });
  });

  test("reads the card's tags after the record's, and a single tag given as a string", () => {
    expect(_readTags(["license:mit"], ["license:apache-2.0", "merge"])).toMatchObject({
      license: "mit",
      markers: { merge: "merge" },
    });
    expect(_readTags("mergekit", undefined).markers).toEqual({ mergekit: "mergekit" });
    expect(_readTags(undefined, "lora").markers).toEqual({ lora: "lora" });
  });

  test("ignores empty strings, other values, short tags and tags nobody knows", () => {
    const tags = _readTags(["", 42, null, "en", "de", "region:us", "endpoints_compatible", "Llama"], "");
    expect(tags).toEqual({
      markers: {},
      bases: [],
      license: undefined,
      bitsTag: undefined,
      architectureTag: undefined,
      taskTag: undefined,
      libraryTag: undefined,
      diffusersPipeline: undefined,
    });
    expect(_readTags({ tags: ["gguf"] }, 7).markers).toEqual({});
  });

  test("reads t5, a model type of two letters, as an architecture among language codes", () => {
    // T5's own repository (google-t5/t5-small) carries the tag "t5" beside language codes of as many letters.
    expect(_readTags(["transformers", "t5", "text2text-generation", "en", "fr", "ro", "de"], undefined)).toMatchObject({
      architectureTag: "t5",
      libraryTag: "transformers",
    });
    expect(_readTags(["t", "5", "en"], undefined).architectureTag).toBeUndefined();
  });

  test("reads three-letter tags and names of Object.prototype members as plain text", () => {
    expect(_readTags(["opt", "awq"], undefined)).toMatchObject({ architectureTag: "opt", markers: { awq: "awq" } });
    expect(_readTags(["constructor", "__proto__", "toString"], undefined).markers).toEqual({});
  });
});
