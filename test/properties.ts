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

/** One entry point's property: a sentence that says what holds, and how to check it. */
export interface EntryPointProperty {
  readonly name: string;
  readonly assert: (parameters: { readonly numRuns: number; readonly seed?: number }) => void;
}

function entry<Ts extends [unknown, ...unknown[]]>(name: string, property: () => fc.IProperty<Ts>): EntryPointProperty {
  return { name, assert: (parameters) => fc.assert(property(), { ...parameters }) };
}

/** Rethrows an error unless it is an instance of one of the documented classes. */
function only(...classes: readonly ErrorClass[]): (error: unknown) => void {
  return (error) => {
    if (!classes.some((type) => error instanceof type)) throw error;
  };
}

/** Calls `run`, letting only the documented errors pass. */
function guarded<T>(allowed: (error: unknown) => void, run: () => T): T | undefined {
  try {
    return run();
  } catch (error) {
    allowed(error);
    return undefined;
  }
}

const options = fc.oneof(fc.constant(undefined), anyValue, fc.record({ strict: fc.boolean() }));
const queryOptions = fc.oneof(
  fc.constant(undefined),
  anyValue,
  fc.record(
    {
      sort: fc.oneof(fc.constantFrom("default", "year", "name", "parameters", "organization"), anyValue),
      order: fc.oneof(fc.constantFrom("asc", "desc"), anyValue),
      offset: fc.oneof(fc.nat(500), anyValue),
      limit: fc.oneof(fc.nat(500), anyValue),
    },
    { requiredKeys: [] },
  ),
);
const modelOrName = fc.oneof(
  nameLike,
  recordLike,
  fc.nat(500).map((index) => allModels()[index] ?? "gpt-2"),
);

const filterErrors = only(InvalidArgumentError);
const lookupErrors = only(InvalidArgumentError, UnknownModelError);

// The typed signatures are what TypeScript users see; the properties call them with anything, as JavaScript can.
const call = <A extends unknown[], R>(fn: (...args: never[]) => R, ...args: A): R => Reflect.apply(fn, undefined, args);

/** Every public entry point the reliability issue names, with the errors it may throw. */
export const ENTRY_POINTS: readonly EntryPointProperty[] = [
  entry("safeParseModel never throws for any input, and says why it rejects one, with a code", () =>
    fc.property(recordLike, (input) => {
      const result = safeParseModel(input);
      if (!result.success && result.error.issues.length === 0) throw new Error("a rejection with no issue");
      const issues = result.success ? result.warnings : result.error.issues;
      const uncoded = issues.find((issue) => !ISSUE_CODES.includes(issue.code));
      if (uncoded !== undefined) throw new Error(`an issue without a known code: ${JSON.stringify(uncoded)}`);
    }),
  ),
  entry("safeParseModel with any options throws at most InvalidArgumentError", () =>
    fc.property(recordLike, options, (input, given) => {
      guarded(only(InvalidArgumentError), () => call(safeParseModel, input, given));
    }),
  ),
  entry("parseModel throws only ModelValidationError or InvalidArgumentError", () =>
    fc.property(recordLike, options, (input, given) => {
      // InvalidArgumentError is for options only: with well-formed options, a bad record is a validation error.
      const wellFormed =
        given === undefined ||
        (typeof given === "object" &&
          given !== null &&
          !Array.isArray(given) &&
          typeof Reflect.get(given, "strict") === "boolean");
      const allowed = wellFormed ? only(ModelValidationError) : only(ModelValidationError, InvalidArgumentError);
      guarded(allowed, () => call(parseModel, input, given));
    }),
  ),
  entry("createRegistry throws only RegistryValidationError or InvalidArgumentError", () =>
    fc.property(
      fc.oneof(fc.array(recordLike, { maxLength: 4 }), anyValue),
      fc.oneof(fc.constant(undefined), anyValue, fc.record({ base: anyValue })),
      (records, given) => {
        guarded(only(RegistryValidationError, InvalidArgumentError), () => call(createRegistry, records, given));
      },
    ),
  ),
  entry("queryModels throws only InvalidArgumentError", () =>
    fc.property(filterLike, queryOptions, (filter, given) => {
      guarded(filterErrors, () => call(queryModels, filter, given));
    }),
  ),
  entry("countModels throws only InvalidArgumentError", () =>
    fc.property(filterLike, (filter) => {
      guarded(filterErrors, () => call(countModels, filter));
    }),
  ),
  entry("facetCounts throws only InvalidArgumentError", () =>
    fc.property(filterLike, (filter) => {
      guarded(filterErrors, () => call(facetCounts, filter));
    }),
  ),
  entry("groupBy throws only InvalidArgumentError", () =>
    fc.property(
      fc.oneof(fc.constantFrom("sizeClass", "domain", "architecture", "task"), anyValue),
      filterLike,
      (dimension, filter) => {
        guarded(filterErrors, () => call(groupBy, dimension, filter));
      },
    ),
  ),
  entry("getModel never throws", () =>
    fc.property(nameLike, (name) => {
      call(getModel, name);
    }),
  ),
  entry("requireModel throws only UnknownModelError or InvalidArgumentError", () =>
    fc.property(nameLike, (name) => {
      guarded(lookupErrors, () => call(requireModel, name));
    }),
  ),
  entry("lineageOf throws only UnknownModelError or InvalidArgumentError", () =>
    fc.property(modelOrName, (model) => {
      guarded(lookupErrors, () => call(lineageOf, model));
    }),
  ),
  entry("derivativesOf throws only UnknownModelError or InvalidArgumentError", () =>
    fc.property(modelOrName, (model) => {
      guarded(lookupErrors, () => call(derivativesOf, model));
    }),
  ),
  entry("describeModel throws only InvalidArgumentError", () =>
    fc.property(
      modelOrName,
      fc.oneof(
        fc.constant(undefined),
        anyValue,
        fc.record({ locale: fc.oneof(fc.constantFrom("en", "zh"), anyValue) }),
      ),
      (model, given) => {
        guarded(only(InvalidArgumentError), () => call(describeModel, model, given));
      },
    ),
  ),
  entry("getFamily, familyOf and describeFamily throw only UnknownModelError or InvalidArgumentError", () =>
    fc.property(
      nameLike,
      modelOrName,
      fc.oneof(
        anyValue,
        fc.nat(300).map((index) => families()[index % Math.max(1, families().length)]),
      ),
      (name, model, family) => {
        guarded(lookupErrors, () => call(getFamily, name));
        guarded(lookupErrors, () => call(familyOf, model));
        guarded(only(InvalidArgumentError), () => call(describeFamily, family));
      },
    ),
  ),
  entry("classifyHuggingFaceModel never throws, and its record always passes safeParseModel", () =>
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
    }),
  ),
];
