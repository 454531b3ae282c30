// The exported schemas of src/model.ts, one at a time. Each schema is built on its first use, once per test
// file, and the ones inside it (URLs, texts, sizes) with it; so the tests here go from the smallest schema to
// the whole record, and each checks the rules of the schemas it is the first to use.
import { describe, expect, test } from "vitest";
import * as z from "zod";
import {
  LinksSchema,
  ModalitiesSchema,
  ModelIdSchema,
  ModelSchema,
  ParametersSchema,
  parseModel,
  safeParseModel,
} from "./index.js";

/** The message of each issue of a failed parse, after the path of the issue. */
function messages(result: { error?: { issues: readonly { path: PropertyKey[]; message: string }[] } }): string[] {
  return (result.error?.issues ?? []).map((issue) => `${issue.path.map(String).join(".")}: ${issue.message}`);
}

describe("the exported schemas, from the smallest to the whole record", () => {
  test("ModelIdSchema accepts a kebab-case id and says what kebab-case is", () => {
    expect(ModelIdSchema.safeParse("llama-3-1-8b").success).toBe(true);
    expect(messages(ModelIdSchema.safeParse("Llama 3.1"))).toEqual([
      ': must be kebab-case: lowercase letters and digits joined by single hyphens, such as "gpt-2"',
    ]);
  });

  test("LinksSchema accepts http and https URLs only, whatever a scheme starts or ends with", () => {
    const links = { paper: "https://arxiv.org/abs/1706.03762", homepage: "http://example.org" };
    expect(LinksSchema.parse(links)).toEqual(links);
    for (const url of ["ftp://example.org/paper.pdf", "shttp://example.org", "httpx://example.org"]) {
      expect(messages(LinksSchema.safeParse({ paper: url })), url).toEqual(["paper: must be an http or https URL"]);
    }
  });

  test("ParametersSchema reads a size with each suffix in either case, and words what it cannot read", () => {
    const sizes: [string, number][] = [
      ["5K", 5e3],
      ["5k", 5e3],
      ["5M", 5e6],
      ["5m", 5e6],
      ["5B", 5e9],
      ["5b", 5e9],
      ["5T", 5e12],
      ["5t", 5e12],
    ];
    for (const [size, count] of sizes) expect(ParametersSchema.parse({ total: size }), size).toEqual({ total: count });
    expect(messages(ParametersSchema.safeParse({ total: "seven billion", active: true }))).toEqual([
      'total: cannot read "seven billion" as a parameter count; write a number, or a size with a K, M, B or T suffix such as "7B" or "1.5B"',
      'active: expected a whole number or a size such as "7B", received true',
    ]);
    // A number with a sign or an exponent reads as a number to Zod's template, but is not a size.
    for (const size of ["-5B", "1e3K"]) {
      expect(messages(ParametersSchema.safeParse({ total: size }))[0], size).toMatch(/^total: cannot read /);
    }
    expect(messages(ParametersSchema.safeParse({ total: "99999999T" }))).toEqual([
      'total: "99999999T" is more parameters than can be counted exactly',
    ]);
    // A missing count is left to the parse's own wording, the one parseModel gives ("is required").
    expect(messages(ParametersSchema.safeParse({}, { error: () => "the parse's own words" }))).toEqual([
      "total: the parse's own words",
    ]);
    // A variant is trimmed text, so a blank one is empty.
    expect(ParametersSchema.parse({ total: 5, variant: " 65B " })).toEqual({ total: 5, variant: "65B" });
    expect(ParametersSchema.safeParse({ total: 5, variant: "   " }).success).toBe(false);
    // The JSON Schema describes a size with the pattern validation uses, not Zod's template of any number.
    expect(JSON.stringify(z.toJSONSchema(ParametersSchema, { io: "input" }))).toContain(
      JSON.stringify("^[0-9]+(?:\\.[0-9]+)?[KMBTkmbt]$"),
    );
  });

  test("ModalitiesSchema takes any number of outputs but none", () => {
    const modalities = { input: ["image", "text"], output: ["text", "image"] };
    expect(ModalitiesSchema.parse(modalities)).toEqual(modalities);
    expect(messages(ModalitiesSchema.safeParse({ input: ["text"], output: [] }))).toEqual([
      "output: must list at least one modality",
    ]);
  });

  test("the authoring form defaults the lists it may leave out, and checks tasks, domains and fields together", () => {
    const record = {
      id: "llava",
      name: "LLaVA",
      organization: "University of Wisconsin-Madison",
      year: 2023,
      parameters: { total: "13B" },
      taskType: "generative",
      tasks: ["image-text-to-text", "visual-question-answering"],
      modalities: { input: ["image", "text"], output: ["text"] },
      training: {
        method: "transfer-learning",
        relation: "fine-tune",
        baseModel: "vicuna",
        additionalBaseModels: ["clip"],
      },
      domains: ["nlp", "computer-vision"],
      architecture: { family: "decoder-only" },
      openWeights: true,
    } as const;
    const model = parseModel(record);
    expect([model.aliases, model.sources, model.links]).toEqual([[], [], {}]);
    expect([model.tasks, model.domains]).toEqual([record.tasks, record.domains]);
    const broken = safeParseModel({ ...record, tasks: [], domains: [], parameters: { total: 10, active: 20 } });
    expect(broken.success ? [] : broken.error.issues.map((issue) => `${issue.code} ${issue.message}`)).toEqual([
      "required must list at least one task",
      "required must list at least one domain",
      "cross-field active parameters (20) cannot exceed the total (10)",
    ]);
  });

  test("ModelSchema checks the fields of a full record together", () => {
    const model = parseModel({
      id: "bert-base",
      name: "BERT-Base",
      organization: "Google",
      year: 2018,
      parameters: { total: 110_000_000 },
      taskType: "discriminative",
      tasks: ["fill-mask"],
      modalities: { input: ["text"], output: ["text"] },
      training: { method: "pretrained" },
      domains: ["nlp"],
      architecture: { family: "encoder-only" },
      openWeights: true,
    });
    expect(ModelSchema.safeParse(model).success).toBe(true);
    expect(messages(ModelSchema.safeParse({ ...model, sizeClass: "large", modalityClass: "multimodal" }))).toEqual([
      'sizeClass: sizeClass is "large" but 110000000 parameters make the model "small"',
      'modalityClass: modalityClass is "multimodal" but the modalities make the model "unimodal"',
    ]);
  });
});
