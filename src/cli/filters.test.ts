import { Command } from "commander";
import { describe, expect, test } from "vitest";
import { runInProcess } from "../../test/cli-in-process.js";
import { _DIMENSION_LIST } from "../dimensions/index.js";
import { SORT_KEYS } from "../registry/create.js";
import { _SORT_HELP } from "./commands/list.js";
import { _addFilterOptions, type _FilterFlags, _FLAG_NAMES, _filterFrom, _groupDimension } from "./filters.js";
import { CliError, EXIT } from "./input.js";
import { _ERRORS } from "./text.js";

const families: Readonly<Record<string, string>> = { "llama-2": "llama-2", "Llama 2": "llama-2", bert: "bert" };
const resolve = (_: string, value: string) => families[value] ?? { suggestions: ["Llama 2"] };

function parse(args: readonly string[]): _FilterFlags {
  const command = _addFilterOptions(new Command("list").exitOverride().configureOutput({ outputError: () => {} }));
  command.parse([...args], { from: "user" });
  return command.opts();
}

function failure(run: () => unknown): CliError {
  try {
    run();
  } catch (error) {
    if (error instanceof CliError) return error;
    throw error;
  }
  throw new Error("expected a CliError");
}

describe("_addFilterOptions", () => {
  test("gives every dimension its flag, from the table of flag names", () => {
    const longs = _addFilterOptions(new Command("list")).options.map((option) => option.long);
    for (const dimension of _DIMENSION_LIST) expect(longs).toContain(`--${_FLAG_NAMES[dimension.id]}`);
    expect(longs).toEqual(expect.arrayContaining(["--component", "--family", "--weights", "--bits"]));
  });
});

describe("the filter flags in the help of list", () => {
  test("list every valid value of a dimension, say that tree values match those under them, and keep --input and --output after --modality", async () => {
    const { stdout } = await runInProcess(["list", "--help"]);
    // Flags and descriptions as one text per option, the help's own line wrapping undone.
    const options = stdout
      .slice(stdout.indexOf("Options:"), stdout.indexOf("Examples:"))
      .split(/\n(?= {2}-)/)
      .map((option) => option.replace(/\s+/g, " ").trim());
    const described = (flag: string) => options.find((option) => option.startsWith(`${flag} `)) ?? "";
    for (const dimension of _DIMENSION_LIST) {
      const text = described(`--${_FLAG_NAMES[dimension.id]}`);
      expect(text.toLowerCase()).toContain(dimension.label.en.toLowerCase());
      for (const value of dimension.values ?? []) expect(text).toContain(value);
    }
    for (const tree of ["--arch", "--task", "--component"])
      expect(described(tree)).toContain("a value matches the values under it");
    for (const flat of ["--size", "--domain", "--training"])
      expect(described(flat)).not.toContain("a value matches the values under it");
    expect(described("--modality")).toContain("modality or unimodal or multimodal");
    expect(described("--family")).toContain("a family id or name");
    const order = options.map((option) => option.split(" ")[0]);
    expect(order.indexOf("--input")).toBe(order.indexOf("--modality") + 1);
    expect(order.indexOf("--output")).toBe(order.indexOf("--modality") + 2);
  });
});

describe("_filterFrom", () => {
  test.each([
    [["--arch", "lstm,gru"], { architecture: ["lstm", "gru"] }],
    [["--size", "small"], { sizeClass: ["small"] }],
    [["--task-type", "generative"], { taskType: ["generative"] }],
    [["--training", "pretrained"], { trainingMethod: ["pretrained"] }],
    [["--relation", "quantization"], { trainingRelation: ["quantization"] }],
    [["--component", "rnn"], { component: ["rnn"] }],
    [["--modality", "text,multimodal"], { modality: ["text"], modalityClass: ["multimodal"] }],
    [["--input", "image", "--output", "text"], { input: { all: ["image"] }, output: { all: ["text"] } }],
    [["--family", "Llama 2,bert"], { family: ["llama-2", "bert"] }],
    [["--weights", "4GB", "--bits", "4"], { weights: { max: 4_000_000_000, bits: 4 } }],
    [["--weights", "500MB..2GB"], { weights: { min: 500_000_000, max: 2_000_000_000, bits: 16 } }],
    [["--params", "1.5B..7B"], { parameters: { min: 1_500_000_000, max: 7_000_000_000 } }],
    [[], {}],
  ])("reads %j as %j", (args, expected) => {
    expect(_filterFrom(parse(args), resolve)).toEqual(expected);
  });

  test("refuses a family the registry does not know, with its suggestions, as a usage error", () => {
    const error = failure(() => _filterFrom(parse(["--family", "lama 2"]), resolve));
    expect(error.exitCode).toBe(EXIT.usage);
    expect(error.in(_ERRORS.en)).toBe(
      'unknown --family value "lama 2"; did you mean "Llama 2"? (model-taxonomy family lists them)',
    );
    expect(error.in(_ERRORS.zh)).toMatch(/^--family 的值 "lama 2" 未知；是不是 "Llama 2"？/);
  });

  test("refuses --bits without --weights", () => {
    const error = failure(() => _filterFrom(parse(["--bits", "4"]), resolve));
    expect(error.exitCode).toBe(EXIT.usage);
    expect(error.in(_ERRORS.en)).toMatch(/^--bits needs --weights/);
  });
});

describe("flag values", () => {
  test("a typo in a closed dimension's value is refused with the closest value", () => {
    expect(() => parse(["--arch", "decoder_only"])).toThrow(
      /unknown --arch value "decoder_only"; valid values: .* \(did you mean "decoder-only"\?\)/,
    );
  });
  test.each([
    ["--bits", "0", /--bits expects a number from 1 to 64, received "0"/],
    ["--bits", "65", /--bits expects a number from 1 to 64/],
    ["--bits", "four", /--bits expects a number from 1 to 64/],
    ["--weights", "lots", /malformed range "lots"/],
  ])("%s %s is refused", (flag, value, message) => {
    expect(() => parse(["--weights", "1GB", flag, value])).toThrow(message);
  });
});

describe("_groupDimension", () => {
  test("takes a dimension id and suggests the closest for a typo", () => {
    expect(_groupDimension("family")).toBe("family");
    const error = failure(() => _groupDimension("famliy"));
    expect(error.in(_ERRORS.en)).toMatch(
      /unknown --group value "famliy"; valid values: .* \(did you mean "family"\?\)/,
    );
  });
});

describe("_SORT_HELP", () => {
  test("names every sort key the registry has, and nothing else", () => {
    const named = /sort by (.*); prefix/.exec(_SORT_HELP)?.[1]?.split(/, | or /);
    expect(named).toEqual([...SORT_KEYS]);
  });
});
