import { expect, describe as group, test } from "vitest";
import { createRegistry, formatIssuePath, type ModelInput, RegistryValidationError } from "../index.js";
import { describe, describeModelByName, registry } from "./index.js";

function record(id: string, extra: Partial<ModelInput> = {}): ModelInput {
  return {
    id,
    name: id.toUpperCase(),
    organization: "Acme",
    year: 2024,
    parameters: { total: "7B" },
    taskType: "generative",
    tasks: ["text-generation"],
    modalities: { input: ["text"], output: ["text"] },
    training: { method: "pretrained" },
    domains: ["nlp"],
    architecture: { family: "decoder-only" },
    openWeights: true,
    ...extra,
  };
}

/** Each issue createRegistry reports for `records` as "code records[index] path". */
function codes(records: unknown[]): string[] {
  try {
    createRegistry(records);
  } catch (error) {
    if (!(error instanceof RegistryValidationError)) throw error;
    return error.issues.map((issue) => `${issue.code} records[${issue.index}] ${formatIssuePath(issue.path)}`);
  }
  throw new Error("expected the records to be refused");
}

group("createRegistry's issues", () => {
  test("keep the code of each record's own problem", () => {
    expect(codes([record("a", { year: 1900 }), { id: "b" }]).slice(0, 3)).toMatchInlineSnapshot(`
      [
        "out-of-range records[0] year",
        "required records[1] name",
        "required records[1] organization",
      ]
    `);
  });

  test("say two records share a name, and models that are each other's base", () => {
    const fineTune = { method: "transfer-learning", relation: "fine-tune" } as const;
    expect(
      codes([
        record("a", { aliases: ["shared"] }),
        record("b", { aliases: ["Shared"] }),
        record("c", { training: { ...fineTune, baseModel: "d" } }),
        record("d", { training: { ...fineTune, baseModel: "c" } }),
      ]),
    ).toMatchInlineSnapshot(`
      [
        "duplicate records[1] (root)",
        "lineage-cycle records[null] (root)",
      ]
    `);
  });

  test("read sizes such as 7B", () => {
    expect(createRegistry([record("a")]).require("a").parameters.total).toBe(7_000_000_000);
  });
});

group("describeModelByName", () => {
  test("describes a built-in model by name or record", () => {
    const gpt3 = registry.require("gpt-3");
    expect(describeModelByName("GPT 3")).toBe(describeModelByName(gpt3));
    expect(describeModelByName("gpt-3", { locale: "zh" })).toMatch(/^GPT-3 是/);
  });

  test("is what the deprecated describe and the registries' methods say", () => {
    const mine = createRegistry([record("a")], { base: registry });
    expect([describe("vicuna"), registry.describe("vicuna"), mine.describeModelByName("vicuna")]).toEqual([
      describeModelByName("vicuna"),
      describeModelByName("vicuna"),
      describeModelByName("vicuna"),
    ]);
  });
});
