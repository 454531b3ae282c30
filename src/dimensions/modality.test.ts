import { describe, expect, test } from "vitest";
import {
  CONTENT_MODALITIES,
  classifyModalities,
  InvalidArgumentError,
  isContentModality,
  MODALITIES,
  type Modality,
} from "../index.js";

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

  test("counts two content modalities on the same side, and only content ones", () => {
    expect(classifyModalities({ input: ["text", "image"], output: [] })).toBe("multimodal");
    expect(classifyModalities({ input: [], output: ["audio", "video"] })).toBe("multimodal");
    expect(classifyModalities({ input: ["label", "embedding"], output: ["action"] })).toBe("unimodal");
    expect(classifyModalities({ input: [], output: [] })).toBe("unimodal");
  });

  test("refuses sides that are not arrays, naming the side", () => {
    // @ts-expect-error: a JavaScript caller may pass anything
    expect(() => classifyModalities({ input: "text", output: ["text"] })).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: modalities.input: expected an array of modalities, received "text"]`,
    );
    // @ts-expect-error: a JavaScript caller may pass anything
    expect(() => classifyModalities({ input: ["text"] })).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: modalities.output: expected an array of modalities, received undefined]`,
    );
    // @ts-expect-error: a JavaScript caller may pass anything
    expect(() => classifyModalities(null)).toThrow(/^modalities\.input: /);
    // @ts-expect-error: a JavaScript caller may pass anything
    expect(() => classifyModalities("text")).toThrow(InvalidArgumentError);
  });
});

describe("CONTENT_MODALITIES", () => {
  test("holds every modality but label, embedding and action", () => {
    expect([...MODALITIES].filter((modality) => !isContentModality(modality))).toEqual([
      "action",
      "embedding",
      "label",
    ]);
    expect(CONTENT_MODALITIES).toEqual(MODALITIES.filter(isContentModality));
  });
});
