import { expect, describe as group, test } from "vitest";
import {
  allModels,
  baseModelOf,
  countModels,
  derivativesOf,
  describe,
  describeModelByName,
  facetCounts,
  families,
  familyOf,
  getFamily,
  getModel,
  groupBy,
  lineageOf,
  queryModels,
  registry,
  requireModel,
} from "./index.js";

group("the shortcuts", () => {
  test("answer as the built-in registry's methods do", () => {
    const filter = { domain: "code" } as const;
    const pairs: [string, unknown, unknown][] = [
      ["getModel", getModel("llemma-7b"), registry.get("llemma-7b")],
      ["requireModel", requireModel("llemma-7b"), registry.require("llemma-7b")],
      ["allModels", allModels(), registry.all()],
      [
        "queryModels",
        queryModels(filter, { sort: "name", limit: 5 }),
        registry.query(filter, { sort: "name", limit: 5 }),
      ],
      ["countModels", countModels(filter), registry.count(filter)],
      ["facetCounts", facetCounts(filter), registry.facets(filter)],
      ["groupBy", groupBy("sizeClass", filter), registry.groupBy("sizeClass", filter)],
      [
        "describeModelByName",
        describeModelByName("llemma-7b", { locale: "zh" }),
        registry.describeModelByName("llemma-7b", { locale: "zh" }),
      ],
      [
        "describe",
        describe("llemma-7b", { locale: "zh" }),
        registry.describeModelByName("llemma-7b", { locale: "zh" }),
      ],
      ["baseModelOf", baseModelOf("llemma-7b"), registry.baseModelOf("llemma-7b")],
      ["lineageOf", lineageOf("llemma-7b"), registry.lineageOf("llemma-7b")],
      ["derivativesOf", derivativesOf("llama-2-7b"), registry.derivativesOf("llama-2-7b")],
      ["getFamily", getFamily("Llama 2"), registry.getFamily("Llama 2")],
      ["families", families(), registry.families()],
      ["familyOf", familyOf("llemma-7b"), registry.familyOf("llemma-7b")],
    ];
    for (const [name, shortcut, method] of pairs) {
      expect(shortcut, name).toEqual(method);
      // Each answer says something: no empty list, no missing model.
      expect(shortcut === undefined || (Array.isArray(shortcut) && shortcut.length === 0), name).toBe(false);
    }
    expect(countModels(filter)).toBeGreaterThan(countModels({ ...filter, sizeClass: "large" }));
  });
});
