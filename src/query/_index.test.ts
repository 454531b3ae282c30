import { describe, expect, test } from "vitest";
import { textGenerator } from "../../test/records.js";
import { createRegistry, type ModelInput } from "../index.js";
import type { Model } from "../model.js";
import { loadModelData } from "../registry/data/index.js";
import { _compareModels, _sortModels } from "./_index.js";

describe("_sortModels", () => {
  test("orders models as _compareModels does: by year, then name in any case, then id", () => {
    const models = loadModelData();
    const expected = [...models].sort(_compareModels).map((model) => model.id);
    expect(_sortModels(models).map((model) => model.id)).toEqual(expected);
    // Reversed input: the order does not depend on where the models start.
    expect(_sortModels([...models].reverse()).map((model) => model.id)).toEqual(expected);
  });
});

// Records that differ only where the order looks: year, name, id.
const [template] = loadModelData();
const model = (id: string, name: string, year: number): Model => {
  if (template === undefined) throw new Error("the registry has models");
  return { ...template, id, name, year };
};

describe("the default order", () => {
  // Each pair in the order expected, with why.
  const pairs: [string, Model, Model][] = [
    ["an older model before a newer one, whatever its name", model("z", "Zeta", 2017), model("a", "Alpha", 2018)],
    ["names in any case: alpha before Beta", model("b", "alpha", 2020), model("a", "Beta", 2020)],
    ["names in any case: Alpha before beta", model("b", "Alpha", 2020), model("a", "beta", 2020)],
    ["a name before a longer one it starts", model("b", "GPT", 2020), model("a", "GPT-2", 2020)],
    ["names equal but for case, by id", model("gpt-a", "GPT", 2020), model("gpt-b", "gpt", 2020)],
    ["names equal, by id", model("m-1", "M", 2020), model("m-2", "M", 2020)],
  ];

  test.each(pairs)("puts %s", (_why, first, second) => {
    expect(_compareModels(first, second)).toBeLessThan(0);
    expect(_compareModels(second, first)).toBeGreaterThan(0);
    expect(_sortModels([second, first])).toEqual([first, second]);
    expect(_sortModels([first, second])).toEqual([first, second]);
  });

  test("ties a model only with itself", () => {
    const same = model("m", "M", 2020);
    expect(_compareModels(same, { ...same })).toBe(0);
  });

  test("sorts a longer list with every kind of tie at once", () => {
    const list = [
      model("c", "beta", 2020),
      model("b", "Beta", 2020),
      model("x", "Alpha", 2021),
      model("a", "BETA", 2020),
      model("y", "zeta", 2019),
      model("d", "alpha", 2020),
    ];
    expect(_sortModels(list).map((entry) => entry.id)).toEqual(["y", "d", "a", "b", "c", "x"]);
  });
});

// The index is built on a registry's first query and kept: each test below makes its own registry, so that the
// index is built inside the test that checks it.
const record = (id: string, name: string, changes: Partial<ModelInput> = {}): ModelInput =>
  textGenerator({ id, name, year: 2020, parameters: { total: 1_000_000_000 }, ...changes });

describe("the name index's suggestions", () => {
  const names = createRegistry([
    record("tiny-lm-chat-pro", "Tiny LM Chat Pro"),
    record("tiny-lm", "Tiny LM"),
    record("tiny-lm-chat", "Tiny LM Chat"),
    record("tiny-zed", "Tiny Zed"),
    // Newer, so held after Tiny Zed: the same length, put first by its letters.
    record("tiny-abc", "Tiny Abc", { year: 2021 }),
    // Held in the order of their letters already: the order must not be turned around either.
    record("tiny-bee", "Tiny Bee"),
    record("tiny-cow", "Tiny Cow"),
    record("tony-lm", "Tony LM"),
    record("mini-tiny", "Mini Tiny"),
  ]);
  const cases: [string, number, string[]][] = [
    // Names that start with the text, shortest first, then in the order of their letters, whatever order the
    // registry holds them in.
    ["tiny", 7, ["Tiny LM", "Tiny Abc", "Tiny Bee", "Tiny Cow", "Tiny Zed", "Tiny LM Chat", "Tiny LM Chat Pro"]],
    ["tiny", 2, ["Tiny LM", "Tiny Abc"]],
    // Three characters are enough for a prefix; two are not, and nothing is that close otherwise.
    ["tin", 5, ["Tiny LM", "Tiny Abc", "Tiny Bee", "Tiny Cow", "Tiny Zed"]],
    ["ti", 5, []],
    // Then the names within a few edits: Tony LM is one letter away from Tiny LM.
    ["tiny lm", 5, ["Tiny LM", "Tiny LM Chat", "Tiny LM Chat Pro", "Tony LM"]],
    ["tony", 2, ["Tony LM"]],
  ];
  test.each(cases)("suggests for %j, at most %i: %j", (name, limit, expected) => {
    expect(names.suggest(name, limit)).toEqual(expected);
  });
});

describe("the model index", () => {
  test("finds a finer task under its broader one", () => {
    const made = createRegistry([
      record("sentiment", "Sentiment", { taskType: "discriminative", tasks: ["sentiment-analysis"] }),
      record("writer", "Writer"),
    ]);
    expect(made.query({ task: "text-classification" }).map((model) => model.id)).toEqual(["sentiment"]);
    expect(made.facets().task["text-classification"]).toBe(1);
  });

  test("counts only the families its models name", () => {
    const made = createRegistry([record("one", "One", { family: "ones" }), record("two", "Two")]);
    expect(made.facets().family).toEqual({ ones: 1 });
    expect(createRegistry([record("two", "Two")]).facets().family).toEqual({});
  });

  test("never matches a search word across two names of a model", () => {
    // "Mid VLM" folds to "midvlm" both as id and as name: the end of one and the start of the next are no word.
    const made = createRegistry([record("mid-vlm", "Mid VLM")]);
    expect(made.count({ search: "vlmmid" })).toBe(0);
    expect(made.count({ search: "vlm" })).toBe(1);
  });
});
