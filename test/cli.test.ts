/**
 * Runs the built `model-taxonomy` binary (dist/cli.js) as a user would, for every command, both languages and
 * the bad inputs the CLI promises to handle. Needs `npm run build` first (`npm test` does it).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { type CliResult, runCli, runCliAsync } from "./cli-process.js";
import { OWN_RECORD } from "./records.js";

const root = resolve(import.meta.dirname, "..");
const cli = join(root, "dist", "cli.js");
const fixtures = join(root, "test", "fixtures", "huggingface");
let work = "";

type Result = CliResult;

function run(args: readonly string[], options: { input?: string; env?: Record<string, string> } = {}): Result {
  return runCli(cli, args, {
    cwd: work || root,
    input: options.input ?? "",
    env: { PATH: process.env.PATH ?? "", LANG: "en_US.UTF-8", ...options.env },
  });
}

/** Like run, but without blocking: for commands that talk to the test's own HTTP server. */
function runAsync(args: readonly string[]): Promise<Result> {
  return runCliAsync(cli, args, { cwd: work || root, env: { PATH: process.env.PATH ?? "", LANG: "en_US.UTF-8" } });
}

/** One readable line on stderr, no stack trace. */
function expectOneLineError(result: Result, code: number, pattern: RegExp): void {
  expect(result.code, result.stderr).toBe(code);
  const lines = result.stderr.trimEnd().split("\n");
  expect(lines, result.stderr).toHaveLength(1);
  expect(result.stderr).toMatch(pattern);
  expect(result.stderr).not.toMatch(/\n\s+at /);
}

let server: Server;
let endpoint = "";
// The Authorization header of each request the Hub stand-in received, in order.
const authorizations: (string | undefined)[] = [];

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), "model-taxonomy-cli-"));
  const responses: Record<string, { status: number; body: string; headers?: Record<string, string> }> = {
    "/api/models/openai-community/gpt2": {
      status: 200,
      body: JSON.stringify({
        id: "openai-community/gpt2",
        author: "openai-community",
        createdAt: "2022-03-02T23:29:04.000Z",
        pipeline_tag: "text-generation",
        library_name: "transformers",
        tags: ["transformers", "gpt2", "text-generation", "license:mit"],
        config: { architectures: ["GPT2LMHeadModel"], model_type: "gpt2" },
        safetensors: { parameters: { F32: 137022720 }, total: 137022720 },
        siblings: [{ rfilename: "model.safetensors" }],
      }),
    },
    "/api/models/acme/missing": { status: 404, body: '{"error":"Repository not found"}' },
    "/api/models/acme/busy": { status: 429, body: "{}", headers: { "retry-after": "30" } },
  };
  server = createServer((request, response) => {
    authorizations.push(request.headers.authorization);
    const found = responses[request.url ?? ""];
    response.writeHead(found?.status ?? 404, { "content-type": "application/json", ...found?.headers });
    response.end(found?.body ?? "{}");
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((done) => server.close(() => done()));
  if (work !== "") rmSync(work, { recursive: true, force: true });
});

describe("the overview", () => {
  test("shows counts per dimension and a hint at the commands", () => {
    const result = run([]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/well-known AI models along six aspects/);
    expect(result.stdout).toMatch(/Scale/);
    expect(result.stdout).toMatch(/Decoder-only Transformer\s+\d+/);
    expect(result.stdout).toMatch(/model-taxonomy list --arch lstm/);
  });
  test("speaks Chinese with --lang zh, and when LANG says so", () => {
    expect(run(["--lang", "zh"]).stdout).toMatch(/规模/);
    expect(run([], { env: { LANG: "zh_CN.UTF-8" } }).stdout).toMatch(/知名 AI 模型/);
  });
  test("uses no colours when not writing to a terminal", () => {
    expect(run([]).stdout).not.toContain("\u001b[");
  });
  test("prints the version of the package", () => {
    const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string };
    expect(run(["--version"]).stdout.trim()).toBe(version);
  });
});

describe("list", () => {
  test("lists LSTM models in a table", () => {
    const result = run(["list", "--arch", "lstm"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /Name\s+Organization\s+Year\s+Parameters\s+Size\s+Architecture\s+Modalities\s+Task type/,
    );
    expect(result.stdout).toMatch(/ELMo/);
    expect(result.stdout).not.toMatch(/GPT-2/);
  });
  test("is also called query, and combines filters", () => {
    const result = run(["query", "--modality", "multimodal", "--size", "small", "--json"]);
    const { models } = JSON.parse(result.stdout) as { models: { modalityClass: string; sizeClass: string }[] };
    expect(models.length).toBeGreaterThan(0);
    expect(models.every((model) => model.modalityClass === "multimodal" && model.sizeClass === "small")).toBe(true);
  });
  test("takes ranges, flags and sorting", () => {
    const result = run([
      "list",
      "--params",
      "1B..10B",
      "--year",
      "2023..2024",
      "--open-weights",
      "--domain",
      "code",
      "--sort",
      "-parameters",
      "--json",
    ]);
    const { models } = JSON.parse(result.stdout) as {
      models: { parameters: { total: number }; year: number; openWeights: boolean; domains: string[] }[];
    };
    expect(models.length).toBeGreaterThan(1);
    for (const model of models) {
      expect(model.parameters.total).toBeGreaterThanOrEqual(1e9);
      expect(model.parameters.total).toBeLessThanOrEqual(1e10);
      expect(model.year).toBeGreaterThanOrEqual(2023);
      expect(model.year).toBeLessThanOrEqual(2024);
      expect(model.openWeights).toBe(true);
      expect(model.domains).toContain("code");
    }
    const totals = models.map((model) => model.parameters.total);
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
  });
  test("limits, searches and filters by organization", () => {
    type Listed = { total: number; models: { id: string; name: string; aliases: string[]; organization: string }[] };
    const all = JSON.parse(run(["list", "--search", "llama", "--org", "meta", "--json"]).stdout) as Listed;
    expect(all.models).toHaveLength(all.total);
    expect(all.total).toBeGreaterThan(2);
    for (const model of all.models) {
      // Organizations compare without case; the search word is in the id, the name or an alias.
      expect(model.organization, model.id).toBe("Meta");
      expect([model.id, model.name, ...model.aliases].join(" "), model.id).toMatch(/llama/i);
    }
    const limited = JSON.parse(run(["list", "--search", "llama", "--org", "Meta", "--limit", "2", "--json"]).stdout);
    expect(limited).toEqual({ total: all.total, models: all.models.slice(0, 2) });
  });
  test("prints Chinese headers and labels", () => {
    const result = run(["list", "--arch", "gru", "--lang", "zh"]);
    expect(result.stdout).toMatch(/名称\s+机构/);
    expect(result.stdout).toMatch(/门控循环单元/);
  });
  test("says so when nothing matches", () => {
    expect(run(["list", "--search", "no such model at all"]).stdout).toMatch(/No model matches/);
  });
  test("rejects an unknown value and lists the valid ones", () => {
    expectOneLineError(
      run(["list", "--arch", "transformers"]),
      2,
      /unknown --arch value "transformers"; valid values: transformer, encoder-only/,
    );
  });
  test("rejects an unknown flag with a suggestion", () => {
    expectOneLineError(run(["list", "--archh", "rnn"]), 2, /unknown option '--archh'.*Did you mean --arch/);
  });
  test("rejects a malformed range", () => {
    expectOneLineError(run(["list", "--params", "1B..lots"]), 2, /malformed range "1B..lots"; write MIN..MAX/);
    expectOneLineError(run(["list", "--year", "20x"]), 2, /malformed range/);
  });
  test("rejects an unknown sort key", () => {
    expectOneLineError(run(["list", "--sort", "colour"]), 2, /--sort: unknown key "colour"/);
  });
});

describe("show and describe", () => {
  test("show prints every tag with labels, sources and lineage", () => {
    // LLaVA-1.5-7B is built on Vicuna-7B v1.5 (itself a fine-tune of Llama 2 7B) with a CLIP ViT-L/14 encoder.
    const result = run(["show", "llava-v1.5-7b"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/LLaVA-1.5-7B/);
    expect(result.stdout).toMatch(/Base model\s+Vicuna-7B v1.5, CLIP/);
    expect(result.stdout).toMatch(/Lineage\s+LLaVA-1.5-7B → Vicuna-7B v1.5 → Llama-2-7B/);
    expect(result.stdout).toMatch(/Sources\s+https:\/\//);
  });
  test("show speaks Chinese and prints JSON", () => {
    expect(run(["show", "gpt-2", "--lang", "zh"]).stdout).toMatch(/仅解码器/);
    const parsed = JSON.parse(run(["show", "openai-community/gpt2", "--json"]).stdout) as { model: { id: string } };
    expect(parsed.model.id).toBe("gpt-2");
  });
  test("an unknown model gets a did-you-mean", () => {
    expectOneLineError(run(["show", "gtp-2"]), 1, /unknown model "gtp-2"; did you mean "GPT-2"/);
    expectOneLineError(run(["describe", "gtp-2", "--lang", "zh"]), 1, /^错误： 未知模型 "gtp-2"；是不是 "GPT-2"/);
  });
  test("describe prints the sentence in both languages", () => {
    expect(run(["describe", "gpt-3"]).stdout.trim()).toBe(
      "GPT-3 is a large, pretrained, decoder-only Transformer for natural language processing that generates text.",
    );
    expect(run(["describe", "gpt-3", "--lang", "zh"]).stdout.trim()).toBe(
      "GPT-3 是一个基于 Transformer 架构（仅解码器）、用于自然语言处理与文本生成的大型预训练模型。",
    );
  });
});

describe("facets", () => {
  test("counts the matching models per value", () => {
    const parsed = JSON.parse(run(["facets", "--arch", "rnn", "--json"]).stdout) as {
      total: number;
      facets: { architecture: Record<string, number> };
    };
    expect(parsed.facets.architecture.rnn).toBe(parsed.total);
    expect(parsed.facets.architecture.lstm).toBeGreaterThan(0);
    expect(run(["facets", "--domain", "nlp"]).stdout).toMatch(/Architecture[\s\S]*Decoder-only Transformer\s+\d+/);
    expect(run(["facets", "--lang", "zh"]).stdout).toMatch(/应用领域/);
  });
});

interface ListedModel {
  readonly id: string;
  readonly family?: string;
  readonly openWeights: boolean | null;
  readonly parameters: { readonly total: number | null };
  readonly architecture: { readonly family: string; readonly components?: readonly string[] };
}

function listJson(args: readonly string[]): { total: number; models: ListedModel[] } {
  const result = run(["list", ...args, "--json"]);
  expect(result.code, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as { total: number; models: ListedModel[] };
}

describe("weight memory", () => {
  test("--weights with --bits lists the models whose weights fit, with a column of their memory", () => {
    const { models, total } = listJson(["--open-weights", "--weights", "4GB", "--bits", "4"]);
    expect(total).toBeGreaterThan(0);
    for (const model of models) {
      expect(model.openWeights).toBe(true);
      expect((model.parameters.total ?? Number.POSITIVE_INFINITY) * 0.5).toBeLessThanOrEqual(4e9);
    }
    // The seed's question: small checkpoints of large families run on a phone.
    expect(models.map((model) => model.id)).toEqual(expect.arrayContaining(["qwen2-5-0-5b-instruct", "t5-small"]));
    expect(run(["list", "--weights", "4GB", "--bits", "4", "--limit", "3"]).stdout).toMatch(/Weights \(4-bit\)/);
    expect(run(["list", "--weights", "4GB", "--bits", "4", "--limit", "3", "--lang", "zh"]).stdout).toMatch(
      /权重（4 位）/,
    );
  });
  test("--weights alone counts 16 bits per parameter", () => {
    const at16 = listJson(["--weights", "4GB"]);
    expect(at16.models.length).toBeGreaterThan(0);
    for (const model of at16.models)
      expect((model.parameters.total ?? Number.POSITIVE_INFINITY) * 2).toBeLessThanOrEqual(4e9);
    expect(listJson(["--weights", "4GB", "--bits", "4"]).total).toBeGreaterThan(at16.total);
  });
  test("--bits without --weights, or out of range, is a usage error in either language", () => {
    expectOneLineError(run(["list", "--bits", "4"]), 2, /--bits needs --weights/);
    expectOneLineError(run(["list", "--bits", "4", "--lang", "zh"]), 2, /--bits 需要与 --weights 一起使用/);
    expectOneLineError(run(["list", "--weights", "4GB", "--bits", "0"]), 2, /--bits expects a number from 1 to 64/);
    expectOneLineError(run(["list", "--weights", "a lot"]), 2, /malformed range "a lot"/);
  });
  test("show gives the weight memory at 16, 8 and 4 bits, and its family", () => {
    const parsed = JSON.parse(run(["show", "gpt2-xl", "--json"]).stdout) as {
      model: { parameters: { total: number } };
      family: string;
      weightMemory: Record<string, number>;
    };
    const total = parsed.model.parameters.total;
    expect(parsed.family).toBe("gpt-2");
    expect(parsed.weightMemory).toEqual({ 16: Math.ceil(total * 2), 8: Math.ceil(total), 4: Math.ceil(total / 2) });
    const text = run(["show", "gpt2-xl"]).stdout;
    expect(text).toMatch(/Weight memory\s+16-bit [\d.]+ GB · 8-bit [\d.]+ GB · 4-bit [\d.]+ MB/);
    expect(text).toMatch(/Family\s+GPT-2 \(\d+ members\)/);
    const zh = run(["show", "gpt2-xl", "--lang", "zh"]).stdout;
    expect(zh).toMatch(/权重内存\s+16 位 [\d.]+ GB/);
    expect(zh).toMatch(/模型系列\s+GPT-2（共 \d+ 个成员）/);
  });
});

describe("families", () => {
  interface FamilyJson {
    family: { id: string; name: string; members: string[] };
    description: string;
    bits: number;
    members: { id: string; parameters: number | null; sizeClass: string | null; weightMemory: number | null }[];
  }
  test("family prints the family's sentence and its members with size, training and weight memory", () => {
    const result = run(["family", "Llama 2"]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/Llama 2 is a family of \d+ decoder-only Transformers from Meta/);
    expect(result.stdout).toMatch(/Name\s+Parameters\s+Size\s+Training\s+Weights \(16-bit\)/);
    expect(result.stdout).toMatch(/Llama-2-7B-Chat\s+[\d.]+B\s+Medium\s+Transfer learning/);
    const zh = run(["family", "llama-2", "--lang", "zh", "--bits", "4"]).stdout;
    expect(zh).toMatch(/Llama 2 是 Meta 推出的模型系列/);
    expect(zh).toMatch(/名称\s+参数量\s+规模\s+训练方式\s+权重（4 位）/);
  });
  test("family --json gives the family, its sentence and each member's weight memory at --bits", () => {
    const parsed = JSON.parse(run(["family", "qwen2.5", "--bits", "4", "--json"]).stdout) as FamilyJson;
    expect(parsed.family.name).toBe("Qwen2.5");
    expect(parsed.bits).toBe(4);
    expect(parsed.members.map((member) => member.id)).toEqual(parsed.family.members);
    expect(parsed.members.map((member) => member.id)).toContain("qwen2-5-0-5b-instruct");
    for (const member of parsed.members) {
      expect(member.weightMemory).toBe(member.parameters === null ? null : Math.ceil(member.parameters / 2));
    }
    expect(new Set(parsed.members.map((member) => member.sizeClass)).size).toBeGreaterThan(1);
    expect(parsed.description).toBe(run(["describe", "Qwen2.5"]).stdout.trim());
  });
  test("family with no name lists every family", () => {
    const parsed = JSON.parse(run(["family", "--json"]).stdout) as { total: number; families: { id: string }[] };
    expect(parsed.families).toHaveLength(parsed.total);
    expect(parsed.families.map((family) => family.id)).toEqual(expect.arrayContaining(["llama-2", "bert", "t5"]));
    expect(run(["family"]).stdout).toMatch(new RegExp(`${parsed.total} families`));
    expect(run(["family", "--lang", "zh"]).stdout).toMatch(new RegExp(`共 ${parsed.total} 个系列`));
  });
  test("an unknown family is exit code 1 with the family to try, in either language", () => {
    expectOneLineError(run(["family", "lama 2"]), 1, /unknown family "lama 2"; did you mean .*"Llama 2"/);
    // A checkpoint's name points at its family.
    expectOneLineError(run(["family", "llama-2-7b"]), 1, /unknown family "llama-2-7b"; did you mean "Llama 2"\?/);
    expectOneLineError(
      run(["family", "llama-2-7b", "--lang", "zh"]),
      1,
      /未知模型系列 "llama-2-7b"；是不是 "Llama 2"？/,
    );
  });
  test("describe of a family's name describes the family; of a checkpoint, the checkpoint", () => {
    expect(run(["describe", "Llama 2"]).stdout).toMatch(/^Llama 2 is a family of \d+ decoder-only Transformers/);
    expect(run(["describe", "Llama 2", "--lang", "zh"]).stdout).toMatch(/^Llama 2 是 Meta 推出的模型系列/);
    expect(run(["describe", "llama-2-7b-chat"]).stdout).toMatch(/^Llama-2-7B-Chat is a medium-sized/);
  });
  test("--family filters by family id or name, and a typo gets the closest family", () => {
    const byId = listJson(["--family", "llama-2"]);
    expect(byId.total).toBeGreaterThan(1);
    expect(byId.models.every((model) => model.family === "llama-2")).toBe(true);
    expect(listJson(["--family", "Llama 2"]).total).toBe(byId.total);
    expectOneLineError(
      run(["list", "--family", "lama2"]),
      2,
      /unknown --family value "lama2"; did you mean .*"Llama 2"/,
    );
    expectOneLineError(run(["list", "--family", "lama2", "--lang", "zh"]), 2, /--family 的值 "lama2" 未知；是不是/);
    const facets = JSON.parse(run(["facets", "--family", "llama-2", "--json"]).stdout) as {
      total: number;
      facets: { family: Record<string, number> };
    };
    expect(facets.facets.family["llama-2"]).toBe(facets.total);
  });
  test("list --group family puts each family's members under its name, smallest first", () => {
    const parsed = JSON.parse(run(["list", "--family", "llama-2,bert", "--group", "family", "--json"]).stdout) as {
      total: number;
      groups: { value: string; label: string; count: number; models: ListedModel[] }[];
    };
    expect(parsed.groups.map((group) => group.value).sort()).toEqual(["bert", "llama-2"]);
    expect(parsed.groups.reduce((sum, group) => sum + group.count, 0)).toBe(parsed.total);
    for (const group of parsed.groups) {
      expect(group.models.every((model) => model.family === group.value)).toBe(true);
      const family = JSON.parse(run(["family", group.value, "--json"]).stdout) as FamilyJson;
      expect(group.models.map((model) => model.id)).toEqual(family.family.members);
    }
    const text = run(["list", "--family", "llama-2", "--group", "family"]).stdout;
    expect(text).toMatch(/^Llama 2 \(\d+\)$/m);
    expectOneLineError(run(["list", "--group", "famliy"]), 2, /unknown --group value "famliy".*did you mean "family"/);
  });
});

describe("components and did you mean", () => {
  test("--component rnn finds models that contain an LSTM or GRU anywhere", () => {
    const { models } = listJson(["--component", "rnn"]);
    const rnn = ["rnn", "lstm", "gru"];
    for (const model of models) {
      expect(
        [model.architecture.family, ...(model.architecture.components ?? [])].some((node) => rnn.includes(node)),
      ).toBe(true);
    }
    // The Temporal Fusion Transformer is a Transformer with LSTM layers: --arch misses it, --component does not.
    expect(models.map((model) => model.id)).toContain("temporal-fusion-transformer");
    expect(listJson(["--arch", "rnn"]).models.map((model) => model.id)).not.toContain("temporal-fusion-transformer");
  });
  test("a typo in a flag's value suggests the closest value, in either language", () => {
    expectOneLineError(run(["list", "--arch", "decoder_only"]), 2, /\(did you mean "decoder-only"\?\)/);
    expectOneLineError(run(["list", "--size", "smal", "--lang", "zh"]), 2, /（是不是 "small"？）/);
  });
});

const validRecord = OWN_RECORD;

describe("validate", () => {
  test("accepts a valid JSON record", () => {
    writeFileSync(join(work, "valid.json"), JSON.stringify(validRecord));
    const result = run(["validate", "valid.json"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/1 record is valid/);
  });
  test("reports every problem of every record in a YAML array, with paths, and exits 1", () => {
    writeFileSync(
      join(work, "models.yaml"),
      `- id: acme-sentiment
  name: Acme Sentiment
  organization: Acme
  year: 2024
  parameters: { total: 66000000 }
  taskType: discriminative
  tasks: [sentiment-analysis]
  modalities: { input: [text], output: [label] }
  training: { method: pretrained }
  domains: [nlp]
  architecture: { family: encoder-only }
  openWeights: true
- id: Bad_Id
  name: Broken
  organization: Acme
  year: "soon"
  parameters: { total: -5 }
  taskType: discriminative
  tasks: [text-clasification]
  modalities: { input: [text], output: [label] }
  training: { method: transfer-learning }
  domains: [nlp]
  architecture: { family: encoder-only }
  openWeights: true
`,
    );
    const result = run(["validate", "models.yaml"]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/records\[1\] \("Bad_Id"\) id: must be kebab-case/);
    expect(result.stdout).toMatch(
      /records\[1\] \("Bad_Id"\) tasks\[0\]: unknown value "text-clasification"; did you mean "text-classification"\?/,
    );
    expect(result.stdout).toMatch(/records\[1\] \("Bad_Id"\) parameters.total/);
    expect(result.stdout).toMatch(/1 of 2 records are invalid/);
    const json = JSON.parse(run(["validate", "models.yaml", "--json"]).stdout) as {
      valid: boolean;
      records: { valid: boolean }[];
    };
    expect(json.valid).toBe(false);
    expect(json.records.map((record) => record.valid)).toEqual([true, false]);
  });
  test("speaks Chinese", () => {
    writeFileSync(join(work, "valid-zh.json"), JSON.stringify(validRecord));
    expect(run(["validate", "valid-zh.json", "--lang", "zh"]).stdout).toMatch(/1 条记录有效。/);
  });
  test("reads standard input", () => {
    const valid = run(["validate", "-"], { input: JSON.stringify(validRecord) });
    expect(valid.code, valid.stderr).toBe(0);
    expect(valid.stdout).toMatch(/1 record is valid/);
    // The record read is the one given: a broken one on standard input is reported as such.
    const invalid = run(["validate", "-"], { input: JSON.stringify({ ...validRecord, id: "Bad_Id" }) });
    expect(invalid.code).toBe(1);
    expect(invalid.stdout).toMatch(/id: must be kebab-case/);
  });
  test("reports a missing file", () => {
    expectOneLineError(run(["validate", "nope.json"]), 3, /nope.json: cannot read: no such file/);
  });
  test("reports a directory", () => {
    expectOneLineError(run(["validate", "."]), 3, /is a directory/);
  });
  test("reports invalid JSON with its position", () => {
    writeFileSync(join(work, "broken.json"), '{ "id": "x",\n  "name": }');
    expectOneLineError(run(["validate", "broken.json"]), 1, /broken.json: invalid JSON \(line 2, column \d+\)/);
  });
  test("reports invalid YAML with its position", () => {
    writeFileSync(join(work, "broken.yaml"), "id: x\n  name: [unclosed\n");
    expectOneLineError(run(["validate", "broken.yaml"]), 1, /broken.yaml: invalid YAML \(line \d+, column \d+\)/);
  });
  test("reports the wrong shape", () => {
    writeFileSync(join(work, "number.json"), "42");
    const result = run(["validate", "number.json"]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/\(root\): Invalid input: expected object, received number/);
  });
  test("refuses a binary file", () => {
    writeFileSync(join(work, "model.bin"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]));
    expectOneLineError(run(["validate", "model.bin"]), 3, /binary file/);
  });
  test("refuses a file over the size limit and says the limit", () => {
    writeFileSync(join(work, "huge.json"), Buffer.alloc(17 * 1024 * 1024, 0x20));
    expectOneLineError(run(["validate", "huge.json"]), 3, /larger than the 16 MB limit/);
  });
  test("reports an empty file", () => {
    writeFileSync(join(work, "empty.json"), "");
    expectOneLineError(run(["validate", "empty.json"]), 1, /is empty/);
  });
  test("turns warnings into errors with --strict", () => {
    writeFileSync(
      join(work, "warn.json"),
      JSON.stringify({ ...validRecord, modalities: { input: ["bio-sequence"], output: ["label"] } }),
    );
    expect(run(["validate", "warn.json"]).code).toBe(0);
    expect(run(["validate", "warn.json"]).stdout).toMatch(/⚠ tasks\[0\]: warning/);
    expect(run(["validate", "warn.json", "--strict"]).code).toBe(1);
  });
  test("needs a file argument", () => {
    expectOneLineError(run(["validate"]), 2, /missing required argument 'file'/);
  });
});

describe("classify", () => {
  test("fetches from a Hub endpoint and classifies with evidence", async () => {
    const result = await runAsync(["classify", "openai-community/gpt2", "--endpoint", endpoint]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/Architecture\s+Decoder-only Transformer\s+\[certain\]/);
    expect(result.stdout).toMatch(/config.model_type=gpt2/);
    const json = JSON.parse(
      (await runAsync(["classify", "openai-community/gpt2", "--endpoint", endpoint, "--json"])).stdout,
    ) as {
      record: { id: string };
    };
    expect(json.record.id).toBe("openai-community-gpt2");
  });
  test("reports a missing model and a rate limit in one line each", async () => {
    expectOneLineError(
      await runAsync(["classify", "acme/missing", "--endpoint", endpoint]),
      1,
      /acme\/missing .*404 — no such model/,
    );
    expectOneLineError(
      await runAsync(["classify", "acme/busy", "--endpoint", endpoint]),
      4,
      /429 too many requests; retry after 30 s/,
    );
  });
  test("reports a network failure in one line with exit code 4", () => {
    expectOneLineError(
      run(["classify", "acme/model", "--endpoint", "http://127.0.0.1:9", "--timeout", "3000"]),
      4,
      /could not be reached|no answer within/,
    );
  });
  test("sends the token but never prints it", async () => {
    authorizations.length = 0;
    const result = await runAsync([
      "classify",
      "acme/missing",
      "--endpoint",
      endpoint,
      "--token",
      "hf_SECRET_TOKEN_123",
    ]);
    // The request carried the token, and the error that followed is the Hub's answer, without it.
    expect(authorizations).toEqual(["Bearer hf_SECRET_TOKEN_123"]);
    expectOneLineError(result, 1, /acme\/missing .*404 — no such model/);
    expect(result.stderr + result.stdout).not.toMatch(/hf_SECRET_TOKEN_123/);
  });
  test("classifies a file of API responses", () => {
    const result = run(["classify", join(fixtures, "vit.json"), "--json"]);
    expect(result.code, result.stderr).toBe(0);
    expect(
      (JSON.parse(result.stdout) as { architecture: { value: { family: string } } }).architecture.value.family,
    ).toBe("encoder-only");
  });
  test("speaks Chinese", () => {
    const result = run(["classify", join(fixtures, "vit.json"), "--lang", "zh"]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/架构\s+仅编码器 Transformer/);
    expect(result.stdout).toMatch(/模型记录（可用于 createRegistry）/);
  });
  test("streams NDJSON: one classification per line, bad lines reported in place", () => {
    const lines = [
      JSON.stringify({ id: "a/b", pipeline_tag: "text-generation", config: { model_type: "llama" } }),
      "{ not json",
      JSON.stringify({ id: "c/d", pipeline_tag: "image-classification", config: { model_type: "vit" } }),
    ];
    writeFileSync(join(work, "dump.ndjson"), `${lines.join("\n")}\n`);
    const result = run(["classify", "dump.ndjson", "--ndjson"]);
    expect(result.code).toBe(1);
    const out = result.stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as { id?: string; line?: number; error?: string });
    expect(out.map((entry) => entry.id ?? `line ${entry.line}`)).toEqual(["a/b", "line 2", "c/d"]);
    expect(run(["classify", "-", "--ndjson"], { input: `${lines[0]}\n` }).code).toBe(0);
  });
  test("rejects something that is neither a repo id nor a file", () => {
    expectOneLineError(
      run(["classify", "not a repo id!", "--endpoint", "http://127.0.0.1:9"]),
      2,
      /expected a Hub repository id/,
    );
  });
});

describe("schema", () => {
  test("prints the JSON Schema of a model record", () => {
    const schema = JSON.parse(run(["schema"]).stdout) as { type: string; required: string[] };
    expect(schema.type).toBe("object");
    expect(schema.required).toContain("tasks");
  });
});

describe("help", () => {
  test.each([[], ["list"], ["show"], ["describe"], ["family"], ["facets"], ["validate"], ["classify"], ["schema"]])(
    "%j --help shows examples and the exit codes",
    (...command) => {
      const result = run([...command, "--help"]);
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/Examples:/);
      expect(result.stdout).toMatch(/Exit codes: 0 success/);
    },
  );
});
