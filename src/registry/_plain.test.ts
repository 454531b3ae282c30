import fc from "fast-check";
import { afterEach, describe, expect, test, vi } from "vitest";
import { safeParseModel } from "../model.js";
import { _parsePlainModel } from "./_plain.js";
import { loadModelData, MODEL_RECORDS } from "./data/index.js";

// The schema's answer: the full record, or undefined when the record is invalid.
function bySchema(record: unknown): unknown {
  const result = safeParseModel(record);
  return result.success ? result.data : undefined;
}

// Equal as JSON (which keeps key order) and deeply.
function expectSameRecord(actual: unknown, expected: unknown): void {
  expect(JSON.stringify(actual)).toBe(JSON.stringify(expected));
  expect(actual).toStrictEqual(expected);
}

const PATHS: readonly (readonly string[])[] = [
  ["id"],
  ["name"],
  ["aliases"],
  ["aliases", "0"],
  ["family"],
  ["organization"],
  ["year"],
  ["parameters"],
  ["parameters", "total"],
  ["parameters", "active"],
  ["parameters", "variant"],
  ["sizeClass"],
  ["taskType"],
  ["tasks"],
  ["tasks", "0"],
  ["modalities", "input"],
  ["modalities", "output"],
  ["modalities", "output", "0"],
  ["modalityClass"],
  ["training", "method"],
  ["training", "relation"],
  ["training", "baseModel"],
  ["training", "additionalBaseModels"],
  ["domains", "0"],
  ["architecture", "family"],
  ["architecture", "mixtureOfExperts"],
  ["architecture", "framework"],
  ["architecture", "components"],
  ["openWeights"],
  ["license"],
  ["links"],
  ["links", "paper"],
  ["links", "huggingface"],
  ["links", "homepage"],
  ["sources", "0"],
  ["unknownKey"],
];

const VALUES: readonly unknown[] = [
  undefined,
  null,
  "",
  " padded ",
  "7B",
  "text",
  "gpt-2",
  "Not Kebab",
  "gpt-2-",
  "padded ",
  " padded",
  "\u00a0nbsp",
  "nbsp\u00a0",
  "文心一言",
  "http://example.org/a",
  "mailto:https://example.org",
  "https://example.org/a",
  "http:/broken",
  "https://exa mple.org",
  "https://example.org/\ttab",
  0,
  -1,
  1.5,
  1939,
  1940,
  2 ** 53,
  3_000_000_000,
  true,
  [],
  ["text"],
  ["text", "text"],
  {},
  "small",
  "multimodal",
  "transfer-learning",
  "fine-tune",
  "decoder-only",
];

// A deep copy of `record` with the value at `path` replaced (or removed, for undefined).
function altered(record: unknown, path: readonly string[], value: unknown): unknown {
  const copy: unknown = JSON.parse(JSON.stringify(record));
  let target: unknown = copy;
  for (const key of path.slice(0, -1)) {
    target = typeof target === "object" && target !== null ? Reflect.get(target, key) : undefined;
  }
  const last = path[path.length - 1];
  if (typeof target !== "object" || target === null || last === undefined) return copy;
  if (value === undefined) Reflect.deleteProperty(target, last);
  else Reflect.set(target, last, value);
  return copy;
}

// The value at `path` in `record`, or undefined where the path does not lead to one.
function valueAt(record: unknown, path: readonly string[]): unknown {
  let target: unknown = record;
  for (const key of path) {
    target = typeof target === "object" && target !== null ? Reflect.get(target, key) : undefined;
  }
  return target;
}

describe("_parsePlainModel", () => {
  test("takes every built-in record in full form, and gives what the schema gives", () => {
    for (const model of loadModelData()) {
      const record: unknown = JSON.parse(JSON.stringify(model));
      const fast = _parsePlainModel(record);
      expect(fast, model.id).toBeDefined();
      expectSameRecord(fast, bySchema(record));
    }
  });

  test("gives what the schema gives for every built-in record in the authoring form, or leaves it to the schema", () => {
    let taken = 0;
    for (const record of MODEL_RECORDS) {
      const fast = _parsePlainModel(record);
      if (fast === undefined) continue;
      taken++;
      expectSameRecord(fast, bySchema(record));
    }
    // Most are written plainly; the rest use sizes such as "7B", which only the schema reads.
    expect(taken).toBeGreaterThan(MODEL_RECORDS.length / 2);
  });

  test("never takes a record the schema refuses, and agrees with it on those it takes", () => {
    const models = loadModelData();
    const runs = 3000;
    // A value from the list above is mostly one the fast path refuses, so that case ends before any comparison.
    // A value another built-in record holds at the same path is mostly plain, so the altered record is often taken
    // and compared with the schema's answer (or it mixes fields that disagree, which both must then refuse).
    const fromList = fc.constantFrom(...VALUES);
    const fromRecord = fc
      .tuple(fc.integer({ min: 0, max: models.length - 1 }), fc.constantFrom(...PATHS))
      .map(([other, path]) => ({ path, value: valueAt(models[other], path) }));
    const change = fc.oneof(
      { arbitrary: fc.tuple(fc.constantFrom(...PATHS), fromList).map(([path, value]) => ({ path, value })), weight: 1 },
      { arbitrary: fromRecord, weight: 9 },
    );
    let compared = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: models.length - 1 }),
        fc.array(change, { minLength: 1, maxLength: 3 }),
        (which, changes) => {
          let record: unknown = models[which];
          for (const { path, value } of changes) record = altered(record, path, value);
          const fast = _parsePlainModel(record);
          if (fast === undefined) return;
          compared += 1;
          expectSameRecord(fast, bySchema(record));
        },
      ),
      { numRuns: runs },
    );
    expect(compared).toBeGreaterThanOrEqual(runs / 2);
  });

  test("returns records frozen all through, authoring or full form", () => {
    const frozenThrough = (value: unknown): boolean =>
      typeof value !== "object" ||
      value === null ||
      (Object.isFrozen(value) && Object.values(value).every(frozenThrough));
    const [record] = MODEL_RECORDS;
    const bare = { ...record, aliases: undefined, sources: undefined, links: undefined };
    for (const input of [...loadModelData().slice(0, 50), record, JSON.parse(JSON.stringify(bare))]) {
      const model = _parsePlainModel(input);
      if (model !== undefined) expect(frozenThrough(model), model.id).toBe(true);
    }
    expect(_parsePlainModel(JSON.parse(JSON.stringify(bare)))?.aliases).toEqual([]);
  });

  test("leaves to the schema what only it can read or word", () => {
    const [model] = loadModelData();
    const cases: readonly [string, unknown][] = [
      ["a size written as text", altered(altered(model, ["parameters", "total"], "7B"), ["sizeClass"], undefined)],
      ["a name with spaces to trim", altered(model, ["name"], " GPT ")],
      ["an unknown key", altered(model, ["paramters"], {})],
      ["a class instance", new (class Record {})()],
      ["an array", []],
      ["a derived field that disagrees", altered(model, ["modalityClass"], "multimodal")],
      ["more active than total parameters", altered(model, ["parameters", "active"], Number.MAX_SAFE_INTEGER)],
      ["a relation without transfer learning", altered(model, ["training", "relation"], "fine-tune")],
      ["transfer learning without a relation", altered(model, ["training", "method"], "transfer-learning")],
      ["an alias twice once folded", altered(model, ["aliases"], ["Model-X", "model x"])],
      ["a year in the future", altered(model, ["year"], new Date().getFullYear() + 2)],
      ["the family among the components", altered(model, ["architecture", "components"], [model?.architecture.family])],
      [
        "its own base",
        altered(
          altered(model, ["training"], { method: "transfer-learning", relation: "fine-tune" }),
          ["training", "baseModel"],
          model?.id.toUpperCase(),
        ),
      ],
    ];
    for (const [what, record] of cases) {
      expect(_parsePlainModel(record), what).toBeUndefined();
      expect(safeParseModel(record).success, what).toBe(
        what === "a size written as text" || what === "a name with spaces to trim",
      );
    }
  });
});

describe("_parsePlainModel on records written plainly", () => {
  const [model] = loadModelData();
  const nextYear = new Date().getFullYear() + 1;
  const seventeen = Array.from({ length: 17 }, (_, i) => `alias-${i}`);
  // Each is valid as written: the fast path takes it and gives what the schema gives.
  const cases: readonly [string, unknown][] = [
    ["the first year a record may have", altered(model, ["year"], 1940)],
    ["next year, the latest a record may have", altered(model, ["year"], nextYear)],
    ["an http link", altered(model, ["links", "paper"], "http://example.org/paper")],
    ["names that begin and end with letters outside ASCII", altered(model, ["name"], "Ωmega 文心")],
    ["no aliases", altered(model, ["aliases"], [])],
    ["seventeen aliases", altered(model, ["aliases"], seventeen)],
    ["as many active as total parameters", altered(model, ["parameters"], { total: 1000, active: 1000 })],
    ["a variant", altered(model, ["parameters"], { total: 1000, variant: "1K" })],
    ["no input modality", altered(model, ["modalities", "input"], [])],
    [
      "a fine-tune of two bases",
      altered(model, ["training"], {
        method: "transfer-learning",
        relation: "fine-tune",
        baseModel: "gpt-2",
        additionalBaseModels: ["bert", "t5"],
      }),
    ],
    [
      "a fine-tune of a base never released",
      altered(model, ["training"], { method: "transfer-learning", relation: "fine-tune" }),
    ],
    [
      "every optional architecture field",
      altered(model, ["architecture"], {
        family: "transformer",
        mixtureOfExperts: false,
        framework: "diffusion",
        components: ["cnn", "rnn"],
      }),
    ],
    ["an unknown openness", altered(model, ["openWeights"], null)],
    ["a license", altered(model, ["license"], "MIT")],
    ["a family", altered(model, ["family"], "acme")],
    ["no family", altered(model, ["family"], undefined)],
    [
      "active parameters of an unknown total",
      altered(altered(model, ["parameters"], { total: null, active: 1000 }), ["sizeClass"], undefined),
    ],
    // Such an alias folds to the empty text; being alone, it repeats nothing.
    ["an alias of separators only", altered(model, ["aliases"], ["--"])],
    [
      "a part without a prototype",
      altered(model, ["links"], Object.assign(Object.create(null), { paper: "https://example.org" })),
    ],
  ];
  test.each(cases)("takes %s", (_what, record) => {
    const fast = _parsePlainModel(record);
    expect(fast).toBeDefined();
    expectSameRecord(fast, bySchema(record));
  });

  // Each is wrong, or needs the schema to read it: the fast path leaves it.
  const left: readonly [string, unknown][] = [
    ["a year before 1940", altered(model, ["year"], 1939)],
    ["the year after next", altered(model, ["year"], nextYear + 1)],
    ["seventeen aliases, two the same once folded", altered(model, ["aliases"], [...seventeen, "ALIAS 3"])],
    ["seventeen tasks, one twice", altered(model, ["tasks"], [...Array(16).fill("text-generation"), "summarization"])],
    ["more active than total parameters by one", altered(model, ["parameters"], { total: 1000, active: 1001 })],
    ["an empty name", altered(model, ["name"], "")],
    ["a name with a space at its end", altered(model, ["name"], "GPT ")],
    ["a name with a space at its start", altered(model, ["name"], " GPT")],
    ["a name with a no-break space at its start", altered(model, ["name"], "\u00a0GPT")],
    ["a name with a no-break space at its end", altered(model, ["name"], "GPT\u00a0")],
    ["an id with a trailing hyphen", altered(model, ["id"], "gpt-2-")],
    ["a family id with a space", altered(model, ["family"], "acme lm")],
    ["a URL with a newline", altered(model, ["sources"], ["https://example.org/\n"])],
    ["a source twice", altered(model, ["sources"], ["https://example.org/a", "https://example.org/a"])],
    ["an input modality twice", altered(model, ["modalities", "input"], ["text", "text"])],
    ["a domain twice", altered(model, ["domains"], ["nlp", "nlp"])],
    ["an array for a part", altered(model, ["links"], ["https://example.org"])],
    ["a URL that is not http", altered(model, ["sources"], ["mailto:https://example.org"])],
    [
      "a base repeated once folded",
      altered(model, ["training"], {
        method: "transfer-learning",
        relation: "fine-tune",
        baseModel: "gpt-2",
        additionalBaseModels: ["bert", "BERT"],
      }),
    ],
    [
      "a base that is the model itself, among the additional ones",
      altered(model, ["training"], {
        method: "transfer-learning",
        relation: "fine-tune",
        additionalBaseModels: [model?.id],
      }),
    ],
    ["a component repeated", altered(model, ["architecture"], { family: "transformer", components: ["cnn", "cnn"] })],
    ["a class instance for a part", altered(model, ["links"], new (class Links {})())],
    ["a key present but undefined", { ...model, license: undefined }],
    ["a year that is not whole", altered(model, ["year"], 2019.5)],
    ["a year written as text", altered(model, ["year"], "2019")],
    ["a total that is not whole", altered(model, ["parameters"], { total: 1.5 })],
    ["a total written as a number in text", altered(model, ["parameters"], { total: "1000" })],
    ["a total past the safe integers", altered(model, ["parameters"], { total: 2 ** 53 })],
    ["active parameters that are not whole", altered(model, ["parameters"], { total: 1000, active: 999.5 })],
    ["a total of 0", altered(altered(model, ["parameters"], { total: 0 }), ["sizeClass"], undefined)],
    ["no active parameters", altered(model, ["parameters"], { total: 1000, active: 0 })],
    ["no task", altered(model, ["tasks"], [])],
    ["no domain", altered(model, ["domains"], [])],
    ["no output modality", altered(altered(model, ["modalities", "output"], []), ["modalityClass"], undefined)],
    [
      "a base that is the model itself, after another additional one",
      altered(model, ["training"], {
        method: "transfer-learning",
        relation: "fine-tune",
        additionalBaseModels: ["bert", model?.id],
      }),
    ],
  ];
  test.each(left)("leaves %s to the schema", (_what, record) => {
    expect(_parsePlainModel(record)).toBeUndefined();
  });

  test("leaves counts of 0 and empty lists where one item is required, which the schema refuses", () => {
    // A count of 0, an empty list where one item is required: the schema refuses them all.
    for (const [what, record] of left.filter(([what]) => /^(a total of 0|no )/.test(what))) {
      expect(safeParseModel(record).success, what).toBe(false);
    }
  });
});

describe("_parsePlainModel on what is not a record", () => {
  const [model] = loadModelData();

  test.each([
    ["nothing", undefined],
    ["null", null],
    ["a text", "gpt-2"],
    ["a number", 42],
  ])("leaves %s to the schema", (_what, value) => {
    expect(_parsePlainModel(value)).toBeUndefined();
  });

  test.each(["parameters", "modalities", "training", "architecture"])(
    "leaves a record whose %s are missing, null or a text to the schema",
    (part) => {
      for (const value of [undefined, null, "text"]) {
        expect(_parsePlainModel(altered(model, [part], value)), String(value)).toBeUndefined();
      }
    },
  );
});

describe("_parsePlainModel on a part's key present but undefined", () => {
  const [model] = loadModelData();
  const transfer = { method: "transfer-learning", relation: "fine-tune", baseModel: "gpt-2" };
  // The schema keeps such a key in what it gives back, where the fast path would leave it out.
  test.each<[string, string, Record<string, unknown>]>([
    ["parameters", "active", { total: 1000, active: undefined }],
    ["parameters", "variant", { total: 1000, variant: undefined }],
    ["training", "relation", { method: "from-scratch", relation: undefined }],
    ["training", "baseModel", { ...transfer, baseModel: undefined }],
    ["training", "additionalBaseModels", { ...transfer, additionalBaseModels: undefined }],
    ["architecture", "mixtureOfExperts", { family: "transformer", mixtureOfExperts: undefined }],
    ["architecture", "framework", { family: "transformer", framework: undefined }],
    ["architecture", "components", { family: "transformer", components: undefined }],
    ["links", "paper", { paper: undefined }],
    ["links", "huggingface", { huggingface: undefined }],
    ["links", "homepage", { homepage: undefined }],
  ])("leaves %s.%s to the schema", (part, key, value) => {
    const record = { ...JSON.parse(JSON.stringify(model)), [part]: value };
    expect(_parsePlainModel(record)).toBeUndefined();
    const parsed = safeParseModel(record);
    expect(parsed.success && Object.hasOwn(Reflect.get(parsed.data, part), key)).toBe(true);
  });
});

describe("_parsePlainModel where URL.canParse is missing", () => {
  // Browsers older than 2023 lack it; the schema then reads the links.
  const canParse = Object.getOwnPropertyDescriptor(URL, "canParse");
  afterEach(() => {
    if (canParse !== undefined) Object.defineProperty(URL, "canParse", canParse);
  });

  test("leaves a record with a link or a source to the schema, and takes one without", () => {
    const [model] = loadModelData();
    Reflect.deleteProperty(URL, "canParse");
    const bare = { ...JSON.parse(JSON.stringify(model)), links: {}, sources: [] };
    expect(_parsePlainModel(altered(bare, ["links", "paper"], "https://example.org/paper"))).toBeUndefined();
    expect(_parsePlainModel(altered(bare, ["sources"], ["https://example.org/card"]))).toBeUndefined();
    expectSameRecord(_parsePlainModel(bare), bySchema(bare));
  });
});

describe("_parsePlainModel and the clock", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  test("takes next year's records, and reads the year again once the clock has passed a new year", () => {
    const [model] = loadModelData();
    // One second before midnight on 31 December 2030, local time: 2031 is the latest year a record may have.
    vi.useFakeTimers({ now: new Date(2030, 11, 31, 23, 59, 59), toFake: ["Date"] });
    for (const [year, taken] of [
      [2030, true],
      [2031, true],
      [2032, false],
    ] as const) {
      const record = altered(model, ["year"], year);
      expect(_parsePlainModel(record) !== undefined, String(year)).toBe(taken);
      expect(safeParseModel(record).success, String(year)).toBe(taken);
    }
    // Two seconds later it is 2031, and 2032 is next year.
    vi.setSystemTime(new Date(2031, 0, 1, 0, 0, 1));
    const record = altered(model, ["year"], 2032);
    expect(_parsePlainModel(record)).toBeDefined();
    expectSameRecord(_parsePlainModel(record), bySchema(record));
  });
});
