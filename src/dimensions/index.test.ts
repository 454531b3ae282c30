import { describe, expect, test } from "vitest";
import { ASPECT_LABELS, ASPECTS, DIMENSION_IDS, DIMENSIONS } from "../index.js";
import { allModels } from "../registry/index.js";
import { _dimensionOf } from "./index.js";

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

describe("_dimensionOf", () => {
  test("finds the declaration of every dimension id, and no other", () => {
    for (const id of DIMENSION_IDS) expect(_dimensionOf(id).id).toBe(id);
    // @ts-expect-error: an id that is not declared
    expect(() => _dimensionOf("size")).toThrow(new RangeError("no dimension size"));
  });

  test("gives no parent to the values of a dimension declared without a tree", () => {
    const size = _dimensionOf("sizeClass");
    const architecture = _dimensionOf("architecture");
    if (size.values === null || architecture.values === null) throw new Error("both have fixed values");
    expect(size.values.map((value) => size.parentOf(value))).toEqual([null, null, null]);
    expect(architecture.parentOf("gru")).toBe("rnn");
  });

  test("declares family open, reading the family a record names", () => {
    const family = _dimensionOf("family");
    expect(family.values).toBeNull();
    expect(family.aspect).toBeNull();
    const [member] = allModels();
    if (member === undefined) throw new Error("the registry has models");
    expect(family.read(member)).toEqual([member.family]);
    // Every built-in record has a family; a custom one may not.
    const { family: _family, ...loner } = member;
    expect(family.read(loner)).toEqual([]);
  });
});
