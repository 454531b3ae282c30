import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { runInProcess } from "../../../test/cli-in-process.js";
import { OWN_RECORD } from "../../../test/records.js";
import { MAX_NESTING_DEPTH, MAX_VALIDATE_RECORDS } from "./validate.js";

// A record with every required field, as a user would write one for a model of their own.
const VALID = { ...OWN_RECORD, training: { method: "pretrained" }, openWeights: true };

// Sentiment analysis reads text; a record whose only input is a protein sequence is doubtful, not wrong.
const DOUBTFUL = { ...VALID, id: "acme-protein", modalities: { input: ["bio-sequence"], output: ["label"] } };
const WARNING = 'task "sentiment-analysis" usually takes "text", which the record does not list among its inputs';

let work = "";
const file = (name: string, content: string | Buffer) => {
  const path = join(work, name);
  writeFileSync(path, content);
  return path;
};

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "model-taxonomy-validate-"));
});

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

/** `depth` arrays, one inside the other. */
function nested(depth: number): unknown {
  let value: unknown = [];
  for (let level = 1; level < depth; level++) value = [value];
  return value;
}

describe("validate", () => {
  test("accepts a valid record, in either language", async () => {
    const path = file("valid.json", JSON.stringify(VALID));
    expect(await runInProcess(["validate", path])).toEqual({ code: 0, stdout: "1 record is valid.\n", stderr: "" });
    expect((await runInProcess(["validate", path, "--lang", "zh"])).stdout).toBe("1 条记录有效。\n");
  });

  test("reports every missing field of a record, with its path, and exits 1", async () => {
    const { id: _, ...withoutId } = VALID;
    const path = file("no-id.json", JSON.stringify({ ...withoutId, year: "soon" }));
    const { code, stdout } = await runInProcess(["validate", path]);
    expect(code).toBe(1);
    expect(stdout.split("\n")).toEqual([
      "✖ id: is required",
      expect.stringMatching(/^✖ year: /),
      "1 of 1 records are invalid.",
      "",
    ]);
    expect((await runInProcess(["validate", path, "--lang", "zh"])).stdout).toMatch(/\n1 条记录中有 1 条无效。\n$/);
  });

  test("reports a record that is no object at its root", async () => {
    const { code, stdout } = await runInProcess(["validate", file("number.json", "42")]);
    expect(code).toBe(1);
    expect(stdout).toBe("✖ (root): Invalid input: expected object, received number\n1 of 1 records are invalid.\n");
  });

  test("keeps a warning a warning, and makes it an error with --strict", async () => {
    const path = file("doubtful.json", JSON.stringify(DOUBTFUL));
    expect(await runInProcess(["validate", path])).toEqual({
      code: 0,
      stdout: `⚠ tasks[0]: warning: ${WARNING}\n1 record is valid.\n`,
      stderr: "",
    });
    expect((await runInProcess(["validate", path, "--lang", "zh"])).stdout).toBe(
      `⚠ tasks[0]: 警告: ${WARNING}\n1 条记录有效。\n`,
    );
    expect(await runInProcess(["validate", path, "--strict"])).toEqual({
      code: 1,
      stdout: `✖ tasks[0]: ${WARNING}\n1 of 1 records are invalid.\n`,
      stderr: "",
    });
  });

  test("names each record of an array by its index and id", async () => {
    const path = file("three.json", JSON.stringify([VALID, DOUBTFUL, { ...VALID, id: "Bad_Id" }]));
    const { code, stdout } = await runInProcess(["validate", path]);
    expect(code).toBe(1);
    const lines = stdout.split("\n");
    expect(lines[0]).toBe(`⚠ records[1] ("acme-protein") tasks[0]: warning: ${WARNING}`);
    expect(lines.slice(2)).toEqual(["1 of 3 records are invalid.", ""]);
    expect(stdout.split("\n")[1]).toMatch(/^✖ records\[2\] \("Bad_Id"\) id: /);
    const all = file("two.json", JSON.stringify([VALID, VALID]));
    expect((await runInProcess(["validate", all])).stdout).toBe("All 2 records are valid.\n");
    expect((await runInProcess(["validate", all, "--lang", "zh"])).stdout).toBe("全部 2 条记录均有效。\n");
  });

  test("reports a null where a value belongs as that field's problem", async () => {
    const path = file("null.json", JSON.stringify({ ...VALID, license: null }));
    const { code, stdout, stderr } = await runInProcess(["validate", path]);
    expect(stderr).toBe("");
    expect(code).toBe(1);
    expect(stdout).toMatch(/^✖ license: /);
    expect(stdout.endsWith("\n1 of 1 records are invalid.\n")).toBe(true);
  });

  test("reports a null record at its root, by its index alone", async () => {
    const { code, stdout } = await runInProcess(["validate", "-"], { stdin: "[null]" });
    expect(code).toBe(1);
    expect(stdout).toBe(
      "✖ records[0] (root): Invalid input: expected object, received null\n1 of 1 records are invalid.\n",
    );
  });

  test("names a record without a string id by its index alone", async () => {
    const path = file("anonymous.json", JSON.stringify([{ ...VALID, id: 7 }, "text"]));
    const { stdout } = await runInProcess(["validate", path]);
    expect(stdout).toMatch(/^✖ records\[0\] id: /m);
    expect(stdout).toMatch(/^✖ records\[1\] \(root\): /m);
    expect(stdout.trimEnd().split("\n").at(-1)).toBe("2 of 2 records are invalid.");
  });

  test("--json gives each record's index, id, validity, issues and warnings", async () => {
    const path = file("json.json", JSON.stringify([VALID, DOUBTFUL]));
    const warning = { path: "tasks[0]", code: "warning", message: WARNING };
    expect(JSON.parse((await runInProcess(["validate", path, "--json"])).stdout)).toEqual({
      valid: true,
      records: [
        { index: 0, id: "acme-sentiment", valid: true, issues: [], warnings: [] },
        { index: 1, id: "acme-protein", valid: true, issues: [], warnings: [warning] },
      ],
    });
    const strict = await runInProcess(["validate", path, "--json", "--strict"]);
    expect(strict.code).toBe(1);
    expect(JSON.parse(strict.stdout)).toEqual({
      valid: false,
      records: [
        { index: 0, id: "acme-sentiment", valid: true, issues: [], warnings: [] },
        { index: 1, id: "acme-protein", valid: false, issues: [warning], warnings: [] },
      ],
    });
  });

  test("reads YAML, by its name or because the text is not JSON-shaped", async () => {
    const yaml = Object.entries(VALID)
      .map(([key, value]) => `${key}: ${JSON.stringify(value)}`)
      .join("\n");
    expect((await runInProcess(["validate", file("model.yaml", yaml)])).stdout).toBe("1 record is valid.\n");
    expect((await runInProcess(["validate", file("model.yml", yaml)])).stdout).toBe("1 record is valid.\n");
    expect((await runInProcess(["validate", file("model.txt", yaml)])).stdout).toBe("1 record is valid.\n");
    // A YAML file whose text looks like JSON is still read as YAML: a flow mapping.
    expect((await runInProcess(["validate", file("flow.yaml", JSON.stringify(VALID))])).code).toBe(0);
  });

  test("reads standard input for -, and skips a byte order mark", async () => {
    expect(await runInProcess(["validate", "-"], { stdin: JSON.stringify(VALID) })).toEqual({
      code: 0,
      stdout: "1 record is valid.\n",
      stderr: "",
    });
    const bom = file("bom.json", `\uFEFF${JSON.stringify(VALID)}`);
    expect((await runInProcess(["validate", bom])).stdout).toBe("1 record is valid.\n");
    expect((await runInProcess(["validate", "-"], { stdin: `\uFEFF${JSON.stringify(VALID)}` })).code).toBe(0);
  });

  test(`refuses a record nested deeper than ${MAX_NESTING_DEPTH} levels, and takes one that is not`, async () => {
    // The record is level 0; its field holds arrays nested down to level MAX_NESTING_DEPTH (refused) or one less.
    const deep = file("deep.json", JSON.stringify({ ...VALID, extra: nested(MAX_NESTING_DEPTH) }));
    expect(await runInProcess(["validate", deep])).toEqual({
      code: 1,
      stdout:
        "✖ (root): nested deeper than 64 levels; a model record needs fewer than ten\n1 of 1 records are invalid.\n",
      stderr: "",
    });
    const shallow = file("shallow.json", JSON.stringify({ ...VALID, extra: nested(MAX_NESTING_DEPTH - 1) }));
    expect((await runInProcess(["validate", shallow])).stdout).not.toContain("nested deeper");
    const json = await runInProcess(["validate", deep, "--json"]);
    expect(JSON.parse(json.stdout)).toMatchObject({
      valid: false,
      records: [{ index: 0, id: "acme-sentiment", issues: [{ path: "(root)", code: "out-of-range" }] }],
    });
  });

  test(`checks ${MAX_VALIDATE_RECORDS} records in one file, the most it takes`, async () => {
    const most = `[${Array.from({ length: MAX_VALIDATE_RECORDS }, () => "1").join(",")}]`;
    const { code, stdout, stderr } = await runInProcess(["validate", "-"], { stdin: most });
    expect(stderr).toBe("");
    expect(code).toBe(1);
    expect(stdout.trimEnd().split("\n").at(-1)).toBe(
      `${MAX_VALIDATE_RECORDS} of ${MAX_VALIDATE_RECORDS} records are invalid.`,
    );
  });

  test(`refuses more than ${MAX_VALIDATE_RECORDS} records in one file`, async () => {
    const many = `[${Array.from({ length: MAX_VALIDATE_RECORDS + 1 }, () => "{}").join(",")}]`;
    const path = file("many.json", many);
    expect(await runInProcess(["validate", path])).toEqual({
      code: 3,
      stdout: "",
      stderr: `error: ${path}: 50001 records is more than the 50000 that validate checks at once; split the file\n`,
    });
    expect((await runInProcess(["validate", "-"], { stdin: many })).stderr).toBe(
      "error: standard input: 50001 records is more than the 50000 that validate checks at once; split the file\n",
    );
    expect((await runInProcess(["validate", "-", "--lang", "zh"], { stdin: many })).stderr).toBe(
      "错误： 标准输入：共 50001 条记录，超过 validate 一次可校验的 50000 条；请拆分文件\n",
    );
  });

  test("a file that cannot be read is exit code 3, with the reason", async () => {
    const missing = join(work, "nope.json");
    expect(await runInProcess(["validate", missing])).toEqual({
      code: 3,
      stdout: "",
      stderr: `error: ${missing}: cannot read: no such file\n`,
    });
    expect((await runInProcess(["validate", missing, "--lang", "zh"])).stderr).toBe(
      `错误： ${missing}：无法读取：文件不存在\n`,
    );
    const folder = join(work, "folder");
    mkdirSync(folder, { recursive: true });
    expect((await runInProcess(["validate", folder])).stderr).toBe(
      `error: ${folder}: cannot read: is a directory, not a file\n`,
    );
  });

  // The superuser reads any file, so the refusal can only be seen as another user.
  test.skipIf(process.getuid?.() === 0)("a file it may not read is exit code 3, permission denied", async () => {
    const locked = file("locked.json", JSON.stringify(VALID));
    chmodSync(locked, 0o000);
    expect(await runInProcess(["validate", locked])).toEqual({
      code: 3,
      stdout: "",
      stderr: `error: ${locked}: cannot read: permission denied\n`,
    });
    expect((await runInProcess(["validate", locked, "--lang", "zh"])).stderr).toBe(
      `错误： ${locked}：无法读取：没有权限\n`,
    );
  });

  test("refuses a binary file and text that is not UTF-8", async () => {
    const binary = file("model.bin", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    expect(await runInProcess(["validate", binary])).toEqual({
      code: 3,
      stdout: "",
      stderr: `error: ${binary}: looks like a binary file, not JSON or YAML text\n`,
    });
    const latin1 = file("latin1.json", Buffer.from('{"name": "Caf\xe9"}', "latin1"));
    expect((await runInProcess(["validate", latin1])).stderr).toBe(`error: ${latin1}: is not UTF-8 text\n`);
    expect((await runInProcess(["validate", "-"], { stdin: Buffer.from([0x7b, 0x00, 0x7d]) })).stderr).toBe(
      "error: standard input: looks like a binary file, not JSON or YAML text\n",
    );
  });

  test("names every file problem in Chinese too", async () => {
    const zh = (path: string, stdin?: string | Buffer) =>
      runInProcess(["validate", path, "--lang", "zh"], stdin === undefined ? {} : { stdin });
    const folder = join(work, "folder-zh");
    mkdirSync(folder, { recursive: true });
    expect((await zh(folder)).stderr).toBe(`错误： ${folder}：无法读取：这是目录，不是文件\n`);
    const binary = file("zh.bin", Buffer.from([0x00, 0x01]));
    expect((await zh(binary)).stderr).toBe(`错误： ${binary}：看起来是二进制文件，不是 JSON 或 YAML 文本\n`);
    const latin1 = file("zh-latin1.json", Buffer.from([0x7b, 0xe9, 0x7d]));
    expect((await zh(latin1)).stderr).toBe(`错误： ${latin1}：不是 UTF-8 文本\n`);
    expect((await zh("-", Buffer.alloc(16 * 1024 * 1024 + 1, 0x20))).stderr).toBe(
      "错误： 标准输入：超过 16 MB 的上限；请拆分文件，Hub 记录可用 classify --ndjson 流式处理\n",
    );
  });

  test("only the first 8 KB decide whether a file is binary", async () => {
    const late = file(
      "late-nul.json",
      Buffer.concat([Buffer.from(JSON.stringify(VALID)), Buffer.alloc(8192, 0x20), Buffer.from([0])]),
    );
    const { stderr } = await runInProcess(["validate", late]);
    expect(stderr).not.toContain("binary");
    const early = Buffer.concat([Buffer.alloc(8191, 0x20), Buffer.from([0])]);
    expect((await runInProcess(["validate", file("early-nul.json", early)])).stderr).toContain("binary");
  });

  test("refuses a file over 16 MB, saying how large it is", async () => {
    const huge = file("huge.json", Buffer.alloc(17 * 1024 * 1024, 0x20));
    expect(await runInProcess(["validate", huge])).toEqual({
      code: 3,
      stdout: "",
      stderr: `error: ${huge}: 17.0 MB is larger than the 16 MB limit; split it, or for Hub records use classify --ndjson, which streams\n`,
    });
    expect((await runInProcess(["validate", huge, "--lang", "zh"])).stderr).toBe(
      `错误： ${huge}：17.0 MB，超过 16 MB 的上限；请拆分文件，Hub 记录可用 classify --ndjson 流式处理\n`,
    );
    // Standard input has no size to read first: it is refused once more than the limit has arrived.
    expect((await runInProcess(["validate", "-"], { stdin: Buffer.alloc(16 * 1024 * 1024 + 1, 0x20) })).stderr).toBe(
      "error: standard input: larger than the 16 MB limit; split it, or for Hub records use classify --ndjson, which streams\n",
    );
    // Exactly the limit is read (and is empty text).
    expect((await runInProcess(["validate", "-"], { stdin: Buffer.alloc(16 * 1024 * 1024, 0x20) })).stderr).toBe(
      "error: standard input: is empty\n",
    );
  });

  test("an empty file is exit code 1", async () => {
    const empty = file("empty.json", " \n\t");
    expect(await runInProcess(["validate", empty])).toEqual({
      code: 1,
      stdout: "",
      stderr: `error: ${empty}: is empty\n`,
    });
    expect((await runInProcess(["validate", "-", "--lang", "zh"])).stderr).toBe("错误： 标准输入：内容为空\n");
  });

  test("reports invalid JSON with the line and column where it stops being valid", async () => {
    const broken = file("broken.json", '{ "id": "x",\n  "name": }');
    const { code, stderr } = await runInProcess(["validate", broken]);
    expect(code).toBe(1);
    expect(stderr).toMatch(new RegExp(`^error: ${broken}: invalid JSON \\(line 2, column 11\\): Unexpected token`));
    expect((await runInProcess(["validate", broken, "--lang", "zh"])).stderr).toBe(
      `错误： ${broken}：JSON 无效（第 2 行第 11 列）\n`,
    );
  });

  test.each([
    ['{"a": 1,}', 1, 9],
    ['{"a" 1}', 1, 6],
    ["[1, 2\n, 3", 2, 4],
    ['{"a": tru}', 1, 7],
    ['{"a": "b\n"}', 1, 9],
    ["[01]", 1, 3],
    ['{"a": [1, 2]]', 1, 13],
    ['{"a": -}', 1, 8],
    ['{"a": "\\"}', 1, 11],
    ["{1: 2}", 1, 2],
    ["[1 2]", 1, 4],
    ['{"a": null, "b": fals}', 1, 18],
    ['{"a": nul}', 1, 7],
    ['{"a": 1.5e+}', 1, 12],
    ['[{}, [], ""  x', 1, 14],
  ])("finds where %j stops being valid JSON: line %i, column %i", async (text, line, column) => {
    const { stderr } = await runInProcess(["validate", "-", "--lang", "zh"], { stdin: text });
    expect(stderr).toBe(`错误： 标准输入：JSON 无效（第 ${line} 行第 ${column} 列）\n`);
  });

  test("reports invalid YAML with its position", async () => {
    const broken = file("broken.yaml", "id: x\n  name: [unclosed\n");
    const { code, stderr } = await runInProcess(["validate", broken]);
    expect(code).toBe(1);
    expect(stderr).toMatch(new RegExp(`^error: ${broken}: invalid YAML \\(line 1, column 5\\): \\S`));
    expect(stderr).not.toMatch(/at line \d+, column \d+/);
    expect((await runInProcess(["validate", broken, "--lang", "zh"])).stderr).toBe(
      `错误： ${broken}：YAML 无效（第 1 行第 5 列）\n`,
    );
  });
});
