import { describe, expect, test } from "vitest";
import { _foldModelName } from "../model.js";
import { _compareModels } from "../query/_index.js";
import { _builtInRegistry } from "./_builtin.js";
import { type _ModelStore, _modelStore, _readStored, _StoredModels, _storedText } from "./_stored.js";
import { _lazyRegistry, UnknownModelError } from "./create.js";
import { loadFamilyInfos, loadModelData } from "./data/index.js";

// A store that knows every name: the data file's table of names finds the position, the parsed records are
// handed out.
function storeWithNames(): _ModelStore {
  const text = _storedText(loadModelData(), loadFamilyInfos(), _compareModels, _foldModelName, { names: true });
  const stored = new _StoredModels(_readStored(text), _foldModelName);
  const records = _modelStore(loadModelData(), _compareModels, _foldModelName);
  return {
    size: stored.size,
    knowsEveryName: stored.knowsEveryName,
    find: (name) => stored.find(name),
    at: (position) => records.at(position),
    all: () => records.all(),
  };
}

// A built-in registry over a store that records what it is asked for (by default one that knows only the names
// of records, as written); and the full registry over the same records, for the answers.
function registries(store = _modelStore(loadModelData(), _compareModels, _foldModelName)) {
  const asked = { at: new Set<number>(), all: 0, find: [] as string[] };
  const watched: _ModelStore = {
    size: store.size,
    knowsEveryName: store.knowsEveryName,
    find: (name) => {
      asked.find.push(name);
      return store.find(name);
    },
    at: (position) => {
      asked.at.add(position);
      return store.at(position);
    },
    all: () => {
      asked.all++;
      return store.all();
    },
  };
  return {
    registry: _builtInRegistry(() => watched, loadFamilyInfos),
    asked,
    // How many times the store was asked to find this very name.
    timesAsked: (name: string) => asked.find.filter((found) => found === name).length,
    full: _lazyRegistry(loadModelData, loadFamilyInfos),
  };
}

describe("_builtInRegistry", () => {
  test("finds a model by id, name or alias from the store, without reading every record", () => {
    const { registry, asked } = registries();
    expect(registry.get("openai-community/gpt2")?.id).toBe("gpt-2");
    expect(registry.get("GPT 2")?.id).toBe("gpt-2");
    expect(registry.require("gpt2").id).toBe("gpt-2");
    expect(registry.size).toBe(loadModelData().length);
    expect(asked.at.size).toBe(1);
    expect(asked.all).toBe(0);
  });

  test("describes a model and names its base models from the store alone, as the full registry does", () => {
    const { registry, asked, full } = registries();
    for (const locale of ["en", "zh"] as const) {
      expect(registry.describeModelByName("vicuna-7b-v1-5", { locale })).toBe(
        full.describeModelByName("vicuna-7b-v1-5", { locale }),
      );
      expect(registry.describe("llava-v1-6-vicuna-7b", { locale })).toBe(
        full.describeModelByName("llava-v1-6-vicuna-7b", { locale }),
      );
    }
    const vicuna = registry.require("Vicuna-7B v1.5");
    expect(registry.describeModelByName(vicuna)).toBe(full.describeModelByName("vicuna-7b-v1-5"));
    expect(asked.all).toBe(0);
  });

  test("hands out frozen records, the same ones its queries return", () => {
    const { registry } = registries();
    const found = registry.get("bert-base-uncased");
    expect(Object.isFrozen(found)).toBe(true);
    expect(Object.isFrozen(found?.modalities.input)).toBe(true);
    expect(registry.query({ search: "bert-base-uncased" })).toContain(found);
  });

  test("finds a family's representative by the family's name, and the family itself", () => {
    const { registry, full } = registries();
    expect(registry.get("Llama 2")?.id).toBe(full.getFamily("Llama 2")?.representative.id);
    expect(registry.getFamily("Llama 2")?.members.map((model) => model.id)).toEqual(
      full.getFamily("Llama 2")?.members.map((model) => model.id),
    );
  });

  test("refuses an unknown name with the full registry's suggestions", () => {
    const { registry, asked } = registries();
    expect(() => registry.require("gtp-2")).toThrow(UnknownModelError);
    expect(() => registry.require("gtp-2")).toThrow('did you mean "GPT-2"');
    expect(registry.get("no-such-model")).toBeUndefined();
    expect(Reflect.apply(registry.get, registry, [42])).toBeUndefined();
    // A name the store does not hold reads no record.
    expect([...asked.at]).toEqual([]);
  });

  test("names an unknown base model by its id when describing a record of the user's", () => {
    const { registry } = registries();
    const vicuna = registry.require("vicuna-7b-v1-5");
    const own = { ...vicuna, id: "my-vicuna", training: { ...vicuna.training, baseModel: "my-own-base" } };
    expect(registry.describe(own)).toContain("my-own-base");
    expect(registry.describe(own, { locale: "zh" })).toContain("my-own-base");
  });

  test("with a store that knows every name, answers any spelling and a family's name without reading every record", () => {
    const { registry, asked, full } = registries(storeWithNames());
    expect(registry.get("LLAMA 2 7b")?.id).toBe("llama-2-7b");
    expect(registry.get("Llama 2")?.id).toBe(full.getFamily("Llama 2")?.representative.id);
    expect(registry.get("no-such-model")).toBeUndefined();
    expect(asked.all).toBe(0);
    // Without a table of names, the family's name and the unknown name need the full registry.
    const bare = registries();
    expect(bare.registry.get("Llama 2")?.id).toBe(full.getFamily("Llama 2")?.representative.id);
    expect(bare.asked.all).toBe(1);
  });

  test("asks the store once for a name asked for again, with each name remembered at most as long as allowed", () => {
    const { registry, timesAsked } = registries(storeWithNames());
    const gpt2 = registry.get("gpt-2");
    registry.get("bert-base-uncased");
    expect(registry.get("gpt-2")).toBe(gpt2);
    expect(timesAsked("gpt-2")).toBe(1);
    // Names up to 128 characters are remembered; a longer one is found again each time.
    const longest = "GPT-2".padEnd(128, " ");
    const tooLong = "GPT-2".padEnd(129, " ");
    for (const name of [longest, longest, tooLong, tooLong]) expect(registry.get(name)).toBe(gpt2);
    expect(timesAsked(longest)).toBe(1);
    expect(timesAsked(tooLong)).toBe(2);
    // A name the registry does not know is not remembered.
    registry.get("no-such-model");
    registry.get("no-such-model");
    expect(timesAsked("no-such-model")).toBe(2);
  });

  test("remembers at most 4,096 names, forgetting them all when full", () => {
    const { registry, timesAsked } = registries(storeWithNames());
    const names = [...new Set(registry.all().flatMap((model) => [model.id, model.id.toUpperCase()]))].slice(0, 4097);
    expect(names).toHaveLength(4097);
    for (const name of names) expect(registry.get(name), name).toBeDefined();
    const first = names[0] ?? "";
    const last = names.at(-1) ?? "";
    // The 4,097th name found the memory full: it is the only one remembered.
    registry.get(last);
    registry.get(first);
    expect(timesAsked(last)).toBe(1);
    expect(timesAsked(first)).toBe(2);
  });
});
