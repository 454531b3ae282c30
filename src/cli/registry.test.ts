import { describe, expect, test } from "vitest";
import { UnknownModelError } from "../registry/create.js";
import { registry } from "../registry/index.js";
import { _loadRegistry, _resolveName } from "./registry.js";

function family(id: string) {
  const found = registry.getFamily(id);
  if (found === undefined) throw new Error(`no family ${id}`);
  return found;
}

describe("_loadRegistry", () => {
  test("loads the built-in registry", async () => {
    expect(await _loadRegistry()).toBe(registry);
  });
});

describe("_resolveName", () => {
  test.each([
    ["its id", "resnet-50", "resnet-50"],
    ["its name, written otherwise", "RESNET 50", "resnet-50"],
    ["an alias", "meta-llama/Llama-2-7b-hf", "llama-2-7b"],
  ])("finds a model by %s", async (_what, name, id) => {
    expect(await _resolveName(registry, name)).toEqual({ kind: "model", model: registry.require(id) });
  });

  test.each([
    ["its name", "ResNet", "resnet"],
    ["its id", "llama-2", "llama-2"],
    ["an alias", "Residual Network", "resnet"],
  ])("finds a family by %s that no model carries", async (_what, name, id) => {
    // `require` answers such a name with the family's representative; the name still stands for the family.
    expect(registry.require(name)).toBe(family(id).representative);
    expect(await _resolveName(registry, name)).toEqual({ kind: "family", family: family(id) });
  });

  test("takes a name that is both a family's and its model's for the model", async () => {
    expect(family("gpt-2").representative).toBe(registry.require("gpt-2"));
    expect(await _resolveName(registry, "GPT-2")).toEqual({ kind: "model", model: registry.require("gpt-2") });
  });

  test("refuses a name that is neither", async () => {
    await expect(_resolveName(registry, "gtp-2")).rejects.toThrow(UnknownModelError);
  });
});
