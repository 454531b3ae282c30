import { describe, expect, test } from "vitest";
import { InvalidArgumentError } from "./errors.js";
import { formatBytes, parseByteSize, weightMemory } from "./weights.js";

describe("weightMemory", () => {
  test.each([
    [{ parameters: { total: 7_000_000_000 } }, 16, 14_000_000_000],
    [{ parameters: { total: 7_000_000_000 } }, 4, 3_500_000_000],
    [{ total: 3 }, 1, 1],
    [{ total: null }, 16, null],
  ])("gives %o at %d bits as %s bytes", (model, bits, bytes) => {
    expect(weightMemory(model, bits)).toBe(bytes);
  });

  test("counts at 16 bits unless told otherwise", () => {
    expect(weightMemory({ total: 1000 })).toBe(2000);
  });

  test("refuses a precision outside 1 to 64 bits, saying which argument and what it received", () => {
    const error = (() => {
      try {
        weightMemory({ total: 1 }, 0);
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect(error).toMatchObject({ argument: "bits", expected: "bits per parameter between 1 and 64", received: "0" });
    expect(() => weightMemory({ total: 1 }, 65)).toThrow("bits: expected bits per parameter between 1 and 64");
  });

  test("refuses something that is not a record", () => {
    // @ts-expect-error: a number is not a model
    expect(() => weightMemory(7, 16)).toThrow("model: expected a model record or its parameters, received 7");
    // @ts-expect-error: neither is null
    expect(() => weightMemory(null, 16)).toThrow("model: expected a model record or its parameters, received null");
  });

  test("accepts every precision from 1 to 64 bits, the ends included", () => {
    expect(weightMemory({ total: 8 }, 1)).toBe(1);
    expect(weightMemory({ total: 8 }, 64)).toBe(64);
    expect(weightMemory({ total: 1_000 }, 4.5)).toBe(563);
  });

  test.each([0.99, 64.01, Number.NaN, Number.POSITIVE_INFINITY, -16])("refuses %d bits", (bits) => {
    expect(() => weightMemory({ total: 1 }, bits)).toThrow(InvalidArgumentError);
  });

  test("refuses a precision written as text, which would otherwise be multiplied as a number", () => {
    // @ts-expect-error: bits are a number
    expect(() => weightMemory({ total: 1_000 }, "16")).toThrow(
      'bits: expected bits per parameter between 1 and 64, received "16"',
    );
  });

  test("gives null for a record from outside TypeScript that has no count at all", () => {
    const parsed: unknown = JSON.parse('{ "parameters": {} }');
    expect(weightMemory(Object(parsed))).toBeNull();
  });
});

describe("formatBytes", () => {
  test.each([
    [null, "unknown"],
    [512, "512 B"],
    [1000, "1 kB"],
    [3_500_000_000, "3.5 GB"],
    [820_400_000, "820 MB"],
    [1.5e12, "1.5 TB"],
    // Each unit starts at exactly one of it.
    [999, "999 B"],
    [1e6, "1 MB"],
    // Rounding to three figures can reach the next unit.
    [999_999, "1 MB"],
    [999_499, "999 kB"],
    [1e9, "1 GB"],
    [1e12, "1 TB"],
    [1_234_567, "1.23 MB"],
    [0, "0 B"],
  ])("writes %s bytes as %s", (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });
});

describe("parseByteSize", () => {
  test.each([
    ["4 GB", 4e9],
    ["4gb", 4e9],
    ["500MB", 500e6],
    ["1.5 TB", 1.5e12],
    [".5 kB", 500],
    ["16 GiB", 16 * 2 ** 30],
    ["2 KiB", 2048],
    ["3 MiB", 3 * 2 ** 20],
    ["1 TiB", 2 ** 40],
    ["4", 4],
    ["4 b", 4],
    ["  4 GB  ", 4e9],
  ])("reads %j as %d bytes", (text, bytes) => {
    expect(parseByteSize(text)).toBe(bytes);
  });

  test.each([0, 1, 4e9, 0.5])("takes the number %d as bytes", (bytes) => {
    expect(parseByteSize(bytes)).toBe(bytes);
  });

  test.each([-1, Number.NaN, Number.POSITIVE_INFINITY])("refuses the number %d", (bytes) => {
    expect(() => parseByteSize(bytes)).toThrow("size: expected a number of bytes ≥ 0, received");
  });

  test.each(["", "GB", "4 XB", "4 GBs", "-4 GB", "4 G B", "1e9"])("refuses %j, with an example of a size", (text) => {
    expect(() => parseByteSize(text)).toThrow('size: expected a size such as "4 GB", "512 MB" or "16 GiB", received');
  });

  test("refuses what is neither a number nor a string", () => {
    // @ts-expect-error: null is not a size
    expect(() => parseByteSize(null)).toThrow(InvalidArgumentError);
    // @ts-expect-error: nor is an object
    expect(() => parseByteSize({ length: 2 })).toThrow(InvalidArgumentError);
  });

  test("reads at most 64 characters, spaces included", () => {
    expect(parseByteSize(`${" ".repeat(60)}4 GB`)).toBe(4e9);
    expect(() => parseByteSize(`${" ".repeat(61)}4 GB`)).toThrow(InvalidArgumentError);
  });
});
