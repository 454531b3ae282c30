import { describe, expect, test } from "vitest";
import { _closest, _editDistance, _MAX_NAME_LENGTH, _quoteList, _show } from "./_text.js";

describe("_editDistance", () => {
  test.each([
    ["", "", 0],
    ["abc", "", 3],
    ["", "abc", 3],
    ["gpt", "gpt", 0],
    ["a", "b", 1],
    // A swap of two neighbours is one edit, anywhere in the word.
    ["gtp", "gpt", 1],
    ["ab", "ba", 1],
    ["abcd", "acbd", 1],
    ["abcd", "abdc", 1],
    // The textbook cases: three edits each.
    ["kitten", "sitting", 3],
    ["saturday", "sunday", 3],
    // Optimal string alignment edits no substring twice: "ca" to "abc" is three edits, not the two of a swap
    // followed by an insertion between the swapped letters.
    ["ca", "abc", 3],
    ["bert", "roberta", 3],
    // Swaps after other edits add to them: three swaps in a row, two substitutions then a swap.
    ["badcfe", "abcdef", 3],
    ["xyab", "zwba", 3],
  ])("counts %j to %j as %d edits", (a, b, distance) => {
    expect(_editDistance(a, b)).toBe(distance);
    // The distance is symmetric.
    expect(_editDistance(b, a)).toBe(distance);
  });
});

describe("_closest", () => {
  test("finds a typo whatever its case, and gives the candidate as written", () => {
    expect(_closest("decoder_only", ["decoder-only", "encoder-only", "rnn"])).toEqual(["decoder-only"]);
    expect(_closest("LLAMA", ["Llama", "Alpaca"])).toEqual(["Llama"]);
  });

  test("allows two edits in a short name, and a third of the longer name's length in a long one", () => {
    expect(_closest("ab", ["xy"])).toEqual(["xy"]);
    expect(_closest("abc", ["abcde"])).toEqual(["abcde"]);
    expect(_closest("abc", ["abcdef"])).toEqual([]);
    // Nine letters allow three edits, not four.
    expect(_closest("abcdefghi", ["abcdefxyz"])).toEqual(["abcdefxyz"]);
    expect(_closest("abcdefghi", ["abcdewxyz"])).toEqual([]);
    expect(_closest("abcdef", ["ghijkl"])).toEqual([]);
    // The longer of the two sets the allowance: thirteen letters allow four edits, nine would allow three.
    expect(_closest("abcdefghi", ["abcdefghiwxyz"])).toEqual(["abcdefghiwxyz"]);
  });

  test("orders by distance, then alphabetically, keeping only those one edit from the best", () => {
    expect(_closest("gpt", ["gpx", "gp", "gptx", "bert"])).toEqual(["gp", "gptx", "gpx"]);
    expect(_closest("llama", ["llamas", "lama", "lxama", "llama"])).toEqual(["llama", "lama", "llamas"]);
    // Two edits from the input but two more than the best match: left out.
    expect(_closest("bloom", ["bloom", "blxxm"])).toEqual(["bloom"]);
  });

  test("gives three names unless asked for another number", () => {
    const candidates = ["gpa", "gpb", "gpc", "gpd", "gpe"];
    expect(_closest("gpt", candidates)).toEqual(["gpa", "gpb", "gpc"]);
    expect(_closest("gpt", candidates, 5)).toEqual(candidates);
    expect(_closest("gpt", candidates, 1)).toEqual(["gpa"]);
  });

  test("compares names up to the longest a name can be, and never a longer one", () => {
    const longest = "a".repeat(_MAX_NAME_LENGTH);
    expect(_closest(longest, [longest])).toEqual([longest]);
    expect(_closest(`${longest}a`, [`${longest}a`])).toEqual([]);
    expect(_closest(longest, [`${longest}a`, longest])).toEqual([longest]);
    expect(_closest(`${longest}a`, [longest])).toEqual([]);
  });
});

describe("_quoteList", () => {
  test.each([
    [[], "", "or"],
    [["a"], '"a"', "or"],
    [["a", "b"], '"a" or "b"', "or"],
    [["a", "b", "c"], '"a", "b" or "c"', "or"],
    [["a", "b", "c"], '"a", "b" and "c"', "and"],
    [['say "hi"'], '"say \\"hi\\""', "or"],
  ])("quotes %j as %s", (values, text, conjunction) => {
    expect(_quoteList(values, conjunction)).toBe(text);
  });

  test("joins with or unless told otherwise", () => {
    expect(_quoteList(["en", "zh"])).toBe('"en" or "zh"');
  });
});

describe("_show", () => {
  const eighty = "x".repeat(80);
  test.each([
    ["a string", "gpt", '"gpt"'],
    ["a string of 80 characters", eighty, JSON.stringify(eighty)],
    ["a longer string, cut", `${eighty}y`, JSON.stringify(`${"x".repeat(77)}...`)],
    ["a number", 7, "7"],
    ["NaN", Number.NaN, "NaN"],
    ["a boolean", false, "false"],
    ["undefined", undefined, "undefined"],
    ["a BigInt", 10n, "10n"],
    ["a symbol", Symbol("s"), "a symbol"],
    ["a function", () => 1, "a function"],
    ["null", null, "null"],
    ["an array", [1, 2], "an array"],
    ["an object", { a: 1 }, "an object"],
    ["an object without a prototype", Object.create(null), "an object"],
  ])("shows %s", (_label, value, text) => {
    expect(_show(value)).toBe(text);
  });
});
