import { describe, expect, test } from "vitest";
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
