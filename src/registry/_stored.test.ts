import { Buffer } from "node:buffer";
import { afterEach, describe, expect, test, vi } from "vitest";
import { textGenerator } from "../../test/records.js";
import { _foldModelName, parseModel } from "../model.js";
import { _compareModels } from "../query/_index.js";
import {
  _asciiJson,
  _familyText,
  _familyTexts,
  _modelStore,
  type _ReadStored,
  _readStored,
  _StoredModels,
  _store,
  _storedText,
} from "./_stored.js";
import { _lazyRegistry } from "./create.js";
import { loadFamilyInfos, loadModelData } from "./data/index.js";

const parsed = _modelStore(loadModelData(), _compareModels, _foldModelName);

// The stored data as the build writes it (tsup.config.ts): with the table of names (the data file) or without it
// (a bundle's string literal); read back from a string or from the bytes of the data file.
// Made inside the tests that read them (the first one makes both), not when this file loads: a mutation of the
// code that writes them must be switched on while they are made.
let texts: { readonly withNames: string; readonly withoutNames: string } | undefined;
function storedTexts(): { readonly withNames: string; readonly withoutNames: string } {
  texts ??= {
    withNames: _storedText(loadModelData(), loadFamilyInfos(), _compareModels, _foldModelName, { names: true }),
    withoutNames: _storedText(loadModelData(), loadFamilyInfos(), _compareModels, _foldModelName, { names: false }),
  };
  return texts;
}

function storeOf(stored: string | _ReadStored): _StoredModels {
  return new _StoredModels(_readStored(stored), _foldModelName);
}

// The data file as Node reads it: ranges of its bytes, each read recorded as the number of characters it gave.
function fileOf(text: string): { read: _ReadStored; reads: number[] } {
  const bytes = Buffer.from(text, "latin1");
  const reads: number[] = [];
  const read = (start: number, end: number): string => {
    const chunk = bytes.toString("latin1", start, end);
    reads.push(chunk.length);
    return chunk;
  };
  return { read, reads };
}

// Every id, name and alias of every record.
const everyName = parsed.all().flatMap((model) => [model.id, model.name, ...model.aliases]);

afterEach(() => {
  vi.restoreAllMocks();
});

describe("_StoredModels", () => {
  test("gives back every record, in the registry's order and with the keys in a parsed record's order", () => {
    const { withNames, withoutNames } = storedTexts();
    for (const text of [withNames, withoutNames]) {
      const store = storeOf(text);
      expect(store.size).toBe(parsed.size);
      expect(JSON.stringify(store.all())).toBe(JSON.stringify(parsed.all()));
    }
  });

  test("without a table of names, finds ids, names and aliases as the data writes them, Chinese ones included", () => {
    const { withoutNames } = storedTexts();
    const store = storeOf(withoutNames);
    expect(store.knowsEveryName).toBe(false);
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

  test("without a table of names, decodes only the families whose text holds the name", () => {
    const { withoutNames } = storedTexts();
    const store = storeOf(withoutNames);
    const parse = vi.spyOn(JSON, "parse");
    const position = store.find("GPT-2");
    expect(position).toBe(parsed.find("gpt-2"));
    expect(store.at(position ?? -1)?.name).toBe("GPT-2");
    // GPT-2's family, and any family before it whose text names "GPT-2" too; not the other 490.
    expect(parse.mock.calls.length).toBeLessThan(10);
    expect(parse.mock.calls.length).toBeGreaterThanOrEqual(1);
  });

  test("with a table of names, finds every id, name and alias in any spelling, and decodes no family to find it", () => {
    const { withNames } = storedTexts();
    const store = storeOf(withNames);
    expect(store.knowsEveryName).toBe(true);
    const parse = vi.spyOn(JSON, "parse");
    const spellings = everyName.flatMap((name) => [name, name.toUpperCase(), name.replaceAll("-", " ")]);
    const wrong = spellings.filter((name) => store.find(name) !== parsed.find(name));
    expect(wrong).toEqual([]);
    expect(parse).not.toHaveBeenCalled();
    // A lookup then decodes the one family that holds the record.
    const position = store.find("Llama 2 7B") ?? -1;
    expect(store.at(position)?.id).toBe("llama-2-7b");
    expect(parse).toHaveBeenCalledTimes(1);
  });

  test("with a table of names, finds a family's name as the full registry does: its representative", () => {
    const { withNames } = storedTexts();
    const store = storeOf(withNames);
    const full = _lazyRegistry(loadModelData, loadFamilyInfos);
    const families = full.families();
    expect(families.length).toBeGreaterThan(100);
    const wrong = families.flatMap((family) =>
      [family.id, family.name, ...family.aliases].filter(
        (name) => store.at(store.find(name) ?? -1)?.id !== full.get(name)?.id,
      ),
    );
    expect(wrong).toEqual([]);
    // A model's own name wins over a family's of the same spelling, as in the full registry.
    expect(store.at(store.find("GPT-2") ?? -1)?.id).toBe("gpt-2");
  });

  test("finds the record at any position by decoding its family alone, the first, the last and any between", () => {
    const { withNames, withoutNames } = storedTexts();
    const records = parsed.all();
    const positions = [0, records.length - 1, ...records.map((_, position) => (position * 37) % records.length)];
    for (const text of [withNames, withoutNames]) {
      const store = storeOf(text);
      const parse = vi.spyOn(JSON, "parse");
      expect(JSON.stringify(store.at(positions[1] ?? -1))).toBe(JSON.stringify(records.at(-1)));
      expect(parse).toHaveBeenCalledTimes(1);
      const wrong = positions.filter(
        (position) => JSON.stringify(store.at(position)) !== JSON.stringify(records[position]),
      );
      expect(wrong).toEqual([]);
      parse.mockRestore();
    }
  });

  test("with a table of names, a model's own name wins over a family's of the same spelling", () => {
    const models = [
      textGenerator({ id: "acme-small", name: "Acme Small", family: "acme" }),
      textGenerator({ id: "acme-large", name: "Acme Large", family: "acme" }),
      textGenerator({ id: "acme-lm", name: "Acme LM" }),
    ].map((record) => parseModel(record));
    const infos = [{ id: "acme", name: "Acme LM", aliases: ["Acme Family"], representative: "acme-large" }];
    const store = storeOf(_storedText(models, infos, _compareModels, _foldModelName, { names: true }));
    const idOf = (name: string) => store.at(store.find(name) ?? -1)?.id;
    expect(["ACME LM", "acme family", "acme", "acme small"].map(idOf)).toEqual([
      "acme-lm",
      "acme-large",
      "acme-large",
      "acme-small",
    ]);
  });

  test("finds nothing at a position no record holds, and decodes no family to say so", () => {
    const { withNames } = storedTexts();
    const store = storeOf(withNames);
    const parse = vi.spyOn(JSON, "parse");
    for (const position of [-1, store.size, store.size + 10, 0.5]) expect(store.at(position)).toBeUndefined();
    expect(parse).not.toHaveBeenCalled();
  });

  test("hands out one object per record, whether a lookup or all() decoded it first", () => {
    const { withNames, withoutNames } = storedTexts();
    for (const text of [withNames, withoutNames]) {
      const store = storeOf(text);
      const position = store.find("gpt-2") ?? -1;
      const found = store.at(position);
      expect(found).toBeDefined();
      expect(store.all()[position]).toBe(found);
      expect(store.at(position)).toBe(found);
    }
  });

  test("finds nothing for an unknown name, a key of the records or a position past the end", () => {
    const { withNames, withoutNames } = storedTexts();
    for (const text of [withNames, withoutNames]) {
      const store = storeOf(text);
      for (const name of ["no-such-model", "constructor", "id", "aliases", "", "gpt-2 x", "\n"]) {
        expect(store.find(name), name).toBeUndefined();
      }
      expect(store.at(store.size)).toBeUndefined();
      expect(store.at(-1)).toBeUndefined();
    }
  });

  test("with a table of names, an unknown name decodes nothing", () => {
    const { withNames } = storedTexts();
    const store = storeOf(withNames);
    const parse = vi.spyOn(JSON, "parse");
    expect(store.find("Llama 2 7B Extra")).toBeUndefined();
    expect(parse).not.toHaveBeenCalled();
  });
});

describe("_readStored", () => {
  test("reads the same records, families and names from the data file's bytes as from the text", () => {
    const { withNames, withoutNames } = storedTexts();
    for (const text of [withNames, withoutNames]) {
      const file = fileOf(text);
      expect(JSON.stringify(storeOf(file.read).all())).toBe(JSON.stringify(parsed.all()));
      expect(JSON.parse(_readStored(file.read).familyInfos())).toEqual(loadFamilyInfos());
      expect(_readStored(text).familyInfos()).toBe(_readStored(file.read).familyInfos());
    }
    const fromFile = storeOf(fileOf(withNames).read);
    const fromText = storeOf(withNames);
    expect(everyName.filter((name) => fromFile.find(name) !== fromText.find(name))).toEqual([]);
  });

  test("finds a name in the file wherever its family lies: first, last, or in several families", () => {
    const { withNames, withoutNames } = storedTexts();
    const all = parsed.all();
    const names = ["gpt-2", "GPT-2", "Qwen-7B", "bert-base-uncased", "t5-small", all[0]?.id, all.at(-1)?.id];
    for (const text of [withNames, withoutNames]) {
      const store = storeOf(fileOf(text).read);
      for (const name of names) expect(store.find(name ?? ""), name).toBe(parsed.find(name ?? ""));
      expect(store.find("no-such-model")).toBeUndefined();
    }
    // A family's Chinese name: the table holds it (its representative), the records' texts do not.
    const qwen = _lazyRegistry(loadModelData, loadFamilyInfos).get("通义千问");
    expect(qwen).toBeDefined();
    expect(storeOf(fileOf(withNames).read).find("通义千问")).toBe(parsed.find(qwen?.id ?? ""));
    expect(storeOf(fileOf(withoutNames).read).find("通义千问")).toBeUndefined();
  });

  test("reads the file's first 160 kB and one family's text for a lookup; all of it, once more, for every record", () => {
    const { withNames } = storedTexts();
    const file = fileOf(withNames);
    const store = storeOf(file.read);
    const position = store.find("Llama 2 7B") ?? -1;
    expect(store.at(position)?.id).toBe("llama-2-7b");
    expect(file.reads).toHaveLength(2);
    expect(file.reads[0]).toBe(163_840);
    expect(file.reads[1]).toBeLessThan(5_000);
    expect(store.all()).toHaveLength(parsed.size);
    expect(file.reads).toHaveLength(3);
    expect((file.reads[2] ?? 0) + 163_840).toBeGreaterThan(withNames.length * 0.7);
  });

  test("reads on, twice as far each time, until it has read the header line", () => {
    const { withNames } = storedTexts();
    const file = fileOf(withNames);
    const store = new _StoredModels(_readStored(file.read, 1_000), _foldModelName);
    expect(store.at(store.find("gpt2") ?? -1)?.id).toBe("gpt-2");
    const headerLine = withNames.indexOf("\n") + 1;
    const firstReads = file.reads.slice(0, file.reads.findIndex((length) => length > headerLine) + 1);
    expect(firstReads).toEqual(firstReads.map((_, read) => 1_000 * 2 ** read));
    // A text shorter than the first read is read once.
    const short = fileOf('{"keys":[],"sizes":[],"order":[],"lengths":[0,2]}\n[]');
    expect(new _StoredModels(_readStored(short.read, 1_000), _foldModelName).all()).toEqual([]);
    expect(_readStored(short.read, 4).familyInfos()).toBe("[]");
  });

  test("reads a name's position from the table of names only, not from what follows it", () => {
    // A header, a table holding "a" (position 10 in base 36), and a section after it that looks like an entry.
    const text = `${JSON.stringify({ keys: [], sizes: [], order: [], lengths: [6, 5] })}\n\n"a"a\n\n"b"2`;
    for (const stored of [text, fileOf(text).read]) {
      const { names, familyInfos } = _readStored(stored);
      expect(names?.("a")).toBe(10);
      expect(names?.("b")).toBeUndefined();
      expect(familyInfos()).toBe('\n"b"2');
    }
  });

  test("writes a text of ASCII characters: a header line, then sections as long as the header says", () => {
    const { withNames, withoutNames } = storedTexts();
    for (const text of [withNames, withoutNames]) {
      expect(text).toMatch(/^[\x20-\x7e\n]*$/);
      const headerEnd = text.indexOf("\n");
      const { lengths } = JSON.parse(text.slice(0, headerEnd));
      expect(headerEnd + 1 + lengths.reduce((sum: number, length: number) => sum + length, 0)).toBe(text.length);
    }
    expect(withNames.length - withoutNames.length).toBeGreaterThan(50_000);
  });
});

describe("_familyTexts", () => {
  test("tells the families apart at their starts", () => {
    const read = fileOf("x\nabcabd").read;
    for (const whole of [false, true]) {
      const families = _familyTexts(read, [2, 4, 7, 8]);
      if (whole) families.readAll();
      expect(families.count).toBe(3);
      expect([0, 1, 2].map((family) => families.text(family))).toEqual(["ab", "cab", "d"]);
      expect(families.text(3)).toBe("null");
      expect(families.text(-1)).toBe("null");
      // The next family holding a text, from a family on: a match that starts in one family belongs to it.
      expect(families.next("ab", 0)).toBe(0);
      expect(families.next("ab", 1)).toBe(1);
      expect(families.next("ab", -1)).toBe(0);
      expect(families.next("ab", 2)).toBe(-1);
      expect(families.next("d", 0)).toBe(2);
      expect(families.next("x", 0)).toBe(-1);
      expect(families.next("a", 3)).toBe(-1);
    }
  });

  test("finds the family of a match among many by halving", () => {
    const texts = Array.from({ length: 9 }, (_, family) => `<${family}>`);
    const starts = texts.map((_, family) => family * 3);
    const families = _familyTexts(fileOf(texts.join("")).read, [...starts, 27]);
    expect(texts.map((text) => families.next(text, 0))).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(texts.map((_, family) => families.next(">", family))).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
  });
});

describe("_store", () => {
  test("refuses two records that share a name once folded, wherever they stand", () => {
    const [zeroth, first, second] = loadModelData();
    if (zeroth === undefined || first === undefined || second === undefined) throw new Error("no built-in records");
    const clash = { ...second, aliases: [...second.aliases, first.name.toUpperCase()] };
    for (const models of [
      [first, clash],
      [zeroth, first, clash],
    ]) {
      expect(() => _store(models, _compareModels, _foldModelName)).toThrow(
        `the name "${first.name.toUpperCase()}" of "${second.id}" is already used by "${first.id}"`,
      );
    }
    expect(_store([zeroth, first, second], _compareModels, _foldModelName).index.sizes.length).toBeGreaterThan(0);
  });
});

describe("_familyText", () => {
  test("writes each key as its position in base 36, and a source that repeats a link as that link's position", () => {
    const keys = ["id", "links", "sources", "a", "b", "c", "d", "e", "f", "g", "h", "i", "year"];
    const family = {
      shared: {
        links: { paper: "https://a.example", code: "https://b.example" },
        sources: ["https://a.example", "https://c.example"],
        year: 2024,
      },
      members: [
        { id: "x", sources: ["https://b.example"] },
        { id: "y", links: { paper: "https://d.example" }, sources: ["https://d.example", "https://a.example"] },
        { id: "w", other: true },
      ],
    };
    // The shared sources read the shared links; a member's own links, where it has them, its own sources.
    expect(_familyText(family, keys)).toBe(
      JSON.stringify({
        shared: { 1: family.shared.links, 2: [0, "https://c.example"], c: 2024 },
        members: [
          { 0: "x", 2: [1] },
          { 0: "y", 1: { paper: "https://d.example" }, 2: [0, "https://a.example"] },
          { 0: "w", other: true },
        ],
      }),
    );
    // A family without links keeps its sources as they are.
    expect(_familyText({ shared: { sources: ["https://a.example"] }, members: [{ id: "v" }] }, keys)).toBe(
      '{"shared":{"2":["https://a.example"]},"members":[{"0":"v"}]}',
    );
  });
});

describe("_asciiJson", () => {
  test("writes every character beyond ASCII as an escape that JSON.parse reads back", () => {
    const value = { name: "通义千问 π0", plain: "a \"quoted\" name, O'Brien's" };
    const text = _asciiJson(value);
    expect(text).toMatch(/^[\x20-\x26\x28-\x7e]*$/);
    expect(text).toContain("\\u901a");
    expect(text).toContain("\\u0027");
    expect(JSON.parse(text)).toEqual(value);
  });
});
