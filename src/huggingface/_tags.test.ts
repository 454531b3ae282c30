import { describe, expect, test } from "vitest";
import { _readTags } from "./_tags.js";

// Tag lists as the Hub serves them: libraries, formats, languages, base models, licences, regions.
describe("_readTags", () => {
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

  test("reads three-letter tags and names of Object.prototype members as plain text", () => {
    expect(_readTags(["opt", "awq"], undefined)).toMatchObject({ architectureTag: "opt", markers: { awq: "awq" } });
    expect(_readTags(["constructor", "__proto__", "toString"], undefined).markers).toEqual({});
  });
});
