import { describe, expect, test } from "vitest";
import { _count, _field, _firstString, _isObject, _number, _string, _strings } from "./_json.js";

// Untrusted JSON, read without ever throwing: anything of the wrong shape reads as undefined (or empty).
describe("_json", () => {
  test("reads a field of an object only", () => {
    expect(_field({ id: "acme/m" }, "id")).toBe("acme/m");
    expect(_field(["acme/m"], "id")).toBeUndefined();
    expect(_field(null, "id")).toBeUndefined();
    expect(_field("acme/m", "id")).toBeUndefined();
    expect([_isObject({}), _isObject([]), _isObject(null), _isObject("x")]).toEqual([true, false, false, false]);
  });

  test.each([
    ["acme/m", "acme/m"],
    ["  acme/m\n", "acme/m"],
    [" acme/m", "acme/m"],
    ["acme/m\t", "acme/m"],
    ["acme/m ", "acme/m"],
    ["!", "!"],
    ["", undefined],
    ["   ", undefined],
    [42, undefined],
    [null, undefined],
  ])("reads %j as the string %j", (value, expected) => {
    expect(_string(value)).toBe(expected);
  });

  test("reads finite numbers, and counts that are positive whole numbers", () => {
    expect([_number(1.5), _number(Number.NaN), _number(Number.POSITIVE_INFINITY), _number("7")]).toEqual([
      1.5,
      undefined,
      undefined,
      undefined,
    ]);
    expect([_count(1), _count(0), _count(-5), _count(2.5), _count(2 ** 53), _count(2 ** 53 - 1)]).toEqual([
      1,
      undefined,
      undefined,
      undefined,
      undefined,
      2 ** 53 - 1,
    ]);
  });

  test("reads a string or a list of strings as a list, skipping what is not text", () => {
    expect(_strings("acme/base")).toEqual(["acme/base"]);
    expect(_strings(" ")).toEqual([]);
    expect(_strings(["acme/a", "", 3, " acme/b "])).toEqual(["acme/a", "acme/b"]);
    expect(_strings({ 0: "acme/a" })).toEqual([]);
  });

  test("reads the first string of a string or a list", () => {
    expect(_firstString("mit")).toBe("mit");
    expect(_firstString(["", null, " apache-2.0 ", "mit"])).toBe("apache-2.0");
    expect(_firstString([1, 2])).toBeUndefined();
    expect(_firstString(undefined)).toBeUndefined();
  });
});
