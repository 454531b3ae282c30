import { describe, expect, test } from "vitest";
import { _foldModelName } from "../model.js";
import { _compareModels } from "../query/_index.js";
import type { _PackedFamily } from "./_packed.js";
import { _modelStore, _StoredModels, _store } from "./_stored.js";
import { loadModelData } from "./data/index.js";

// The store as the build ships it: every part written as JSON and read back, with the families it decodes counted.
function shippedStore() {
  const { index, families } = _store(loadModelData(), _compareModels, _foldModelName);
  const indexJson = JSON.stringify(index);
  const familyJson = families.map((family) => JSON.stringify(family));
  const decoded: number[] = [];
  const store = new _StoredModels(
    () => JSON.parse(indexJson),
    (family): _PackedFamily => {
      decoded.push(family);
      return JSON.parse(familyJson[family] ?? "null");
    },
  );
  return { store, decoded, familyCount: families.length };
}

describe("_StoredModels", () => {
  test("gives back every record, in the registry's order and with the keys in a parsed record's order", () => {
    const { store } = shippedStore();
    const sorted = [...loadModelData()].sort(_compareModels);
    expect(store.size).toBe(sorted.length);
    expect(JSON.stringify(store.all())).toBe(JSON.stringify(sorted));
  });

  test("finds every id, name and alias of every record, as the parsed store does", () => {
    const { store } = shippedStore();
    const parsed = _modelStore(loadModelData(), _compareModels, _foldModelName);
    const wrong = parsed.all().flatMap((model) =>
      [model.id, model.name, ...model.aliases].filter((name) => {
        const position = store.find(_foldModelName(name));
        return (
          position === undefined ||
          position !== parsed.find(_foldModelName(name)) ||
          store.at(position)?.id !== model.id
        );
      }),
    );
    expect(wrong).toEqual([]);
  });

  test("decodes only the family of the record a lookup finds", () => {
    const { store, decoded, familyCount } = shippedStore();
    const position = store.find(_foldModelName("GPT-2"));
    expect(position).toBeDefined();
    expect(store.at(position ?? -1)?.name).toBe("GPT-2");
    expect(decoded).toHaveLength(1);
    store.all();
    expect(decoded).toHaveLength(familyCount);
    expect(new Set(decoded).size).toBe(familyCount);
  });

  test("hands out one object per record, whether a lookup or all() decoded it first", () => {
    const { store } = shippedStore();
    const position = store.find("gpt2") ?? -1;
    const found = store.at(position);
    expect(store.all()[position]).toBe(found);
    expect(store.at(position)).toBe(found);
  });

  test("finds nothing for an unknown name, a name of Object.prototype or a position past the end", () => {
    const { store, decoded } = shippedStore();
    for (const name of ["no-such-model", "constructor", "__proto__", "tostring", ""])
      expect(store.find(name)).toBeUndefined();
    expect(store.at(store.size)).toBeUndefined();
    expect(store.at(-1)).toBeUndefined();
    expect(decoded).toEqual([]);
  });
});

describe("_store", () => {
  test("refuses two records that share a name once folded", () => {
    const [first, second] = loadModelData();
    if (first === undefined || second === undefined) throw new Error("no built-in records");
    const clash = { ...second, aliases: [...second.aliases, first.name.toUpperCase()] };
    expect(() => _store([first, clash], _compareModels, _foldModelName)).toThrow(`is already used by "${first.id}"`);
  });
});
