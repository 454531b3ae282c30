import { describe, expect, test } from "vitest";
import { CONTENT_MODALITIES, classifyModalities, isContentModality, MODALITIES, type Modality } from "../index.js";

describe("classifyModalities", () => {
  const cases: [string, Modality[], Modality[], "unimodal" | "multimodal"][] = [
    ["GPT-2 (text to text)", ["text"], ["text"], "unimodal"],
    ["ResNet (image to label)", ["image"], ["label"], "unimodal"],
    ["BERT sentence embeddings", ["text"], ["embedding"], "unimodal"],
    ["CLIP (text and image to embedding)", ["text", "image"], ["embedding"], "multimodal"],
    ["Stable Diffusion (text to image)", ["text"], ["image"], "multimodal"],
    ["Whisper (audio to text)", ["audio"], ["text"], "multimodal"],
    ["DQN (image to action)", ["image"], ["action"], "unimodal"],
    ["StyleGAN (nothing to image)", [], ["image"], "unimodal"],
    ["AlphaFold (sequence to structure)", ["bio-sequence"], ["3d"], "multimodal"],
  ];
  test.each(cases.map(([name, input, output, expected]) => ({ name, input, output, expected })))(
    "classes $name as $expected",
    ({ input, output, expected }) => {
      expect(classifyModalities({ input, output })).toBe(expected);
    },
  );

  test("counts a modality listed on both sides once", () => {
    expect(classifyModalities({ input: ["image"], output: ["image"] })).toBe("unimodal");
  });
});

describe("CONTENT_MODALITIES", () => {
  test("holds every modality but label, embedding and action", () => {
    expect([...MODALITIES].filter((modality) => !isContentModality(modality))).toEqual([
      "action",
      "embedding",
      "label",
    ]);
    expect(CONTENT_MODALITIES).toHaveLength(MODALITIES.length - 3);
  });
});
