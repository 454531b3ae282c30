import { describe, expect, test } from "vitest";
import { InvalidArgumentError } from "./errors.js";
import { formatBytes, weightMemory } from "./weights.js";

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
  ])("writes %s bytes as %s", (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });
});
