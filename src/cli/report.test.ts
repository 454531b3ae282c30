import { Command, CommanderError, Option } from "commander";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { InvalidArgumentError, ModelTaxonomyError } from "../errors.js";
import { HuggingFaceHubError } from "../huggingface/fetch.js";
import type { Locale } from "../i18n.js";
import { parseModel } from "../model.js";
import { registry } from "../registry/index.js";
import { _valuesParser } from "./flags.js";
import { CliError, EXIT } from "./input.js";
import { type _RequestDetails, _reportError, _unknownCommand } from "./report.js";

const NO_REQUEST: _RequestDetails = { endpoint: undefined, token: undefined };

let stderr = "";
beforeEach(() => {
  stderr = "";
  vi.spyOn(process.stderr, "write").mockImplementation((chunk: unknown) => {
    stderr += String(chunk);
    return true;
  });
});
afterEach(() => {
  vi.restoreAllMocks();
});

/** What `_reportError` wrote and resolved to. */
async function report(error: unknown, locale: Locale = "en", request = NO_REQUEST) {
  const code = await _reportError(error, locale, request);
  return { code, stderr };
}

/** The error commander itself throws for `argv` on a program set up by `configure`. */
function commanderError(configure: (program: Command) => void, argv: readonly string[]): CommanderError {
  const program = new Command("model-taxonomy")
    .exitOverride()
    .configureOutput({ writeErr: () => {}, writeOut: () => {} });
  configure(program);
  try {
    program.parse(argv, { from: "user" });
  } catch (error) {
    if (error instanceof CommanderError) return error;
    throw error;
  }
  throw new Error(`commander took ${argv.join(" ")}`);
}

/** The error the command failed with. */
function thrownBy(command: () => unknown): unknown {
  try {
    command();
  } catch (error) {
    return error;
  }
  throw new Error("nothing was thrown");
}

describe("_reportError with commander's errors", () => {
  test("writes nothing and succeeds after help or the version", async () => {
    const help = commanderError((program) => program.command("show"), ["--help"]);
    const version = commanderError((program) => program.version("1.0.0"), ["--version"]);
    const helpCommand = new CommanderError(0, "commander.help", "(outputHelp)");
    for (const error of [help, version, helpCommand]) {
      expect(await report(error), error.code).toEqual({ code: EXIT.ok, stderr: "" });
    }
  });

  // Each of commander's messages (English, as it throws them) in the user's words, with exit code 2.
  test.each<[string, (program: Command) => void, readonly string[], string, string]>([
    [
      "an unknown option with a suggestion",
      (program) => program.option("--color"),
      ["--colr"],
      "error: unknown option '--colr' (Did you mean --color?)\n",
      "错误： 未知选项 --colr；是不是 --color？\n",
    ],
    [
      "an unknown option without one",
      (program) => program.option("--color"),
      ["--zzzzzz"],
      "error: unknown option '--zzzzzz'\n",
      "错误： 未知选项 --zzzzzz\n",
    ],
    [
      "a missing argument",
      (program) => program.argument("<name>"),
      [],
      "error: missing required argument 'name'\n",
      "错误： 缺少参数 <name>\n",
    ],
    [
      "an option without its value",
      (program) => program.option("--sort <key>"),
      ["--sort"],
      "error: --sort needs a value\n",
      "错误： --sort 需要一个值\n",
    ],
    [
      "two options that conflict",
      (program) => program.addOption(new Option("--format <format>").conflicts("json")).option("--json"),
      ["--format", "yaml", "--json"],
      "error: --format cannot be used together with --json\n",
      "错误： --format 不能与 --json 同时使用\n",
    ],
    [
      "too many arguments for a command",
      (program) =>
        program
          .command("show")
          .argument("<name>")
          .action(() => {}),
      ["show", "gpt-2", "bert"],
      "error: show takes 1 argument, received 2\n",
      "错误： show 只接受 1 个参数，实际收到 2 个\n",
    ],
    [
      "too many arguments for the program",
      (program) =>
        program
          .argument("<a>")
          .argument("<b>")
          .action(() => {}),
      ["a", "b", "c"],
      "error: model-taxonomy takes 2 arguments, received 3\n",
      "错误： model-taxonomy 只接受 2 个参数，实际收到 3 个\n",
    ],
    [
      "counts of two digits",
      (program) => {
        for (let i = 1; i <= 10; i++) program.argument(`<file${i}>`);
        program.action(() => {});
      },
      Array.from({ length: 12 }, (_, i) => `f${i}.json`),
      "error: model-taxonomy takes 10 arguments, received 12\n",
      "错误： model-taxonomy 只接受 10 个参数，实际收到 12 个\n",
    ],
    [
      "a value outside the choices",
      (program) => program.addOption(new Option("--lang <locale>").choices(["en", "zh"])),
      ["--lang", "fr"],
      'error: --lang: "fr" is not allowed; choose one of en, zh\n',
      '错误： --lang：不允许 "fr"；可选值：en, zh\n',
    ],
    [
      "an error commander words alone",
      (program) => program.requiredOption("--x <value>"),
      [],
      "error: required option '--x <value>' not specified\n",
      "错误： 用法错误：required option '--x <value>' not specified\n",
    ],
  ])("reports %s", async (_what, configure, argv, en, zh) => {
    expect(await report(commanderError(configure, argv))).toEqual({ code: EXIT.usage, stderr: en });
    stderr = "";
    expect(await report(commanderError(configure, argv), "zh")).toEqual({ code: EXIT.usage, stderr: zh });
  });

  test("reports a flag's own error for the value its parser refused", async () => {
    const configure = (program: Command) =>
      program.addOption(new Option("--size <values>").argParser(_valuesParser("--size", ["small", "large"])));
    expect(await report(commanderError(configure, ["--size", "smal"]))).toEqual({
      code: EXIT.usage,
      stderr: 'error: unknown --size value "smal"; valid values: small, large (did you mean "small"?)\n',
    });
  });

  // Another version of commander may word a message otherwise: its own words are kept, not a half-read line.
  test.each([
    ["commander.unknownOption", "error: option --colr is not known"],
    ["commander.missingArgument", "error: argument name is missing"],
    ["commander.optionMissingArgument", "error: --sort wants a value"],
    ["commander.conflictingOption", "error: --json and --yaml conflict"],
    ["commander.excessArguments", "error: show takes one argument"],
    ["commander.invalidArgument", "error: --lang: fr is not one of en, zh"],
  ])("keeps commander's words for a %s it words otherwise", async (code, message) => {
    expect(await report(new CommanderError(1, code, message))).toEqual({
      code: EXIT.usage,
      stderr: `${message}\n`,
    });
  });
});

describe("_reportError with the Hub's errors", () => {
  const hub = (code: ConstructorParameters<typeof HuggingFaceHubError>[0], details = {}, message = "failed") =>
    new HuggingFaceHubError(code, "acme/model", message, details);
  const where = "acme/model (https://huggingface.co)";

  test.each<[string, HuggingFaceHubError, number, string]>([
    ["a 404", hub("not-found", { status: 404 }), EXIT.invalid, `${where}: 404 — no such model`],
    [
      "a 401 without a token",
      hub("unauthorized", { status: 401 }),
      EXIT.invalid,
      `${where}: 401 unauthorized — the model is private or gated, or does not exist; pass a token`,
    ],
    [
      "a 403",
      hub("forbidden", { status: 403 }),
      EXIT.invalid,
      `${where}: 403 forbidden — the token may not read this model (gated: accept its conditions on the Hub first)`,
    ],
    [
      "a 429 with the time to wait",
      hub("rate-limited", { status: 429, retryAfterSeconds: 30 }),
      EXIT.network,
      `${where}: 429 too many requests; retry after 30 s`,
    ],
    ["a 429 without it", hub("rate-limited", { status: 429 }), EXIT.network, `${where}: 429 too many requests`],
    ["a 500", hub("http", { status: 500 }), EXIT.network, `${where}: the Hub answered 500`],
    [
      "a timeout",
      hub("timeout", {}, "no answer from the Hub within 2500 ms"),
      EXIT.network,
      `${where}: no answer within 2500 ms`,
    ],
    ["an aborted request", hub("aborted"), EXIT.network, `${where}: the request was aborted`],
    [
      "a bad answer",
      hub("malformed-response"),
      EXIT.network,
      `${where}: the response is not valid JSON (cut short, or not the model API)`,
    ],
    [
      "a large answer",
      hub("response-too-large"),
      EXIT.network,
      `${where}: the response is larger than 16 MB, far more than any model's metadata`,
    ],
  ])("reports %s", async (_what, error, code, message) => {
    expect(await report(error)).toEqual({ code, stderr: `error: ${message}\n` });
  });

  test("tells a user who gave a token to check it", async () => {
    const request = { endpoint: undefined, token: "hf_abcdef" };
    expect((await report(hub("unauthorized", { status: 401 }), "en", request)).stderr).toBe(
      `error: ${where}: 401 unauthorized — the model is private or gated, or does not exist; check the token\n`,
    );
    stderr = "";
    const empty = { endpoint: undefined, token: "" };
    expect((await report(hub("unauthorized", { status: 401 }), "en", empty)).stderr).toMatch(/; pass a token\n$/);
  });

  test("names the system's error code of a network failure, one cause deep or two", async () => {
    const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:443"), { code: "ECONNREFUSED" });
    // fetch wraps the system's error: TypeError("fetch failed") with it as the cause.
    const wrapped = new TypeError("fetch failed", { cause: refused });
    for (const cause of [refused, wrapped]) {
      stderr = "";
      expect(await report(hub("network", { cause }))).toEqual({
        code: EXIT.network,
        stderr: `error: ${where}: the Hub could not be reached (ECONNREFUSED)\n`,
      });
    }
  });

  test.each([
    ["no cause", undefined],
    ["a cause without a code", new Error("socket hang up")],
    ["a code that is not a system error's", Object.assign(new Error("failed"), { code: "UND_ERR_SOCKET" })],
    ["a code that is not text", Object.assign(new Error("failed"), { code: 111 })],
    ["a code with more after it", Object.assign(new Error("failed"), { code: "ECONNREFUSED 127.0.0.1" })],
    ["a code that is not an error's", { code: "ECONNREFUSED" }],
  ])("gives no reason for a network failure with %s", async (_what, cause) => {
    expect((await report(hub("network", cause === undefined ? {} : { cause }))).stderr).toBe(
      `error: ${where}: the Hub could not be reached\n`,
    );
  });

  test("names the endpoint asked without its secrets", async () => {
    const request = { endpoint: "https://reader:s3cret@hub.example/mirror/?key=k3y", token: "hf_abcdef" };
    expect((await report(hub("not-found", { status: 404 }), "en", request)).stderr).toBe(
      "error: acme/model (https://hub.example/mirror): 404 — no such model\n",
    );
  });

  test("reports in Chinese", async () => {
    expect(await report(hub("aborted"), "zh")).toEqual({
      code: EXIT.network,
      stderr: "错误： acme/model (https://huggingface.co)：请求已中止\n",
    });
  });
});

describe("_reportError with other errors", () => {
  test("reports an unknown model with its suggestions, or without when none is close", async () => {
    expect(await report(thrownBy(() => registry.require("gtp-2")))).toEqual({
      code: EXIT.invalid,
      stderr: 'error: unknown model "gtp-2"; did you mean "GPT-2", "GPT-1" or "GPT-3"?\n',
    });
    stderr = "";
    expect(await report(thrownBy(() => registry.require("qqqqqqqqqqqqqqqqqqqqqq")))).toEqual({
      code: EXIT.invalid,
      stderr: 'error: unknown model "qqqqqqqqqqqqqqqqqqqqqq"\n',
    });
  });

  test("reports the command line's own errors with their exit code", async () => {
    const error = new CliError((t) => t.stdoutClosed, EXIT.io);
    expect(await report(error)).toEqual({
      code: EXIT.io,
      stderr: "error: standard output is closed; redirect it to a file or to /dev/null instead\n",
    });
  });

  test("reports a value the library refused as a usage error", async () => {
    const error = new InvalidArgumentError("limit", "expected a whole number ≥ 0, received -1");
    expect(await report(error)).toEqual({ code: EXIT.usage, stderr: `error: ${error.message}\n` });
    stderr = "";
    expect(await report(error, "zh")).toEqual({ code: EXIT.usage, stderr: `错误： 用法错误：${error.message}\n` });
  });

  test("reports the library's other errors with exit code 1", async () => {
    expect(await report(new ModelTaxonomyError("the registry is empty"))).toEqual({
      code: EXIT.invalid,
      stderr: "error: the registry is empty\n",
    });
    stderr = "";
    // A record's problems, one a line in the message, on the one line of the report.
    const invalid = await report(thrownBy(() => parseModel({ id: "x" })));
    expect(invalid.code).toBe(EXIT.invalid);
    expect(invalid.stderr).toMatch(
      /^error: Invalid model record "x" \(11 problems\): ✖ name: is required ✖ organization: /,
    );
  });

  test("reports a failed write to standard output with exit code 3", async () => {
    const failed = (code: string, syscall: string) => Object.assign(new Error(`${syscall} ${code}`), { code, syscall });
    expect(await report(failed("ENOSPC", "write"))).toEqual({
      code: EXIT.io,
      stderr: "error: cannot write to standard output: no space left on the device\n",
    });
    stderr = "";
    expect(await report(failed("EPIPE", "write"))).toEqual({
      code: EXIT.io,
      stderr: "error: cannot write to standard output: EPIPE\n",
    });
    stderr = "";
    // A failed read is no write failure.
    expect(await report(failed("EIO", "read"))).toEqual({
      code: EXIT.invalid,
      stderr: "error: unexpected failure: read EIO\n",
    });
  });

  test("reports anything else as unexpected, with exit code 1", async () => {
    expect(await report(new RangeError("out of range"))).toEqual({
      code: EXIT.invalid,
      stderr: "error: unexpected failure: out of range\n",
    });
    stderr = "";
    expect(await report("a thrown string", "zh")).toEqual({
      code: EXIT.invalid,
      stderr: "错误： 意外错误：a thrown string\n",
    });
  });

  test("keeps a message on one line", async () => {
    expect((await report(new Error("first line\n  second line\n\nthird"))).stderr).toBe(
      "error: unexpected failure: first line second line third\n",
    );
  });

  test("blanks the token and the endpoint's secrets wherever they appear", async () => {
    const request = { endpoint: "https://reader:s3cret@hub.example/?key=k3y", token: "hf_abcdef" };
    const error = new Error("sent hf_abcdef as reader:s3cret to https://hub.example/?key=k3y");
    expect((await report(error, "en", request)).stderr).toBe(
      "error: unexpected failure: sent *** as ***:*** to https://hub.example/?***\n",
    );
  });

  test("leaves secrets of two characters or fewer, which would blank parts of every word", async () => {
    const request = { endpoint: undefined, token: "ab" };
    expect((await report(new Error("an absent label"), "en", request)).stderr).toBe(
      "error: unexpected failure: an absent label\n",
    );
  });
});

describe("_unknownCommand", () => {
  const program = new Command("model-taxonomy");
  program.command("list").alias("query");
  program.command("show");
  program.command("family");

  test.each([
    ["lsit", 'unknown command "lsit" (did you mean list?); the commands: list, show, family (see --help)'],
    ["qeury", 'unknown command "qeury" (did you mean query?); the commands: list, show, family (see --help)'],
    ["zzzzzz", 'unknown command "zzzzzz"; the commands: list, show, family (see --help)'],
  ])("reports %s with the closest command, if one is close", (command, message) => {
    const error = _unknownCommand(program, command);
    expect(error.exitCode).toBe(EXIT.usage);
    expect(error.message).toBe(message);
  });
});
