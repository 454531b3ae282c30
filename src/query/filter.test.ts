import { describe, expect, test } from "vitest";
import { createRegistry, InvalidArgumentError, MODALITIES, type ModelFilter, type ModelInput } from "../index.js";
import { _MAX_SEARCH_LENGTH, _searchWords } from "./filter.js";

// Four records made for the boundaries: counts on the size thresholds, one of them unknown, distinct years,
// organizations that share a word, each kind of open weights, and an unconditional generator (no input).
const base = {
  taskType: "generative",
  tasks: ["text-generation"],
  modalities: { input: ["text"], output: ["text"] },
  training: { method: "pretrained" },
  domains: ["nlp"],
  architecture: { family: "decoder-only" },
} satisfies Partial<ModelInput>;

const records: ModelInput[] = [
  {
    ...base,
    id: "tiny-lm",
    name: "Tiny LM",
    aliases: ["acme/Tiny_LM-1B"],
    organization: "Acme",
    year: 2019,
    parameters: { total: 1_000_000_000 },
    openWeights: true,
  },
  {
    ...base,
    id: "mid-vlm",
    name: "Mid VLM",
    organization: "Globex",
    year: 2020,
    parameters: { total: 4_000_000_000 },
    modalities: { input: ["text", "image"], output: ["text"] },
    architecture: { family: "decoder-only", mixtureOfExperts: true },
    openWeights: false,
  },
  {
    ...base,
    id: "big-painter",
    name: "Big Painter",
    organization: "Acme Labs",
    year: 2021,
    parameters: { total: 40_000_000_000 },
    tasks: ["unconditional-image-generation"],
    modalities: { input: [], output: ["image"] },
    domains: ["computer-vision"],
    architecture: { family: "cnn" },
    openWeights: null,
  },
  {
    ...base,
    id: "secret-lm",
    name: "Secret LM",
    organization: "Initech",
    year: 2021,
    parameters: { total: null },
    openWeights: false,
  },
];

const mine = createRegistry(records);
const found = (filter: ModelFilter) => mine.query(filter).map((model) => model.id);

describe("queryModels' filter keys at their boundaries", () => {
  const cases: [string, ModelFilter, string[]][] = [
    ["includes both ends of a parameter range", { parameters: { min: "1B", max: "4B" } }, ["tiny-lm", "mid-vlm"]],
    ["matches a range of one count", { parameters: { min: 4_000_000_000, max: 4_000_000_000 } }, ["mid-vlm"]],
    ["leaves out a count one below the minimum", { parameters: { min: 4_000_000_001 } }, ["big-painter"]],
    ["leaves out a count one above the maximum", { parameters: { max: 3_999_999_999 } }, ["tiny-lm"]],
    ["never puts an unknown count in a range", { parameters: { min: 0 } }, ["tiny-lm", "mid-vlm", "big-painter"]],
    ["finds the unknown counts when asked", { parameters: "unknown" }, ["secret-lm"]],
    // Weights: 2 bytes a parameter at the default 16 bits, so 1B parameters take 2 GB, and the bound is inclusive.
    ["reads weights at 16 bits by default, the bound included", { weights: { max: "2 GB" } }, ["tiny-lm"]],
    ["leaves out weights a byte over the budget", { weights: { max: 1_999_999_999 } }, []],
    ["halves the bytes at 8 bits", { weights: { bits: 8, max: "4 GB" } }, ["tiny-lm", "mid-vlm"]],
    ["takes a lower bound on the bytes", { weights: { bits: 8, min: "4 GB" } }, ["mid-vlm", "big-painter"]],
    ["accepts one bit per parameter", { weights: { bits: 1, max: "125 MB" } }, ["tiny-lm"]],
    ["accepts 64 bits per parameter", { weights: { bits: 64, min: "32 GB" } }, ["mid-vlm", "big-painter"]],
    ["never puts an unknown size in a weights range", { weights: {} }, ["tiny-lm", "mid-vlm", "big-painter"]],
    ["matches a single year", { year: 2020 }, ["mid-vlm"]],
    ["takes a year range open above", { year: { min: 2020 } }, ["mid-vlm", "big-painter", "secret-lm"]],
    ["takes a year range open below", { year: { max: 2020 } }, ["tiny-lm", "mid-vlm"]],
    ["compares a whole organization name, trimmed and in any case", { organization: " ACME " }, ["tiny-lm"]],
    ["takes any of several organizations", { organization: ["globex", "Acme Labs"] }, ["mid-vlm", "big-painter"]],
    ["matches no model for an organization it does not know", { organization: "Umbrella" }, []],
    ["finds models whose weights are not known to be open or closed", { openWeights: null }, ["big-painter"]],
    ["finds closed models", { openWeights: false }, ["mid-vlm", "secret-lm"]],
    ["finds open models", { openWeights: true }, ["tiny-lm"]],
    [
      "leaves out mixtures when asked for dense models",
      { mixtureOfExperts: false },
      ["tiny-lm", "big-painter", "secret-lm"],
    ],
    ["finds a model with no input at all", { input: { exactly: [] } }, ["big-painter"]],
    ["takes exactly one input, no more", { input: { exactly: ["text"] } }, ["tiny-lm", "secret-lm"]],
    ["takes all of several inputs", { input: { all: ["image", "text"] } }, ["mid-vlm"]],
    ["takes any of several inputs", { input: ["image", "audio"] }, ["mid-vlm"]],
    ["matches outputs apart from inputs", { output: "image" }, ["big-painter"]],
    ["matches the exact outputs", { output: { exactly: ["text"] } }, ["tiny-lm", "mid-vlm", "secret-lm"]],
    [
      "ignores a key given as undefined",
      { architecture: undefined, year: undefined },
      ["tiny-lm", "mid-vlm", "big-painter", "secret-lm"],
    ],
    ["searches with separators and case folded away", { search: "ACME/tiny.lm-1b" }, ["tiny-lm"]],
    ["needs every word of a search, in any order", { search: "lm tiny" }, ["tiny-lm"]],
    ["finds nothing when one word of a search is missing", { search: "tiny painter" }, []],
    [
      "matches every model for a search of spaces only",
      { search: "   " },
      ["tiny-lm", "mid-vlm", "big-painter", "secret-lm"],
    ],
    ["excludes what not matches", { not: { organization: "acme" } }, ["mid-vlm", "big-painter", "secret-lm"]],
    ["excludes the exclusion of a double not", { not: { not: { year: 2020 } } }, ["mid-vlm"]],
    ["combines a level's keys with its not", { year: 2021, not: { parameters: "unknown" } }, ["big-painter"]],
  ];
  test.each(cases)("%s", (_name, filter, expected) => {
    expect(found(filter)).toEqual(expected);
    expect(mine.count(filter)).toBe(expected.length);
  });

  test("matches every model for an empty filter or none", () => {
    expect(found({})).toEqual(["tiny-lm", "mid-vlm", "big-painter", "secret-lm"]);
    expect(mine.query().map((model) => model.id)).toEqual(found({}));
  });

  test("reads a filter's own keys only, never inherited ones", () => {
    const inherited: ModelFilter = Object.create({ not: { year: 2020 }, organization: "globex" });
    expect(found(inherited)).toEqual(["tiny-lm", "mid-vlm", "big-painter", "secret-lm"]);
  });
});

describe("filter errors", () => {
  const long = "a".repeat(_MAX_SEARCH_LENGTH + 1);
  const selfContaining: Record<string, unknown> = { year: 2020 };
  selfContaining.not = selfContaining;
  // Every modality, quoted, the last after "or".
  const quoted = MODALITIES.map((modality) => `"${modality}"`);
  const modalityList = `${quoted.slice(0, -1).join(", ")} or ${quoted.at(-1)}`;
  const cases: [string, unknown, string][] = [
    [
      "a value that is not one of the dimension's",
      { sizeClass: 5 },
      'filter.sizeClass: unknown value 5; expected "small", "medium" or "large"',
    ],
    [
      "a value with no close spelling",
      { sizeClass: "huge" },
      'filter.sizeClass: unknown value "huge"; expected "small", "medium" or "large"',
    ],
    [
      "a misspelt value of a long list",
      { task: "text-clasification" },
      'filter.task: unknown value "text-clasification" (did you mean "text-classification"?); expected one of the 62 values of task',
    ],
    ["a family id that is not text", { family: 5 }, "filter.family: expected a family id, received 5"],
    ["a family id of spaces", { family: ["llama-2", "  "] }, 'filter.family: expected a family id, received "  "'],
    [
      "an empty list of modalities",
      { input: [] },
      "filter.input: an empty list matches nothing; leave the key out instead",
    ],
    [
      "an empty list under all",
      { input: { all: [] } },
      "filter.input.all: an empty list matches nothing; leave the key out instead",
    ],
    [
      "all and exactly together",
      { output: { all: ["text"], exactly: ["text"] } },
      "filter.output: expected a modality, an array of modalities, { all: [...] } or { exactly: [...] }",
    ],
    [
      "an empty modality match",
      { output: {} },
      "filter.output: expected a modality, an array of modalities, { all: [...] } or { exactly: [...] }",
    ],
    [
      "an unknown modality under exactly",
      { output: { exactly: ["text", "smell"] } },
      `filter.output.exactly: unknown modality "smell"; expected ${modalityList}`,
    ],
    [
      "a mixture flag that is not a boolean",
      { mixtureOfExperts: "yes" },
      "filter.mixtureOfExperts: expected true or false",
    ],
    [
      "a parameter count instead of a range",
      { parameters: 7 },
      "filter.parameters: expected a range such as { min: 1, max: 10 }",
    ],
    [
      "a range key other than min and max",
      { parameters: { least: 1 } },
      'filter.parameters.least: unknown key; a range has "min" and "max"',
    ],
    [
      "a parameter bound of the wrong type",
      { parameters: { min: true } },
      'filter.parameters.min: expected a number or a string such as "7B", received true',
    ],
    [
      "a negative parameter bound",
      { parameters: { max: -1 } },
      "filter.parameters.max: expected a non-negative whole number of parameters, received -1",
    ],
    [
      "weights as a size alone",
      { weights: "4 GB" },
      'filter.weights: expected { bits?, min?, max? }, such as { bits: 4, max: "4 GB" }',
    ],
    [
      "bits below one",
      { weights: { bits: 0.5 } },
      "filter.weights.bits: expected bits per parameter between 1 and 64, received 0.5",
    ],
    [
      "bits above 64",
      { weights: { bits: 65, max: "4 GB" } },
      "filter.weights.bits: expected bits per parameter between 1 and 64, received 65",
    ],
    [
      "bits as text",
      { weights: { bits: "4" } },
      'filter.weights.bits: expected bits per parameter between 1 and 64, received "4"',
    ],
    [
      "bits that are not a number",
      { weights: { bits: Number.NaN } },
      "filter.weights.bits: expected bits per parameter between 1 and 64, received NaN",
    ],
    [
      "a byte bound of the wrong type",
      { weights: { max: true } },
      'filter.weights.max: expected a number of bytes or a string such as "4 GB", received true',
    ],
    [
      "a byte bound that is not a size",
      { weights: { min: "lots" } },
      'filter.weights.min: expected a size such as "4 GB", "512 MB" or "16 GiB", received "lots"',
    ],
    [
      "a byte range upside down",
      { weights: { min: "8 GB", max: "4 GB" } },
      "filter.weights: min (8000000000) is greater than max (4000000000)",
    ],
    [
      "an unknown key in a weights range",
      { weights: { max: "4 GB", most: 1 } },
      'filter.weights.most: unknown key; a range has "min" and "max"',
    ],
    ["a year as text", { year: "2020" }, "filter.year: expected a range such as { min: 1, max: 10 }"],
    ["a year that is not a number", { year: Number.NaN }, "filter.year: expected a number, received NaN"],
    [
      "a year that is not finite",
      { year: Number.POSITIVE_INFINITY },
      "filter.year: expected a number, received Infinity",
    ],
    ["a year bound as text", { year: { min: "2020" } }, 'filter.year.min: expected a number, received "2020"'],
    ["open weights as text", { openWeights: "yes" }, "filter.openWeights: expected true, false or null"],
    [
      "an organization that is not text",
      { organization: ["Acme", 5] },
      "filter.organization: expected an organization name",
    ],
    [
      "an empty list of organizations",
      { organization: [] },
      "filter.organization: an empty list matches nothing; leave the key out instead",
    ],
    ["a search that is not text", { search: 5 }, "filter.search: expected a string, received 5"],
    ["a search that is too long", { search: long }, `filter.search: expected at most 1024 characters, received 1025`],
    ["a not that is not a filter", { not: 5 }, "filter.not: expected an object of filter keys"],
    [
      "a not nested in a not that is not a filter",
      { not: { not: [] } },
      "filter.not.not: expected an object of filter keys",
    ],
    ["a filter that is an array", [{ year: 2020 }], "filter: expected an object of filter keys"],
    ["a filter that is null", null, "filter: expected an object of filter keys"],
    [
      "a filter that contains itself",
      selfContaining,
      'filter: "not" filters nest more than 64 levels deep (or a filter contains itself)',
    ],
  ];
  test.each(cases)("reports %s where it is", (_name, filter, message) => {
    let error: unknown;
    try {
      Reflect.apply(mine.query, mine, [filter]);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect(error instanceof Error ? error.message : error).toBe(message);
  });
});

describe("_searchWords", () => {
  test("splits on any white space, folds case and width, and drops dots, underscores and hyphens", () => {
    expect(_searchWords("  Llama-2\t7B\nCHAT ")).toEqual(["llama2", "7b", "chat"]);
    expect(_searchWords("ＧＰＴ－２ gpt_neo.x")).toEqual(["gpt2", "gptneox"]);
    expect(_searchWords(" - . _ ")).toEqual([]);
  });
});
