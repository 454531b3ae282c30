import { describe, expect, test } from "vitest";
import { ASPECT_LABELS, ASPECTS, DIMENSION_IDS, DIMENSIONS } from "../index.js";

describe("DIMENSIONS", () => {
  test("lists every dimension of fixed values once, in the order of DIMENSION_IDS", () => {
    // family's values are the registry's families, not a list DIMENSIONS can hold.
    expect(DIMENSIONS.map((dimension) => dimension.id)).toEqual(DIMENSION_IDS.filter((id) => id !== "family"));
  });

  test("covers all six aspects", () => {
    expect(new Set(DIMENSIONS.map((dimension) => dimension.aspect))).toEqual(new Set(ASPECTS));
    // Each aspect named in English and in Chinese characters, no two alike.
    const labels = ASPECTS.map((aspect) => ASPECT_LABELS[aspect]);
    expect(labels.every((label) => /^[A-Z]/.test(label.en) && /[\u4e00-\u9fff]/.test(label.zh))).toBe(true);
    expect(new Set(labels.map((label) => label.en)).size).toBe(ASPECTS.length);
    expect(new Set(labels.map((label) => label.zh)).size).toBe(ASPECTS.length);
  });

  test("gives every value an English and a Chinese label and a one-sentence description in each", () => {
    for (const dimension of DIMENSIONS) {
      expect(dimension.label.zh, dimension.id).toMatch(/[\u4e00-\u9fff]/);
      expect(dimension.values.length).toBeGreaterThan(0);
      for (const value of dimension.values) {
        const where = `${dimension.id}.${value.id}`;
        expect(value.label.en, where).toMatch(/^\S(.*\S)?$/);
        expect(value.label.zh, where).toMatch(/^\S(.*\S)?$/);
        // One sentence each: English ends with a full stop, Chinese with 。
        expect(value.description.en, where).toMatch(/^[A-Z0-9].*\.$/);
        expect(value.description.zh, where).toMatch(/[\u4e00-\u9fff].*。$/);
        expect(value.description.zh, where).toMatch(/[\u4e00-\u9fff]/);
      }
    }
  });

  test("has no two values with the same id or label within a dimension", () => {
    for (const dimension of DIMENSIONS) {
      const ids = dimension.values.map((value) => value.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const locale of ["en", "zh"] as const) {
        const labels = dimension.values.map((value) => value.label[locale]);
        expect(new Set(labels).size, `${dimension.id} ${locale}`).toBe(labels.length);
      }
    }
  });

  test("holds every value the seed names", () => {
    const valuesOf = (id: string) => DIMENSIONS.find((dimension) => dimension.id === id)?.values.map((v) => v.id);
    expect(valuesOf("sizeClass")).toEqual(["small", "medium", "large"]);
    expect(valuesOf("taskType")).toEqual(["generative", "discriminative", "hybrid"]);
    expect(valuesOf("modalityClass")).toEqual(["unimodal", "multimodal"]);
    expect(valuesOf("trainingMethod")).toEqual(["pretrained", "from-scratch", "transfer-learning"]);
    expect(valuesOf("domain")).toEqual(
      expect.arrayContaining(["nlp", "computer-vision", "speech", "code", "data-analysis"]),
    );
    expect(valuesOf("architecture")).toEqual(expect.arrayContaining(["transformer", "cnn", "rnn", "lstm"]));
  });

  test("records the architecture tree as parents", () => {
    const architecture = DIMENSIONS.find((dimension) => dimension.id === "architecture");
    expect(architecture?.values.find((value) => value.id === "lstm")?.parent).toBe("rnn");
    expect(architecture?.values.find((value) => value.id === "cnn")?.parent).toBeNull();
  });
});
