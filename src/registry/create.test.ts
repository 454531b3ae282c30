import { expect, describe as group, test } from "vitest";
import { textGenerator } from "../../test/records.js";
import {
  createRegistry,
  formatIssuePath,
  InvalidArgumentError,
  type Model,
  type ModelInput,
  type ModelRegistry,
  parseModel,
  RegistryValidationError,
  UnknownModelError,
} from "../index.js";
import { _lazyRegistry, _MAX_RECORDS, _MAX_REPORTED_ISSUES } from "./create.js";
import { describe, describeModelByName, registry } from "./index.js";

function record(id: string, extra: Partial<ModelInput> = {}): ModelInput {
  return textGenerator({ id, name: id.toUpperCase(), parameters: { total: "7B" }, ...extra });
}

/** Each issue createRegistry reports for `records` as "code records[index] path". */
function codes(records: unknown[]): string[] {
  try {
    createRegistry(records);
  } catch (error) {
    if (!(error instanceof RegistryValidationError)) throw error;
    return error.issues.map((issue) => `${issue.code} records[${issue.index}] ${formatIssuePath(issue.path)}`);
  }
  throw new Error("expected the records to be refused");
}

group("createRegistry's issues", () => {
  test("keep the code of each record's own problem", () => {
    expect(codes([record("a", { year: 1900 }), { id: "b" }]).slice(0, 3)).toMatchInlineSnapshot(`
      [
        "out-of-range records[0] year",
        "required records[1] name",
        "required records[1] organization",
      ]
    `);
  });

  test("say two records share a name, and models that are each other's base", () => {
    const fineTune = { method: "transfer-learning", relation: "fine-tune" } as const;
    expect(
      codes([
        record("a", { aliases: ["shared"] }),
        record("b", { aliases: ["Shared"] }),
        record("c", { training: { ...fineTune, baseModel: "d" } }),
        record("d", { training: { ...fineTune, baseModel: "c" } }),
      ]),
    ).toMatchInlineSnapshot(`
      [
        "duplicate records[1] (root)",
        "lineage-cycle records[null] (root)",
      ]
    `);
  });

  test("read sizes such as 7B", () => {
    expect(createRegistry([record("a")]).require("a").parameters.total).toBe(7_000_000_000);
  });
});

group("describeModelByName", () => {
  test("describes a built-in model by name or record", () => {
    const gpt3 = registry.require("gpt-3");
    expect(describeModelByName("GPT 3")).toBe(describeModelByName(gpt3));
    expect(describeModelByName("gpt-3", { locale: "zh" })).toMatch(/^GPT-3 是/);
  });

  test("is what the deprecated describe and the registries' methods say", () => {
    const mine = createRegistry([record("a")], { base: registry });
    expect([describe("vicuna"), registry.describe("vicuna"), mine.describeModelByName("vicuna")]).toEqual([
      describeModelByName("vicuna"),
      describeModelByName("vicuna"),
      describeModelByName("vicuna"),
    ]);
  });
});

/** The ids of a list of models. */
function ids(models: readonly Model[]): string[] {
  return models.map((model) => model.id);
}

/** The error `run` throws; fails the test when it throws none. */
function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error("expected an error");
}

/** The argument an InvalidArgumentError names, or what else was thrown. */
function argumentOf(run: () => unknown): string {
  const error = thrown(run);
  return error instanceof InvalidArgumentError ? error.argument : String(error);
}

/** The issues of the RegistryValidationError `run` throws, as "index id code message". */
function issuesOf(run: () => unknown): string[] {
  const error = thrown(run);
  if (!(error instanceof RegistryValidationError)) throw error;
  return error.issues.map((issue) => `${issue.index} ${issue.id} ${issue.code} ${issue.message}`);
}

const fineTuneOf = (baseModel: string, additionalBaseModels?: string[]): ModelInput["training"] => ({
  method: "transfer-learning",
  relation: "fine-tune",
  baseModel,
  ...(additionalBaseModels === undefined ? {} : { additionalBaseModels }),
});

// Five models whose default order (year, then name ignoring case) differs from every sort key's order, with
// names and organizations in mixed case, so that a case-sensitive comparison would order them differently.
const FIVE = [
  record("alpha", { name: "alpha", organization: "Zeta Labs", year: 2021, parameters: { total: 7e9 } }),
  record("bravo", { name: "Bravo", organization: "acme", year: 2020, parameters: { total: null } }),
  record("charlie", { name: "charlie", organization: "Beta Corp", year: 2021, parameters: { total: 1e9 } }),
  record("delta", { name: "Delta", organization: "acme", year: 2019, parameters: { total: 70e9 } }),
  record("echo", { name: "Echo", organization: "acme", year: 2018, parameters: { total: null } }),
];

group("a registry's queries", () => {
  // Built in each test, so that each test covers the parts of the registry it reads.
  const five = () => createRegistry(FIVE);
  const query = (options: Parameters<ModelRegistry["query"]>[1]) => ids(five().query({}, options));

  test("list by year and then name, ignoring case, unless sorted otherwise", () => {
    expect(ids(five().all())).toEqual(["echo", "delta", "bravo", "alpha", "charlie"]);
    expect(query({})).toEqual(["echo", "delta", "bravo", "alpha", "charlie"]);
    expect(ids(five().query())).toEqual(["echo", "delta", "bravo", "alpha", "charlie"]);
    expect(query({ sort: "default", order: "asc" })).toEqual(["echo", "delta", "bravo", "alpha", "charlie"]);
  });

  test("reverse the default order exactly with order desc, with or without sort: default", () => {
    expect(query({ order: "desc" })).toEqual(["charlie", "alpha", "bravo", "delta", "echo"]);
    expect(query({ sort: "default", order: "desc" })).toEqual(["charlie", "alpha", "bravo", "delta", "echo"]);
  });

  // Ties keep the default order in both directions: only the key is reversed.
  test.each([
    ["year", "asc", ["echo", "delta", "bravo", "alpha", "charlie"]],
    ["year", "desc", ["alpha", "charlie", "bravo", "delta", "echo"]],
    ["name", "asc", ["alpha", "bravo", "charlie", "delta", "echo"]],
    ["name", "desc", ["echo", "delta", "charlie", "bravo", "alpha"]],
    ["parameters", "asc", ["charlie", "alpha", "delta", "echo", "bravo"]],
    ["parameters", "desc", ["delta", "alpha", "charlie", "echo", "bravo"]],
    ["organization", "asc", ["echo", "delta", "bravo", "charlie", "alpha"]],
    ["organization", "desc", ["alpha", "charlie", "echo", "delta", "bravo"]],
  ] as const)("sort by %s, %s, with unknown counts last and ties in the default order", (sort, order, expected) => {
    expect(query({ sort, order })).toEqual(expected);
    if (order === "asc") expect(query({ sort })).toEqual(expected);
  });

  test("sort names and organizations by their lower-case spelling, code unit by code unit", () => {
    // "_" comes before the lower-case letters and after the upper-case ones.
    const pair = createRegistry([
      record("one", { name: "Zeda", organization: "Orga" }),
      record("two", { name: "Zed_two", organization: "Org_b" }),
    ]);
    expect(ids(pair.query({}, { sort: "name" }))).toEqual(["two", "one"]);
    expect(ids(pair.query({}, { sort: "organization" }))).toEqual(["two", "one"]);
  });

  test("page with offset and limit, after sorting", () => {
    expect(query({ offset: 1, limit: 2 })).toEqual(["delta", "bravo"]);
    expect(query({ offset: 3 })).toEqual(["alpha", "charlie"]);
    expect(query({ limit: 1 })).toEqual(["echo"]);
    expect(query({ offset: 0, limit: 0 })).toEqual([]);
    expect(query({ offset: 5 })).toEqual([]);
    expect(query({ limit: 9 })).toHaveLength(5);
    expect(query({ sort: "parameters", order: "desc", offset: 1, limit: 2 })).toEqual(["alpha", "charlie"]);
  });

  test("hand out a list of the caller's own, which changing does not change the registry", () => {
    const first = five().query();
    first.length = 0;
    expect(five().query()).toHaveLength(5);
    expect(five().query({}, { order: "desc" })).not.toBe(five().query({}, { order: "desc" }));
  });

  test("refuse options that are not what the types say, naming the option", () => {
    const wrong: [unknown, string][] = [
      [42, "options"],
      [null, "options"],
      [[], "options"],
      [{ sort: "size" }, "options.sort"],
      [{ sort: null }, "options.sort"],
      [{ order: "up" }, "options.order"],
      [{ order: "DESC" }, "options.order"],
      [{ offset: -1 }, "options.offset"],
      [{ offset: 1.5 }, "options.offset"],
      [{ offset: "1" }, "options.offset"],
      [{ limit: -1 }, "options.limit"],
      [{ limit: 2 ** 53 }, "options.limit"],
      [{ limit: Number.NaN }, "options.limit"],
    ];
    // @ts-expect-error deliberately wrong options
    expect(wrong.map(([options]) => argumentOf(() => five().query({}, options)))).toEqual(wrong.map(([, arg]) => arg));
    // @ts-expect-error deliberately wrong options
    expect(() => five().query({}, { sort: "size", order: "up" })).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: options.sort: expected "default", "year", "name", "parameters" or "organization", received "size"]`,
    );
    // @ts-expect-error deliberately wrong options
    expect(() => five().query({}, { order: "up" })).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: options.order: expected "asc" or "desc", received "up"]`,
    );
    expect(() => five().query({}, { limit: -1 })).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: options.limit: expected a whole number ≥ 0, received -1]`,
    );
    // @ts-expect-error deliberately wrong options
    expect(() => five().query({}, "year")).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: options: expected an object such as { sort: "year" }, received "year"]`,
    );
  });

  test("count, facet and group the models a filter matches", () => {
    expect(five().count()).toBe(5);
    expect(five().count({ organization: "acme" })).toBe(3);
    expect(five().facets({ organization: "acme" }).sizeClass).toMatchObject({ large: 1, medium: 0 });
    const groups = five().groupBy("sizeClass");
    // Small below 4B, large from 40B (DEFAULT_SIZE_THRESHOLDS); unknown counts have no class.
    expect([ids(groups.small), ids(groups.medium), ids(groups.large)]).toEqual([["charlie"], ["alpha"], ["delta"]]);
    expect(ids(five().groupBy("sizeClass", { year: { max: 2020 } }).large)).toEqual(["delta"]);
    expect(ids(five().groupBy("sizeClass", { year: { min: 2020 } }).large)).toEqual([]);
    // @ts-expect-error deliberately wrong dimensions
    expect(() => five().groupBy("size")).toThrow(/^dimension: expected one of "sizeClass", .+, received "size"$/);
    for (const dimension of ["size", 42, undefined]) {
      // @ts-expect-error deliberately wrong dimensions
      expect(argumentOf(() => five().groupBy(dimension))).toBe("dimension");
    }
  });
});

group("a registry's lookups", () => {
  // Built in each test, so that each test covers the parts of the registry it reads.
  const five = () => createRegistry(FIVE);

  test("find a model by id, name or alias however it is spelt, and nothing for other values", () => {
    expect(five().get("ALPHA")?.id).toBe("alpha");
    expect(five().get("e.c.h.o")?.id).toBe("echo");
    expect(five().get("foxtrot")).toBeUndefined();
    // @ts-expect-error what JavaScript callers may pass
    expect(five().get(42)).toBeUndefined();
    // @ts-expect-error what JavaScript callers may pass
    expect(argumentOf(() => five().require(undefined))).toBe("idOrAlias");
    // @ts-expect-error what JavaScript callers may pass
    expect(() => five().require(7)).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: idOrAlias: expected a model id, name or alias, received 7]`,
    );
  });

  test("find a name longer than lookups remember, every time it is asked", () => {
    const long = `acme/${"x".repeat(200)}`;
    const mine = createRegistry([record("long", { aliases: [long] })]);
    for (let round = 0; round < 3; round++) expect(mine.get(long)?.id).toBe("long");
  });

  test("throw an UnknownModelError with the name and close names, or none when nothing is close", () => {
    const error = thrown(() => five().require("alpah"));
    expect(error).toBeInstanceOf(UnknownModelError);
    if (!(error instanceof UnknownModelError)) return;
    expect([error.query, error.suggestions[0], error.message]).toEqual([
      "alpah",
      "alpha",
      `unknown model "alpah"; did you mean ${error.suggestions.map((name) => `"${name}"`).join(error.suggestions.length === 2 ? " or " : ", ")}?`,
    ]);
    expect(() => createRegistry([]).require("alpha")).toThrowErrorMatchingInlineSnapshot(
      `[UnknownModelError: unknown model "alpha"]`,
    );
  });

  test("suggest close names, as many as asked, three unless told", () => {
    expect(five().suggest("alph", 1)).toEqual(["alpha"]);
    expect(five().suggest("alph", 0)).toEqual([]);
    expect(registry.suggest("gpt-")).toHaveLength(3);
    for (const limit of [-1, 1.5, "3", null]) {
      // @ts-expect-error deliberately wrong limits
      expect(argumentOf(() => five().suggest("alpha", limit))).toBe("limit");
    }
    // @ts-expect-error deliberately wrong names
    expect(argumentOf(() => five().suggest(7))).toBe("name");
    expect(() => five().suggest("alpha", -1)).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: limit: expected a whole number ≥ 0, received -1]`,
    );
  });

  test("describe a model by name or record, naming its base as the registry names it", () => {
    const mine = createRegistry(
      [record("acme-chat", { training: fineTuneOf("delta") }), record("beta-chat", { training: fineTuneOf("nobody") })],
      { base: five() },
    );
    expect(mine.describeModelByName("acme chat")).toBe(
      "ACME-CHAT is a medium-sized, decoder-only Transformer for natural language processing that generates text. It is a fine-tuned version of Delta.",
    );
    // A base the registry does not hold is named as the record names it.
    expect(mine.describeModelByName("beta-chat")).toMatch(/It is a fine-tuned version of nobody\.$/);
    expect(mine.describe(mine.require("acme-chat"), { locale: "zh" })).toBe(
      mine.describeModelByName("ACME-CHAT", { locale: "zh" }),
    );
    expect(() => mine.describeModelByName("foxtrot")).toThrow(UnknownModelError);
    // @ts-expect-error not a model record
    expect(argumentOf(() => mine.describeModelByName({ id: "alpha" }))).toBe("model");
  });

  test("cannot have a method replaced by a caller", () => {
    expect(Reflect.set(five(), "get", () => undefined)).toBe(false);
    expect(Reflect.set(registry, "get", () => undefined)).toBe(false);
    expect(five().get("alpha")?.id).toBe("alpha");
  });
});

group("a registry's lineage", () => {
  // a ← b ← d and a ← c ← d: d is built from b, with c as an additional base.
  const diamond = () =>
    createRegistry([
      record("a", { year: 2020 }),
      record("b", { year: 2021, training: fineTuneOf("a") }),
      record("c", { year: 2021, training: fineTuneOf("A") }),
      record("d", { year: 2022, training: fineTuneOf("b", ["c"]) }),
      record("e", { year: 2023, training: fineTuneOf("not-in-the-registry") }),
      record("g", { year: 2024, training: fineTuneOf("a") }),
    ]);

  test("knows each model's base, and none for a base it does not hold", () => {
    expect([diamond().baseModelOf("b")?.id, diamond().baseModelOf("d")?.id]).toEqual(["a", "b"]);
    expect(diamond().baseModelOf("a")).toBeUndefined();
    expect(diamond().baseModelOf("e")).toBeUndefined();
    expect(ids(diamond().lineageOf("d"))).toEqual(["b", "a"]);
    expect(ids(diamond().lineageOf("e"))).toEqual([]);
  });

  test("finds every derivative once, through base and additional bases, in default order", () => {
    // g, a direct derivative, comes after d, a derivative of a derivative: the order is the default one.
    expect(ids(diamond().derivativesOf("a"))).toEqual(["b", "c", "d", "g"]);
    expect(ids(diamond().derivativesOf("c"))).toEqual(["d"]);
    expect(ids(diamond().derivativesOf("d"))).toEqual([]);
  });

  test("finds no derivatives in a registry for a record it does not hold", () => {
    const stranger = createRegistry([record("z")]).require("z");
    expect(diamond().derivativesOf(stranger)).toEqual([]);
    expect(() => diamond().derivativesOf("z")).toThrow(UnknownModelError);
  });

  test("lists a registry on top of another after it, derivatives reaching into the new one", () => {
    const top = createRegistry([record("f", { year: 2024, training: fineTuneOf("d") })], { base: diamond() });
    expect(ids(top.derivativesOf("a"))).toEqual(["b", "c", "d", "f", "g"]);
    expect(ids(top.lineageOf("f"))).toEqual(["d", "b", "a"]);
    expect(top.size).toBe(7);
  });
});

group("createRegistry's duplicates and cycles", () => {
  const gpt2 = registry.require("gpt-2");

  test("blame the added record, with its own spelling, once, whether it is older or newer than the built-in one", () => {
    for (const year of [gpt2.year - 5, gpt2.year, gpt2.year + 5]) {
      const mine = record("my-gpt", { name: "GPT 2", year });
      expect(
        issuesOf(() => createRegistry([record("ok"), mine], { base: registry })),
        String(year),
      ).toEqual([
        '1 my-gpt duplicate the name "GPT 2" is already used by "gpt-2" (ids, names and aliases must be unique once normalised)',
      ]);
    }
  });

  test("blame the later of two added records, at its own index", () => {
    expect(
      issuesOf(() =>
        createRegistry([record("b", { year: 2025, aliases: ["Shared"] }), record("a", { aliases: ["shared"] })]),
      ),
    ).toEqual([
      '0 b duplicate the name "Shared" is already used by "a" (ids, names and aliases must be unique once normalised)',
    ]);
  });

  test("report each name an added record takes from another model", () => {
    const mine = record("my-gpt", { name: "GPT 2", aliases: ["GPT-3"], year: 2010 });
    expect(issuesOf(() => createRegistry([mine], { base: registry }))).toEqual([
      '0 my-gpt duplicate the name "GPT 2" is already used by "gpt-2" (ids, names and aliases must be unique once normalised)',
      '0 my-gpt duplicate the name "GPT-3" is already used by "gpt-3" (ids, names and aliases must be unique once normalised)',
    ]);
  });

  test("blame the later of two models of a hand-made base that share a name", () => {
    const [a, b] = [parseModel(record("a")), parseModel(record("b", { aliases: ["A"] }))];
    // @ts-expect-error a hand-made base with only all()
    expect(issuesOf(() => createRegistry([], { base: { all: () => [b, a] } }))).toEqual([
      'null b duplicate the name "A" is already used by "a" (ids, names and aliases must be unique once normalised)',
    ]);
  });

  test("report a model named as its own base by another of its names", () => {
    const self = record("a", { aliases: ["acme-a"], training: fineTuneOf("ACME A") });
    expect(issuesOf(() => createRegistry([self]))).toEqual(["null undefined lineage-cycle lineage cycle: a → a"]);
    // Once, also when the walk reaches it first from an older derivative.
    const older = record("b", { year: 2020, training: fineTuneOf("a") });
    const oldest = record("c", { year: 2019, training: fineTuneOf("a") });
    expect(issuesOf(() => createRegistry([self, older, oldest]))).toEqual([
      "null undefined lineage-cycle lineage cycle: a → a",
    ]);
  });

  test("report each cycle once, whatever leads into it", () => {
    const records = [
      record("a", { training: fineTuneOf("b") }),
      record("b", { training: fineTuneOf("a") }),
      // Older than the cycle it leads into, so the walk starts from it; the loop is named without it.
      record("c", { year: 2020, training: fineTuneOf("a") }),
      record("x", { training: fineTuneOf("z", ["y"]) }),
      record("y", { training: fineTuneOf("x") }),
      record("z", { year: 2000 }),
    ];
    expect(() => createRegistry(records)).toThrowErrorMatchingInlineSnapshot(`
      [RegistryValidationError: Cannot create the registry (2 problems):
        ✖ lineage cycle: a → b → a
        ✖ lineage cycle: x → y → x]
    `);
  });
});

group("createRegistry's arguments", () => {
  test("refuse records that are not an iterable object", () => {
    for (const records of [null, undefined, 42, "abc", {}]) {
      // @ts-expect-error deliberately wrong records
      const run = () => createRegistry(records);
      expect(argumentOf(run), String(records)).toBe("records");
    }
  });

  test("take any iterable of records", () => {
    function* generate() {
      yield record("a");
      yield record("b");
    }
    expect(ids(createRegistry(generate()).all())).toEqual(["a", "b"]);
    expect(ids(createRegistry(new Set([record("c")])).all())).toEqual(["c"]);
  });

  test("word what is wrong with the records, the options and the base", () => {
    // @ts-expect-error deliberately wrong records
    expect(() => createRegistry(7)).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: records: expected an array (or another iterable) of model records, received 7]`,
    );
    // @ts-expect-error deliberately wrong options
    expect(() => createRegistry([], 7)).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: options: expected an object such as { base: registry }, received 7]`,
    );
    // @ts-expect-error deliberately wrong bases
    expect(() => createRegistry([], { base: 7 })).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: options.base: expected a registry, such as the built-in one or one from createRegistry, received 7]`,
    );
  });

  test("number each record by its place among the records, plainly valid ones included", () => {
    const plain = record("a", { parameters: { total: 7_000_000_000 } });
    expect(codes([plain, { id: "b" }]).slice(0, 1)).toEqual(["required records[1] name"]);
  });

  test("refuse options that are not an object, and a base that is not a registry", () => {
    for (const options of [null, 42, [], "base"]) {
      // @ts-expect-error deliberately wrong options
      expect(argumentOf(() => createRegistry([], options))).toBe("options");
    }
    for (const base of [null, 42, {}, { all: [] }, { all: () => "models" }, { all: () => [{ id: "x" }] }]) {
      // @ts-expect-error deliberately wrong bases
      const run = () => createRegistry([], { base });
      expect(argumentOf(run), JSON.stringify(base)).toBe("options.base");
    }
    // @ts-expect-error deliberately wrong bases
    expect(() => createRegistry([], { base: { all: () => [1, { id: "x" }] } })).toThrow(
      /^options\.base: options\.base\.all\(\)\[0\]/,
    );
    // @ts-expect-error deliberately wrong bases
    expect(() => createRegistry([], { base: { all: () => 7 } })).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: options.base: all() must return an array of models, received 7]`,
    );
  });

  test("copy and freeze the models of a hand-made base, and take its families' names", () => {
    const model = parseModel(record("a", { family: "acme" }));
    const loose = structuredClone(model);
    const base = {
      all: () => [loose],
      families: () => [
        { id: "acme", name: "Acme Family", aliases: ["The Acme"], representative: model, members: [model] },
      ],
    };
    // @ts-expect-error a hand-made base with only the methods createRegistry reads
    const mine = createRegistry([record("b", { family: "acme" })], { base });
    expect(mine.require("a")).toEqual(model);
    expect(mine.require("a")).not.toBe(loose);
    expect(Object.isFrozen(mine.require("a").parameters)).toBe(true);
    expect(Object.isFrozen(loose)).toBe(false);
    expect(mine.getFamily("the acme")?.name).toBe("Acme Family");
    expect(ids(mine.getFamily("acme")?.members ?? [])).toEqual(["a", "b"]);
  });

  test("read no family names from a base whose families are not a list of families", () => {
    const model = createRegistry([record("a", { family: "acme" })]).require("a");
    for (const families of [() => "acme", () => [null, { id: 7 }], "not a method"]) {
      const base = { all: () => [model], families };
      // @ts-expect-error a hand-made base with only the methods createRegistry reads
      const mine = createRegistry([], { base });
      expect(mine.families().map((family) => family.name)).toEqual(["acme"]);
    }
  });

  test("keep the models of a frozen base as they are", () => {
    const base = createRegistry([record("a")]);
    expect(createRegistry([], { base }).require("a")).toBe(base.require("a"));
  });
});

group("createRegistry's limits", () => {
  // A base that claims many models. Its list is all holes, which the check of each base model skips: the limit
  // is read from the lengths alone, and checking a million real records would take a second a test.
  const baseOf = (size: number) => ({ all: () => new Array<Model>(size) });
  const invalid = { id: "bad" };

  test("refuse more records than the limit, base included, before reading them", () => {
    const base = baseOf(_MAX_RECORDS - 2);
    // @ts-expect-error a hand-made base with only all()
    expect(() => createRegistry([invalid, invalid], { base })).toThrow(RegistryValidationError);
    // @ts-expect-error a hand-made base with only all()
    expect(() => createRegistry([invalid, invalid, invalid], { base })).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: records: more than 1000000 records, base registry included]`,
    );
  });

  test("refuse an array longer than the limit before reading any of its records", () => {
    let read = 0;
    const records: unknown[] = [];
    for (let position = 0; position < 3; position++) {
      Object.defineProperty(records, position, {
        enumerable: true,
        get() {
          read++;
          return invalid;
        },
      });
    }
    // @ts-expect-error a hand-made base with only all()
    expect(argumentOf(() => createRegistry(records, { base: baseOf(_MAX_RECORDS - 2) }))).toBe("records");
    expect(read).toBe(0);
  });

  test("stop reading an iterable at the limit, base included", () => {
    const base = baseOf(_MAX_RECORDS - 2);
    let read = 0;
    function* records(count: number) {
      for (let i = 0; i < count; i++) {
        read++;
        yield invalid;
      }
    }
    // @ts-expect-error a hand-made base with only all()
    expect(() => createRegistry(records(2), { base })).toThrow(RegistryValidationError);
    read = 0;
    // @ts-expect-error a hand-made base with only all()
    expect(() => createRegistry(records(10), { base })).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: records: more than 1000000 records, base registry included]`,
    );
    expect(read).toBe(3);
  });

  test("refuse a base of more models than the limit, before checking them", () => {
    const oversized = { all: () => new Array(_MAX_RECORDS + 1).fill(null) };
    const full = { all: () => new Array(_MAX_RECORDS).fill(null) };
    // @ts-expect-error a hand-made base with only all()
    expect(() => createRegistry([], { base: oversized })).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: options.base: holds more than 1000000 models]`,
    );
    // @ts-expect-error a hand-made base with only all()
    expect(() => createRegistry([], { base: full })).toThrow(/all\(\)\[0\]/);
  });

  test("keep the first 1,000 problems and count the rest", () => {
    const wrongYears = (count: number) => Array.from({ length: count }, (_, i) => record(`m${i}`, { year: 1900 }));
    const error = thrown(() => createRegistry(wrongYears(_MAX_REPORTED_ISSUES + 2)));
    expect(error).toBeInstanceOf(RegistryValidationError);
    if (!(error instanceof RegistryValidationError)) return;
    expect(error.issues).toHaveLength(_MAX_REPORTED_ISSUES);
    expect(error.issues.at(-1)?.id).toBe(`m${_MAX_REPORTED_ISSUES - 1}`);
    expect(error.message.split("\n").at(0)).toBe("Cannot create the registry (1000 problems):");
    expect(error.message.split("\n").at(-1)).toBe("  … and 2 more");
    const exactly = thrown(() => createRegistry(wrongYears(_MAX_REPORTED_ISSUES)));
    expect(exactly instanceof Error && exactly.message.split("\n").at(-1)).toMatch(
      /^ {2}✖ records\[999\] \("m999"\) year: /,
    );
  });

  test("word one problem, and a problem without a readable id", () => {
    expect(() => createRegistry([{ ...record("a"), id: 7 }])).toThrowErrorMatchingInlineSnapshot(`
      [RegistryValidationError: Cannot create the registry (1 problem):
        ✖ records[0] id: Invalid input: expected string, received number]
    `);
    const throwing = Object.defineProperty({ ...record("a") }, "id", {
      enumerable: true,
      get() {
        throw new Error("unreadable");
      },
    });
    expect(issuesOf(() => createRegistry([throwing]))[0]).toMatch(/^0 undefined /);
    // No id key at all, rather than one that holds undefined.
    const error = thrown(() => createRegistry([{ ...record("a"), id: 7 }]));
    expect(error instanceof RegistryValidationError && error.issues.map((issue) => Object.hasOwn(issue, "id"))).toEqual(
      [false],
    );
  });
});

group("the registry built on first use", () => {
  // FIVE, plus a fine-tune of alpha in a family, in the loose (unfrozen) form a store would give.
  const withFox = [...FIVE, record("fox", { family: "acme", training: fineTuneOf("alpha") })];
  const loose = () => withFox.map((input) => structuredClone(parseModel(input)));
  const noFamilies = () => [];

  test("reads its records on the first call only", () => {
    let loads = 0;
    const lazy = _lazyRegistry(() => {
      loads++;
      return loose();
    }, noFamilies);
    expect(loads).toBe(0);
    expect(lazy.size).toBe(6);
    expect(lazy.get("alpha")?.id).toBe("alpha");
    expect(lazy.query()).toHaveLength(6);
    expect(loads).toBe(1);
  });

  test("answers every method as a registry made with createRegistry does", () => {
    const families = [{ id: "acme", name: "Acme Foxes" }];
    const lazy = _lazyRegistry(loose, () => families);
    const made = createRegistry(withFox, { families });
    const both = (ask: (registry: ModelRegistry) => unknown) => {
      const answer = ask(lazy);
      expect(answer).toEqual(ask(made));
      return answer;
    };
    both((r) => r.size);
    both((r) => r.all());
    both((r) => r.get("Delta"));
    both((r) => r.require("Delta"));
    both((r) => r.query({ organization: "acme" }, { order: "desc" }));
    both((r) => r.count({ organization: "acme" }));
    both((r) => r.facets({ organization: "acme" }));
    both((r) => r.groupBy("sizeClass"));
    both((r) => r.describeModelByName("fox", { locale: "zh" }));
    both((r) => r.describe("fox"));
    expect(both((r) => r.baseModelOf("fox"))).toMatchObject({ id: "alpha" });
    expect(both((r) => r.lineageOf("fox"))).toHaveLength(1);
    expect(both((r) => r.derivativesOf("alpha"))).toHaveLength(1);
    both((r) => r.suggest("alph", 2));
    expect(both((r) => r.families())).toHaveLength(1);
    expect(both((r) => r.getFamily("acme foxes"))).toMatchObject({ id: "acme" });
    expect(both((r) => r.familyOf("fox"))).toMatchObject({ id: "acme" });
    expect(both((r) => r.describeFamily("acme"))).toMatch(/^FOX is /);
    both((r) => thrown(() => r.describeFamily("x")));
  });

  test("hands out its records frozen, sorted and known as valid, whichever method gives them", () => {
    const unsorted = loose().reverse();
    const lazy = _lazyRegistry(() => unsorted, noFamilies);
    expect(Object.isFrozen(lazy.get("alpha"))).toBe(true);
    expect(Object.isFrozen(unsorted.find((model) => model.id === "bravo"))).toBe(false);
    expect(ids(lazy.all())).toEqual(["echo", "delta", "bravo", "alpha", "charlie", "fox"]);
    expect(lazy.all().every((model) => Object.isFrozen(model) && Object.isFrozen(model.parameters))).toBe(true);
    expect(lazy.describeModelByName(lazy.require("bravo"))).toMatch(/^Bravo is /);
  });

  test("names families by their ids when it is given no family names", () => {
    const lazy = _lazyRegistry(
      () => [parseModel(record("a", { family: "acme" })), parseModel(record("b", { family: "acme" }))],
      noFamilies,
    );
    expect(lazy.families().map((family) => [family.id, family.name, family.representative.id])).toEqual([
      ["acme", "acme", "a"],
    ]);
  });

  test("refuses records that share a name, naming the second", () => {
    const lazy = _lazyRegistry(
      () => [parseModel(record("a")), parseModel(record("b", { aliases: ["A"] }))],
      noFamilies,
    );
    const error = thrown(() => lazy.size);
    expect(error instanceof RegistryValidationError && error.issues).toStrictEqual([
      {
        index: null,
        id: "b",
        code: "duplicate",
        path: [],
        message: 'the name "A" is already used by "a" (ids, names and aliases must be unique once normalised)',
      },
    ]);
  });

  test("ends lineage walks at a cycle it was never asked to check", () => {
    const lazy = _lazyRegistry(
      () => [
        parseModel(record("a", { training: fineTuneOf("b", ["x"]) })),
        parseModel(record("b", { training: fineTuneOf("a") })),
        parseModel(record("c", { training: fineTuneOf("a") })),
        parseModel(record("x", { year: 2020 })),
      ],
      noFamilies,
    );
    expect(ids(lazy.lineageOf("c"))).toEqual(["a", "b"]);
    expect(ids(lazy.lineageOf("a"))).toEqual(["b"]);
    expect(ids(lazy.derivativesOf("a"))).toEqual(["b", "c"]);
    // A cycle further down: x → a → b → a.
    expect(ids(lazy.derivativesOf("x"))).toEqual(["a", "b", "c"]);
  });
});
