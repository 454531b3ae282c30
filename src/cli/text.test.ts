import { describe, expect, test } from "vitest";
import { _localeFromEnvironment, _quoteInput } from "./text.js";

describe("_localeFromEnvironment", () => {
  test.each([
    [{ LC_ALL: "zh_CN.UTF-8", LC_MESSAGES: "en_US.UTF-8", LANG: "en_US.UTF-8" }, "zh"],
    [{ LC_ALL: "en_US.UTF-8", LC_MESSAGES: "zh_CN.UTF-8", LANG: "zh_CN.UTF-8" }, "en"],
    [{ LC_MESSAGES: "zh_TW.UTF-8", LANG: "en_US.UTF-8" }, "zh"],
    [{ LC_MESSAGES: "C", LANG: "zh_CN.UTF-8" }, "en"],
    [{ LC_ALL: "", LC_MESSAGES: "", LANG: "ZH_cn" }, "zh"],
    [{ LANG: "en_US.UTF-8" }, "en"],
    [{ LANG: "fr_FR.UTF-8" }, "en"],
    [{ LANG: "c.zh" }, "en"],
    [{}, "en"],
  ] as const)("reads %j as %s", (env, expected) => {
    expect(_localeFromEnvironment(env)).toBe(expected);
  });
});

describe("_quoteInput", () => {
  test("keeps text up to the limit and cuts longer text with an ellipsis", () => {
    expect(_quoteInput("x".repeat(80))).toBe(JSON.stringify("x".repeat(80)));
    expect(_quoteInput("x".repeat(81))).toBe(JSON.stringify(`${"x".repeat(80)}…`));
    expect(_quoteInput("abcdef", 3)).toBe(JSON.stringify("abc…"));
  });
});
