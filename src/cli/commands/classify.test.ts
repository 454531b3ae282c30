import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from "vitest";
import { runInProcess } from "../../../test/cli-in-process.js";
import { classifyHuggingFaceModel, type HuggingFaceClassification } from "../../huggingface/classify.js";

const FIXTURES = join(import.meta.dirname, "..", "..", "..", "test", "fixtures", "huggingface");
const fixture = (name: string) => join(FIXTURES, `${name}.json`);
const response = (name: string): unknown => JSON.parse(readFileSync(fixture(name), "utf8"));

let work = "";
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "model-taxonomy-classify-"));
});
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});
afterEach(() => {
  vi.unstubAllGlobals();
});

/** The second line of each finding, as the library gives its reason and evidence. */
function evidenceLine(finding: {
  readonly reason: string;
  readonly evidence: readonly { readonly field: string; readonly value: string }[];
}): string {
  const evidence = finding.evidence.map((item) => `${item.field}=${item.value}`).join("; ");
  return `${" ".repeat(19)}${finding.reason}${evidence === "" ? "" : ` (${evidence})`}`;
}

function findings(result: HuggingFaceClassification) {
  const { tasks, taskType, modalities, modalityClass, parameters, sizeClass, training, domains, architecture } = result;
  return [tasks, taskType, modalities, modalityClass, parameters, sizeClass, training, domains, architecture];
}

/** A fetch that answers every request with `answer`, recording the requests. */
function fakeFetch(answer: (url: string, init: RequestInit | undefined) => Response | Promise<Response>) {
  const fetch = vi.fn(async (url: string | URL | Request, init?: RequestInit) => answer(String(url), init));
  vi.stubGlobal("fetch", fetch);
  return fetch;
}

describe("classify", () => {
  test("prints each answer with its confidence, the reason and evidence under it, then the model record", async () => {
    // A GGUF copy of Llama 3.1 8B Instruct: the card names its base model and the relation "quantized", the GGUF
    // header counts 8,030,261,312 parameters and names the llama (decoder-only) architecture.
    const { code, stdout, stderr } = await runInProcess(["classify", fixture("gguf-quantization")]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const result = classifyHuggingFaceModel(response("gguf-quantization"));
    const lines = stdout.split("\n");
    expect(lines[0]).toBe("bartowski/Meta-Llama-3.1-8B-Instruct-GGUF");
    expect(lines.filter((_, index) => index % 2 === 1).slice(0, 9)).toEqual([
      "Task               Text generation  [certain]",
      "Task type          Generative  [certain]",
      "Modality           text → text  [inferred]",
      "Unimodal or multimodal Unimodal  [inferred]",
      "Parameters         8.03B (gguf 4-bit, exact)  [certain]",
      "Scale              Medium  [certain]",
      "Training method    Transfer learning · Quantization · meta-llama/Llama-3.1-8B-Instruct  [certain]",
      "Application domain Natural language processing  [inferred]",
      "Architecture       Decoder-only Transformer  [certain]",
    ]);
    expect(lines.filter((_, index) => index % 2 === 0 && index > 0).slice(0, 9)).toEqual(
      findings(result).map(evidenceLine),
    );
    expect(lines.slice(19, 21)).toEqual(["", "Model record (valid for createRegistry):"]);
    expect(lines.slice(21).join("\n")).toBe(`${JSON.stringify(result.record, null, 2)}\n`);
  });

  test("says unknown for what the metadata does not tell, and why no record can be made", async () => {
    const { code, stdout } = await runInProcess(["classify", fixture("bare")]);
    expect(code).toBe(0);
    const result = classifyHuggingFaceModel(response("bare"));
    expect(result.record).toBeNull();
    const lines = stdout.split("\n");
    expect(lines.filter((_, index) => index % 2 === 1).slice(0, 9)).toEqual([
      "Task               unknown  [unknown]",
      "Task type          unknown  [unknown]",
      "Modality           unknown  [unknown]",
      "Unimodal or multimodal unknown  [unknown]",
      "Parameters         unknown  [unknown]",
      "Scale              unknown  [unknown]",
      "Training method    unknown  [unknown]",
      "Application domain unknown  [unknown]",
      "Architecture       unknown  [unknown]",
    ]);
    // A finding without evidence has its reason alone on the line under it.
    expect(lines.filter((_, index) => index % 2 === 0 && index > 0).slice(0, 9)).toEqual(
      findings(result).map(evidenceLine),
    );
    expect(findings(result).some((finding) => finding.evidence.length === 0)).toBe(true);
    expect(lines.slice(19)).toEqual([
      "",
      "Not enough is known to make a model record:",
      ...result.missing.map((reason) => `  - ${reason}`),
      "",
    ]);
    expect(result.missing.length).toBeGreaterThan(0);
  });

  test.each([
    // GPTQ stores eight 4-bit weights in one 32-bit integer: the stored count is corrected to the real one.
    ["gptq-quantization", "Parameters         8.15B (gptq 4-bit, corrected)  [inferred]"],
    ["bnb-4bit", "Parameters         8.25B (bitsandbytes 4-bit, corrected)  [inferred]"],
    ["lora-adapter", "Training method    Transfer learning · Adapter · mistralai/Mistral-7B-v0.1  [certain]"],
    ["moe", "Architecture       Decoder-only Transformer, MoE  [certain]"],
    ["sdxl-diffusers", "Architecture       Convolutional network, Diffusion  [certain]"],
    ["base-llm", "Training method    Pretrained  [inferred]"],
  ])("reads %s as the metadata says: %s", async (name, line) => {
    const { stdout } = await runInProcess(["classify", fixture(name)]);
    expect(stdout.split("\n")).toContain(line);
  });

  test("names a quantization without its bits, and a training without a relation or base", async () => {
    const path = join(work, "gptq.json");
    const info = {
      id: "acme/llama-3-8b-gptq",
      pipeline_tag: "text-generation",
      safetensors: { total: 1_000_000, parameters: { I32: 1_000_000 } },
      config: { model_type: "llama", quantization_config: { quant_method: "gptq" } },
    };
    writeFileSync(path, JSON.stringify(info));
    const result = classifyHuggingFaceModel(info);
    expect(result.parameters.value.quantization).toEqual({ bits: null, method: "gptq", treatment: "flagged" });
    const { stdout } = await runInProcess(["classify", path]);
    expect(stdout.split("\n")).toContain("Parameters         1M (gptq, flagged)  [inferred]");
  });

  test("speaks Chinese", async () => {
    const { stdout } = await runInProcess(["classify", fixture("moe"), "--lang", "zh"]);
    const lines = stdout.split("\n");
    expect(lines.filter((_, index) => index % 2 === 1).slice(0, 9)).toEqual([
      "具体任务           文本生成  [certain]",
      "任务类型           生成式  [certain]",
      "模态               text → text  [inferred]",
      "单模态或多模态     单模态  [inferred]",
      "参数量             46.7B  [certain]",
      "规模               大型  [certain]",
      "训练方式           预训练  [inferred]",
      "应用领域           自然语言处理  [inferred]",
      "架构               仅解码器 Transformer, MoE  [certain]",
    ]);
    expect(lines[20]).toBe("模型记录（可用于 createRegistry）:");
    const bare = await runInProcess(["classify", fixture("bare"), "--lang", "zh"]);
    expect(bare.stdout).toContain("\n参数量             未知  [unknown]\n");
    expect(bare.stdout).toContain("\n已知信息不足，无法生成模型记录:\n");
  });

  test("colours the confidence: certain green, inferred yellow, unknown red", async () => {
    const { stdout } = await runInProcess(["classify", fixture("gguf-quantization")], { tty: true });
    expect(stdout).toContain("[\u001b[32mcertain\u001b[39m]");
    expect(stdout).toContain("[\u001b[33minferred\u001b[39m]");
    const bare = await runInProcess(["classify", fixture("bare")], { tty: true });
    expect(bare.stdout).toContain("[\u001b[31munknown\u001b[39m]");
  });

  test("cuts evidence values to 60 columns", async () => {
    const path = join(work, "long.json");
    const base = `other/${"y".repeat(70)}`;
    writeFileSync(
      path,
      JSON.stringify({ id: "acme/x", pipeline_tag: "text-generation", cardData: { base_model: base } }),
    );
    const { stdout } = await runInProcess(["classify", path]);
    expect(stdout).toContain(`=${base.slice(0, 59)}…`);
    expect(stdout).not.toContain(`=${base}`);
  });

  test("prints every classification of a file of responses, one after the other", async () => {
    const path = join(work, "two.json");
    writeFileSync(path, JSON.stringify([response("moe"), response("bare")]));
    const { stdout } = await runInProcess(["classify", path]);
    const one = (await runInProcess(["classify", fixture("moe")])).stdout;
    const two = (await runInProcess(["classify", fixture("bare")])).stdout;
    expect(stdout).toBe(`${one}\n${two}`);
  });

  test("--json prints the classification, or the list of them for a file of several", async () => {
    const single = await runInProcess(["classify", fixture("moe"), "--json"]);
    expect(JSON.parse(single.stdout)).toEqual(JSON.parse(JSON.stringify(classifyHuggingFaceModel(response("moe")))));
    const path = join(work, "pair.json");
    writeFileSync(path, JSON.stringify([response("moe"), response("bare")]));
    const both = JSON.parse((await runInProcess(["classify", path, "--json"])).stdout);
    expect(both).toEqual(
      JSON.parse(JSON.stringify([response("moe"), response("bare")].map((info) => classifyHuggingFaceModel(info)))),
    );
  });

  test("reads a YAML file and standard input", async () => {
    const path = join(work, "moe.yaml");
    writeFileSync(path, `id: mistralai/Mixtral-8x7B-v0.1\npipeline_tag: text-generation\n`);
    expect((await runInProcess(["classify", path])).stdout.split("\n")[0]).toBe("mistralai/Mixtral-8x7B-v0.1");
    const piped = await runInProcess(["classify", "-"], { stdin: JSON.stringify(response("moe")) });
    expect(piped.stdout).toBe((await runInProcess(["classify", fixture("moe")])).stdout);
  });

  test("takes a relative path that starts with a dot as a file, not a repository", async () => {
    const fetch = fakeFetch(() => new Response("{}"));
    const path = `./${relative(process.cwd(), fixture("moe"))}`;
    expect((await runInProcess(["classify", path])).stdout.split("\n")[0]).toBe("mistralai/Mixtral-8x7B-v0.1");
    const upper = join(work, "MOE.JSON");
    writeFileSync(upper, JSON.stringify(response("moe")));
    expect((await runInProcess(["classify", upper])).code).toBe(0);
    expect(fetch).not.toHaveBeenCalled();
  });

  test.each(["missing.json", "missing.yaml", "missing.yml", "missing.ndjson", "missing.jsonl", "MISSING.JSON"])(
    "reads %s as a file, by its extension, although it could be a repository's name",
    async (name) => {
      const fetch = fakeFetch(() => new Response("{}"));
      expect(await runInProcess(["classify", name])).toEqual({
        code: 3,
        stdout: "",
        stderr: `error: ${name}: cannot read: no such file\n`,
      });
      expect(fetch).not.toHaveBeenCalled();
    },
  );

  test("reads a relative path without a dot by its extension", async () => {
    const path = relative(process.cwd(), fixture("moe"));
    expect(path.startsWith(".")).toBe(false);
    expect((await runInProcess(["classify", path])).stdout.split("\n")[0]).toBe("mistralai/Mixtral-8x7B-v0.1");
  });

  test("reads a path that starts with a dot as a file, whatever its name", async () => {
    const fetch = fakeFetch(() => new Response("{}"));
    expect((await runInProcess(["classify", "./missing-file"])).stderr).toBe(
      "error: ./missing-file: cannot read: no such file\n",
    );
    expect(fetch).not.toHaveBeenCalled();
  });

  test("takes a repository id without an owner", async () => {
    const fetch = fakeFetch(() => new Response(JSON.stringify(response("moe"))));
    expect((await runInProcess(["classify", "gpt2"])).code).toBe(0);
    expect(fetch.mock.calls[0]?.[0]).toBe("https://huggingface.co/api/models/gpt2");
  });

  test("takes a name with a dot but no file extension as a repository", async () => {
    const fetch = fakeFetch(() => new Response(JSON.stringify(response("moe"))));
    expect((await runInProcess(["classify", "models.yaml.v2"])).code).toBe(0);
    expect(fetch.mock.calls[0]?.[0]).toBe("https://huggingface.co/api/models/models.yaml.v2");
  });

  test("prints (no id) for a response without one", async () => {
    const path = join(work, "anonymous.json");
    writeFileSync(path, JSON.stringify({ pipeline_tag: "text-generation" }));
    expect((await runInProcess(["classify", path])).stdout.split("\n")[0]).toBe("(no id)");
  });
});

describe("classify --ndjson", () => {
  test("writes one classification per line, and reports a bad line in its place with exit code 1", async () => {
    const path = join(work, "dump.ndjson");
    const moe = JSON.stringify(response("moe"));
    writeFileSync(path, `${moe}\r\n \t\n{not json\n${JSON.stringify(response("bare"))}`);
    const { code, stdout } = await runInProcess(["classify", path, "--ndjson"]);
    expect(code).toBe(1);
    const lines = stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(3);
    expect(JSON.parse(lines[0] ?? "")).toEqual(JSON.parse(JSON.stringify(classifyHuggingFaceModel(response("moe")))));
    // The blank second line is skipped but counted.
    expect(JSON.parse(lines[1] ?? "")).toEqual({ line: 3, error: expect.stringMatching(/^invalid JSON: \S/) });
    expect(JSON.parse(lines[2] ?? "")).toMatchObject({ id: "jdoe/scratch-model", record: null });
  });

  test("exits 0 when every line is a record, reading standard input for -", async () => {
    const input = `${JSON.stringify(response("moe"))}\n${JSON.stringify(response("vit"))}\n`;
    const { code, stdout } = await runInProcess(["classify", "-", "--ndjson"], { stdin: input });
    expect(code).toBe(0);
    expect(stdout.split("\n").map((line) => (line === "" ? null : JSON.parse(line).id))).toEqual([
      "mistralai/Mixtral-8x7B-v0.1",
      classifyHuggingFaceModel(response("vit")).id,
      null,
    ]);
  });

  test("skips a byte order mark at the start, and reads a last line without a newline", async () => {
    const input = Buffer.from(`\uFEFF${JSON.stringify(response("moe"))}`);
    const { code, stdout } = await runInProcess(["classify", "-", "--ndjson"], { stdin: input });
    expect(code).toBe(0);
    expect(JSON.parse(stdout).id).toBe("mistralai/Mixtral-8x7B-v0.1");
  });

  test("refuses a binary stream, text that is not UTF-8 and a missing file", async () => {
    expect(await runInProcess(["classify", "-", "--ndjson"], { stdin: Buffer.from([0x7b, 0x00]) })).toEqual({
      code: 3,
      stdout: "",
      stderr: "error: standard input: looks like a binary file, not JSON or YAML text\n",
    });
    const latin1 = join(work, "latin1.ndjson");
    writeFileSync(latin1, Buffer.from('{"id": "caf\xe9"}\n', "latin1"));
    expect((await runInProcess(["classify", latin1, "--ndjson"])).stderr).toBe(`error: ${latin1}: is not UTF-8 text\n`);
    // A UTF-8 sequence cut off at the end of the stream.
    const cut = join(work, "cut.ndjson");
    writeFileSync(cut, Buffer.from([0x7b, 0x7d, 0x0a, 0xe4, 0xb8]));
    expect((await runInProcess(["classify", cut, "--ndjson"])).stderr).toBe(`error: ${cut}: is not UTF-8 text\n`);
    const missing = join(work, "missing.ndjson");
    expect(await runInProcess(["classify", missing, "--ndjson"])).toEqual({
      code: 3,
      stdout: "",
      stderr: `error: ${missing}: cannot read: no such file\n`,
    });
    expect((await runInProcess(["classify", work, "--ndjson"])).stderr).toBe(
      `error: ${work}: cannot read: is a directory, not a file\n`,
    );
  });
});

describe("classify from the Hub", () => {
  test("fetches the model's metadata from the Hub's model API and classifies it", async () => {
    const fetch = fakeFetch(() => new Response(JSON.stringify(response("moe")), { status: 200 }));
    const { code, stdout, stderr } = await runInProcess(["classify", "mistralai/Mixtral-8x7B-v0.1"]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toBe((await runInProcess(["classify", fixture("moe")])).stdout);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(fetch.mock.calls[0]?.[0]).toBe("https://huggingface.co/api/models/mistralai/Mixtral-8x7B-v0.1");
    expect(new Headers(fetch.mock.calls[0]?.[1]?.headers).get("authorization")).toBeNull();
  });

  test("sends the token of --token, else of HF_TOKEN, and asks the endpoint given", async () => {
    const fetch = fakeFetch(() => new Response(JSON.stringify(response("moe"))));
    await runInProcess(["classify", "acme/model", "--token", "hf_flag", "--endpoint", "https://hub.example/mirror"]);
    expect(fetch.mock.calls[0]?.[0]).toBe("https://hub.example/mirror/api/models/acme/model");
    expect(new Headers(fetch.mock.calls[0]?.[1]?.headers).get("authorization")).toBe("Bearer hf_flag");
    await runInProcess(["classify", "acme/model"], { env: { HF_TOKEN: "hf_env" } });
    expect(new Headers(fetch.mock.calls[1]?.[1]?.headers).get("authorization")).toBe("Bearer hf_env");
    await runInProcess(["classify", "acme/model", "--token", "hf_flag"], { env: { HF_TOKEN: "hf_env" } });
    expect(new Headers(fetch.mock.calls[2]?.[1]?.headers).get("authorization")).toBe("Bearer hf_flag");
    // An empty HF_TOKEN is no token.
    await runInProcess(["classify", "acme/model"], { env: { HF_TOKEN: "" } });
    expect(new Headers(fetch.mock.calls[3]?.[1]?.headers).get("authorization")).toBeNull();
  });

  test("--json prints the classification of the fetched metadata", async () => {
    fakeFetch(() => new Response(JSON.stringify(response("moe"))));
    const { stdout } = await runInProcess(["classify", "mistralai/Mixtral-8x7B-v0.1", "--json"]);
    expect(JSON.parse(stdout)).toEqual(JSON.parse(JSON.stringify(classifyHuggingFaceModel(response("moe")))));
  });

  test.each([
    [404, {}, 1, "acme/model (https://huggingface.co): 404 — no such model"],
    [
      401,
      {},
      1,
      "acme/model (https://huggingface.co): 401 unauthorized — the model is private or gated, or does not exist; pass a token",
    ],
    [
      403,
      {},
      1,
      "acme/model (https://huggingface.co): 403 forbidden — the token may not read this model (gated: accept its conditions on the Hub first)",
    ],
    [429, { "retry-after": "30" }, 4, "acme/model (https://huggingface.co): 429 too many requests; retry after 30 s"],
    [429, {}, 4, "acme/model (https://huggingface.co): 429 too many requests"],
    [503, {}, 4, "acme/model (https://huggingface.co): the Hub answered 503"],
  ])("an answer %i (%j) is exit code %i: %s", async (status, headers, code, message) => {
    fakeFetch(() => new Response("{}", { status, headers }));
    expect(await runInProcess(["classify", "acme/model"])).toEqual({ code, stdout: "", stderr: `error: ${message}\n` });
  });

  test("a 401 with an empty HF_TOKEN asks for a token: an empty one is none", async () => {
    fakeFetch(() => new Response("{}", { status: 401 }));
    const { stderr } = await runInProcess(["classify", "acme/model"], { env: { HF_TOKEN: "" } });
    expect(stderr).toMatch(/; pass a token\n$/);
  });

  test("a 401 with a token asks to check it, in either language", async () => {
    fakeFetch(() => new Response("{}", { status: 401 }));
    const { stderr } = await runInProcess(["classify", "acme/model", "--token", "hf_secret"]);
    expect(stderr).toMatch(/; check the token\n$/);
    const zh = await runInProcess(["classify", "acme/model", "--lang", "zh"]);
    expect(zh.stderr).toBe(
      "错误： acme/model (https://huggingface.co)：401 未授权——模型是私有或受限的，或者不存在；请提供令牌\n",
    );
  });

  test("a network failure is exit code 4, with the system's error code when there is one", async () => {
    const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:9"), { code: "ECONNREFUSED" });
    fakeFetch(() => Promise.reject(new TypeError("fetch failed", { cause: refused })));
    expect(await runInProcess(["classify", "acme/model"])).toEqual({
      code: 4,
      stdout: "",
      stderr: "error: acme/model (https://huggingface.co): the Hub could not be reached (ECONNREFUSED)\n",
    });
    fakeFetch(() => Promise.reject(Object.assign(new Error("getaddrinfo ENOTFOUND hub"), { code: "ENOTFOUND" })));
    expect((await runInProcess(["classify", "acme/model", "--lang", "zh"])).stderr).toBe(
      "错误： acme/model (https://huggingface.co)：无法连接 Hub（ENOTFOUND）\n",
    );
    // A code that is no system error code, and no code at all, say nothing more.
    for (const code of ["odd-code", "EAIfoo", "xEAI"]) {
      fakeFetch(() => Promise.reject(Object.assign(new Error("odd"), { code })));
      expect((await runInProcess(["classify", "acme/model"])).stderr).toBe(
        "error: acme/model (https://huggingface.co): the Hub could not be reached\n",
      );
    }
    fakeFetch(() => Promise.reject(new TypeError("fetch failed")));
    expect((await runInProcess(["classify", "acme/model"])).stderr).toBe(
      "error: acme/model (https://huggingface.co): the Hub could not be reached\n",
    );
  });

  test("an answer that is not JSON, or too large, is exit code 4", async () => {
    fakeFetch(() => new Response("<html>", { status: 200 }));
    expect(await runInProcess(["classify", "acme/model"])).toEqual({
      code: 4,
      stdout: "",
      stderr:
        "error: acme/model (https://huggingface.co): the response is not valid JSON (cut short, or not the model API)\n",
    });
    fakeFetch(() => new Response("x", { headers: { "content-length": String(17 * 1024 * 1024) } }));
    expect((await runInProcess(["classify", "acme/model"])).stderr).toBe(
      "error: acme/model (https://huggingface.co): the response is larger than 16 MB, far more than any model's metadata\n",
    );
  });

  test("gives up after --timeout milliseconds, with exit code 4", async () => {
    fakeFetch(
      (_, init) =>
        new Promise((_resolve, reject) => {
          init?.signal?.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError")));
        }),
    );
    expect(await runInProcess(["classify", "acme/model", "--timeout", "20"])).toEqual({
      code: 4,
      stdout: "",
      stderr: "error: acme/model (https://huggingface.co): no answer within 20 ms\n",
    });
  });

  test("never prints the token or the endpoint's credentials", async () => {
    fakeFetch(() => new Response("{}", { status: 404 }));
    // A repository whose name holds the token text: the message names it, masked.
    const { stderr } = await runInProcess(["classify", "hf_secret/model", "--token", "hf_secret"]);
    expect(stderr).toBe("error: ***/model (https://huggingface.co): 404 — no such model\n");
    const env = await runInProcess(["classify", "hf_secret/model"], { env: { HF_TOKEN: "hf_secret" } });
    expect(env.stderr).toBe("error: ***/model (https://huggingface.co): 404 — no such model\n");
    const endpoint = await runInProcess(["classify", "s3cret/model", "--endpoint", "https://user:s3cret@hub.example/"]);
    expect(endpoint.stderr).toBe("error: ***/model (https://hub.example): 404 — no such model\n");
    // Two characters are too short to be a secret worth masking: masking them would garble the message.
    const short = await runInProcess(["classify", "ab/model", "--token", "ab"]);
    expect(short.stderr).toBe("error: ab/model (https://huggingface.co): 404 — no such model\n");
    // The same with each flag written with "=".
    const token = await runInProcess(["classify", "hf_secret/model", "--token=hf_secret"]);
    expect(token.stderr).toBe("error: ***/model (https://huggingface.co): 404 — no such model\n");
    const joined = await runInProcess(["classify", "s3cret/model", "--endpoint=https://user:s3cret@hub.example/"]);
    expect(joined.stderr).toBe("error: ***/model (https://hub.example): 404 — no such model\n");
  });

  test("something that is neither a repository id nor a file is a usage error", async () => {
    const fetch = fakeFetch(() => new Response("{}"));
    for (const source of ["a..b", "acme/model/extra", "_acme", "acme/"]) {
      expect(await runInProcess(["classify", source])).toEqual({
        code: 2,
        stdout: "",
        stderr: `error: expected a Hub repository id such as "openai-community/gpt2", a file or -, received "${source}"\n`,
      });
    }
    expect((await runInProcess(["classify", "a..b", "--lang", "zh"])).stderr).toBe(
      '错误： 需要 Hub 仓库 ID（如 "openai-community/gpt2"）、文件或 -，收到的是 "a..b"\n',
    );
    expect(fetch).not.toHaveBeenCalled();
  });

  test("an endpoint that is no http(s) URL is a usage error that does not echo it", async () => {
    const fetch = fakeFetch(() => new Response("{}"));
    expect(await runInProcess(["classify", "acme/model", "--endpoint", "ftp://user:pw@x"])).toEqual({
      code: 2,
      stdout: "",
      stderr: "error: --endpoint: expected an http(s) URL, received (not a URL)\n",
    });
    expect((await runInProcess(["classify", "acme/model", "--endpoint", "nope", "--lang", "zh"])).stderr).toBe(
      "错误： --endpoint：需要 http(s) 网址，收到的是 （无效网址）\n",
    );
    expect(fetch).not.toHaveBeenCalled();
  });

  test("a --timeout that is no whole number of at least 1 is a usage error", async () => {
    expect((await runInProcess(["classify", "acme/model", "--timeout", "0"])).stderr).toBe(
      'error: --timeout expects a whole number of at least 1, received "0"\n',
    );
    expect((await runInProcess(["classify", "acme/model", "--timeout", "0", "--lang", "zh"])).stderr).toBe(
      '错误： --timeout 需要一个不小于 1 的整数，收到的是 "0"\n',
    );
  });
});

describe("classify from the Hub, in Chinese", () => {
  test.each([
    [404, {}, 1, "acme/model (https://huggingface.co)：404——没有这个模型"],
    [
      403,
      {},
      1,
      "acme/model (https://huggingface.co)：403 禁止访问——此令牌无权读取该模型（受限模型须先在 Hub 上同意其条款）",
    ],
    [429, { "retry-after": "5" }, 4, "acme/model (https://huggingface.co)：429 请求过多；请 5 秒后重试"],
    [429, {}, 4, "acme/model (https://huggingface.co)：429 请求过多"],
    [500, {}, 4, "acme/model (https://huggingface.co)：Hub 返回了 500"],
  ])("an answer %i (%j) is exit code %i: %s", async (status, headers, code, message) => {
    fakeFetch(() => new Response("{}", { status, headers }));
    expect(await runInProcess(["classify", "acme/model", "--lang", "zh"])).toEqual({
      code,
      stdout: "",
      stderr: `错误： ${message}\n`,
    });
  });

  test("a network failure without a system error code", async () => {
    fakeFetch(() => Promise.reject(new TypeError("fetch failed")));
    expect((await runInProcess(["classify", "acme/model", "--lang", "zh"])).stderr).toBe(
      "错误： acme/model (https://huggingface.co)：无法连接 Hub\n",
    );
  });

  test("a 401 with a token, a bad answer, a large one and a timeout", async () => {
    fakeFetch(() => new Response("{}", { status: 401 }));
    expect((await runInProcess(["classify", "acme/model", "--lang", "zh", "--token", "hf_x"])).stderr).toBe(
      "错误： acme/model (https://huggingface.co)：401 未授权——模型是私有或受限的，或者不存在；请检查令牌\n",
    );
    fakeFetch(() => new Response("<html>"));
    expect((await runInProcess(["classify", "acme/model", "--lang", "zh"])).stderr).toBe(
      "错误： acme/model (https://huggingface.co)：响应不是有效的 JSON（被截断，或不是模型 API）\n",
    );
    fakeFetch(() => new Response("x", { headers: { "content-length": String(17 * 1024 * 1024) } }));
    expect((await runInProcess(["classify", "acme/model", "--lang", "zh"])).stderr).toBe(
      "错误： acme/model (https://huggingface.co)：响应超过 16 MB，远大于任何模型的元数据\n",
    );
    fakeFetch(
      (_, init) =>
        new Promise((_resolve, reject) => {
          init?.signal?.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError")));
        }),
    );
    expect((await runInProcess(["classify", "acme/model", "--lang", "zh", "--timeout", "10"])).stderr).toBe(
      "错误： acme/model (https://huggingface.co)：10 毫秒内没有应答\n",
    );
  });
});
