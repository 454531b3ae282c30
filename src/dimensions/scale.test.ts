import { describe, expect, test } from "vitest";
import {
  classifySize,
  DEFAULT_SIZE_THRESHOLDS,
  formatParameterCount,
  InvalidArgumentError,
  parseParameterCount,
} from "../index.js";

describe("classifySize", () => {
  test.each([
    [0, "small"],
    [124_000_000, "small"],
    [3_999_999_999, "small"],
    [4_000_000_000, "medium"],
    [39_999_999_999, "medium"],
    [40_000_000_000, "large"],
    [175_000_000_000, "large"],
  ] as const)("puts %i parameters in %s", (parameters, expected) => {
    expect(classifySize(parameters)).toBe(expected);
  });

  test("gives an unknown size for an unknown count, never small", () => {
    expect(classifySize(null)).toBeNull();
    expect(classifySize(undefined)).toBeNull();
  });

  test("classifies by the exported default thresholds, each boundary in the upper class", () => {
    const { medium, large } = DEFAULT_SIZE_THRESHOLDS;
    expect([medium - 1, medium, large - 1, large].map((count) => classifySize(count))).toEqual([
      "small",
      "medium",
      "medium",
      "large",
    ]);
  });

  test("takes thresholds per call, each boundary belonging to the upper class", () => {
    const thresholds = { medium: 1_000_000_000, large: 10_000_000_000 };
    expect(classifySize(999_999_999, thresholds)).toBe("small");
    expect(classifySize(1_000_000_000, thresholds)).toBe("medium");
    expect(classifySize(10_000_000_000, thresholds)).toBe("large");
    expect(classifySize(7_000_000_000, { medium: 10_000_000_000 })).toBe("small");
  });

  test("rejects counts that are not whole non-negative numbers with a typed error", () => {
    expect(() => classifySize(-1)).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: parameters: expected a non-negative whole number of parameters, received -1]`,
    );
    expect(() => classifySize(1.5)).toThrow(InvalidArgumentError);
    expect(() => classifySize(Number.NaN)).toThrow(InvalidArgumentError);
    expect(() => classifySize(Number.POSITIVE_INFINITY)).toThrow(InvalidArgumentError);
  });

  test("rejects thresholds out of order", () => {
    expect(() => classifySize(1, { medium: 10, large: 5 })).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: thresholds: medium (10) must be smaller than large (5)]`,
    );
  });
});

describe("parseParameterCount", () => {
  test.each([
    ["7B", 7_000_000_000],
    ["7b", 7_000_000_000],
    ["350M", 350_000_000],
    ["1.5T", 1_500_000_000_000],
    ["82k", 82_000],
    ["1.1B params", 1_100_000_000],
    ["7,000,000", 7_000_000],
    ["66_955_010", 66_955_010],
    [" 13 B ", 13_000_000_000],
    [124_000_000, 124_000_000],
  ] as const)("reads %j as %i", (input, expected) => {
    expect(parseParameterCount(input)).toBe(expected);
  });

  test.each(["", "seven billion", "7X", "1,5B", "-7B", "7BB"])("refuses %j with a typed error", (input) => {
    expect(() => parseParameterCount(input)).toThrow(InvalidArgumentError);
  });

  test("says what it expected", () => {
    expect(() => parseParameterCount("7 gigaparams")).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: parameters: cannot read "7 gigaparams" as a parameter count; write a number with an optional K, M, B or T suffix, such as "7B" or "350M"]`,
    );
  });
});

describe("formatParameterCount", () => {
  test.each([
    [1_542_000_000, "1.54B"],
    [175_000_000_000, "175B"],
    [1_600_000_000_000, "1.6T"],
    [340_000_000, "340M"],
    [60_000, "60K"],
    [999, "999"],
  ] as const)("writes %i as %s", (count, expected) => {
    expect(formatParameterCount(count)).toBe(expected);
  });
  test("writes an unknown count as unknown, never 0", () => {
    expect(formatParameterCount(null)).toBe("unknown");
    expect(formatParameterCount(null, "未知")).toBe("未知");
  });
  test("round-trips through parseParameterCount", () => {
    for (const count of [7_000_000_000, 350_000_000, 1_500_000_000_000, 82_000]) {
      expect(parseParameterCount(formatParameterCount(count))).toBe(count);
    }
  });
});
