import { describe, expect, test } from "vitest";
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
