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

  test("is a ModelTaxonomyError", () => {
    expect(new InvalidArgumentError("x", "wrong")).toBeInstanceOf(ModelTaxonomyError);
  });
});
