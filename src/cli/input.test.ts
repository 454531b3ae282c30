import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from "vitest";
import { runInProcess } from "../../test/cli-in-process.js";
import { OWN_RECORD } from "../../test/records.js";
import { MAX_LINE_BYTES, readLines } from "./input.js";

// A stand-in for /proc, to show the command line a standard input closed before it started, which a test
// cannot do to its own process: what each path under /proc/self reads as. Empty, the real file system answers.
const proc = vi.hoisted(() => new Map<string, string>());
// Files whose opening fails with the code given, as for a user the file's permissions refuse (the superuser, who
// runs these tests in some places, is never refused).
const refused = vi.hoisted(() => new Map<string, string>());

vi.mock("node:fs", async (importOriginal) =>
  (await import("../../test/simulated-fs.js")).simulatedFs(await importOriginal(), proc, refused),
);

let work = "";
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "model-taxonomy-input-"));
});
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

async function linesOf(path: string): Promise<string[]> {
  const lines: string[] = [];
  for await (const line of readLines(path)) lines.push(line);
  return lines;
}

describe("readLines", () => {
  test("gives each line without its line ending, the last one also without a newline after it", async () => {
    const path = join(work, "lines.txt");
    writeFileSync(path, "one\r\ntwo\n\nthree\r");
    expect(await linesOf(path)).toEqual(["one", "two", "", "three"]);
  });

  test("gives nothing for an empty file, and no empty last line after a final newline", async () => {
    writeFileSync(join(work, "empty.txt"), "");
    expect(await linesOf(join(work, "empty.txt"))).toEqual([]);
    writeFileSync(join(work, "one.txt"), "one\n");
    expect(await linesOf(join(work, "one.txt"))).toEqual(["one"]);
  });

  test.each(["EACCES", "EPERM"])("says permission was denied for a file whose opening fails with %s", async (code) => {
    const path = join(work, `refused-${code}.ndjson`);
    refused.set(path, code);
    try {
      await expect(linesOf(path)).rejects.toThrow(`${path}: cannot read: permission denied`);
    } finally {
      refused.clear();
    }
  });

  test("drops a byte order mark at the start only", async () => {
    const path = join(work, "bom.txt");
    writeFileSync(path, "\uFEFFone\n\uFEFFtwo");
    expect(await linesOf(path)).toEqual(["one", "\uFEFFtwo"]);
  });
});

describe("classify --ndjson on standard input", () => {
  const record = JSON.stringify({ id: "acme/model", pipeline_tag: "text-generation" });

  test("joins a line that arrives in several chunks", async () => {
    const { code, stdout } = await runInProcess(["classify", "-", "--ndjson"], {
      stdin: [record.slice(0, 10), record.slice(10, 20), `${record.slice(20)}\n${record}`],
    });
    expect(code).toBe(0);
    expect(
      stdout
        .trimEnd()
        .split("\n")
        .map((line) => JSON.parse(line).id),
    ).toEqual(["acme/model", "acme/model"]);
  });

  test("drops a byte order mark in the first chunk, and keeps one that arrives later", async () => {
    const { stdout } = await runInProcess(["classify", "-", "--ndjson"], {
      stdin: ["\uFEFF", `${record}\n`, `\uFEFF${record}\n`],
    });
    const [first, second] = stdout
      .trimEnd()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(first.id).toBe("acme/model");
    expect(second).toEqual({ line: 2, error: expect.stringMatching(/^invalid JSON: /) });
  });

  test("drops a byte order mark split across the first chunks", async () => {
    const { code, stdout } = await runInProcess(["classify", "-", "--ndjson"], {
      stdin: [Buffer.from([0xef]), Buffer.concat([Buffer.from([0xbb, 0xbf]), Buffer.from(`${record}\n`)])],
    });
    expect(code).toBe(0);
    expect(JSON.parse(stdout).id).toBe("acme/model");
  });

  test("looks for a NUL byte in the rest of the first 8 KB only, however the chunks fall", async () => {
    // 4,000 bytes, then a chunk whose NUL is at 5,000: byte 9,000 of the stream, past the first 8 KB.
    const past = Buffer.alloc(8000, 0x20);
    past[5000] = 0;
    const late = await runInProcess(["classify", "-", "--ndjson"], { stdin: [Buffer.alloc(4000, 0x20), past] });
    expect(late.stderr).toBe("");
    // A NUL early in a long third chunk, after the first 8 KB.
    const third = Buffer.alloc(10_000, 0x20);
    third[10] = 0;
    const later = await runInProcess(["classify", "-", "--ndjson"], {
      stdin: [`${record}\n`, Buffer.alloc(8192, 0x20), third],
    });
    expect(later.stderr).toBe("");
  });

  test("refuses a NUL byte anywhere in the first 8 KB, across chunks, and not after them", async () => {
    const binary = await runInProcess(["classify", "-", "--ndjson"], {
      stdin: [`${record}\n`, Buffer.alloc(4000, 0x20), Buffer.from([0x20, 0x00])],
    });
    expect(binary.code).toBe(3);
    expect(binary.stderr).toBe("error: standard input: looks like a binary file, not JSON or YAML text\n");
    const late = await runInProcess(["classify", "-", "--ndjson"], {
      stdin: [`${record}\n`, Buffer.alloc(8192, 0x20), Buffer.from([0x00, 0x0a])],
    });
    expect(late.stderr).toBe("");
    expect(late.code).toBe(1);
  });

  test(`refuses a line longer than ${MAX_LINE_BYTES / 1024 / 1024} MB, naming it`, async () => {
    const { code, stdout, stderr } = await runInProcess(["classify", "-", "--ndjson"], {
      stdin: [`${record}\n`, Buffer.alloc(MAX_LINE_BYTES + 1, 0x61)],
    });
    expect(code).toBe(3);
    expect(stderr).toBe("error: standard input: line 2 is longer than 16 MB; one Hub record per line is far smaller\n");
    // The lines before it were classified and written.
    expect(JSON.parse(stdout).id).toBe("acme/model");
    const zh = await runInProcess(["classify", "-", "--ndjson", "--lang", "zh"], {
      stdin: [Buffer.alloc(MAX_LINE_BYTES / 2, 0x61), Buffer.alloc(MAX_LINE_BYTES / 2 + 1, 0x61)],
    });
    expect(zh.stderr).toBe("错误： 标准输入：第 1 行超过 16 MB；一行一条 Hub 记录远小于此\n");
  });

  test("takes a line of exactly the limit", async () => {
    const { stderr } = await runInProcess(["classify", "-", "--ndjson"], {
      stdin: [Buffer.alloc(MAX_LINE_BYTES, 0x61), "\n"],
    });
    expect(stderr).toBe("");
  });
});

describe("where JSON stops being valid", () => {
  // Node's parser gives no position for an unexpected token or an early end; the command line finds it.
  test.each([
    ["[true, }]", 1, 8],
    ["[false, }]", 1, 9],
    ["[null, }]", 1, 8],
    ['["a\\"b", }]', 1, 10],
    ["[-1.5e+3, 0, }]", 1, 14],
    ["[0.5E-2, 10, }]", 1, 14],
    ['{"a" : true , "b": }', 1, 20],
    ["[{}, [], }]", 1, 10],
    ['{"a": {"b": [1, {}]}, "c": }', 1, 28],
    ["[\r\n\t1,\r\n\t}]", 3, 2],
    ['{"a":', 1, 6],
    ["[", 1, 2],
    // A letter where a value belongs, with a number after it: the number is not read from further on.
    ["[x, 1]", 1, 2],
    // Numbers read whole: several decimals, an exponent without a sign, an exponent of two digits.
    ["[1.25, }]", 1, 8],
    ["[1e5, }]", 1, 7],
    ["[1e10, }]", 1, 8],
  ])("in %j at line %i, column %i", async (text, line, column) => {
    const { code, stderr } = await runInProcess(["validate", "-"], { stdin: text });
    expect(code).toBe(1);
    expect(stderr).toMatch(new RegExp(`^error: standard input: invalid JSON \\(line ${line}, column ${column}\\): `));
  });
});

describe("where JSON stops being valid, too deep to follow", () => {
  test("gives no position for a document nested deeper than the finder can follow", async () => {
    const { code, stderr } = await runInProcess(["validate", "-"], { stdin: "[".repeat(100_000) });
    expect(code).toBe(1);
    expect(stderr).toBe("error: standard input: invalid JSON: Unexpected end of JSON input\n");
  });
});

describe("a standard input closed before the command line started", () => {
  afterEach(() => {
    proc.clear();
  });

  test.runIf(process.platform === "linux")("is refused, not read as empty, by validate and classify", async () => {
    // What Linux shows of the /dev/null that Node.js opens, for reading and writing, in place of a closed input.
    proc.set("/proc/self/fd/0", "/dev/null");
    proc.set("/proc/self/fdinfo/0", "pos:\t0\nflags:\t0100002\nmnt_id:\t24\nino:\t3\n");
    const message = "error: standard input is closed; pipe a file into it or name a file instead of -\n";
    expect(await runInProcess(["validate", "-"], { stdin: "{}" })).toEqual({ code: 3, stdout: "", stderr: message });
    expect(await runInProcess(["classify", "-", "--ndjson"], { stdin: "{}\n" })).toEqual({
      code: 3,
      stdout: "",
      stderr: message,
    });
  });
});

describe("reading a document", () => {
  test(`takes a file of exactly ${16} MB, and refuses one byte more`, async () => {
    const exact = join(work, "exact.json");
    writeFileSync(exact, Buffer.alloc(16 * 1024 * 1024, 0x20));
    expect((await runInProcess(["validate", exact])).stderr).toBe(`error: ${exact}: is empty\n`);
  });

  test("keeps JSON in a .json file JSON, even after blank lines: the last of two equal keys counts", async () => {
    const record = { ...OWN_RECORD, training: { method: "pretrained" }, openWeights: true };
    // YAML refuses a key twice; JSON takes the last value.
    const path = join(work, "twice.json");
    writeFileSync(path, `\n  ${JSON.stringify(record).replace("{", '{"name": 1, ')}`);
    expect(await runInProcess(["validate", path])).toEqual({ code: 0, stdout: "1 record is valid.\n", stderr: "" });
    const named = join(work, "twice.yaml.json");
    writeFileSync(named, JSON.stringify(record).replace("{", '{"name": 1, '));
    expect((await runInProcess(["validate", named])).code).toBe(0);
    // A .yml file is YAML even when it starts with a brace.
    const flow = join(work, "flow.yml");
    writeFileSync(flow, `{id: acme-sentiment, name: Acme Sentiment}`);
    expect((await runInProcess(["validate", flow])).stdout).toMatch(/^✖ organization: is required$/m);
  });

  test("gives the YAML parser's explanation without its own position, also past line 9", async () => {
    const path = join(work, "late.yaml");
    const keys = Array.from({ length: 11 }, (_, index) => `k${index}: 1\n`).join("");
    writeFileSync(path, `${keys}long_key_name: x: y\n`);
    expect((await runInProcess(["validate", path])).stderr).toBe(
      `error: ${path}: invalid YAML (line 12, column 16): Nested mappings are not allowed in compact mappings\n`,
    );
    const short = join(work, "short.yaml");
    writeFileSync(short, "id: x\n  name: [unclosed\n");
    expect((await runInProcess(["validate", short])).stderr).toBe(
      `error: ${short}: invalid YAML (line 1, column 5): Nested mappings are not allowed in compact mappings\n`,
    );
  });

  test("reports the YAML parser's refusal of an alias bomb, which has no position", async () => {
    // Each level repeats the one before nine times: over half a million values from six lines.
    const levels = ["a: &a [x, x, x, x, x, x, x, x, x]"];
    for (const [name, previous] of [
      ["b", "a"],
      ["c", "b"],
      ["d", "c"],
      ["e", "d"],
    ]) {
      levels.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(", ")}]`);
    }
    levels.push(`f: [${Array(9).fill("*e").join(", ")}]`);
    const { code, stderr } = await runInProcess(["validate", "-"], { stdin: levels.join("\n") });
    expect(code).toBe(1);
    expect(stderr).toBe(
      "error: standard input: invalid YAML: Excessive alias count indicates a resource exhaustion attack\n",
    );
  });

  test("says why a file could not be opened when it is none of the usual reasons", async () => {
    const path = join(work, `${"n".repeat(300)}.json`);
    const { code, stderr } = await runInProcess(["validate", path]);
    expect(code).toBe(3);
    expect(stderr).toMatch(/: cannot read: ENAMETOOLONG: name too long/);
  });

  test("gives the parser's explanation after the position of a JSON error", async () => {
    const { stderr } = await runInProcess(["validate", "-"], { stdin: '{"a": -}' });
    expect(stderr).toBe("error: standard input: invalid JSON (line 1, column 8): No number after minus sign\n");
  });

  test("reads standard input that arrives in chunks", async () => {
    const { stdout } = await runInProcess(["validate", "-"], { stdin: ["4", "2"] });
    expect(stdout).toBe("✖ (root): Invalid input: expected object, received number\n1 of 1 records are invalid.\n");
  });
});
