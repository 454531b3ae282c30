import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  ARCHITECTURES,
  architectureAncestors,
  createRegistry,
  DIMENSION_IDS,
  DIMENSIONS,
  DOMAINS,
  GENERATIVE_FRAMEWORKS,
  InvalidArgumentError,
  MODALITIES,
  type Model,
  type ModelFilter,
  type ModelInput,
  parseParameterCount,
  RegistryValidationError,
  safeParseModel,
  TASK_PROFILES,
  TASK_TYPES,
  TASKS,
  TRAINING_METHODS,
  TRAINING_RELATIONS,
} from "../index.js";
import { countModels, facetCounts, groupBy, queryModels, registry, requireModel } from "../registry/index.js";

const ids = (models: readonly Model[]) => models.map((model) => model.id);

describe("queryModels on the built-in registry", () => {
  const cases: [string, ModelFilter, { includes?: string[]; excludes?: string[] }][] = [
    ["subsumes LSTM and GRU models under RNN", { architecture: "rnn" }, { includes: ["elmo", "gnmt", "rnnsearch"] }],
    [
      "finds every transformer variant under transformer",
      { architecture: "transformer" },
      { includes: ["bert", "gpt-3", "t5"] },
    ],
    ["keeps LSTM queries to LSTMs", { architecture: "lstm" }, { includes: ["elmo"], excludes: ["rnnsearch", "gpt-3"] }],
    [
      "finds sentiment models under text classification",
      { task: "text-classification" },
      { includes: ["distilbert-sst-2"] },
    ],
    [
      "answers 'show me diffusion models' across CNNs and transformers",
      { framework: "diffusion" },
      { includes: ["stable-diffusion", "sora"] },
    ],
    [
      "takes an array as any of",
      { architecture: ["cnn", "gnn"] },
      { includes: ["resnet-50", "gcn"], excludes: ["bert"] },
    ],
    [
      "combines keys with AND",
      { domain: "code", trainingMethod: "transfer-learning" },
      { includes: ["code-llama", "codex"], excludes: ["starcoderbase"] },
    ],
    [
      "excludes with not",
      { domain: "code", not: { trainingMethod: "transfer-learning" } },
      { includes: ["starcoderbase"], excludes: ["codex"] },
    ],
    [
      "matches multimodal models",
      { modalityClass: "multimodal" },
      { includes: ["clip", "whisper", "stable-diffusion"], excludes: ["gpt-2"] },
    ],
    ["matches a modality on either side", { modality: "audio" }, { includes: ["whisper", "musicgen"] }],
    [
      "matches inputs containing all listed",
      { input: { all: ["image", "text"] } },
      { includes: ["llava"], excludes: ["resnet-50"] },
    ],
    [
      "matches inputs exactly",
      { input: { exactly: ["text"] }, output: { exactly: ["image"] } },
      { includes: ["imagen"], excludes: ["llava", "stable-diffusion"] },
    ],
    [
      "reads parameter counts written as strings",
      { parameters: { min: "100B" } },
      { includes: ["gpt-3"], excludes: ["gpt-2"] },
    ],
    ["never puts unknown counts in a range", { parameters: { min: 0 } }, { excludes: ["gpt-4"] }],
    ["finds unknown counts when asked", { parameters: "unknown" }, { includes: ["gpt-4"], excludes: ["gpt-3"] }],
    ["filters by year range", { year: { min: 2012, max: 2012 } }, { includes: ["alexnet"], excludes: ["resnet-50"] }],
    ["filters by a single year", { year: 2015 }, { includes: ["resnet-50"] }],
    [
      "filters by open weights",
      { openWeights: false, organization: "OpenAI" },
      { includes: ["gpt-4"], excludes: ["gpt-2"] },
    ],
    ["compares organizations without case", { organization: "openai" }, { includes: ["gpt-2"] }],
    ["searches names and aliases", { search: "llama 2" }, { includes: ["llama-2"] }],
    ["searches Chinese aliases", { search: "文心一言" }, { includes: ["ernie-bot"] }],
    ["finds small multimodal models", { sizeClass: "small", modalityClass: "multimodal" }, { includes: ["whisper"] }],
    [
      "finds mixture-of-experts models",
      { mixtureOfExperts: true },
      { includes: ["mixtral-8x7b", "deepseek-v3"], excludes: ["llama-2"] },
    ],
  ];

  // Names as people write them: a family's name stands for its representative checkpoint.
  test.each(cases)("%s", (_name, filter, { includes = [], excludes = [] }) => {
    const found = ids(queryModels(filter));
    expect(found.length).toBeGreaterThan(0);
    for (const name of includes) expect(found, name).toContain(requireModel(name).id);
    for (const name of excludes) expect(found, name).not.toContain(requireModel(name).id);
    expect(countModels(filter)).toBe(found.length);
  });

  test("returns every model for an empty filter, by year and then name", () => {
    const all = queryModels();
    expect(all).toHaveLength(registry.size);
    for (let i = 1; i < all.length; i++) {
      const [a, b] = [all[i - 1], all[i]];
      if (a === undefined || b === undefined) continue;
      expect(a.year < b.year || (a.year === b.year && a.name.toLowerCase() <= b.name.toLowerCase())).toBe(true);
    }
  });

  test("sorts by parameters with unknown counts last, in both orders", () => {
    for (const order of ["asc", "desc"] as const) {
      const sorted = queryModels({ domain: "nlp" }, { sort: "parameters", order });
      const known = sorted.filter((model) => model.parameters.total !== null);
      expect(sorted.slice(known.length).every((model) => model.parameters.total === null)).toBe(true);
      const counts = known.map((model) => model.parameters.total ?? 0);
      expect(counts).toEqual([...counts].sort((a, b) => (order === "asc" ? a - b : b - a)));
    }
  });

  test("reverses the default order exactly with order desc", () => {
    const ascending = ids(queryModels({ domain: "nlp" }));
    expect(ids(queryModels({ domain: "nlp" }, { order: "desc" }))).toEqual([...ascending].reverse());
    expect(ids(queryModels({ domain: "nlp" }, { sort: "default", order: "desc" }))).toEqual([...ascending].reverse());
  });

  test("sorts by year and by name in both orders, ties in the default order", () => {
    const ascending = ids(queryModels({ domain: "nlp" }));
    const position = new Map(ascending.map((id, index) => [id, index]));
    for (const order of ["asc", "desc"] as const) {
      const byYear = queryModels({ domain: "nlp" }, { sort: "year", order });
      for (let i = 1; i < byYear.length; i++) {
        const [a, b] = [byYear[i - 1], byYear[i]];
        if (a === undefined || b === undefined) continue;
        if (a.year === b.year) expect(position.get(a.id)).toBeLessThan(position.get(b.id) ?? -1);
        else expect(a.year < b.year).toBe(order === "asc");
      }
      const names = queryModels({ domain: "nlp" }, { sort: "name", order }).map((model) => model.name.toLowerCase());
      // By lower-case name, in code-unit order (the order a plain string comparison gives).
      const sorted = [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      expect(names).toEqual(order === "asc" ? sorted : sorted.reverse());
    }
  });

  test("pages with offset and limit", () => {
    const all = queryModels({ domain: "nlp" });
    expect(queryModels({ domain: "nlp" }, { offset: 5, limit: 10 })).toEqual(all.slice(5, 15));
  });

  test("rejects bad filters with a typed error that says where", () => {
    const bad: unknown[] = [
      { architecture: "transformers" },
      { sizeClass: [] },
      { colour: "red" },
      { parameters: { min: "seven billion" } },
      { year: { min: 2020, max: 2010 } },
      { input: { some: ["text"] } },
      "gpt",
    ];
    const messages = bad.map((filter) => {
      try {
        // @ts-expect-error deliberately wrong filters
        queryModels(filter);
        return "no error";
      } catch (error) {
        expect(error).toBeInstanceOf(InvalidArgumentError);
        return error instanceof Error ? error.message : String(error);
      }
    });
    expect(messages).toMatchInlineSnapshot(`
      [
        "filter.architecture: unknown value "transformers" (did you mean "transformer"?); expected "transformer", "encoder-only", "decoder-only", "encoder-decoder", "cnn", "rnn", "lstm", "gru", "state-space", "mlp", "gnn" or "linear"",
        "filter.sizeClass: an empty list matches nothing; leave the key out instead",
        "filter.colour: unknown filter key; expected one of "sizeClass", "taskType", "task", "modality", "modalityClass", "trainingMethod", "trainingRelation", "domain", "architecture", "component", "framework", "family", "input", "output", "mixtureOfExperts", "parameters", "weights", "year", "openWeights", "organization", "search" or "not"",
        "filter.parameters.min: cannot read "seven billion" as a parameter count; write a number with an optional K, M, B or T suffix, such as "7B" or "350M"",
        "filter.year: min (2020) is greater than max (2010)",
        "filter.input: expected a modality, an array of modalities, { all: [...] } or { exactly: [...] }",
        "filter: expected an object of filter keys",
      ]
    `);
  });
});

describe("facetCounts", () => {
  test("counts each value as the matching query does", () => {
    const filter: ModelFilter = { domain: "nlp" };
    const counts = facetCounts(filter);
    expect(counts.architecture.transformer).toBe(countModels({ ...filter, architecture: "transformer" }));
    expect(counts.architecture.rnn).toBeGreaterThanOrEqual(counts.architecture.lstm);
    expect(counts.sizeClass.small).toBe(countModels({ ...filter, sizeClass: "small" }));
  });

  test("gives every value of every dimension a count, zero included", () => {
    const counts = facetCounts({ search: "no such model anywhere" });
    // The fixed dimensions count every value they declare; family, whose values are the registry's, every family.
    const valuesOf = (dimension: string): string[] =>
      dimension === "family"
        ? registry.families().map((family) => family.id)
        : (DIMENSIONS.find((declared) => declared.id === dimension)?.values.map((value) => value.id) ?? []);
    for (const dimension of DIMENSION_IDS) {
      const values = valuesOf(dimension);
      expect(values.length, dimension).toBeGreaterThan(0);
      expect(Object.keys(counts[dimension]).sort(), dimension).toEqual([...values].sort());
      expect(Object.values(counts[dimension]), dimension).toEqual(values.map(() => 0));
    }
    expect(Object.keys(counts.task)).toEqual([...TASKS]);
  });
});

describe("groupBy", () => {
  test("groups models under each value, as a query on that value would", () => {
    const groups = groupBy("sizeClass", { domain: "speech" });
    expect(ids(groups.small)).toEqual(ids(queryModels({ domain: "speech", sizeClass: "small" })));
    expect(Object.keys(groups)).toEqual(["small", "medium", "large"]);
  });
  test("rejects an unknown dimension", () => {
    // @ts-expect-error not a dimension
    expect(() => groupBy("colour")).toThrow(InvalidArgumentError);
  });
});

// ---- Properties on random registries -------------------------------------------------------------

/** The reference semantics, written as plainly as possible. */
function naiveMatch(model: Model, filter: ModelFilter): boolean {
  const anyOf = <T>(wanted: T | readonly T[] | undefined, has: readonly T[]) =>
    wanted === undefined || (Array.isArray(wanted) ? wanted : [wanted]).some((value) => has.includes(value));
  const side = (match: ModelFilter["input"], has: readonly string[]) => {
    if (match === undefined) return true;
    if (typeof match === "object" && "all" in match) return match.all.every((value) => has.includes(value));
    if (typeof match === "object" && "exactly" in match) {
      return new Set(match.exactly).size === new Set(has).size && match.exactly.every((value) => has.includes(value));
    }
    return anyOf(match, has);
  };
  const tasks = [...model.tasks, ...model.tasks.flatMap((task) => TASK_PROFILES[task].parent ?? [])];
  const parameters = filter.parameters;
  const total = model.parameters.total;
  const inRange =
    parameters === undefined ||
    (parameters === "unknown"
      ? total === null
      : total !== null &&
        (parameters.min === undefined || total >= parseParameterCount(parameters.min)) &&
        (parameters.max === undefined || total <= parseParameterCount(parameters.max)));
  const year = filter.year;
  const yearOk =
    year === undefined ||
    (typeof year === "number"
      ? model.year === year
      : (year.min === undefined || model.year >= year.min) && (year.max === undefined || model.year <= year.max));
  return (
    anyOf(filter.sizeClass, model.sizeClass === null ? [] : [model.sizeClass]) &&
    anyOf(filter.taskType, [model.taskType]) &&
    anyOf(filter.task, tasks) &&
    anyOf(filter.modality, [...model.modalities.input, ...model.modalities.output]) &&
    side(filter.input, model.modalities.input) &&
    side(filter.output, model.modalities.output) &&
    anyOf(filter.modalityClass, [model.modalityClass]) &&
    anyOf(filter.trainingMethod, [model.training.method]) &&
    anyOf(filter.trainingRelation, model.training.relation === undefined ? [] : [model.training.relation]) &&
    anyOf(filter.domain, model.domains) &&
    anyOf(filter.architecture, [model.architecture.family, ...architectureAncestors(model.architecture.family)]) &&
    anyOf(filter.framework, model.architecture.framework === undefined ? [] : [model.architecture.framework]) &&
    (filter.mixtureOfExperts === undefined ||
      filter.mixtureOfExperts === (model.architecture.mixtureOfExperts === true)) &&
    inRange &&
    yearOk &&
    (filter.openWeights === undefined || filter.openWeights === model.openWeights) &&
    anyOf(
      filter.organization === undefined
        ? undefined
        : (Array.isArray(filter.organization) ? filter.organization : [filter.organization]).map((o: string) =>
            o.toLowerCase(),
          ),
      [model.organization.toLowerCase()],
    ) &&
    (filter.not === undefined || !naiveMatch(model, filter.not))
  );
}

const modalitySet = (min: number) => fc.uniqueArray(fc.constantFrom(...MODALITIES), { minLength: min, maxLength: 3 });
const ORGANIZATIONS = ["Acme", "Globex", "Initech"];

const recordArbitrary = (index: number) =>
  fc
    .record({
      total: fc.option(fc.integer({ min: 1, max: 2_000_000_000_000 }), { nil: null }),
      year: fc.integer({ min: 2010, max: 2025 }),
      taskType: fc.constantFrom(...TASK_TYPES),
      tasks: fc.uniqueArray(fc.constantFrom(...TASKS), { minLength: 1, maxLength: 3 }),
      input: modalitySet(0),
      output: modalitySet(1),
      method: fc.constantFrom(...TRAINING_METHODS),
      relation: fc.constantFrom(...TRAINING_RELATIONS),
      domains: fc.uniqueArray(fc.constantFrom(...DOMAINS), { minLength: 1, maxLength: 2 }),
      family: fc.constantFrom(...ARCHITECTURES),
      framework: fc.option(fc.constantFrom(...GENERATIVE_FRAMEWORKS), { nil: undefined }),
      moe: fc.boolean(),
      openWeights: fc.constantFrom(true, false, null),
      organization: fc.constantFrom(...ORGANIZATIONS),
    })
    .map(
      (r): ModelInput => ({
        id: `model-${index}`,
        name: `Model ${index}`,
        organization: r.organization,
        year: r.year,
        parameters: { total: r.total },
        taskType: r.taskType,
        tasks: r.tasks,
        modalities: { input: r.input, output: r.output },
        training:
          r.method === "transfer-learning"
            ? { method: r.method, relation: r.relation, baseModel: "elsewhere" }
            : { method: r.method },
        domains: r.domains,
        architecture: {
          family: r.family,
          mixtureOfExperts: r.moe,
          ...(r.framework === undefined ? {} : { framework: r.framework }),
        },
        openWeights: r.openWeights,
      }),
    );

const registryArbitrary = fc
  .integer({ min: 0, max: 60 })
  .chain((size) => fc.tuple(...Array.from({ length: size }, (_, index) => recordArbitrary(index))));

// Filters drawn from the registry's own values: a few keys, each read off one of its records, so that most
// queries match something. (Random values for every key match nothing: nine keys at once never meet a record.)
const FILTER_KEYS = [
  "sizeClass",
  "taskType",
  "task",
  "modality",
  "input",
  "output",
  "modalityClass",
  "trainingMethod",
  "trainingRelation",
  "domain",
  "architecture",
  "framework",
  "mixtureOfExperts",
  "parameters",
  "year",
  "openWeights",
  "organization",
] as const satisfies readonly (keyof ModelFilter)[];
type FilterKey = (typeof FILTER_KEYS)[number];

/** The value of one filter key that `model` matches; `variant` picks among equivalent spellings. */
function keyFor(model: Model, key: FilterKey, variant: number): ModelFilter {
  const { modalities, training, architecture } = model;
  const pick = <T>(values: readonly T[]) => values[variant % values.length];
  switch (key) {
    case "sizeClass":
      return model.sizeClass === null ? { parameters: "unknown" } : { sizeClass: model.sizeClass };
    case "taskType":
      return { taskType: model.taskType };
    case "task":
      return { task: pick(model.tasks) };
    case "modality":
      return { modality: pick([...modalities.input, ...modalities.output]) };
    case "input":
      return {
        input: [
          { exactly: modalities.input },
          modalities.input.length === 0 ? { exactly: [] } : { all: modalities.input },
        ][variant % 2],
      };
    case "output":
      return { output: variant % 2 === 0 ? pick(modalities.output) : { all: modalities.output } };
    case "modalityClass":
      return { modalityClass: model.modalityClass };
    case "trainingMethod":
      return { trainingMethod: training.method };
    case "trainingRelation":
      return training.relation === undefined
        ? { trainingMethod: training.method }
        : { trainingRelation: training.relation };
    case "domain":
      return { domain: pick(model.domains) };
    case "architecture":
      return { architecture: pick([architecture.family, ...architectureAncestors(architecture.family)]) };
    case "framework":
      return architecture.framework === undefined ? {} : { framework: architecture.framework };
    case "mixtureOfExperts":
      return { mixtureOfExperts: architecture.mixtureOfExperts === true };
    case "parameters": {
      const total = model.parameters.total;
      if (total === null) return { parameters: "unknown" };
      return { parameters: [{ min: total }, { max: total }, { min: total, max: total }][variant % 3] };
    }
    case "year":
      return { year: variant % 2 === 0 ? model.year : { min: model.year - 1, max: model.year + 1 } };
    case "openWeights":
      return { openWeights: model.openWeights };
    case "organization":
      return { organization: variant % 2 === 0 ? model.organization : model.organization.toUpperCase() };
  }
}

interface Draw {
  readonly record: number;
  readonly keys: readonly FilterKey[];
  readonly variant: number;
}

const drawArbitrary: fc.Arbitrary<Draw> = fc.record({
  record: fc.nat(),
  keys: fc.uniqueArray(fc.constantFrom(...FILTER_KEYS), { minLength: 1, maxLength: 3 }),
  variant: fc.nat(5),
});

/** The filter a draw describes on these models: its keys read off one record. */
function filterOf(models: readonly Model[], draw: Draw): ModelFilter {
  const model = models[draw.record % models.length];
  if (model === undefined) return {};
  return Object.assign({}, ...draw.keys.map((key) => keyFor(model, key, draw.variant)));
}

const nonEmptyRegistry = registryArbitrary.filter((records) => records.length > 0);

describe("queries on random registries", () => {
  test("equal a naive filter", () => {
    let nonEmpty = 0;
    fc.assert(
      fc.property(nonEmptyRegistry, drawArbitrary, fc.option(drawArbitrary), (records, draw, notDraw) => {
        const custom = createRegistry(records);
        const models = custom.all();
        const filter = filterOf(models, draw);
        const full = notDraw === null ? filter : { ...filter, not: filterOf(models, notDraw) };
        const expected = models.filter((model) => naiveMatch(model, full));
        if (expected.length > 0) nonEmpty += 1;
        expect(ids(custom.query(full))).toEqual(ids(expected));
        expect(custom.count(full)).toBe(expected.length);
      }),
      { numRuns: 300 },
    );
    expect(nonEmpty).toBeGreaterThanOrEqual(150);
  });

  test("AND of two filters equals the intersection of their results", () => {
    let nonEmpty = 0;
    fc.assert(
      fc.property(nonEmptyRegistry, drawArbitrary, drawArbitrary, (records, drawA, drawB) => {
        const custom = createRegistry(records);
        const models = custom.all();
        // Both filters read off the same record, so the intersection holds at least that record.
        const a = filterOf(models, drawA);
        const b = filterOf(models, { ...drawB, record: drawA.record });
        const both = new Set(ids(custom.query(b)));
        const intersection = ids(custom.query(a)).filter((id) => both.has(id));
        if (intersection.length > 0) nonEmpty += 1;
        // Keys present in both filters would overwrite each other; nest the second as not-not.
        expect(ids(custom.query({ ...a, not: { not: b } }))).toEqual(intersection);
      }),
      { numRuns: 200 },
    );
    expect(nonEmpty).toBe(200);
  });

  test("facet counts equal the sizes of the corresponding queries", () => {
    let nonEmpty = 0;
    const runs = 40;
    fc.assert(
      fc.property(nonEmptyRegistry, drawArbitrary, (records, draw) => {
        const custom = createRegistry(records);
        const filter = filterOf(custom.all(), draw);
        if (custom.count(filter) > 0) nonEmpty += 1;
        const counts = custom.facets(filter);
        for (const dimension of DIMENSION_IDS) {
          const perValue: Readonly<Record<string, number>> = counts[dimension];
          for (const [value, count] of Object.entries(perValue)) {
            expect(count).toBe(custom.count({ ...filter, not: { not: { [dimension]: value } } }));
          }
        }
      }),
      { numRuns: runs },
    );
    // The filter matches something in every case, so the counts are not all zeros.
    expect(nonEmpty).toBe(runs);
  });
});

describe("queries on the built-in registry, drawn from its own values", () => {
  test("find the record the filter was read from, and agree with a naive filter", () => {
    const models = registry.all();
    const runs = 100;
    // A case says something only when the filter splits the registry: it finds some models and leaves others out.
    let splits = 0;
    fc.assert(
      fc.property(drawArbitrary, (draw) => {
        const filter = filterOf(models, draw);
        const found = ids(queryModels(filter));
        if (found.length > 0 && found.length < models.length) splits += 1;
        expect(found).toContain(models[draw.record % models.length]?.id);
        expect(found).toEqual(ids(models.filter((model) => naiveMatch(model, filter))));
      }),
      { numRuns: runs },
    );
    expect(splits).toBeGreaterThanOrEqual(runs / 2);
  });
});

// ---- createRegistry ---------------------------------------------------------------------------------

const mine: ModelInput = {
  id: "acme-chat",
  name: "Acme Chat",
  aliases: ["acme/acme-chat-7b"],
  organization: "Acme",
  year: 2025,
  parameters: { total: 7_000_000_000, variant: "7B" },
  taskType: "generative",
  tasks: ["text-generation"],
  modalities: { input: ["text"], output: ["text"] },
  training: { method: "transfer-learning", relation: "fine-tune", baseModel: "llama-2-7b" },
  domains: ["nlp"],
  architecture: { family: "decoder-only" },
  openWeights: true,
};

describe("createRegistry", () => {
  test("adds models on top of the built-in registry, with the same API", () => {
    const custom = createRegistry([mine], { base: registry });
    expect(custom.size).toBe(registry.size + 1);
    expect(custom.get("acme/acme-chat-7b")?.sizeClass).toBe("medium");
    expect(custom.baseModelOf("acme-chat")?.id).toBe("llama-2-7b");
    expect(ids(custom.derivativesOf("llama-2-7b"))).toContain("acme-chat");
    expect(ids(registry.derivativesOf("llama-2-7b"))).not.toContain("acme-chat");
    expect(custom.describe("acme-chat")).toBe(
      `Acme Chat is a medium-sized, decoder-only Transformer for natural language processing that generates text. It is a fine-tuned version of ${requireModel("llama-2-7b").name}.`,
    );
    expect(custom.lineageOf("acme-chat")[0]?.id).toBe("llama-2-7b");
  });

  test("freezes its records", () => {
    const custom = createRegistry([mine]);
    expect(Object.isFrozen(custom.require("acme-chat").architecture)).toBe(true);
  });

  test("lists every bad record and field in one error", () => {
    expect(() =>
      createRegistry([mine, { ...mine, id: "Bad Id", year: "2020" }, { ...mine, id: "x", tasks: ["chat"] }]),
    ).toThrowErrorMatchingInlineSnapshot(`
      [RegistryValidationError: Cannot create the registry (3 problems):
        ✖ records[1] ("Bad Id") id: must be kebab-case: lowercase letters and digits joined by single hyphens, such as "gpt-2"
        ✖ records[1] ("Bad Id") year: Invalid input: expected number, received string
        ✖ records[2] ("x") tasks[0]: unknown value "chat"]
    `);
  });

  test("rejects duplicate ids and aliases, against the base registry too", () => {
    expect(() => createRegistry([mine, { ...mine, aliases: [] }])).toThrow(RegistryValidationError);
    expect(() =>
      createRegistry([{ ...mine, id: "my-gpt", aliases: ["GPT2"] }], { base: registry }),
    ).toThrowErrorMatchingInlineSnapshot(`
        [RegistryValidationError: Cannot create the registry (1 problem):
          ✖ records[0] ("my-gpt") (root): the name "GPT2" is already used by "gpt-2" (ids, names and aliases must be unique once normalised)]
      `);
  });

  test("rejects a lineage cycle", () => {
    const a = { ...mine, id: "model-a", aliases: [], name: "A", training: { ...mine.training, baseModel: "model-b" } };
    const b = { ...mine, id: "model-b", aliases: [], name: "B", training: { ...mine.training, baseModel: "model-a" } };
    expect(() => createRegistry([a, b])).toThrowErrorMatchingInlineSnapshot(`
      [RegistryValidationError: Cannot create the registry (1 problem):
        ✖ lineage cycle: model-a → model-b → model-a]
    `);
  });

  test("rejects a name taken by any kind of name, on either side, whichever record is older", () => {
    const other = { ...mine, id: "acme-other", name: "Acme Other", aliases: [] };
    const collisions: ModelInput[][] = [
      // An alias that is another custom record's id, and an id that is another's alias.
      [mine, { ...other, aliases: ["acme-chat"] }],
      [mine, { ...other, id: "acme-acme-chat-7b", aliases: [], name: "acme/acme-chat-7b" }],
      // Names that are the same once normalised.
      [mine, { ...other, name: "ACME chat" }],
    ];
    for (const records of collisions) {
      expect(() => createRegistry(records), JSON.stringify(records.map((record) => record.id))).toThrow(
        /already used by/,
      );
    }
    // Against the base registry: an id, a name and an alias of a built-in model, by a record older than it.
    for (const clash of [{ id: "gpt-2" }, { name: "GPT 2" }, { aliases: ["openai-community/gpt2"] }]) {
      const record = { ...other, year: 2010, ...clash };
      expect(() => createRegistry([record], { base: registry }), JSON.stringify(clash)).toThrow(
        /already used by "gpt-2"/,
      );
    }
  });

  test("rejects a lineage cycle through any kind of base reference", () => {
    const model = (id: string, training: ModelInput["training"]): ModelInput => ({
      ...mine,
      id,
      name: id.toUpperCase(),
      aliases: [`${id}-alias`],
      training,
    });
    const fineTune = (baseModel: string, additionalBaseModels?: string[]) =>
      ({
        method: "transfer-learning",
        relation: "fine-tune",
        baseModel,
        ...(additionalBaseModels === undefined ? {} : { additionalBaseModels }),
      }) as const;
    const cycles: ModelInput[][] = [
      // Through an additional base model.
      [model("model-a", fineTune("llama-2", ["model-b"])), model("model-b", fineTune("model-a"))],
      // Through an alias and a name instead of ids.
      [model("model-a", fineTune("model-b-alias")), model("model-b", fineTune("MODEL-A"))],
      // Three steps long.
      [
        model("model-a", fineTune("model-b")),
        model("model-b", fineTune("model-c")),
        model("model-c", fineTune("model-a")),
      ],
    ];
    for (const records of cycles) {
      expect(() => createRegistry(records, { base: registry })).toThrow(/lineage cycle: model-a → .*model-a/);
    }
    // A chain that ends is no cycle.
    expect(
      createRegistry([model("model-a", fineTune("model-b")), model("model-b", fineTune("llama-2"))], { base: registry })
        .size,
    ).toBe(registry.size + 2);
  });

  test("rejects something that is not a list of records", () => {
    // @ts-expect-error not iterable
    expect(() => createRegistry(42)).toThrow(InvalidArgumentError);
    expect(() => createRegistry([null])).toThrow(RegistryValidationError);
  });

  test("validates records with the same rules as parseModel", () => {
    const bad = { ...mine, parameters: { total: 10, active: 20 }, architecture: { family: "decoder-only" } };
    const parsed = safeParseModel(bad);
    expect(parsed.success).toBe(false);
    try {
      createRegistry([bad]);
      expect.unreachable("createRegistry accepted an invalid record");
    } catch (error) {
      expect(error).toBeInstanceOf(RegistryValidationError);
      if (!parsed.success && error instanceof Error) {
        for (const issue of parsed.error.issues) expect(error.message).toContain(issue.message);
      }
    }
  });
});
