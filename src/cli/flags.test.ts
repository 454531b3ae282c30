import { describe, expect, test } from "vitest";
import { runInProcess } from "../../test/cli-in-process.js";
import { _byteRange, _int, _numberBetween, _parameterRange, _takeFlagError, _yearRange } from "./flags.js";
import { _ERRORS } from "./text.js";

/** The localised message of the flag a parser refused. */
function refusal(parse: () => unknown): string {
  expect(parse).toThrow();
  const error = _takeFlagError();
  if (error === undefined) throw new Error("the parser kept no error");
  return error.in(_ERRORS.en);
}

describe("_rangeParser", () => {
  test.each([
    ["2018..2020", { min: 2018, max: 2020 }],
    ["2018..", { min: 2018 }],
    ["..2017", { max: 2017 }],
    ["2023", { min: 2023, max: 2023 }],
    [" 2018 .. 2020 ", { min: 2018, max: 2020 }],
    ["2020..2020", { min: 2020, max: 2020 }],
  ])("reads the years %j as %j", (text, range) => {
    expect(_yearRange(text)).toEqual(range);
  });

  test.each([
    ["1.5B..7B", { min: 1_500_000_000, max: 7_000_000_000 }],
    ["..350M", { max: 350_000_000 }],
    ["7B", { min: 7_000_000_000, max: 7_000_000_000 }],
  ])("reads the parameter counts %j as %j, splitting at the first ..", (text, range) => {
    expect(_parameterRange(text)).toEqual(range);
  });

  test("reads a single memory size as the most the weights may take", () => {
    expect(_byteRange("4GB")).toEqual({ max: 4_000_000_000 });
    expect(_byteRange("500MB..2GB")).toEqual({ min: 500_000_000, max: 2_000_000_000 });
    expect(_byteRange("1GB..")).toEqual({ min: 1_000_000_000 });
  });

  test.each(["", "..", " .. ", "2020..2018", "18..20", "20x0", "2018...2020"])(
    "refuses the years %j as a malformed range, with an example",
    (text) => {
      expect(refusal(() => _yearRange(text))).toBe(
        `malformed range ${JSON.stringify(text)}; write MIN..MAX, MIN.. or ..MAX, such as 2018..2020`,
      );
    },
  );

  test("refuses a memory range that is no size, with its own example", () => {
    expect(refusal(() => _byteRange("lots"))).toBe(
      'malformed range "lots"; write MIN..MAX, MIN.. or ..MAX, such as 4GB or 500MB..2GB',
    );
    expect(refusal(() => _parameterRange("7B..1B"))).toBe(
      'malformed range "7B..1B"; write MIN..MAX, MIN.. or ..MAX, such as 1.5B..7B',
    );
  });
});

describe("_numberBetween", () => {
  test.each([
    ["1", 1],
    ["4.5", 4.5],
    ["64", 64],
  ])("takes %s", (text, value) => {
    expect(_numberBetween("--bits", 1, 64)(text)).toBe(value);
  });

  test.each(["0", "0.5", "64.5", "65", "-4", "4.", ".5", "1e1", "four", ""])("refuses %j", (text) => {
    expect(refusal(() => _numberBetween("--bits", 1, 64)(text))).toBe(
      `--bits expects a number from 1 to 64, received ${JSON.stringify(text)}`,
    );
  });
});

describe("_int", () => {
  test.each([
    ["0", 0],
    ["10", 10],
    [String(Number.MAX_SAFE_INTEGER), Number.MAX_SAFE_INTEGER],
  ])("takes %s", (text, value) => {
    expect(_int("--limit")(text)).toBe(value);
  });

  test.each(["-1", "1.5", "1e3", "ten", "", String(Number.MAX_SAFE_INTEGER + 2)])("refuses %j", (text) => {
    expect(refusal(() => _int("--limit")(text))).toBe(
      `--limit expects a whole number, received ${JSON.stringify(text)}`,
    );
  });

  test("says the bounds it was given in Chinese too", () => {
    const zh = (parse: () => unknown) => {
      expect(parse).toThrow();
      return _takeFlagError()?.in(_ERRORS.zh);
    };
    expect(zh(() => _int("--n", 2, 5)("6"))).toBe('--n 需要一个不小于 2 的不大于 5 的整数，收到的是 "6"');
    expect(zh(() => _int("--n", 0, 5)("6"))).toBe('--n 需要一个不大于 5 的整数，收到的是 "6"');
  });

  test("says the bounds it was given", () => {
    expect(_int("--timeout", 1)("1")).toBe(1);
    expect(refusal(() => _int("--timeout", 1)("0"))).toBe(
      '--timeout expects a whole number of at least 1, received "0"',
    );
    expect(_int("--n", 0, 5)("5")).toBe(5);
    expect(refusal(() => _int("--n", 0, 5)("6"))).toBe('--n expects a whole number and at most 5, received "6"');
    expect(refusal(() => _int("--n", 2, 5)("6"))).toBe(
      '--n expects a whole number of at least 2 and at most 5, received "6"',
    );
  });
});

describe("flag errors on the command line", () => {
  test("are reported in the user's language", async () => {
    expect(await runInProcess(["list", "--year", "20..18", "--lang", "zh"])).toEqual({
      code: 2,
      stdout: "",
      stderr: '错误： 范围 "20..18" 格式不对；请写成 MIN..MAX、MIN.. 或 ..MAX，例如 2018..2020\n',
    });
    expect((await runInProcess(["list", "--limit", "x", "--lang", "zh"])).stderr).toBe(
      '错误： --limit 需要一个整数，收到的是 "x"\n',
    );
    expect((await runInProcess(["list", "--arch", "lstmm", "--lang", "zh"])).stderr).toBe(
      '错误： --arch 的值 "lstmm" 未知；有效值：transformer, encoder-only, decoder-only, encoder-decoder, cnn, rnn, lstm, gru, state-space, mlp, gnn, linear（是不是 "lstm"？）\n',
    );
  });

  test("are forgotten once reported: the next run's errors are its own", async () => {
    await runInProcess(["list", "--year", "20..18"]);
    expect((await runInProcess(["--lang", "fr"])).stderr).toBe(
      'error: --lang: "fr" is not allowed; choose one of en, zh\n',
    );
  });

  test("a value far from every allowed one gets no suggestion", async () => {
    const { code, stderr } = await runInProcess(["list", "--size", "gigantic-beyond-words"]);
    expect(code).toBe(2);
    expect(stderr).toBe('error: unknown --size value "gigantic-beyond-words"; valid values: small, medium, large\n');
  });

  test("comma-separated values may have spaces and empty items", async () => {
    const spaced = await runInProcess(["list", "--arch", " lstm , ,gru ", "--json"]);
    const plain = await runInProcess(["list", "--arch", "lstm,gru", "--json"]);
    expect(spaced.stdout).toBe(plain.stdout);
  });
});
