import { describe, expect, test } from "vitest";
import { textGenerator } from "../../test/records.js";
import {
  ARCHITECTURE_PARENTS,
  ASPECT_LABELS,
  ASPECTS,
  createRegistry,
  DIMENSION_IDS,
  DIMENSIONS,
  type ModelInput,
} from "../index.js";
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

  test("records the architecture tree as parents", () => {
    const architecture = DIMENSIONS.find((dimension) => dimension.id === "architecture");
    const parents = Object.fromEntries(architecture?.values.map((value) => [value.id, value.parent]) ?? []);
    expect(parents).toEqual({ ...ARCHITECTURE_PARENTS });
    // An LSTM is a recurrent network with gated memory cells (Hochreiter and Schmidhuber, 1997).
    expect(parents.lstm).toBe("rnn");
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

describe("each dimension's reader", () => {
  // A plain pretrained text model, and a fine-tuned text-to-image diffusion model with an LSTM inside; the
  // second's size is unknown.
  const plain: ModelInput = textGenerator({
    id: "plain-lm",
    name: "Plain LM",
    year: 2020,
    parameters: { total: 1_000_000_000 },
  });
  const tuned: ModelInput = {
    id: "tuned-painter",
    name: "Tuned Painter",
    organization: "Acme",
    year: 2022,
    parameters: { total: null },
    taskType: "generative",
    tasks: ["text-to-image", "sentiment-analysis"],
    modalities: { input: ["text"], output: ["image"] },
    training: { method: "transfer-learning", relation: "fine-tune", baseModel: "plain-lm" },
    domains: ["computer-vision", "nlp"],
    architecture: { family: "cnn", components: ["lstm"], framework: "diffusion" },
    family: "painters",
    openWeights: false,
  };
  const made = createRegistry([plain, tuned]);
  const cases: [string, string[], string[]][] = [
    ["sizeClass", ["small"], []],
    ["taskType", ["generative"], ["generative"]],
    // Before ancestors: sentiment analysis without text classification.
    ["task", ["text-generation"], ["text-to-image", "sentiment-analysis"]],
    ["modality", ["text"], ["text", "image"]],
    ["modalityClass", ["unimodal"], ["multimodal"]],
    ["trainingMethod", ["pretrained"], ["transfer-learning"]],
    ["trainingRelation", [], ["fine-tune"]],
    ["domain", ["nlp"], ["computer-vision", "nlp"]],
    ["architecture", ["decoder-only"], ["cnn"]],
    ["component", ["decoder-only"], ["cnn", "lstm"]],
    ["framework", [], ["diffusion"]],
    ["family", [], ["painters"]],
  ];
  test("covers every dimension", () => {
    expect(cases.map(([id]) => id)).toEqual([...DIMENSION_IDS]);
  });
  test.each(cases)("reads %s off a record, before ancestors", (id, fromPlain, fromTuned) => {
    const dimension = _dimensionOf(DIMENSION_IDS.find((known) => known === id) ?? "family");
    // Each value once: a modality on both sides may be read twice.
    const read = (name: string) => [...new Set(dimension.read(made.require(name)))];
    expect(read("plain-lm")).toEqual(fromPlain);
    expect(read("tuned-painter")).toEqual(fromTuned);
  });
});
