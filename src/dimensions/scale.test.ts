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

  test("rejects equal thresholds, which would leave the medium class empty", () => {
    expect(() => classifySize(1, { medium: 10, large: 10 })).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: thresholds: medium (10) must be smaller than large (10)]`,
    );
    // One apart is the narrowest medium class: exactly one count.
    expect([9, 10, 11].map((count) => classifySize(count, { medium: 10, large: 11 }))).toEqual([
      "small",
      "medium",
      "large",
    ]);
  });

  test("checks the thresholds even when the count is unknown", () => {
    expect(() => classifySize(null, { medium: 10, large: 5 })).toThrow(InvalidArgumentError);
    expect(() => classifySize(undefined, { large: -1 })).toThrow(/thresholds\.large/);
  });

  test("names the threshold that is not a whole non-negative number", () => {
    expect(() => classifySize(1, { medium: -1 })).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: thresholds.medium: expected a non-negative whole number of parameters, received -1]`,
    );
    expect(() => classifySize(1, { large: 1.5 })).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: thresholds.large: expected a non-negative whole number of parameters, received 1.5]`,
    );
  });

  test("rejects thresholds that are not an object", () => {
    // @ts-expect-error: a JavaScript caller may pass anything
    expect(() => classifySize(1, null)).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: thresholds: expected an object such as { medium: 1e10 }, received null]`,
    );
    // @ts-expect-error: a JavaScript caller may pass anything
    expect(() => classifySize(1, 4_000_000_000)).toThrow(/thresholds: expected an object/);
  });

  test("accepts every safe integer and nothing beyond", () => {
    expect(classifySize(Number.MAX_SAFE_INTEGER)).toBe("large");
    expect(() => classifySize(2 ** 53)).toThrow(InvalidArgumentError);
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

  test.each([
    ["0.5B", 500_000_000],
    ["1.25B", 1_250_000_000],
    ["1,000.5M", 1_000_500_000],
    ["13B parameters", 13_000_000_000],
    ["7B parameter", 7_000_000_000],
    ["7BPARAMS", 7_000_000_000],
    ["7 b param", 7_000_000_000],
    ["1_000K", 1_000_000],
    ["2T", 2_000_000_000_000],
    ["12", 12],
    // A whole number of parameters: a fraction left after the unit is rounded away.
    ["1.5", 2],
    ["0", 0],
  ] as const)("also reads %j as %i", (input, expected) => {
    expect(parseParameterCount(input)).toBe(expected);
  });

  test.each([
    "",
    "seven billion",
    "7X",
    "1,5B",
    "-7B",
    "7BB",
    "x7B",
    "7B x",
    "1,00B",
    "1000,000",
    "1__000",
    "7.B",
    ".5B",
    "7 params B",
    "9999999T",
  ])("refuses %j with a typed error", (input) => {
    expect(() => parseParameterCount(input)).toThrow(InvalidArgumentError);
  });

  test("refuses negative, fractional and non-finite numbers as it refuses them in classifySize", () => {
    expect(() => parseParameterCount(-1)).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: parameters: expected a non-negative whole number of parameters, received -1]`,
    );
    expect(() => parseParameterCount(0.5)).toThrow(InvalidArgumentError);
    expect(() => parseParameterCount(Number.POSITIVE_INFINITY)).toThrow(InvalidArgumentError);
  });

  test("refuses a value that is neither a number nor a string", () => {
    // @ts-expect-error: a JavaScript caller may pass anything
    expect(() => parseParameterCount(null)).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: parameters: expected a number or a string such as "7B", received null]`,
    );
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
  test.each([
    [0, "0"],
    [1_000, "1K"],
    [1_000_000, "1M"],
    [1_000_000_000, "1B"],
    [1_000_000_000_000, "1T"],
    [12_345, "12.3K"],
    [7_241_732_096, "7.24B"],
    // Rounded to three figures before the unit is chosen, so a count just under a unit is written in it.
    [999_999, "1M"],
    [999_499, "999K"],
    [999_999_999, "1B"],
    [999_500_000_000, "1T"],
  ] as const)("writes %i as %s at and between the unit boundaries", (count, expected) => {
    expect(formatParameterCount(count)).toBe(expected);
  });
  test("refuses counts that are not whole non-negative numbers, and an unknown text that is not a string", () => {
    expect(() => formatParameterCount(-1)).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: count: expected a non-negative whole number of parameters, received -1]`,
    );
    expect(() => formatParameterCount(1.5)).toThrow(InvalidArgumentError);
    // @ts-expect-error: a JavaScript caller may pass anything
    expect(() => formatParameterCount(null, 0)).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: unknown: expected a string, received 0]`,
    );
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
