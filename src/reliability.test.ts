/**
 * Reliability: nothing a caller does can corrupt a registry, no argument can crash the library with a TypeError
 * or a stack overflow, and the work of every call is bounded by documented limits.
 */
import { describe, expect, test } from "vitest";
import { textGenerator } from "../test/records.js";
import * as hubEntry from "./huggingface/index.js";
import * as mainEntry from "./index.js";
import {
  classifySize,
  createRegistry,
  DEFAULT_SIZE_THRESHOLDS,
  describeModel,
  InvalidArgumentError,
  type Model,
  ModelTaxonomyError,
  ModelValidationError,
  parseModel,
  RegistryValidationError,
  safeParseModel,
  UnknownModelError,
} from "./index.js";
import * as registryEntry from "./registry/index.js";
import { allModels, countModels, getModel, lineageOf, queryModels, registry, requireModel } from "./registry/index.js";

const VALID = textGenerator({ id: "tiny-lm", name: "Tiny LM", year: 2023, parameters: { total: 125_000_000 } });

/** The error `run` throws, or a failure when it throws none. */
function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error("expected an error, but none was thrown");
}

// Calls a typed function with arguments of any type, as JavaScript callers can.
const call = (fn: (...args: never[]) => unknown, ...args: unknown[]): unknown => Reflect.apply(fn, undefined, args);

/** A chain of fine-tunes `chain-0` ← `chain-1` ← … of the given length. */
function chain(length: number, loop = false): unknown[] {
  return Array.from({ length }, (_, index) => ({
    ...VALID,
    id: `chain-${index}`,
    name: `Chain ${index}`,
    training:
      index === 0 && !loop
        ? { method: "pretrained" }
        : {
            method: "transfer-learning",
            relation: "fine-tune",
            baseModel: `chain-${index === 0 ? length - 1 : index - 1}`,
          },
  }));
}

/** Every object reachable from `value` that is not frozen, by path. */
function unfrozen(value: unknown, path: string, seen = new Set<object>()): string[] {
  if ((typeof value !== "object" && typeof value !== "function") || value === null || seen.has(value)) return [];
  seen.add(value);
  const found = Object.isFrozen(value) ? [] : [path];
  for (const key of Reflect.ownKeys(value)) {
    const descriptor = Reflect.getOwnPropertyDescriptor(value, key);
    if (descriptor !== undefined && "value" in descriptor && typeof descriptor.value !== "function") {
      found.push(...unfrozen(descriptor.value, `${path}.${String(key)}`, seen));
    }
  }
  return found;
}

// A zod schema is a parser, not a table: zod caches state on it, so it is left unfrozen.
const isSchema = (value: unknown): boolean =>
  typeof value === "object" && value !== null && "_zod" in value && "safeParse" in value;

describe("immutability", () => {
  const entries = {
    "model-taxonomy": mainEntry,
    "model-taxonomy/registry": registryEntry,
    "model-taxonomy/huggingface": hubEntry,
  };
  for (const [entry, namespace] of Object.entries(entries)) {
    for (const [name, value] of Object.entries(namespace)) {
      if (typeof value !== "object" || value === null || isSchema(value)) continue;
      test(`${entry} exports ${name} deeply frozen`, () => {
        expect(unfrozen(value, name)).toEqual([]);
      });
    }
  }

  test("checks at least the tables the issue names", () => {
    const checked = Object.entries(mainEntry).filter(([, value]) => typeof value === "object" && !isSchema(value));
    expect(checked.map(([name]) => name)).toEqual(
      expect.arrayContaining([
        "TASKS",
        "DIMENSIONS",
        "TASK_PROFILES",
        "DEFAULT_SIZE_THRESHOLDS",
        "ARCHITECTURE_PARENTS",
        "SORT_KEYS",
      ]),
    );
  });

  test("allModels() cannot be sorted or emptied in place, so later lookups and queries are unchanged", () => {
    const gpt2 = getModel("gpt-2");
    const count = countModels();
    const byName = (a: Model, b: Model) => a.name.localeCompare(b.name);
    expect(thrown(() => Reflect.apply(Array.prototype.sort, allModels(), [byName]))).toBeInstanceOf(TypeError);
    expect(thrown(() => Reflect.apply(Array.prototype.splice, allModels(), [0]))).toBeInstanceOf(TypeError);
    expect(Reflect.set(allModels(), "length", 0)).toBe(false);
    expect(getModel("gpt-2")).toBe(gpt2);
    expect(queryModels()).toHaveLength(count);
  });

  test("a registry's all() and its records are frozen", () => {
    const mine = createRegistry([VALID]);
    expect(Object.isFrozen(mine.all())).toBe(true);
    expect(unfrozen(mine.all(), "all()")).toEqual([]);
  });

  test("the built-in registry's methods cannot be replaced, nor those of a registry of one's own", () => {
    expect(Reflect.set(registry, "all", () => [])).toBe(false);
    expect(registry.all()).toHaveLength(countModels());
    expect(countModels()).toBeGreaterThan(0);
    const mine = createRegistry([VALID]);
    expect(Reflect.set(mine, "get", () => undefined)).toBe(false);
    expect(mine.get("tiny-lm")?.name).toBe("Tiny LM");
  });

  test("changing DEFAULT_SIZE_THRESHOLDS fails and leaves classifySize alone", () => {
    expect(thrown(() => Object.assign(DEFAULT_SIZE_THRESHOLDS, { medium: 1 }))).toBeInstanceOf(TypeError);
    // Had the medium threshold become 1, both of these would be medium: 2B and 125M are small by the default 4B.
    expect(classifySize(2_000_000_000)).toBe("small");
    expect(parseModel(VALID).sizeClass).toBe("small");
  });

  const arrayReturners: [string, () => unknown][] = [
    ["queryModels", () => queryModels({ architecture: "rnn" })],
    ["groupBy", () => registryEntry.groupBy("sizeClass").small],
    ["lineageOf", () => lineageOf("vicuna")],
    ["derivativesOf", () => registryEntry.derivativesOf("llama-2")],
    ["subtasksOf", () => mainEntry.subtasksOf("text-classification")],
    ["architectureAncestors", () => mainEntry.architectureAncestors("lstm")],
    ["architectureDescendants", () => mainEntry.architectureDescendants("rnn")],
    ["registry.suggest", () => registry.suggest("gtp-2")],
    ["facetCounts", () => registryEntry.facetCounts().sizeClass],
    ["families", () => registryEntry.families()],
    ["getFamily(…).members", () => registryEntry.getFamily("llama-2")?.members],
    ["registry.all", () => registry.all()],
    ["modelWarnings", () => mainEntry.modelWarnings({ ...VALID, parameters: { total: 10, active: 5 } })],
  ];
  for (const [name, get] of arrayReturners) {
    test(`${name} returns a fresh or frozen value each call`, () => {
      const first = get();
      // An empty or missing value would pass whatever the library did with it: each call here returns entries.
      if (typeof first !== "object" || first === null) throw new Error(`${name} returned ${String(first)}`);
      const keys = Object.keys(first);
      expect(keys.length).toBeGreaterThan(0);
      const snapshot = JSON.stringify(get());
      if (Object.isFrozen(first)) {
        // Shared, so it must refuse the change.
        expect(keys.map((key) => Reflect.set(first, key, "changed"))).not.toContain(true);
      } else {
        // Not frozen, so it must be the caller's own copy: changing it leaves the next call's answer alone.
        expect(get()).not.toBe(first);
        if (Array.isArray(first)) first.splice(0, first.length, "changed");
        else for (const key of keys) Reflect.set(first, key, "changed");
        expect(JSON.stringify(first)).not.toBe(snapshot);
      }
      expect(JSON.stringify(get())).toBe(snapshot);
    });
  }
});

describe("safe paths", () => {
  for (const total of [-1, 2 ** 53, 1e21, 1e308]) {
    test(`safeParseModel rejects a total of ${total} without throwing`, () => {
      const result = safeParseModel({ ...VALID, parameters: { total } });
      expect(result.success).toBe(false);
      if (!result.success)
        expect(result.error.issues.map((issue) => issue.path.join("."))).toEqual(["parameters.total"]);
    });

    test(`parseModel and createRegistry throw their own errors for a total of ${total}`, () => {
      expect(thrown(() => parseModel({ ...VALID, parameters: { total } }))).toBeInstanceOf(ModelValidationError);
      const error = thrown(() =>
        createRegistry([VALID, { ...VALID, id: "other", name: "Other", parameters: { total } }]),
      );
      expect(error).toBeInstanceOf(RegistryValidationError);
      if (error instanceof RegistryValidationError) expect(error.issues[0]?.index).toBe(1);
    });
  }

  /** Each issue of a rejected record as "code path"; an empty list when the record was accepted. */
  const issuesOf = (input: unknown): string[] => {
    const result = safeParseModel(input);
    return result.success ? [] : result.error.issues.map((issue) => `${issue.code} ${issue.path.join(".")}`);
  };

  test("safeParseModel turns a record whose getters throw into a rejection that says it cannot be read", () => {
    const hostile = {
      ...VALID,
      get name(): string {
        throw new Error("boom");
      },
    };
    expect(issuesOf(hostile)).toEqual(["unreadable "]);
  });

  test("safeParseModel answers BigInts and cycles with a rejection at the field, not a throw", () => {
    const cyclic: Record<string, unknown> = { ...VALID };
    cyclic.parameters = cyclic;
    expect(issuesOf(1n)).toEqual(["invalid-type "]);
    expect(issuesOf({ ...VALID, year: 2023n })).toEqual(["invalid-type year"]);
    // The cycle is read one level down, where the record has no count: it is never followed round.
    expect(issuesOf(cyclic)).toEqual(["required parameters.total", "unknown-field parameters"]);
  });

  test("safeParseModel reads a null-prototype object as the record its fields make", () => {
    // The prototype holds no data: the same fields give the same model as a plain object.
    const bare: unknown = Object.assign(Object.create(null), VALID);
    expect(parseModel(bare)).toEqual(parseModel(VALID));
    expect(issuesOf(Object.create(null))).toContain("required id");
  });

  const junk: [string, () => unknown][] = [
    ["parseModel(valid, null)", () => call(parseModel, VALID, null)],
    ["safeParseModel(valid, { strict: 1 })", () => call(safeParseModel, VALID, { strict: 1 })],
    ["queryModels({}, null)", () => call(queryModels, {}, null)],
    ["queryModels({ sizeClass: 1n })", () => call(queryModels, { sizeClass: 1n })],
    [
      "queryModels({ year: { min: Object.create(null) } })",
      () => call(queryModels, { year: { min: Object.create(null) } }),
    ],
    ["queryModels({ parameters: { min: 1n } })", () => call(queryModels, { parameters: { min: 1n } })],
    ["queryModels({}, { sort: Symbol() })", () => call(queryModels, {}, { sort: Symbol("s") })],
    ["describeModel(null)", () => call(describeModel, null)],
    ["describeModel(model, { locale: 'fr' })", () => call(describeModel, getModel("gpt-2"), { locale: "fr" })],
    ["lineageOf(null)", () => call(lineageOf, null)],
    ["lineageOf({})", () => call(lineageOf, {})],
    ["requireModel(Object.create(null))", () => call(requireModel, Object.create(null))],
    ["createRegistry(x, { base: new String('') })", () => call(createRegistry, [], { base: new String("") })],
    ["createRegistry(x, null)", () => call(createRegistry, [], null)],
    ["registry.groupBy(1n)", () => call(registry.groupBy, 1n)],
    ["registry.suggest(null)", () => call(registry.suggest, null)],
    ["classifySize(Object.create(null))", () => call(classifySize, Object.create(null))],
    ["classifySize(1, null)", () => call(classifySize, 1, null)],
    ["parseParameterCount(Symbol())", () => call(mainEntry.parseParameterCount, Symbol("s"))],
    ["formatParameterCount(1n)", () => call(mainEntry.formatParameterCount, 1n)],
    // These two walked off the parent table forever, growing an array until the heap ran out.
    ['architectureAncestors("constructor")', () => call(mainEntry.architectureAncestors, "constructor")],
    ["architectureAncestors(undefined)", () => call(mainEntry.architectureAncestors, undefined)],
    ['isArchitectureKindOf("lstm", "nope")', () => call(mainEntry.isArchitectureKindOf, "lstm", "nope")],
    ["architectureDescendants(null)", () => call(mainEntry.architectureDescendants, null)],
    ["subtasksOf(1)", () => call(mainEntry.subtasksOf, 1)],
    ["classifyModalities(null)", () => call(mainEntry.classifyModalities, null)],
    [
      'modelWarnings({ ...valid, tasks: ["nope"] })',
      () => call(mainEntry.modelWarnings, { ...VALID, tasks: ["nope"] }),
    ],
    ["normalizeModelName(1)", () => call(mainEntry.normalizeModelName, 1)],
    ["describeFamily(null)", () => call(mainEntry.describeFamily, null)],
    ["registry.describeFamily(Object.create(null))", () => call(registry.describeFamily, Object.create(null))],
    ["describeFamily({ members: [{}] })", () => call(mainEntry.describeFamily, { name: "x", members: [{}] })],
    ["formatIssuePath(null)", () => call(mainEntry.formatIssuePath, null)],
  ];
  for (const [name, run] of junk) {
    test(`${name} throws InvalidArgumentError, not a TypeError`, () => {
      expect(thrown(run)).toBeInstanceOf(InvalidArgumentError);
    });
  }

  test("a base registry from elsewhere has its records checked", () => {
    const base = {
      all: () => [{ ...VALID, sizeClass: "small", modalityClass: "unimodal", aliases: [], links: {}, sources: [] }],
    };
    const mine = call(createRegistry, [], { base });
    expect(mine).toMatchObject({ size: 1 });
    expect(thrown(() => call(createRegistry, [], { base: { all: () => [{ id: "x" }] } }))).toBeInstanceOf(
      InvalidArgumentError,
    );
  });
});

describe("bounded work", () => {
  test("requireModel of a megabyte-long name looks for no suggestion and keeps its message short", () => {
    // No timing here (machines are noisy): the bound shows as the suggestions never computed for such a name.
    const error = thrown(() => requireModel("x".repeat(1_000_000)));
    expect(error).toBeInstanceOf(UnknownModelError);
    if (error instanceof UnknownModelError) {
      expect(error.suggestions).toEqual([]);
      expect(error.message.length).toBeLessThan(200);
      expect(error.query).toHaveLength(1_000_000);
    }
  });

  test("suggestions consider names up to 256 characters and no longer", () => {
    const long = (length: number) => `${"a".repeat(length - 1)}b`;
    const mine = createRegistry([
      { ...VALID, aliases: [long(256)] },
      { ...VALID, id: "other", name: "Other", aliases: [long(257)] },
    ]);
    expect(mine.suggest(`${"a".repeat(255)}c`)).toEqual(["Tiny LM"]);
    expect(mine.suggest(`${"a".repeat(256)}c`)).toEqual([]);
  });

  test("a fine-tune chain 20,000 long builds, and its lineage is walked without recursion", () => {
    const mine = createRegistry(chain(20_000));
    expect(mine.lineageOf("chain-19999")).toHaveLength(19_999);
    expect(mine.derivativesOf("chain-0")).toHaveLength(19_999);
  });

  test("a lineage cycle 20,000 long is reported once, not as a stack overflow", () => {
    const error = thrown(() => createRegistry(chain(20_000, true)));
    expect(error).toBeInstanceOf(RegistryValidationError);
    if (error instanceof RegistryValidationError) {
      expect(error.issues).toHaveLength(1);
      expect(error.issues[0]?.message).toMatch(/^lineage cycle: /);
    }
  });

  const nested = (depth: number): Record<string, unknown> => {
    let filter: Record<string, unknown> = { domain: "nlp" };
    for (let level = 1; level < depth; level++) filter = { not: filter };
    return filter;
  };

  test("not filters nest up to 64 levels", () => {
    // An odd number of nots is one not; an even number, none.
    const nlp = countModels({ domain: "nlp" });
    expect(nlp).toBeGreaterThan(0);
    expect(nlp).toBeLessThan(countModels());
    expect(countModels(nested(64))).toBe(countModels() - nlp);
    expect(countModels(nested(63))).toBe(nlp);
    expect(thrown(() => countModels(nested(65)))).toBeInstanceOf(InvalidArgumentError);
  });

  test("a not filter 3,000 deep, or one that contains itself, is an InvalidArgumentError", () => {
    expect(thrown(() => countModels(nested(3000)))).toBeInstanceOf(InvalidArgumentError);
    const loop: Record<string, unknown> = {};
    loop.not = loop;
    expect(thrown(() => countModels(loop))).toBeInstanceOf(InvalidArgumentError);
  });

  test("search text is read up to 1,024 characters", () => {
    expect(countModels({ search: "a".repeat(1024) })).toBe(0);
    expect(thrown(() => countModels({ search: "a".repeat(1025) }))).toBeInstanceOf(InvalidArgumentError);
  });

  test("values nested 200,000 deep are rejected without a stack overflow", () => {
    let array: unknown = "x";
    let object: unknown = {};
    for (let level = 0; level < 200_000; level++) {
      array = [array];
      object = { id: object, tags: object, config: object, cardData: object, not: object };
    }
    expect(safeParseModel(array).success).toBe(false);
    expect(safeParseModel({ ...VALID, aliases: array }).success).toBe(false);
    expect(safeParseModel(object).success).toBe(false);
    expect(thrown(() => createRegistry([array, object]))).toBeInstanceOf(RegistryValidationError);
    // Junk where the types forbid it: called through Reflect so the compiler lets it reach the runtime checks.
    expect(thrown(() => Reflect.apply(countModels, undefined, [{ sizeClass: array }]))).toBeInstanceOf(
      InvalidArgumentError,
    );
    expect(thrown(() => Reflect.apply(countModels, undefined, [object]))).toBeInstanceOf(InvalidArgumentError);
    expect(hubEntry.classifyHuggingFaceModel(object).record).toBeNull();
  });

  test("createRegistry keeps the first 1,000 problems and counts the rest", () => {
    const error = thrown(() => createRegistry(Array.from({ length: 200 }, () => ({}))));
    expect(error).toBeInstanceOf(RegistryValidationError);
    if (error instanceof RegistryValidationError) {
      expect(error.issues).toHaveLength(1000);
      expect(error.message).toMatch(/… and \d+ more$/);
    }
  });

  test("createRegistry takes at most 1,000,000 records", () => {
    const error = thrown(() => createRegistry(new Array(1_000_001)));
    expect(error).toBeInstanceOf(InvalidArgumentError);
  });
});

describe("errors", () => {
  test("keep their names and fields, and the brand adds no enumerable one", () => {
    const error = thrown(() => classifySize(-1));
    expect(error).toBeInstanceOf(ModelTaxonomyError);
    expect(error).toMatchObject({ name: "InvalidArgumentError", argument: "parameters" });
    expect(Object.keys(error instanceof Error ? error : {})).not.toContain("_brand");
    expect(Object.getOwnPropertySymbols(error instanceof Error ? error : {}).map(String)).toEqual([
      "Symbol(model-taxonomy.error-brand)",
    ]);
    const unknown = thrown(() => requireModel("no-such-model"));
    expect(unknown).toMatchObject({ name: "UnknownModelError", query: "no-such-model", suggestions: [] });
  });

  test("an error carrying another copy's brand is recognised; one without is not", () => {
    const foreign = Object.defineProperty(new Error("x"), Symbol.for("model-taxonomy.error-brand"), {
      value: ["UnknownModelError", "ModelTaxonomyError"],
    });
    expect(foreign).toBeInstanceOf(UnknownModelError);
    expect(foreign).toBeInstanceOf(ModelTaxonomyError);
    expect(foreign).not.toBeInstanceOf(InvalidArgumentError);
    expect(new Error("x")).not.toBeInstanceOf(ModelTaxonomyError);
  });
});

describe("classifyHuggingFaceModel", () => {
  const info = {
    id: "acme/tiny-chat",
    createdAt: "2024-03-01T00:00:00.000Z",
    pipeline_tag: "text-generation",
    config: { model_type: "llama" },
    tags: ["base_model:finetune:acme/tiny-base", "base_model:finetune: "],
    cardData: { base_model: ["acme/tiny-chat", "acme/tiny-base", "ACME/Tiny_Base"] },
  };

  test("drops the model itself and repeated spellings from its base models", () => {
    const { record } = hubEntry.classifyHuggingFaceModel(info);
    expect(record?.training).toEqual({
      method: "transfer-learning",
      relation: "fine-tune",
      baseModel: "acme/tiny-base",
    });
    expect(safeParseModel(record).success).toBe(true);
  });

  test("a card naming only itself as base gives a valid record that names no base", () => {
    const { record, training } = hubEntry.classifyHuggingFaceModel({
      ...info,
      tags: [],
      cardData: { base_model: ["acme/tiny-chat", "ACME/Tiny_Chat"] },
    });
    expect(training.evidence.map((evidence) => evidence.value).join(" ")).not.toMatch(/tiny.chat/i);
    expect(record?.training.baseModel).toBeUndefined();
    expect(safeParseModel(record).success).toBe(true);
  });

  test.each([
    ["1900-01-01T00:00:00.000Z", "year"],
    ["2999-01-01T00:00:00.000Z", "year"],
  ])("gives no record for createdAt %s, and says why", (createdAt, field) => {
    const { record, missing } = hubEntry.classifyHuggingFaceModel({ ...info, createdAt });
    expect(record).toBeNull();
    expect(missing.some((reason) => reason.startsWith(`${field}:`))).toBe(true);
  });

  test('gives no record for the id "/x", which names no owner', () => {
    const { record, missing } = hubEntry.classifyHuggingFaceModel({ ...info, id: "/x", cardData: {} });
    expect(record).toBeNull();
    expect(missing.some((reason) => reason.startsWith("organization:"))).toBe(true);
  });
});
