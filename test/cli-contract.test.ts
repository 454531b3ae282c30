/**
 * The command line's documented contract (docs/cli.md), tested on the built binary (dist/cli.js) the way users
 * and pipelines meet it: slow readers, full and closed standard streams, terminals, a Chinese locale, odd
 * endpoints and hostile files. Needs `npm run build` first (`npm test` does it).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { measureNdjsonMemory } from "../scripts/measure-ndjson-memory.js";
import { type CliResult, runCli, runCliAsync } from "./cli-process.js";
import { OWN_RECORD } from "./records.js";

const root = resolve(import.meta.dirname, "..");
const cli = join(root, "dist", "cli.js");
let work = "";

type Result = CliResult;

const baseEnv = { PATH: process.env.PATH ?? "", LANG: "en_US.UTF-8" };

function run(args: readonly string[], env: Record<string, string> = {}): Result {
  return runCli(cli, args, { cwd: work, env: { ...baseEnv, ...env } });
}

/** Runs the binary from a shell, for redirections a spawn cannot express (`>&-`, `<&-`, `> /dev/full`). */
function shell(script: string, env: Record<string, string> = {}): Result {
  const result = spawnSync("sh", ["-c", script], {
    cwd: work,
    encoding: "utf8",
    env: { ...baseEnv, CLI: `"${process.execPath}" "${cli}"`, ...env },
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function runAsync(args: readonly string[], env: Record<string, string> = {}): Promise<Result> {
  return runCliAsync(cli, args, { cwd: work, env: { ...baseEnv, ...env } });
}

/** One line on standard error, no stack trace, the given exit code. */
function expectOneLineError(result: Result, code: number, pattern: RegExp): void {
  expect(result.code, result.stderr).toBe(code);
  expect(result.stderr.trimEnd().split("\n"), result.stderr).toHaveLength(1);
  expect(result.stderr).toMatch(pattern);
  expect(result.stderr).not.toMatch(/\n\s+at |node:internal/);
}

const validRecord = OWN_RECORD;

interface Seen {
  url: string;
  headers: IncomingHttpHeaders;
}
let server: Server;
let port = 0;
const seen: Seen[] = [];

beforeAll(async () => {
  if (!existsSync(cli)) throw new Error("build the package first: npm run build");
  work = mkdtempSync(join(tmpdir(), "model-taxonomy-contract-"));
  server = createServer((request, response) => {
    seen.push({ url: request.url ?? "", headers: request.headers });
    if ((request.url ?? "").includes("/api/models/acme/huge")) {
      // A body far larger than any model's metadata, sent without a length so only counting can stop it.
      response.writeHead(200, { "content-type": "application/json" });
      const chunk = `{"pad":"${"x".repeat(1024 * 1024)}"}`;
      let sent = 0;
      const pump = () => {
        while (sent < 40 && response.write(chunk)) sent++;
        if (sent >= 40) response.end();
        else response.once("drain", pump);
      };
      response.on("error", () => {});
      pump();
      return;
    }
    response.writeHead(404, { "content-type": "application/json" });
    response.end('{"error":"Repository not found"}');
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const address = server.address();
  port = typeof address === "object" && address !== null ? address.port : 0;
});

afterAll(async () => {
  await new Promise<void>((done) => server.close(() => done()));
  if (work !== "") rmSync(work, { recursive: true, force: true });
});

describe("classify --ndjson", () => {
  test("holds constant memory while its reader sleeps, and loses no line", async () => {
    // Without waiting for the pipe to drain, 40,000 classifications pile up in memory (over 400 MB) while the
    // reader sleeps; with it, the command stays near its resting size.
    const measured = await measureNdjsonMemory(40_000, 6_000);
    expect(measured.exitCode).toBe(0);
    expect(measured.linesOut).toBe(40_000);
    expect(measured.peakRssMegabytes).toBeGreaterThan(0);
    expect(measured.peakRssMegabytes).toBeLessThan(250);
  }, 180_000);

  test("reports a directory with exit code 3", () => {
    mkdirSync(join(work, "folder"), { recursive: true });
    expectOneLineError(run(["classify", "folder", "--ndjson"]), 3, /folder: cannot read: is a directory/);
  });

  test("refuses a binary file and text that is not UTF-8 with exit code 3", () => {
    writeFileSync(join(work, "binary.ndjson"), Buffer.from([0x7b, 0x00, 0x01, 0x02, 0x0a, 0xff]));
    expectOneLineError(run(["classify", "binary.ndjson", "--ndjson"]), 3, /binary\.ndjson: looks like a binary file/);
    writeFileSync(join(work, "latin1.ndjson"), Buffer.from('{"id":"caf\xe9/x"}\n', "latin1"));
    expectOneLineError(run(["classify", "latin1.ndjson", "--ndjson"]), 3, /latin1\.ndjson: is not UTF-8 text/);
  });

  test("refuses a closed standard input instead of reading nothing", () => {
    expectOneLineError(shell('eval "$CLI classify - --ndjson" <&-'), 3, /standard input is closed/);
    // An empty input that is really there is an empty stream.
    expect(shell('eval "$CLI classify - --ndjson" < /dev/null').code).toBe(0);
  });

  test("still reads CRLF lines, blank lines and a last line without a newline", () => {
    writeFileSync(join(work, "crlf.ndjson"), '{"id":"acme/a"}\r\n\r\n{"id":"acme/b"}');
    const result = run(["classify", "crlf.ndjson", "--ndjson"]);
    expect(result.code, result.stderr).toBe(0);
    expect(
      result.stdout
        .trim()
        .split("\n")
        .map((line) => JSON.parse(line).id),
    ).toEqual(["acme/a", "acme/b"]);
  });
});

describe("standard output", () => {
  // Without /dev/full the test is reported as skipped, not passed.
  test.skipIf(!existsSync("/dev/full"))("full: one line and exit code 3, never a stack trace", () => {
    for (const command of ["list", "facets", "schema"]) {
      expectOneLineError(shell(`eval "$CLI ${command}" > /dev/full`), 3, /cannot write to standard output: no space/);
    }
  });

  test("closed: one line and exit code 3 instead of a silent success", () => {
    expectOneLineError(shell('eval "$CLI list" >&-'), 3, /standard output is closed/);
    // /dev/null opened by the shell is a real destination: the command succeeds.
    expect(shell('eval "$CLI list" > /dev/null').code).toBe(0);
  });

  test("a reader that stops early ends the command quietly", () => {
    const result = shell('eval "$CLI list" | head -n 1');
    expect(result.stdout).toMatch(/^Name\s+Organization/);
    expect(result.stderr).toBe("");
  });
});

describe("--no-color on a terminal", () => {
  // script(1) gives the command a real pseudo-terminal, where colours are on unless turned off.
  const hasScript = spawnSync("script", ["--version"], { encoding: "utf8" }).status === 0;
  const onTerminal = (args: string, env: Record<string, string> = {}): string => {
    const result = spawnSync("script", ["-qec", `"${process.execPath}" "${cli}" ${args}`, "/dev/null"], {
      cwd: work,
      encoding: "utf8",
      env: { ...baseEnv, TERM: "xterm", ...env },
      timeout: 60_000,
    });
    return result.stdout;
  };

  // Without script(1) these are reported as skipped, not passed.
  test.skipIf(!hasScript).each(["list --arch lstm", "facets --domain nlp", "show gpt-2", "validate valid.json"])(
    "turns colours off for %s with --no-color before or after the command, and with NO_COLOR",
    (args) => {
      writeFileSync(join(work, "valid.json"), JSON.stringify(validRecord));
      expect(onTerminal(args)).toContain("\u001b[");
      expect(onTerminal(`${args} --no-color`)).not.toContain("\u001b[");
      expect(onTerminal(`--no-color ${args}`)).not.toContain("\u001b[");
      expect(onTerminal(args, { NO_COLOR: "1" })).not.toContain("\u001b[");
    },
  );
});

describe("ranges", () => {
  test("take decimal sizes such as 1.5B..7B", () => {
    const result = run(["list", "--params", "1.5B..7B", "--json"]);
    expect(result.code, result.stderr).toBe(0);
    const models: { parameters: { total: number } }[] = JSON.parse(result.stdout).models;
    expect(models.length).toBeGreaterThan(0);
    for (const model of models) {
      expect(model.parameters.total).toBeGreaterThanOrEqual(1_500_000_000);
      expect(model.parameters.total).toBeLessThanOrEqual(7_000_000_000);
    }
    const upTo = run(["list", "--params", "..0.5B", "--json"]);
    expect(upTo.code, upTo.stderr).toBe(0);
    const small: { parameters: { total: number } }[] = JSON.parse(upTo.stdout).models;
    expect(small.length).toBeGreaterThan(0);
    expect(small.filter((model) => model.parameters.total > 500_000_000)).toEqual([]);
    expectOneLineError(run(["list", "--params", "1.5B...7B"]), 2, /malformed range/);
  });
});

describe("commands", () => {
  test("an unknown command is a usage error that lists the commands", () => {
    expectOneLineError(
      run(["lsit"]),
      2,
      /unknown command "lsit" \(did you mean list\?\); the commands: list, show, describe, facets, validate, classify, schema/,
    );
    expectOneLineError(run(["frobnicate", "x"]), 2, /unknown command "frobnicate"; the commands: list, show/);
  });

  test("help shows the help of a command, like --help", () => {
    const result = run(["help", "list"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(run(["list", "--help"]).stdout);
    expectOneLineError(run(["help", "lsit"]), 2, /unknown command "lsit" \(did you mean list\?\)/);
  });
});

describe("validate limits", () => {
  test("checks up to 50,000 records and refuses more with exit code 3", () => {
    // The smallest valid record, so that 50,000 of them stay under the 16 MB file limit.
    const compact = JSON.stringify({
      ...validRecord,
      id: "a",
      name: "A",
      organization: "A",
      training: { method: "from-scratch" },
      architecture: { family: "mlp" },
    });
    writeFileSync(join(work, "many.json"), `[${Array.from({ length: 50_000 }, () => compact).join(",")}]`);
    const atLimit = run(["validate", "many.json"]);
    expect(atLimit.code, atLimit.stderr).toBe(0);
    expect(atLimit.stdout).toMatch(/All 50000 records are valid/);
    writeFileSync(join(work, "too-many.json"), `[${Array.from({ length: 50_001 }, () => "{}").join(",")}]`);
    expectOneLineError(
      run(["validate", "too-many.json"]),
      3,
      /too-many\.json: 50001 records is more than the 50000 that validate checks at once/,
    );
  });

  test("reports a record nested deeper than 64 levels as invalid, without crashing", () => {
    const nest = (depth: number): unknown => (depth === 0 ? "x" : { deeper: nest(depth - 1) });
    writeFileSync(join(work, "deep.json"), JSON.stringify([validRecord, { ...validRecord, extra: nest(64) }]));
    const result = run(["validate", "deep.json", "--json"]);
    expect(result.code, result.stderr).toBe(1);
    const report: { records: { valid: boolean; issues: { message: string }[] }[] } = JSON.parse(result.stdout);
    expect(report.records.map((record) => record.valid)).toEqual([true, false]);
    expect(report.records[1]?.issues[0]?.message).toMatch(/nested deeper than 64 levels/);
    writeFileSync(join(work, "shallow.json"), JSON.stringify({ ...validRecord, extra: nest(62) }));
    expect(run(["validate", "shallow.json", "--json"]).stdout).not.toMatch(/nested deeper/);
  });

  test("reports a record whose parameter count is out of range as invalid, beside the valid ones", () => {
    const records = [validRecord, { ...validRecord, id: "negative", parameters: { total: -1 } }];
    writeFileSync(join(work, "negative.json"), JSON.stringify(records));
    const result = run(["validate", "negative.json", "--json"]);
    expect(result.code, result.stderr).toBe(1);
    const report: { records: { id: string; valid: boolean; issues: unknown[] }[] } = JSON.parse(result.stdout);
    expect(report.records.map((record) => [record.id, record.valid])).toEqual([
      ["acme-sentiment", true],
      ["negative", false],
    ]);
    expect(report.records[1]?.issues.length).toBeGreaterThan(0);
  });

  test("a deeply nested YAML file is invalid data, not a crash", () => {
    writeFileSync(join(work, "deep.yaml"), `${"[".repeat(20_000)}${"]".repeat(20_000)}`);
    expectOneLineError(run(["validate", "deep.yaml"]), 1, /deep\.yaml: invalid YAML/);
  });
});

describe("errors under a Chinese locale", () => {
  const zh = { LANG: "zh_CN.UTF-8" };
  // After the prefix, the whole line is Chinese: once the user's own input (quoted), flags, URLs and paths are
  // taken out, no English is left — no two words in a row, none of the words English messages are made of.
  // Vocabulary values (lists such as "small, medium, large") are identifiers and may stay.
  const expectChinese = (result: Result, code: number) => {
    expect(result.code, result.stderr).toBe(code);
    expect(result.stderr).toMatch(/^错误： /);
    const rest = result.stderr
      .replace(/"[^"]*"/g, "")
      .replace(/--?[\w-]+/g, "")
      .replace(/https?:\/\/\S+?(?=\))/g, "")
      .replace(/[\w./-]*\.(json|yaml|ndjson)\b/g, "");
    expect(rest, result.stderr).not.toMatch(/[A-Za-z]{2,} [A-Za-z]{2,}/);
    expect(rest, result.stderr).not.toMatch(
      /\b(is|not|the|of|to|unknown|cannot|expected|received|did|mean|missing|invalid|error|option|argument)\b/i,
    );
  };

  test.each<[string, readonly string[], number]>([
    ["an unknown command", ["lsit"], 2],
    ["an unknown flag", ["list", "--archh", "rnn"], 2],
    ["an unknown value", ["list", "--size", "huge"], 2],
    ["a malformed range", ["list", "--params", "1B..lots"], 2],
    ["a missing argument", ["validate"], 2],
    ["a bad choice", ["list", "--lang", "fr"], 2],
    ["an unknown sort key", ["list", "--sort", "colour"], 2],
    ["an unknown model", ["show", "gtp-2"], 1],
    ["a missing file", ["validate", "missing.json"], 3],
    ["invalid JSON", ["validate", "broken.json"], 1],
    ["a repo id that is not one", ["classify", "not a repo"], 2],
    ["a timeout of zero", ["classify", "acme/x", "--timeout", "0"], 2],
  ])("%s", (_, args, code) => {
    writeFileSync(join(work, "broken.json"), '{"id": }');
    expectChinese(run(args, zh), code);
  });

  test("a Hub that does not know the model", async () => {
    expectChinese(await runAsync(["classify", "acme/nowhere", "--endpoint", `http://127.0.0.1:${port}`], zh), 1);
  });
});

describe("classify from a Hub endpoint", () => {
  test("keeps the endpoint's path and query string in the request", async () => {
    seen.length = 0;
    await runAsync(["classify", "acme/missing", "--endpoint", `http://127.0.0.1:${port}/mirror/?region=eu`]);
    expect(seen.map((request) => request.url)).toEqual(["/mirror/api/models/acme/missing?region=eu"]);
  });

  test("never shows credentials from the endpoint, and sends them as Basic authentication", async () => {
    seen.length = 0;
    const secret = "s3cret-password";
    const missing = await runAsync([
      "classify",
      "acme/missing",
      "--endpoint",
      `http://alice:${secret}@127.0.0.1:${port}`,
    ]);
    expectOneLineError(missing, 1, /acme\/missing \(http:\/\/127\.0\.0\.1:\d+\): 404/);
    expect(missing.stderr).not.toContain(secret);
    expect(missing.stderr).not.toContain("alice");
    expect(seen[0]?.headers.authorization).toBe(`Basic ${Buffer.from(`alice:${secret}`).toString("base64")}`);
    // Unreachable, and malformed: neither message echoes the password.
    const unreachable = await runAsync(["classify", "acme/x", "--endpoint", `http://alice:${secret}@127.0.0.1:1`]);
    expectOneLineError(unreachable, 4, /could not be reached/);
    expect(unreachable.stderr).not.toContain(secret);
    const malformed = run(["classify", "acme/x", "--endpoint", `ftp//alice:${secret}@host`]);
    expectOneLineError(malformed, 2, /--endpoint: expected an http\(s\) URL/);
    expect(malformed.stderr).not.toContain(secret);
  });

  test("refuses a response body over 16 MB with exit code 4 instead of reading it whole", async () => {
    expectOneLineError(
      await runAsync(["classify", "acme/huge", "--endpoint", `http://127.0.0.1:${port}`]),
      4,
      /acme\/huge .*: the response is larger than 16 MB/,
    );
  });
});
