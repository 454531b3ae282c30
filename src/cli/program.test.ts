import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { runInProcess } from "../../test/cli-in-process.js";
import { _EXIT_HELP } from "./help.js";

const COMMANDS = ["list", "show", "describe", "facets", "validate", "classify", "schema", "family"];

describe("run", () => {
  test("prints the package's version with --version and -v", async () => {
    const pkg: unknown = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8"));
    const version = typeof pkg === "object" && pkg !== null && "version" in pkg ? pkg.version : undefined;
    expect(version).toMatch(/^\d+\.\d+\.\d+/);
    expect(await runInProcess(["--version"])).toEqual({ code: 0, stdout: `${version}\n`, stderr: "" });
    expect((await runInProcess(["-v"])).stdout).toBe(`${version}\n`);
    // With another flag, the program itself answers.
    expect(await runInProcess(["--lang", "zh", "--version"])).toEqual({ code: 0, stdout: `${version}\n`, stderr: "" });
  });

  test("--help names every command, gives examples and ends with the exit codes", async () => {
    const { code, stdout, stderr } = await runInProcess(["--help"]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout.startsWith("Usage: model-taxonomy [options] [command]\n")).toBe(true);
    // The program's own options, each with what it does.
    expect(stdout).toMatch(/\n {2}-v, --version +output the version number\n/);
    expect(stdout).toMatch(/\n {2}--lang <locale> +language of the output: en or zh \(default: from\s+LANG\)/);
    for (const command of COMMANDS) expect(stdout).toMatch(new RegExp(`\\n {2}${command}(\\|query)? \\[options\\]`));
    expect(stdout).toContain("\nExamples:\n  $ model-taxonomy\n  $ model-taxonomy list --arch lstm --year ..2017\n");
    expect(stdout).toContain('  $ model-taxonomy family "Llama 2"\n');
    expect(stdout.endsWith(`${_EXIT_HELP}\n`)).toBe(true);
  });

  test("help alone is the program's help, help with a command or its alias is that command's", async () => {
    expect((await runInProcess(["help"])).stdout).toBe((await runInProcess(["--help"])).stdout);
    const list = await runInProcess(["list", "--help"]);
    expect(list.stdout.startsWith("Usage: model-taxonomy list|query [options]\n")).toBe(true);
    // Every command takes the language and colour options, said without the program's default.
    expect(list.stdout).toMatch(/\n {2}--lang <locale> +language of the output: en or zh \(choices: "en", "zh"\)\n/);
    expect(list.stdout).toMatch(/\n {2}--no-color +never use colours\n/);
    expect(list.stdout).toContain("\n  $ model-taxonomy list --arch lstm\n");
    expect(await runInProcess(["help", "list"])).toEqual({ code: 0, stdout: list.stdout, stderr: "" });
    expect((await runInProcess(["help", "query"])).stdout).toBe(list.stdout);
    for (const command of COMMANDS.filter((name) => name !== "list")) {
      const help = await runInProcess(["help", command]);
      expect(help.stdout.startsWith(`Usage: model-taxonomy ${command} [options]`)).toBe(true);
      expect(help.stdout.endsWith(`${_EXIT_HELP}\n`)).toBe(true);
    }
  });

  test("help of an unknown command is a usage error", async () => {
    expect(await runInProcess(["help", "nope"])).toEqual({
      code: 2,
      stdout: "",
      stderr: `error: unknown command "nope"; the commands: ${COMMANDS.join(", ")} (see --help)\n`,
    });
  });

  test("an unknown command gets the closest command, in either language", async () => {
    expect(await runInProcess(["lsit"])).toEqual({
      code: 2,
      stdout: "",
      stderr: `error: unknown command "lsit" (did you mean list?); the commands: ${COMMANDS.join(", ")} (see --help)\n`,
    });
    expect((await runInProcess(["lsit", "--lang", "zh"])).stderr).toBe(
      `错误： 未知命令 "lsit"（是不是 list？）；可用命令：${COMMANDS.join("、")}（见 --help）\n`,
    );
  });

  test("a long unknown command gets no suggestion, and is cut short in the message", async () => {
    const long = "l".repeat(33);
    expect((await runInProcess([long])).stderr).toBe(
      `error: unknown command "${long}"; the commands: ${COMMANDS.join(", ")} (see --help)\n`,
    );
    const huge = "x".repeat(200);
    expect((await runInProcess([huge])).stderr).toContain(`"${"x".repeat(80)}…"`);
  });

  test("reads the language of an error from --lang anywhere before --, then from the environment", async () => {
    const zh = /^错误： 未知命令 "lsit"/;
    const en = /^error: unknown command "lsit"/;
    expect((await runInProcess(["--lang", "zh", "lsit"])).stderr).toMatch(zh);
    expect((await runInProcess(["--lang=zh", "lsit"])).stderr).toMatch(zh);
    expect((await runInProcess(["lsit", "--", "--lang", "zh"])).stderr).toMatch(en);
    expect((await runInProcess(["lsit"], { env: { LANG: "zh_CN.UTF-8" } })).stderr).toMatch(zh);
    expect((await runInProcess(["lsit", "--lang", "en"], { env: { LANG: "zh_CN.UTF-8" } })).stderr).toMatch(en);
    // A value that is no language is skipped: a later --lang, else the environment, says how to refuse it.
    const refused = '错误： --lang：不允许 "fr"；可选值：en, zh\n';
    expect((await runInProcess(["--lang", "fr", "--lang", "zh"])).stderr).toBe(refused);
    expect((await runInProcess(["--lang=fr"], { env: { LC_ALL: "zh_TW.UTF-8" } })).stderr).toBe(refused);
  });

  test("an unknown flag is a usage error, with the closest flag when there is one", async () => {
    expect(await runInProcess(["list", "--arhc", "lstm"])).toEqual({
      code: 2,
      stdout: "",
      stderr: "error: unknown option '--arhc' (Did you mean --arch?)\n",
    });
    expect((await runInProcess(["--bogus"])).stderr).toBe("error: unknown option '--bogus'\n");
    expect((await runInProcess(["list", "--arhc", "--lang", "zh"])).stderr).toBe(
      "错误： 未知选项 --arhc；是不是 --arch？\n",
    );
    expect((await runInProcess(["--bogus", "--lang", "zh"])).stderr).toBe("错误： 未知选项 --bogus\n");
  });

  test("a flag without its value is a usage error that names the flag", async () => {
    expect(await runInProcess(["list", "--arch"])).toEqual({
      code: 2,
      stdout: "",
      stderr: "error: --arch needs a value\n",
    });
    expect((await runInProcess(["list", "--lang", "zh", "--arch"])).stderr).toBe("错误： --arch 需要一个值\n");
  });

  test("flags that exclude each other are a usage error", async () => {
    expect(await runInProcess(["list", "--params", "1B..", "--unknown-params"])).toEqual({
      code: 2,
      stdout: "",
      stderr: "error: --unknown-params cannot be used together with --params\n",
    });
    expect((await runInProcess(["list", "--open-weights", "--closed-weights", "--lang", "zh"])).stderr).toBe(
      "错误： --closed-weights 不能与 --open-weights 同时使用\n",
    );
  });

  test("a --lang that is no language is a usage error that lists the languages", async () => {
    expect(await runInProcess(["--lang", "fr"])).toEqual({
      code: 2,
      stdout: "",
      stderr: 'error: --lang: "fr" is not allowed; choose one of en, zh\n',
    });
    expect((await runInProcess(["show", "gpt-2", "--lang", "de"], { env: { LANG: "zh_CN.UTF-8" } })).stderr).toBe(
      '错误： --lang：不允许 "de"；可选值：en, zh\n',
    );
  });

  test("a command given more arguments than it takes is a usage error, not a silent cut", async () => {
    // An unquoted name of two words: the second would otherwise be dropped without a word.
    expect(await runInProcess(["show", "Llama", "2"])).toEqual({
      code: 2,
      stdout: "",
      stderr: "error: show takes 1 argument, received 2\n",
    });
    expect((await runInProcess(["list", "lstm"])).stderr).toBe("error: list takes 0 arguments, received 1\n");
    expect((await runInProcess(["describe", "gpt-2", "extra", "--lang", "zh"])).stderr).toBe(
      "错误： describe 只接受 1 个参数，实际收到 2 个\n",
    );
    // help takes its topic.
    expect((await runInProcess(["help", "show"])).code).toBe(0);
  });

  test("a command without its argument is a usage error in either language", async () => {
    expect(await runInProcess(["validate"])).toEqual({
      code: 2,
      stdout: "",
      stderr: "error: missing required argument 'file'\n",
    });
    expect((await runInProcess(["classify", "--lang", "zh"])).stderr).toBe("错误： 缺少参数 <source>\n");
  });

  test("without a command prints the overview", async () => {
    const { code, stdout } = await runInProcess([]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^model-taxonomy — \d+ well-known AI models along six aspects, in \d+ families\n/);
    expect((await runInProcess(["--lang", "zh"])).stdout).toMatch(
      /^model-taxonomy — 按六个维度整理的 \d+ 个知名 AI 模型/,
    );
  });
});

describe("run when standard output fails", () => {
  const failure = (code: string) =>
    Object.assign(new Error(`${code}: write failed`), { code, syscall: "write", errno: -28 });

  test("a full disk is one line on standard error and exit code 3, in either language", async () => {
    expect(await runInProcess(["schema"], { writeError: failure("ENOSPC") })).toEqual({
      code: 3,
      stdout: "",
      stderr: "error: cannot write to standard output: no space left on the device\n",
    });
    expect((await runInProcess(["show", "gpt-2", "--lang", "zh"], { writeError: failure("ENOSPC") })).stderr).toBe(
      "错误： 无法写入标准输出：设备空间不足\n",
    );
  });

  test("any other failed write names its error code", async () => {
    expect(await runInProcess(["describe", "gpt-2"], { writeError: failure("EBADF") })).toEqual({
      code: 3,
      stdout: "",
      stderr: "error: cannot write to standard output: EBADF\n",
    });
  });

  test("a message over several lines is reported on one", async () => {
    expect((await runInProcess(["describe", "gpt-2"], { writeError: new Error("first\n   second") })).stderr).toBe(
      "error: unexpected failure: first second\n",
    );
  });

  test("an error that is no failed write is an unexpected failure, exit code 1", async () => {
    const read = Object.assign(new Error("EIO: i/o error, read"), { code: "EIO", syscall: "read" });
    expect(await runInProcess(["describe", "gpt-2"], { writeError: read })).toEqual({
      code: 1,
      stdout: "",
      stderr: "error: unexpected failure: EIO: i/o error, read\n",
    });
    expect((await runInProcess(["describe", "gpt-2", "--lang", "zh"], { writeError: new Error("boom") })).stderr).toBe(
      "错误： 意外错误：boom\n",
    );
  });
});
