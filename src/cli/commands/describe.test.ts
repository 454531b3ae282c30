import { describe, expect, test } from "vitest";
import { runInProcess } from "../../../test/cli-in-process.js";
import { registry } from "../../registry/index.js";

function family(id: string) {
  const found = registry.getFamily(id);
  if (found === undefined) throw new Error(`no family ${id}`);
  return found;
}

describe("describe", () => {
  test("prints a model's sentence, in the language asked for", async () => {
    const gpt2 = registry.require("gpt-2");
    expect(await runInProcess(["describe", "GPT-2"])).toEqual({
      code: 0,
      stdout:
        "GPT-2 is a small, pretrained, decoder-only Transformer for natural language processing that generates text.\n",
      stderr: "",
    });
    expect((await runInProcess(["describe", "gpt-2", "--lang", "zh"])).stdout).toBe(
      `${registry.describeModelByName(gpt2, { locale: "zh" })}\n`,
    );
    expect((await runInProcess(["describe", "gpt-2"], { env: { LC_ALL: "zh_CN.UTF-8" } })).stdout).toBe(
      `${registry.describeModelByName(gpt2, { locale: "zh" })}\n`,
    );
  });

  test("describes the family when the name is a family's and no model's", async () => {
    const { code, stdout } = await runInProcess(["describe", "Llama 2"]);
    expect(code).toBe(0);
    expect(stdout).toBe(`${registry.describeFamily(family("llama-2"), { locale: "en" })}\n`);
    expect(stdout).toMatch(/^Llama 2 is a family of 6 /);
    const zh = await runInProcess(["describe", "llama-2", "--lang", "zh"]);
    expect(zh.stdout).toBe(`${registry.describeFamily(family("llama-2"), { locale: "zh" })}\n`);
  });

  test("describes the checkpoint when the name is both a family's and its model's", async () => {
    // "gpt-2" names the GPT-2 family and its 124M checkpoint; the checkpoint wins, `family` is there for the rest.
    expect(family("gpt-2").representative.id).toBe("gpt-2");
    const { stdout } = await runInProcess(["describe", "gpt-2"]);
    expect(stdout).toBe(`${registry.describeModelByName(registry.require("gpt-2"), { locale: "en" })}\n`);
  });

  test("takes a flag in place of the name for a flag, not for a name", async () => {
    const { code, stdout } = await runInProcess(["describe", "--help"]);
    expect(code).toBe(0);
    expect(stdout.startsWith("Usage: model-taxonomy describe [options] <name>\n")).toBe(true);
  });

  test("an unknown name is exit code 1", async () => {
    const { code, stdout, stderr } = await runInProcess(["describe", "gtp-2"]);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/^error: unknown model "gtp-2"; did you mean "GPT-2"/);
  });
});
