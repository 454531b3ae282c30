import { describe, expect, test } from "vitest";
import { InvalidArgumentError, ModelTaxonomyError } from "./errors.js";

describe("InvalidArgumentError", () => {
  test("says what was expected and received in fields as well as in its message", () => {
    const error = new InvalidArgumentError("options.strict", { expected: "true or false", received: "yes" });
    expect({ ...error, message: error.message }).toMatchInlineSnapshot(`
      {
        "argument": "options.strict",
        "expected": "true or false",
        "message": "options.strict: expected true or false, received "yes"",
        "name": "InvalidArgumentError",
        "problem": "expected true or false, received "yes"",
        "received": ""yes"",
      }
    `);
  });

  test("shows an undefined value it was given, and nothing when no value was given", () => {
    expect(new InvalidArgumentError("name", { expected: "a string", received: undefined }).received).toBe("undefined");
    const silent = new InvalidArgumentError("model", { expected: "a model" });
    expect([silent.message, silent.received]).toEqual(["model: expected a model", undefined]);
  });

  test("adds the reason to what was expected", () => {
    const error = new InvalidArgumentError("model", { expected: "a full model record", reason: "year is required" });
    expect([error.message, error.expected, error.received]).toEqual([
      "model: expected a full model record: year is required",
      "a full model record",
      undefined,
    ]);
  });

  test("keeps a sentence as its problem when no expected value says what is wrong", () => {
    const error = new InvalidArgumentError("thresholds", "small must be below large");
    expect([error.message, error.problem, error.expected, error.received]).toEqual([
      "thresholds: small must be below large",
      "small must be below large",
      undefined,
      undefined,
    ]);
  });

  test("shows a hostile or huge value without throwing and without holding on to it", () => {
    const long = "x".repeat(10_000);
    expect(new InvalidArgumentError("name", { expected: "a short name", received: long }).received).toHaveLength(82);
    expect(new InvalidArgumentError("name", { expected: "a name", received: Object.create(null) }).received).toBe(
      "an object",
    );
  });
});

// Another copy of the library, as when one program both imports and requires it: the same file loaded again
// under another module id, so its classes are other objects, outside the prototype chains of the ones above.
async function secondCopy(): Promise<typeof import("./errors.js")> {
  const path = "./errors.js?second-copy";
  return import(/* @vite-ignore */ path);
}

describe("instanceof across two copies of the library", () => {
  test("recognises an error from the other copy as its own class and the base class", async () => {
    const other = await secondCopy();
    const foreign = new other.InvalidArgumentError("bits", "wrong");
    // Without the brands, the prototype chain alone would say no.
    expect(Object.getPrototypeOf(foreign)).not.toBe(InvalidArgumentError.prototype);
    expect(foreign instanceof InvalidArgumentError).toBe(true);
    expect(foreign instanceof ModelTaxonomyError).toBe(true);
    expect(new InvalidArgumentError("bits", "wrong") instanceof other.InvalidArgumentError).toBe(true);
  });

  test("does not take a base-class error from the other copy for a subclass", async () => {
    const other = await secondCopy();
    const foreign = new other.ModelTaxonomyError("wrong");
    expect(foreign instanceof ModelTaxonomyError).toBe(true);
    expect(foreign instanceof InvalidArgumentError).toBe(false);
  });

  test("recognises a subclass without a brand of its own only by its prototype chain", async () => {
    const other = await secondCopy();
    class ConfigError extends InvalidArgumentError {}
    expect(new ConfigError("config", "wrong") instanceof ConfigError).toBe(true);
    expect(new ConfigError("config", "wrong") instanceof InvalidArgumentError).toBe(true);
    // An error of the parent class, from either copy, is no ConfigError although it carries the parent's brand.
    expect(new other.InvalidArgumentError("config", "wrong") instanceof ConfigError).toBe(false);
    expect(new InvalidArgumentError("config", "wrong") instanceof ConfigError).toBe(false);
  });

  test("a subclass's errors carry the brands of the classes above it, most specific first", () => {
    class ConfigError extends InvalidArgumentError {}
    const brands: unknown = Reflect.get(new ConfigError("config", "wrong"), Symbol.for("model-taxonomy.error-brand"));
    expect(brands).toEqual(["InvalidArgumentError", "ModelTaxonomyError"]);
  });

  test("keeps the brands out of the error's own fields, and fixed", () => {
    const error = new InvalidArgumentError("bits", "wrong");
    const brands: unknown = Reflect.get(error, Symbol.for("model-taxonomy.error-brand"));
    // A spread copies every own enumerable field, symbols included.
    expect(Object.getOwnPropertySymbols({ ...error })).toEqual([]);
    // A frozen list: an error cannot be made to pass for another class afterwards.
    expect(Object.isFrozen(brands)).toBe(true);
  });

  test.each([
    ["null", null],
    ["a string", "InvalidArgumentError"],
    ["a number", 7],
    ["a plain Error", new Error("wrong")],
    [
      "an object whose brand is a string, not a list",
      { [Symbol.for("model-taxonomy.error-brand")]: "InvalidArgumentError" },
    ],
  ])("says no for %s", (_label, value) => {
    expect(value instanceof InvalidArgumentError).toBe(false);
    expect(value instanceof ModelTaxonomyError).toBe(false);
  });
});

describe("ModelTaxonomyError", () => {
  test("is named after its class, in its name and its text", () => {
    const error = new ModelTaxonomyError("something failed");
    expect(error.name).toBe("ModelTaxonomyError");
    expect(String(error)).toBe("ModelTaxonomyError: something failed");
    expect(String(new InvalidArgumentError("bits", "wrong"))).toBe("InvalidArgumentError: bits: wrong");
  });

  test("keeps the cause it was given", () => {
    const cause = new Error("disk full");
    expect(new ModelTaxonomyError("cannot save", { cause }).cause).toBe(cause);
  });
});
