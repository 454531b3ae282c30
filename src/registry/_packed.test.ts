import { isDeepStrictEqual } from "node:util";
import { expect, test } from "vitest";
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
