/**
 * Runs the built `model-taxonomy` binary (dist/cli.js) on a real pseudo-terminal, through util-linux `script`,
 * to test what only a terminal shows: colours, and the ways to turn them off (NO_COLOR, --no-color). Also the
 * order in which the locale variables are read. Needs `npm run build` first (`npm test` does it).
 */
import { spawnSync } from "node:child_process";
import { join, resolve } from "node:path";
import { describe, expect, test } from "vitest";

const root = resolve(import.meta.dirname, "..");
const cli = join(root, "dist", "cli.js");
const ESCAPE = "\u001b[";
const hasScript = spawnSync("script", ["--version"], { encoding: "utf8" }).status === 0;

const quote = (word: string) => `'${word.replaceAll("'", `'\\''`)}'`;

/** Runs the CLI with stdout on a pseudo-terminal; returns what the terminal showed. */
function onTerminal(args: readonly string[], env: Record<string, string> = {}): string {
  const command = [process.execPath, cli, ...args].map(quote).join(" ");
  const result = spawnSync("script", ["-qec", command, "/dev/null"], {
    cwd: root,
    encoding: "utf8",
    env: { PATH: process.env.PATH ?? "", TERM: "xterm-256color", LANG: "en_US.UTF-8", ...env },
    timeout: 60_000,
  });
  expect(result.status, result.stderr).toBe(0);
  return result.stdout;
}

/** Runs the CLI with stdout on a pipe, in a given environment. */
function onPipe(args: readonly string[], env: Record<string, string>): string {
  const result = spawnSync(process.execPath, [cli, ...args], {
    cwd: root,
    encoding: "utf8",
    env: { PATH: process.env.PATH ?? "", ...env },
    timeout: 60_000,
  });
  expect(result.status, result.stderr).toBe(0);
  return result.stdout;
}

describe.skipIf(!hasScript)("on a terminal", () => {
  test("uses colours", () => {
    expect(onTerminal([])).toContain(ESCAPE);
    expect(onTerminal(["list", "--arch", "lstm", "--limit", "3"])).toContain(ESCAPE);
  });

  test("uses none when NO_COLOR is set to anything but the empty string", () => {
    expect(onTerminal([], { NO_COLOR: "1" })).not.toContain(ESCAPE);
    expect(onTerminal(["list", "--arch", "lstm"], { NO_COLOR: "0" })).not.toContain(ESCAPE);
    // no-color.org: an empty NO_COLOR is as good as none.
    expect(onTerminal([], { NO_COLOR: "" })).toContain(ESCAPE);
  });

  test("uses none with --no-color, before or after the command", () => {
    expect(onTerminal(["--no-color"])).not.toContain(ESCAPE);
    expect(onTerminal(["--no-color", "list", "--arch", "lstm"])).not.toContain(ESCAPE);
    expect(onTerminal(["list", "--arch", "lstm", "--no-color"])).not.toContain(ESCAPE);
    expect(onTerminal(["show", "gpt-2", "--no-color"])).not.toContain(ESCAPE);
  });

  test("shows the same text with and without colours", () => {
    const coloured = onTerminal(["show", "gpt-2"]);
    const plain = coloured.split(ESCAPE).map((part, index) => (index === 0 ? part : part.replace(/^[0-9;]*m/, "")));
    expect(plain.join("")).toBe(onTerminal(["show", "gpt-2", "--no-color"]));
  });
});

describe("the locale", () => {
  const CHINESE = /[\u4e00-\u9fff]/;
  test.each([
    ["LC_ALL over LANG", { LC_ALL: "zh_CN.UTF-8", LANG: "en_US.UTF-8" }, "zh"],
    ["LC_ALL over LC_MESSAGES", { LC_ALL: "en_US.UTF-8", LC_MESSAGES: "zh_CN.UTF-8", LANG: "zh_CN.UTF-8" }, "en"],
    ["LC_MESSAGES over LANG", { LC_MESSAGES: "zh_CN.UTF-8", LANG: "en_US.UTF-8" }, "zh"],
    ["LC_MESSAGES in English over a Chinese LANG", { LC_MESSAGES: "en_US.UTF-8", LANG: "zh_CN.UTF-8" }, "en"],
    ["LANG when the others are empty", { LC_ALL: "", LC_MESSAGES: "", LANG: "zh_TW.UTF-8" }, "zh"],
    ["English when nothing is set", {}, "en"],
  ] as const)("takes %s", (_case, env, expected) => {
    const output = onPipe(["describe", "gpt-2"], env);
    expect(CHINESE.test(output), output).toBe(expected === "zh");
  });

  test("--lang overrides every variable", () => {
    expect(onPipe(["describe", "gpt-2", "--lang", "en"], { LC_ALL: "zh_CN.UTF-8" })).not.toMatch(/[\u4e00-\u9fff]/);
    expect(onPipe(["describe", "gpt-2", "--lang", "zh"], { LC_ALL: "en_US.UTF-8" })).toMatch(/[\u4e00-\u9fff]/);
  });
});
