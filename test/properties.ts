/**
 * The property checked over every public entry point: whatever the arguments, the call returns, or throws one of
 * the errors its documentation names — never a TypeError, a RangeError or a stack overflow. Run with a reduced
 * count by `src/fuzz.test.ts` (in `npm test`) and with 10,000 inputs each by `npm run fuzz`.
 */
import fc from "fast-check";
import { classifyHuggingFaceModel } from "../src/huggingface/index.js";
import {
  createRegistry,
  describeFamily,
  describeModel,
  InvalidArgumentError,
  ISSUE_CODES,
  ModelValidationError,
  parseModel,
  RegistryValidationError,
  safeParseModel,
  UnknownModelError,
} from "../src/index.js";
import {
  allModels,
  countModels,
  derivativesOf,
  facetCounts,
  families,
  familyOf,
  getFamily,
  getModel,
  groupBy,
  lineageOf,
  queryModels,
  requireModel,
} from "../src/registry/index.js";
import { anyValue, filterLike, hubInfo, nameLike, recordLike } from "./arbitraries.js";

type ErrorClass = abstract new (...args: never[]) => Error;

/** How many cases a run of a property generated, and how many of them reached the entry point's real work. */
export interface PropertyRun {
  readonly runs: number;
  readonly nonTrivial: number;
}

/** One entry point's property: a sentence that says what holds, what a non-trivial case is, and how to check it. */
export interface EntryPointProperty {
  readonly name: string;
  /** The cases that count as non-trivial: those that got past the argument checks to the entry point's work. */
  readonly nonTrivial: string;
  readonly assert: (parameters: { readonly numRuns: number; readonly seed?: number }) => PropertyRun;
}

/**
 * A property whose body calls `hit()` for each non-trivial case. Only the generated cases are counted: a failure
 * throws before its shrinking would add to the count.
 */
function entry<Ts extends [unknown, ...unknown[]]>(
  name: string,
  nonTrivial: string,
  property: (hit: () => void) => fc.IProperty<Ts>,
): EntryPointProperty {
  return {
    name,
    nonTrivial,
    assert: (parameters) => {
      let hits = 0;
      fc.assert(
        property(() => {
          hits++;
        }),
        { ...parameters },
      );
      return { runs: parameters.numRuns, nonTrivial: hits };
    },
  };
}

/** Rethrows an error unless it is an instance of one of the documented classes. */
function only(...classes: readonly ErrorClass[]): (error: unknown) => void {
  return (error) => {
    if (!classes.some((type) => error instanceof type)) throw error;
  };
}

/** What a guarded call gave: its value, or the documented error it threw. */
type Outcome<T> =
  | { readonly returned: true; readonly value: T }
  | { readonly returned: false; readonly error: unknown };

/** Calls `run`, letting only the documented errors pass. */
function guarded<T>(allowed: (error: unknown) => void, run: () => T): Outcome<T> {
  try {
    return { returned: true, value: run() };
  } catch (error) {
    allowed(error);
    return { returned: false, error };
  }
}

const options = fc.oneof(fc.constant(undefined), anyValue, fc.record({ strict: fc.boolean() }));
const queryOptions = fc.oneof(
  { weight: 5, arbitrary: fc.constant(undefined) },
  { weight: 1, arbitrary: anyValue },
  {
    weight: 2,
    arbitrary: fc.record(
      {
        sort: fc.oneof(
          { weight: 4, arbitrary: fc.constantFrom("default", "year", "name", "parameters", "organization") },
          { weight: 1, arbitrary: anyValue },
        ),
        order: fc.oneof({ weight: 4, arbitrary: fc.constantFrom("asc", "desc") }, { weight: 1, arbitrary: anyValue }),
        offset: fc.oneof({ weight: 4, arbitrary: fc.nat(500) }, { weight: 1, arbitrary: anyValue }),
        limit: fc.oneof({ weight: 4, arbitrary: fc.nat(500) }, { weight: 1, arbitrary: anyValue }),
      },
      { requiredKeys: [] },
    ),
  },
);
const modelOrName = fc.oneof(
  { weight: 1, arbitrary: nameLike },
  { weight: 1, arbitrary: recordLike },
  { weight: 2, arbitrary: fc.nat(5000).map((index) => allModels()[index % allModels().length] ?? "gpt-2") },
);

const filterErrors = only(InvalidArgumentError);
const lookupErrors = only(InvalidArgumentError, UnknownModelError);

// The typed signatures are what TypeScript users see; the properties call them with anything, as JavaScript can.
const call = <A extends unknown[], R>(fn: (...args: never[]) => R, ...args: A): R => Reflect.apply(fn, undefined, args);

/** True when every issue of a rejection points into the record, i.e. it was read field by field. */
const readFieldByField = (issues: readonly { readonly path: readonly unknown[] }[]): boolean =>
  issues.every((issue) => issue.path.length > 0);

/** Every public entry point the reliability issue names, with the errors it may throw. */
export const ENTRY_POINTS: readonly EntryPointProperty[] = [
  entry(
    "safeParseModel never throws for any input, and says why it rejects one, with a code",
    "records accepted, or refused field by field",
    (hit) =>
      fc.property(recordLike, (input) => {
        const result = safeParseModel(input);
        if (!result.success && result.error.issues.length === 0) throw new Error("a rejection with no issue");
        const issues = result.success ? result.warnings : result.error.issues;
        const uncoded = issues.find((issue) => !ISSUE_CODES.includes(issue.code));
        if (uncoded !== undefined) throw new Error(`an issue without a known code: ${JSON.stringify(uncoded)}`);
        if (result.success || readFieldByField(result.error.issues)) hit();
      }),
  ),
  entry(
    "safeParseModel with any options throws at most InvalidArgumentError",
    "options accepted and the record checked",
    (hit) =>
      fc.property(recordLike, options, (input, given) => {
        if (guarded(only(InvalidArgumentError), () => call(safeParseModel, input, given)).returned) hit();
      }),
  ),
  entry(
    "parseModel throws only ModelValidationError or InvalidArgumentError",
    "records parsed, or refused for what they hold rather than for the options",
    (hit) =>
      fc.property(recordLike, options, (input, given) => {
        // InvalidArgumentError is for options only: with well-formed options, a bad record is a validation error.
        const wellFormed =
          given === undefined ||
          (typeof given === "object" &&
            given !== null &&
            !Array.isArray(given) &&
            typeof Reflect.get(given, "strict") === "boolean");
        const allowed = wellFormed ? only(ModelValidationError) : only(ModelValidationError, InvalidArgumentError);
        const outcome = guarded(allowed, () => call(parseModel, input, given));
        if (outcome.returned || outcome.error instanceof ModelValidationError) hit();
      }),
  ),
  entry(
    "createRegistry throws only RegistryValidationError or InvalidArgumentError",
    "registries built, or refused for their records",
    (hit) =>
      fc.property(
        fc.oneof({ weight: 6, arbitrary: fc.array(recordLike, { maxLength: 4 }) }, { weight: 1, arbitrary: anyValue }),
        fc.oneof(
          { weight: 6, arbitrary: fc.constant(undefined) },
          { weight: 1, arbitrary: anyValue },
          { weight: 1, arbitrary: fc.record({ base: anyValue }) },
        ),
        (records, given) => {
          const outcome = guarded(only(RegistryValidationError, InvalidArgumentError), () =>
            call(createRegistry, records, given),
          );
          if (outcome.returned || outcome.error instanceof RegistryValidationError) hit();
        },
      ),
  ),
  entry("queryModels throws only InvalidArgumentError", "filters and options accepted", (hit) =>
    fc.property(filterLike, queryOptions, (filter, given) => {
      if (guarded(filterErrors, () => call(queryModels, filter, given)).returned) hit();
    }),
  ),
  entry("countModels throws only InvalidArgumentError", "filters accepted", (hit) =>
    fc.property(filterLike, (filter) => {
      if (guarded(filterErrors, () => call(countModels, filter)).returned) hit();
    }),
  ),
  entry("facetCounts throws only InvalidArgumentError", "filters accepted", (hit) =>
    fc.property(filterLike, (filter) => {
      if (guarded(filterErrors, () => call(facetCounts, filter)).returned) hit();
    }),
  ),
  entry("groupBy throws only InvalidArgumentError", "dimensions and filters accepted", (hit) =>
    fc.property(
      fc.oneof(
        { weight: 6, arbitrary: fc.constantFrom("sizeClass", "domain", "architecture", "task") },
        { weight: 1, arbitrary: anyValue },
      ),
      filterLike,
      (dimension, filter) => {
        if (guarded(filterErrors, () => call(groupBy, dimension, filter)).returned) hit();
      },
    ),
  ),
  entry("getModel never throws", "names that find a model", (hit) =>
    fc.property(nameLike, (name) => {
      if (call(getModel, name) !== undefined) hit();
    }),
  ),
  entry("requireModel throws only UnknownModelError or InvalidArgumentError", "names that find a model", (hit) =>
    fc.property(nameLike, (name) => {
      if (guarded(lookupErrors, () => call(requireModel, name)).returned) hit();
    }),
  ),
  entry("lineageOf throws only UnknownModelError or InvalidArgumentError", "models whose lineage was traced", (hit) =>
    fc.property(modelOrName, (model) => {
      if (guarded(lookupErrors, () => call(lineageOf, model)).returned) hit();
    }),
  ),
  entry(
    "derivativesOf throws only UnknownModelError or InvalidArgumentError",
    "models whose derivatives were listed",
    (hit) =>
      fc.property(modelOrName, (model) => {
        if (guarded(lookupErrors, () => call(derivativesOf, model)).returned) hit();
      }),
  ),
  entry("describeModel throws only InvalidArgumentError", "models described in a sentence", (hit) =>
    fc.property(
      // describeModel takes a model, not a name: mostly the built-in records, sometimes anything else.
      fc.oneof(
        { weight: 4, arbitrary: fc.nat(5000).map((index) => allModels()[index % allModels().length] ?? "gpt-2") },
        { weight: 1, arbitrary: modelOrName },
      ),
      fc.oneof(
        { weight: 2, arbitrary: fc.constant(undefined) },
        { weight: 1, arbitrary: anyValue },
        {
          weight: 3,
          arbitrary: fc.record({
            locale: fc.oneof({ weight: 4, arbitrary: fc.constantFrom("en", "zh") }, { weight: 1, arbitrary: anyValue }),
          }),
        },
      ),
      (model, given) => {
        const outcome = guarded(only(InvalidArgumentError), () => call(describeModel, model, given));
        if (outcome.returned && typeof outcome.value === "string" && outcome.value.length > 0) hit();
      },
    ),
  ),
  entry(
    "getFamily, familyOf and describeFamily throw only UnknownModelError or InvalidArgumentError",
    "calls where a family was found or described",
    (hit) =>
      fc.property(
        nameLike,
        modelOrName,
        fc.oneof(
          { weight: 1, arbitrary: anyValue },
          { weight: 3, arbitrary: fc.nat(3000).map((index) => families()[index % Math.max(1, families().length)]) },
        ),
        (name, model, family) => {
          const found = guarded(lookupErrors, () => call(getFamily, name));
          const of = guarded(lookupErrors, () => call(familyOf, model));
          const described = guarded(only(InvalidArgumentError), () => call(describeFamily, family));
          if ((found.returned && found.value !== undefined) || of.returned || described.returned) hit();
        },
      ),
  ),
  entry(
    "classifyHuggingFaceModel never throws, and its record always passes safeParseModel",
    "Hub metadata that yields a record",
    (hit) =>
      fc.property(hubInfo, (info) => {
        const { record, missing } = classifyHuggingFaceModel(info);
        // The classifier's last guard re-checks the record; the reasoning before it should leave it nothing to do.
        const caught = missing.filter((reason) => reason.startsWith("record:"));
        if (caught.length > 0) throw new Error(`a record only the last guard caught: ${caught.join("; ")}`);
        if (record === null) {
          if (missing.length === 0) throw new Error("no record, and nothing said to be missing");
          return;
        }
        const result = safeParseModel(record);
        if (!result.success) throw result.error;
        hit();
      }),
  ),
];
