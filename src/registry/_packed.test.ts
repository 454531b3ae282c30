import { isDeepStrictEqual } from "node:util";
import { describe, expect, test } from "vitest";
import { textGenerator } from "../../test/records.js";
import { type Model, type ModelInput, parseModel } from "../model.js";
import { _compareModels } from "../query/_index.js";
import { _pack, _unpack } from "./_packed.js";
import { loadModelData } from "./data/index.js";

test("unpacking the packed built-in records gives every record back", () => {
  const models = loadModelData();
  const unpacked = _unpack(JSON.parse(JSON.stringify(_pack(models))));
  expect(unpacked.length).toBe(models.length);
  // Equal, and with their keys in the same order, so the JSON of the registry does not depend on the packing.
  const different = models
    .filter(
      (model, index) =>
        JSON.stringify(unpacked[index]) !== JSON.stringify(model) || !isDeepStrictEqual(unpacked[index], model),
    )
    .map((model) => model.id);
  expect(different).toEqual([]);
});

test("packing stores a family's common fields once", () => {
  const models = loadModelData();
  const packed = JSON.stringify(_pack(models));
  // Families of many checkpoints repeat most of their facts: the packed form is well under the full one.
  expect(packed.length).toBeLessThan(JSON.stringify(models).length * 0.75);
  const family = _pack(models).families.find((group) => group.members.length > 3);
  expect(Object.keys(family?.shared ?? {})).toContain("organization");
  expect(Object.keys(family?.members[0] ?? {})).toContain("id");
});

test("unpacking returns the records in the order they were packed with", () => {
  const models = loadModelData();
  const sorted = [...models].sort(_compareModels);
  const unpacked = _unpack(JSON.parse(JSON.stringify(_pack(models, _compareModels))));
  expect(unpacked.map((record) => record.id)).toEqual(sorted.map((model) => model.id));
  expect(sorted.map((model) => model.id)).not.toEqual(models.map((model) => model.id));
});

describe("_pack and _unpack on small records", () => {
  const make = (id: string, extra: Partial<ModelInput> = {}): Model =>
    parseModel(textGenerator({ id, name: id.toUpperCase(), ...extra }));

  test("groups consecutive members of one family, and every record without a family alone", () => {
    const models = [
      make("a1", { family: "a" }),
      make("a2", { family: "a" }),
      make("b1", { family: "b" }),
      make("a3", { family: "a" }),
      make("x"),
      make("y"),
    ];
    const sizes = _pack(models).families.map((group) => group.members.length);
    expect(sizes).toEqual([2, 1, 1, 1, 1]);
  });

  test("shares the fields whose values all members have, and no field of a group of one", () => {
    const models = [
      make("a1", { family: "a", license: "MIT" }),
      make("a2", { family: "a", license: "MIT", year: 2025 }),
      make("a3", { family: "a" }),
    ];
    const [group] = _pack(models).families;
    expect(Object.keys(group?.shared ?? {})).not.toContain("license");
    expect(Object.keys(group?.shared ?? {})).not.toContain("year");
    expect(group?.shared.organization).toBe("Acme");
    expect(group?.shared.modalities).toEqual({ input: ["text"], output: ["text"] });
    expect(group?.members.map((member) => Object.keys(member))).toEqual([
      ["id", "name", "year", "license"],
      ["id", "name", "year", "license"],
      ["id", "name", "year"],
    ]);
    expect(_pack([make("x")]).families).toEqual([{ shared: {}, members: [JSON.parse(JSON.stringify(make("x")))] }]);
  });

  test("unpacks records whole, with their keys in the order parsing gives, an optional key in its place", () => {
    const models = [make("a1", { family: "a" }), make("a2", { family: "a", license: "MIT" }), make("b1")];
    const packed = _pack(models);
    // The license comes after openWeights in a parsed record, even though the first record has none.
    expect(packed.keys).toEqual(Object.keys(models[1] ?? {}));
    expect(packed.keys.indexOf("license")).toBe(packed.keys.indexOf("openWeights") + 1);
    const unpacked = _unpack(JSON.parse(JSON.stringify(packed)));
    expect(unpacked.map((record) => JSON.stringify(record))).toEqual(models.map((model) => JSON.stringify(model)));
    expect(Object.keys(unpacked[0] ?? {})).not.toContain("license");
  });

  test("returns the records in the order given to the packer, ties in their packed order", () => {
    const models = [make("c", { year: 2023 }), make("b", { year: 2021 }), make("a", { year: 2023 }), make("d")];
    const byYear = (first: Model, second: Model) => first.year - second.year;
    expect(_unpack(_pack(models, byYear)).map((record) => record.id)).toEqual(["b", "c", "a", "d"]);
    expect(_pack(models, byYear).order).toEqual([1, 0, 2, 3]);
    expect(_unpack(_pack(models)).map((record) => record.id)).toEqual(["c", "b", "a", "d"]);
    expect(_pack(models).order).toBeUndefined();
  });
});
