import { Buffer } from "node:buffer";
import { afterEach, describe, expect, test, vi } from "vitest";
import { _foldModelName } from "../model.js";
import { _compareModels } from "../query/_index.js";
import {
  _asciiJson,
  _byteFamilies,
  _FAMILY_SEPARATOR,
  _modelStore,
  _readStored,
  _StoredModels,
  _store,
  _storedText,
  _textFamilies,
} from "./_stored.js";
import { loadFamilyInfos, loadModelData } from "./data/index.js";

// The store as the build ships it: the index as JSON, each family as its ASCII JSON text.
function shippedStore() {
  const { index, families } = _store(loadModelData(), _compareModels, _foldModelName);
  const indexJson = JSON.stringify(index);
  return new _StoredModels(() => JSON.parse(indexJson), _textFamilies(families.map(_asciiJson)), _foldModelName);
}

const parsed = _modelStore(loadModelData(), _compareModels, _foldModelName);

// The stored data as the build writes it (tsup.config.ts): the index, the families' descriptions, the family
// texts; read back from a string (a bundle) or from the bytes of the data file (Node).
function storedText(): string {
  return _storedText(loadModelData(), loadFamilyInfos(), _compareModels, _foldModelName);
}

function storeOf(stored: string | Buffer): _StoredModels {
  const { index, families } = _readStored(stored);
  return new _StoredModels(() => JSON.parse(index()), families, _foldModelName);
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("_StoredModels", () => {
  test("gives back every record, in the registry's order and with the keys in a parsed record's order", () => {
    const store = shippedStore();
    expect(store.size).toBe(parsed.size);
    expect(JSON.stringify(store.all())).toBe(JSON.stringify(parsed.all()));
  });

  test("finds ids, names and aliases as the data writes them, Chinese ones included, where the parsed store does", () => {
    const store = shippedStore();
    // Every fifth record (the search reads every family's text), and every record with a name beyond ASCII.
    const models = parsed
      .all()
      .filter((model, position) => position % 5 === 0 || /[^\x20-\x7e]/.test([model.name, ...model.aliases].join("")));
    expect(models.some((model) => /[^\x20-\x7e]/.test(model.name))).toBe(true);
    const wrong = models.flatMap((model) =>
      [model.id, model.name, ...model.aliases].filter((name) => store.find(name) !== parsed.find(name)),
    );
    expect(wrong).toEqual([]);
  });

  test("decodes only the families whose text holds the name", () => {
    const store = shippedStore();
    const parse = vi.spyOn(JSON, "parse");
    const position = store.find("GPT-2");
    expect(position).toBe(parsed.find("gpt-2"));
    expect(store.at(position ?? -1)?.name).toBe("GPT-2");
    // The index, GPT-2's family, and the families of models built on GPT-2 (whose base model is "gpt-2").
    expect(parse.mock.calls.length).toBeLessThan(10);
    expect(parse.mock.calls.length).toBeGreaterThan(1);
  });

  test("hands out one object per record, whether a lookup or all() decoded it first", () => {
    const store = shippedStore();
    const position = store.find("gpt-2") ?? -1;
    const found = store.at(position);
    expect(found).toBeDefined();
    expect(store.all()[position]).toBe(found);
    expect(store.at(position)).toBe(found);
  });

  test("finds nothing for an unknown name, a key of the records or a position past the end", () => {
    const store = shippedStore();
    for (const name of ["no-such-model", "constructor", "id", "aliases", "", "gpt-2 "]) {
      expect(store.find(name)).toBeUndefined();
    }
    expect(store.at(store.size)).toBeUndefined();
    expect(store.at(-1)).toBeUndefined();
  });
});

describe("_readStored", () => {
  const text = storedText();
  const bytes = Buffer.from(text, "latin1");

  test("reads the same records, families and names from the data file's bytes as from the text", () => {
    const fromText = storeOf(text);
    const fromBytes = storeOf(bytes);
    expect(JSON.stringify(fromBytes.all())).toBe(JSON.stringify(parsed.all()));
    expect(JSON.stringify(fromText.all())).toBe(JSON.stringify(parsed.all()));
    expect(JSON.parse(_readStored(bytes).familyInfos())).toEqual(loadFamilyInfos());
    expect(_readStored(text).familyInfos()).toBe(_readStored(bytes).familyInfos());
  });

  test("finds a name in the bytes wherever its family lies: first, last, or in several families", () => {
    const all = parsed.all();
    const first = all.find((model) => storeOf(text).find(model.id) !== undefined);
    const names = [
      "gpt-2",
      "GPT-2",
      "通义千问",
      "bert-base-uncased",
      "t5-small",
      first?.id ?? "",
      all.at(-1)?.id ?? "",
    ];
    const store = storeOf(bytes);
    for (const name of names) expect(store.find(name), name).toBe(parsed.find(name));
    expect(store.find("no-such-model")).toBeUndefined();
  });

  test("tells the families of the bytes apart at their separators", () => {
    const families = _byteFamilies(Buffer.from(`x\n${["ab", "cab", "d"].join(_FAMILY_SEPARATOR)}`, "latin1"), 2);
    expect(families.count).toBe(3);
    expect([0, 1, 2].map((family) => families.text(family))).toEqual(["ab", "cab", "d"]);
    expect(families.text(3)).toBe("null");
    expect(families.text(-1)).toBe("null");
    // The next family holding a text, from a family on: a match that starts in one family belongs to it.
    expect(families.next("ab", 0)).toBe(0);
    expect(families.next("ab", 1)).toBe(1);
    expect(families.next("ab", 2)).toBe(-1);
    expect(families.next("d", 0)).toBe(2);
    expect(families.next("x", 0)).toBe(-1);
    expect(families.next("a", 3)).toBe(-1);
  });

  test("agrees with the text-held families on every question", () => {
    const texts = ["ab", "cab", "d"];
    const fromBytes = _byteFamilies(Buffer.from(texts.join(_FAMILY_SEPARATOR), "latin1"), 0);
    const fromText = _textFamilies(texts);
    for (const needle of ["a", "ab", "b", "c", "d", "e"]) {
      for (const from of [0, 1, 2, 3])
        expect(fromBytes.next(needle, from), `${needle} ${from}`).toBe(fromText.next(needle, from));
    }
    expect(fromBytes.count).toBe(fromText.count);
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

describe("_asciiJson", () => {
  test("writes every character beyond ASCII as an escape that JSON.parse reads back", () => {
    const value = { name: "通义千问 π0", plain: 'a "quoted" name' };
    const text = _asciiJson(value);
    expect(text).toMatch(/^[\x20-\x7e]*$/);
    expect(text).toContain("\\u901a");
    expect(JSON.parse(text)).toEqual(value);
  });
});
