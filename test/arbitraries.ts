/**
 * fast-check arbitraries for the property tests of the public entry points: any JavaScript value (not only
 * JSON), records and filters close to valid ones, and Hub-like metadata. Shared by the reduced runs in
 * `npm test` and the full runs of `npm run fuzz`.
 */
import fc from "fast-check";
import { ARCHITECTURES } from "../src/dimensions/architecture.js";
import { DIMENSION_IDS } from "../src/dimensions/index.js";
import { MODALITIES } from "../src/dimensions/modality.js";
import { TASKS } from "../src/dimensions/task.js";
import { TRAINING_RELATIONS } from "../src/dimensions/training.js";
import { TRANSFORMERS_MODEL_TYPES } from "../src/huggingface/model-types.js";
import { allModels, facetCounts } from "../src/registry/index.js";

/** A valid authoring-form record, the starting point of the mutated ones. */
export const VALID_RECORD = {
  id: "tiny-lm",
  name: "Tiny LM",
  organization: "Acme",
  year: 2023,
  parameters: { total: 125_000_000 },
  taskType: "generative",
  tasks: ["text-generation"],
  modalities: { input: ["text"], output: ["text"] },
  training: { method: "transfer-learning", relation: "fine-tune", baseModel: "gpt-2" },
  domains: ["nlp"],
  architecture: { family: "decoder-only" },
  openWeights: true,
};

/** A value that refers to itself. */
function cyclic(): Record<string, unknown> {
  const value: Record<string, unknown> = { id: "loop" };
  value.self = value;
  value.not = value;
  return value;
}

/** Values that broke the library before: each has its own way of making naive code throw. */
const hostile = fc.constantFrom<unknown>(
  Object.create(null),
  Object.assign(Object.create(null), { id: "x" }),
  cyclic(),
  1n,
  2n ** 64n,
  Symbol("s"),
  new String(""),
  new Number(1),
  -1,
  2 ** 53,
  1e21,
  1e308,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  -0,
  "",
  "\u0000",
  "constructor",
  "__proto__",
  "toString",
  [],
  [[]],
  () => 1,
  new Date(0),
  /x/,
  new Map([["id", "x"]]),
  new Uint8Array(4),
);

/** Any JavaScript value: primitives, BigInts, null-prototype and boxed objects, maps, typed arrays, cycles. */
export const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.anything({
      withBigInt: true,
      withNullPrototype: true,
      withBoxedValues: true,
      withMap: true,
      withSet: true,
      withTypedArray: true,
      withSparseArray: true,
      withDate: true,
      maxDepth: 3,
    }),
  },
  { weight: 2, arbitrary: hostile },
);

/** Object paths in a record that the cross-field checks read. */
const RECORD_PATHS: readonly (readonly string[])[] = [
  ["id"],
  ["name"],
  ["year"],
  ["parameters"],
  ["parameters", "total"],
  ["parameters", "active"],
  ["taskType"],
  ["tasks"],
  ["modalities"],
  ["modalities", "input"],
  ["training"],
  ["training", "method"],
  ["training", "relation"],
  ["training", "baseModel"],
  ["training", "additionalBaseModels"],
  ["domains"],
  ["architecture"],
  ["architecture", "components"],
  ["sizeClass"],
  ["modalityClass"],
  ["aliases"],
  ["sources"],
  ["links"],
  ["openWeights"],
];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

// A copy of `record` with the value at `path` replaced; objects along the path are copied, nothing else is.
function setPath(record: Record<string, unknown>, path: readonly string[], value: unknown): Record<string, unknown> {
  const [key, ...rest] = path;
  if (key === undefined) return record;
  if (rest.length === 0) return { ...record, [key]: value };
  const child = record[key];
  return isRecord(child) ? { ...record, [key]: setPath(child, rest, value) } : record;
}

/** Interesting values for one field of a near-valid record: counts at the edges, wrong types, near-misses. */
const fieldValue: fc.Arbitrary<unknown> = fc.oneof(
  anyValue,
  {
    weight: 3,
    arbitrary: fc.constantFrom<unknown>(
      -1,
      0,
      1,
      2 ** 53,
      1e21,
      1e308,
      3.5,
      "small",
      "large",
      "gpt-2",
      "tiny-lm",
      "TINY LM",
    ),
  },
  fc.integer({ min: -10, max: 3000 }),
  fc.array(fc.constantFrom<unknown>("text", "nlp", "gpt-2", "tiny-lm", "text-generation", 1, null), { maxLength: 3 }),
);

/** Numbers at the edges of what a count or a year can be. */
const edgeNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(-1, 0, -0, 0.5, 2 ** 53, 2 ** 53 - 1, 1e21, 1e308, 1939, 1940, 9999),
  fc.double(),
  fc.integer(),
);

/** A valid record with one number (a count or the year) at an edge: the cross-field checks read these. */
const edgeCountRecord: fc.Arbitrary<unknown> = fc
  .tuple(fc.constantFrom(["parameters", "total"], ["parameters", "active"], ["year"]), edgeNumber)
  .map(([path, value]) => setPath({ ...VALID_RECORD }, path, value));

/** A valid record with one to three fields replaced by something else. */
export const nearValidRecord: fc.Arbitrary<unknown> = fc
  .array(fc.tuple(fc.constantFrom(...RECORD_PATHS), fieldValue), { minLength: 1, maxLength: 3 })
  .map((changes) =>
    changes.reduce<Record<string, unknown>>((record, [path, value]) => setPath(record, path, value), {
      ...VALID_RECORD,
    }),
  );

/** Records for parseModel and createRegistry: valid, nearly valid, or anything. */
export const recordLike: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 1, arbitrary: fc.constant(VALID_RECORD) },
  { weight: 4, arbitrary: nearValidRecord },
  { weight: 2, arbitrary: edgeCountRecord },
  { weight: 2, arbitrary: anyValue },
);

const filterValue: fc.Arbitrary<unknown> = fc.oneof(
  anyValue,
  fc.constantFrom<unknown>("small", "rnn", "text", "nlp", "fine-tune", "unknown", "7B", "1.5B", 2020, true, null),
  fc.constantFrom(...MODALITIES, ...ARCHITECTURES).map((value) => [value]),
  fc.record({ min: anyValue, max: anyValue }, { requiredKeys: [] }),
  fc.record({ all: anyValue }),
  fc.record({ exactly: anyValue }),
);

const FILTER_KEYS = [
  ...DIMENSION_IDS,
  "input",
  "output",
  "mixtureOfExperts",
  "parameters",
  "year",
  "openWeights",
  "organization",
  "search",
  "colour",
] as const;

/** Every value of every dimension that some built-in model has, as one-key filters. */
const REAL_FILTERS: readonly Readonly<Record<string, string>>[] = Object.entries(facetCounts()).flatMap(
  ([dimension, counts]) => Object.keys(counts).map((value) => ({ [dimension]: value })),
);

/** Filters a real user would write: one or two values the built-in models have, sometimes with a year range. */
const realFilter: fc.Arbitrary<unknown> = fc
  .tuple(
    fc.subarray([...REAL_FILTERS], { minLength: 1, maxLength: 2 }),
    fc.option(fc.record({ min: fc.integer({ min: 2010, max: 2025 }) })),
  )
  .map(([parts, year]) => Object.assign({}, ...parts, year === null ? {} : { year }));

/** Filters: real ones, known keys with odd values, `not` nested to any depth, or anything at all. */
export const filterLike: fc.Arbitrary<unknown> = fc.letrec<{ filter: unknown }>((tie) => ({
  filter: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    { weight: 6, arbitrary: realFilter },
    { weight: 1, arbitrary: fc.dictionary(fc.constantFrom(...FILTER_KEYS), filterValue, { maxKeys: 3 }) },
    { weight: 1, arbitrary: fc.record({ not: tie("filter") }) },
    { weight: 1, arbitrary: anyValue },
  ),
})).filter;

/** The names people look built-in models up by: ids, display names and aliases, in any case. */
const REAL_NAMES: readonly string[] = allModels().flatMap((model) => [model.id, model.name, ...model.aliases]);

/** Names to look up: real ids, names and aliases as typed, near misses, odd characters, very long strings, non-strings. */
export const nameLike: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 9,
    arbitrary: fc
      .tuple(fc.constantFrom(...REAL_NAMES), fc.constantFrom("as written", "upper", "lower", "spaced"))
      .map(([name, typed]) =>
        typed === "upper"
          ? name.toUpperCase()
          : typed === "lower"
            ? name.toLowerCase()
            : typed === "spaced"
              ? name.replaceAll("-", " ")
              : name,
      ),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom("gpt-2", "GPT 2", "gtp-2", "llama-2", "bert", "constructor", "__proto__", ""),
  },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 40 }) },
  { weight: 1, arbitrary: fc.integer({ min: 200, max: 5000 }).map((length) => "x".repeat(length)) },
  { weight: 1, arbitrary: anyValue },
);

const realisticId = fc
  .tuple(
    fc.constantFrom("meta-llama", "google", "acme", "TheBloke", "Qwen", "x"),
    fc.constantFrom("Llama-2-7b-hf", "bert-base-uncased", "model", "Model_v2.1", "tiny-GGUF", "gpt2"),
  )
  .map(([owner, name]) => `${owner}/${name}`);

const hubString = fc.oneof(
  { weight: 6, arbitrary: realisticId },
  {
    weight: 1,
    arbitrary: fc.constantFrom("gpt2", "/x", "x/", "a/b/c", " ", "ÄÖ/ü", "org/model-GGUF", "base_model: ", "-"),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 24 }) },
);

const hubDate = fc.oneof(
  { weight: 10, arbitrary: fc.integer({ min: 2018, max: 2025 }).map((year) => `${year}-06-01T00:00:00.000Z`) },
  { weight: 1, arbitrary: fc.integer({ min: 1800, max: 2200 }).map((year) => `${year}-06-01T00:00:00.000Z`) },
  { weight: 1, arbitrary: fc.constantFrom("1900-01-01", "2030-01-01", "not a date", "0000-00-00", "") },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
);

const baseModel = fc.oneof(hubString, fc.array(hubString, { maxLength: 3 }));

/** Hub-like metadata: the fields the classifier reads, each realistic, odd or missing. */
export const hubInfo: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 20,
    arbitrary: fc
      .tuple(
        fc.record(
          {
            id: hubString,
            modelId: hubString,
            author: fc.oneof(hubString, anyValue),
            createdAt: hubDate,
            pipeline_tag: fc.oneof(
              { weight: 4, arbitrary: fc.constantFrom(...TASKS) },
              { weight: 1, arbitrary: hubString },
            ),
            library_name: fc.constantFrom("transformers", "peft", "diffusers", "sentence-transformers", "gguf", "timm"),
            private: fc.boolean(),
            tags: fc.array(
              fc.oneof(
                fc.constantFrom("gguf", "merge", "mergekit", "code", "4-bit", "license:mit", "llama", "en", "bert"),
                fc
                  .tuple(fc.constantFrom("", "finetune:", "adapter:", "quantized:", "merge:"), hubString)
                  .map(([relation, id]) => `base_model:${relation}${id}`),
                hubString,
              ),
              { maxLength: 6 },
            ),
            config: fc.record(
              {
                model_type: fc.oneof(
                  { weight: 4, arbitrary: fc.constantFrom(...Object.keys(TRANSFORMERS_MODEL_TYPES)) },
                  { weight: 1, arbitrary: hubString },
                ),
                architectures: fc.array(
                  fc.constantFrom(
                    "LlamaForCausalLM",
                    "BertForSequenceClassification",
                    "T5ForConditionalGeneration",
                    "Foo",
                  ),
                  { maxLength: 2 },
                ),
                num_active_parameters: fc.oneof(fc.integer({ min: -5, max: 2 ** 40 }), anyValue),
              },
              { requiredKeys: [] },
            ),
            cardData: fc.record(
              {
                base_model: baseModel,
                base_model_relation: fc.oneof(
                  fc.constantFrom(...TRAINING_RELATIONS, "finetune", "quantized"),
                  hubString,
                ),
                license: fc.oneof(hubString, fc.array(hubString, { maxLength: 2 })),
              },
              { requiredKeys: [] },
            ),
            safetensors: fc.record({
              total: fc.oneof(fc.integer({ min: -5, max: 2 ** 42 }), fc.constantFrom(2 ** 53, 1e21, 0.5), anyValue),
            }),
            siblings: fc.array(
              fc.record({
                rfilename: fc.constantFrom("model.safetensors", "adapter_config.json", "x.gguf", "README.md"),
              }),
              { maxLength: 3 },
            ),
          },
          { requiredKeys: ["id", "createdAt", "pipeline_tag", "config"] },
        ),
        // The id sometimes repeats as a base model, the way a careless card does.
        fc.boolean(),
      )
      .map(([info, selfBase]) =>
        selfBase ? { ...info, cardData: { ...info.cardData, base_model: [info.id, info.id.toUpperCase()] } } : info,
      ),
  },
  { weight: 1, arbitrary: anyValue },
);
