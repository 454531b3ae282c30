import { describe, expect, test } from "vitest";
import { runInProcess } from "../../test/cli-in-process.js";

// Bold as picocolors writes it: the code, the text, and the code that ends bold.
const BOLD_GPT2 = "\u001b[1mGPT-2\u001b[22m";

describe("colours and language of a command", () => {
  test("colours the output on a terminal", async () => {
    const { stdout } = await runInProcess(["show", "gpt-2"], { tty: true });
    expect(stdout.startsWith(`${BOLD_GPT2}\n`)).toBe(true);
  });

  test("uses no colours when standard output is not a terminal", async () => {
    const { stdout } = await runInProcess(["show", "gpt-2"]);
    expect(stdout.startsWith("GPT-2\n")).toBe(true);
    expect(stdout).not.toContain("\u001b[");
  });

  test.each([
    ["NO_COLOR=1", ["show", "gpt-2"], { NO_COLOR: "1" }],
    ["--no-color before the command", ["--no-color", "show", "gpt-2"], {}],
    ["--no-color after the command", ["show", "gpt-2", "--no-color"], {}],
  ])("uses no colours on a terminal with %s", async (_, argv, env) => {
    const { stdout } = await runInProcess(argv, { tty: true, env });
    expect(stdout.startsWith("GPT-2\n")).toBe(true);
    expect(stdout).not.toContain("\u001b[");
  });

  test("an empty NO_COLOR leaves colours on, as the NO_COLOR convention says", async () => {
    const { stdout } = await runInProcess(["show", "gpt-2"], { tty: true, env: { NO_COLOR: "" } });
    expect(stdout.startsWith(`${BOLD_GPT2}\n`)).toBe(true);
  });

  test("--lang wins over the environment, and the environment decides without it", async () => {
    const zh = { LANG: "zh_CN.UTF-8" };
    expect((await runInProcess(["show", "gpt-2", "--lang", "en"], { env: zh })).stdout).toContain("\nYear ");
    expect((await runInProcess(["--lang", "en", "show", "gpt-2"], { env: zh })).stdout).toContain("\nYear ");
    expect((await runInProcess(["show", "gpt-2"], { env: zh })).stdout).toContain("\n年份 ");
    expect((await runInProcess(["--lang", "zh", "show", "gpt-2"])).stdout).toContain("\n年份 ");
    expect((await runInProcess(["show", "gpt-2"], { env: { LANG: "fr_FR.UTF-8" } })).stdout).toContain("\nYear ");
  });
});
