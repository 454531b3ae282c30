import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { runInProcess } from "../../test/cli-in-process.js";
import { MAX_LINE_BYTES, readLines } from "./input.js";

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

describe("reading a document", () => {
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
