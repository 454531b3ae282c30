import { describe, expect, test } from "vitest";
import { ASPECT_LABELS, ASPECTS } from "./dimensions/index.js";
import { modelJsonSchema } from "./json-schema.js";
import { _SIZE_PATTERN, safeParseModel } from "./model.js";

const gpt2 = {
  id: "gpt-2",
  name: "GPT-2",
  organization: "OpenAI",
  year: 2019,
  parameters: { total: 1_542_000_000 },
  taskType: "generative",
  tasks: ["text-generation"],
  modalities: { input: ["text"], output: ["text"] },
  training: { method: "pretrained" },
  domains: ["nlp"],
  architecture: { family: "decoder-only" },
  openWeights: true,
};

/** The branches a JSON Schema gives for a parameter count, without the `null` one. */
function countBranches(field: "total" | "active"): unknown[] {
  const parameters: unknown = Reflect.get(Object(modelJsonSchema().properties), "parameters");
  const schema: unknown = Reflect.get(Object(Reflect.get(Object(parameters), "properties")), field);
  const branches: unknown[] = [];
  const visit = (node: unknown): void => {
    const anyOf: unknown = Reflect.get(Object(node), "anyOf");
    if (Array.isArray(anyOf)) anyOf.forEach(visit);
    else if (Reflect.get(Object(node), "type") !== "null") branches.push(node);
  };
  visit(schema);
  return branches;
}

describe("modelJsonSchema", () => {
  test("gives a parameter count as an integer or a size with a pattern", () => {
    for (const field of ["total", "active"] as const) {
      expect(countBranches(field)).toEqual([
        expect.objectContaining({ type: "integer", exclusiveMinimum: 0 }),
        expect.objectContaining({ type: "string", pattern: expect.any(String) }),
      ]);
    }
  });

  // The pattern is checked as an ECMA-262 regular expression without flags, as JSON Schema validators do.
  test.each(["7B", "1.5B", "66M", "1.2T", "125k", "7X", "7 B", "-1B", "1e3B", "seven", "7000000", "B", "1.B"])(
    "and parseModel agree on the size %j",
    (size) => {
      const branch = countBranches("total")[1];
      const pattern = new RegExp(String(Reflect.get(Object(branch), "pattern")), "u");
      const parsed = safeParseModel({ ...gpt2, parameters: { total: size } });
      expect(pattern.test(size)).toBe(parsed.success);
    },
  );

  test("describes the authoring form, where fields that have a default may be left out", () => {
    // The full record always has aliases and links; the form one writes may leave them to their defaults.
    const schema = modelJsonSchema();
    expect(schema.required).not.toContain("aliases");
    expect(Object.keys(Object(schema.properties))).toEqual(expect.arrayContaining(["aliases", "links", "tasks"]));
    expect(safeParseModel(gpt2).success).toBe(true);
  });

  test("explains the size form on the size branches, and nowhere else", () => {
    const sizes: object[] = [];
    const described: object[] = [];
    const visit = (node: unknown): void => {
      if (typeof node !== "object" || node === null) return;
      if (Reflect.get(node, "pattern") === _SIZE_PATTERN.source) sizes.push(node);
      if (String(Reflect.get(node, "description")).includes("K, M, B or T")) described.push(node);
      for (const child of Object.values(node)) visit(child);
    };
    visit(modelJsonSchema());
    // The total and the active count, each with its size branch.
    expect(sizes).toHaveLength(2);
    expect(described).toEqual(sizes);
  });

  test("says in its title whose schema it is, and in its description the six aspects", () => {
    const schema = modelJsonSchema();
    expect(schema.title).toMatch(/\(model-taxonomy\)$/);
    const description = String(schema.description).toLowerCase();
    for (const aspect of ASPECTS) expect(description, aspect).toContain(ASPECT_LABELS[aspect].en.toLowerCase());
  });

  test("requires exactly the fields without which the model schema refuses a record", () => {
    const required = modelJsonSchema().required;
    if (!Array.isArray(required)) throw new Error("the schema lists no required fields");
    // Every required field is among GPT-2's, so each is tested by leaving it out.
    expect(Object.keys(gpt2)).toEqual(expect.arrayContaining(required));
    for (const key of Object.keys(gpt2)) {
      const without = Object.fromEntries(Object.entries(gpt2).filter(([other]) => other !== key));
      expect(safeParseModel(without).success, key).toBe(!required.includes(key));
    }
  });
});
