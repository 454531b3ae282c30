// The command lines that `run` answers without building the program (commander and every command's definition):
// `--version` alone and `describe <name>` alone. The answer is the same either way, so what these tests check is
// which way a command line takes: whether the program was defined (./define.js's `_defineProgram`). The modules
// are not reloaded between tests, so that the tables they build when loaded stay outside every test.
import { beforeEach, describe, expect, test, vi } from "vitest";
import { runInProcess } from "../../test/cli-in-process.js";

const defined = vi.hoisted(() => ({ count: 0 }));

vi.mock("./define.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("./define.js")>();
  return {
    ...real,
    _defineProgram: (...args: Parameters<typeof real._defineProgram>) => {
      defined.count++;
      return real._defineProgram(...args);
    },
  };
});

beforeEach(() => {
  defined.count = 0;
});

describe("run's quick path", () => {
  test.each([["--version"], ["-v"]])("answers %s alone without loading the program", async (flag) => {
    const { code, stdout } = await runInProcess([flag]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    expect(defined.count).toBe(0);
  });

  test("describes a model named alone without loading the program, as the program would", async () => {
    const quick = await runInProcess(["describe", "gpt-2"]);
    expect(defined.count).toBe(0);
    expect(quick.code).toBe(0);
    expect(quick.stdout).toMatch(/^GPT-2 is a small, pretrained, decoder-only Transformer /);
    // The same words through the program: the separator `--` makes commander read the name.
    const full = await runInProcess(["describe", "--", "gpt-2"]);
    expect(defined.count).toBe(1);
    expect(full).toEqual(quick);
  });

  test.each([
    ["a flag after the version", ["--version", "--lang", "zh"]],
    ["a flag before the version", ["--lang", "zh", "-v"]],
    ["describe with a flag", ["describe", "gpt-2", "--lang", "zh"]],
    ["describe with a flag for a name", ["describe", "--help"]],
    ["describe with two names", ["describe", "gpt-2", "bert"]],
    ["describe with no name", ["describe"]],
    ["another command with one argument", ["show", "gpt-2"]],
    ["a version flag as a second argument", ["list", "--version"]],
  ])("leaves %s to the program", async (_, argv) => {
    await runInProcess(argv);
    expect(defined.count).toBe(1);
  });
});
