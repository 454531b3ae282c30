import fc from "fast-check";
import { beforeEach, describe, expect, test } from "vitest";
import {
  createRegistry,
  formatIssuePath,
  InvalidArgumentError,
  ISSUE_CODES,
  type ModelInput,
  ModelSchema,
  ModelValidationError,
  modelWarnings,
  normalizeModelName,
  parseModel,
  parseParameterCount,
  RegistryValidationError,
  safeParseModel,
} from "./index.js";
import { _checkModel, _foldModelName, _rememberValidModel } from "./model.js";

const gpt2 = {
  id: "gpt-2",
  name: "GPT-2",
  aliases: ["gpt2", "openai-community/gpt2"],
  organization: "OpenAI",
  year: 2019,
  parameters: { total: 1_542_000_000, variant: "GPT-2 XL" },
  taskType: "generative",
  tasks: ["text-generation"],
  modalities: { input: ["text"], output: ["text"] },
  training: { method: "pretrained" },
  domains: ["nlp"],
  architecture: { family: "decoder-only" },
  openWeights: true,
  license: "MIT",
  links: { huggingface: "https://huggingface.co/openai-community/gpt2-xl" },
  sources: ["https://cdn.openai.com/better-language-models/language_models_are_unsupervised_multitask_learners.pdf"],
} satisfies ModelInput;

/** The error message parseModel throws for `input`. */
function problems(input: unknown): string {
  const result = safeParseModel(input);
  if (result.success) throw new Error("expected the record to be invalid");
  return result.error.message;
}

describe("parseModel", () => {
  test("fills in the derived fields", () => {
    const model = parseModel(gpt2);
    expect(model.sizeClass).toBe("small");
    expect(model.modalityClass).toBe("unimodal");
  });

  test("gives an unknown size for an unknown parameter count", () => {
    expect(parseModel({ ...gpt2, parameters: { total: null } }).sizeClass).toBeNull();
  });

  test("defaults the optional lists and links", () => {
    const { aliases: _a, links: _l, sources: _s, license: _li, ...minimal } = gpt2;
    const model = parseModel(minimal);
    expect(model.aliases).toEqual([]);
    expect(model.links).toEqual({});
    expect(model.sources).toEqual([]);
    expect("license" in model).toBe(false);
  });

  test("returns records that round-trip through JSON unchanged", () => {
    const records = [
      gpt2,
      { ...gpt2, parameters: { total: null } },
      {
        ...gpt2,
        id: "llava",
        training: {
          method: "transfer-learning",
          relation: "fine-tune",
          baseModel: "vicuna",
          additionalBaseModels: ["clip"],
        },
        modalities: { input: ["image", "text"], output: ["text"] },
        tasks: ["image-text-to-text"],
      },
    ];
    for (const record of records) {
      const model = parseModel(record);
      const reparsed = parseModel(JSON.parse(JSON.stringify(model)));
      expect(reparsed).toEqual(model);
      expect(JSON.stringify(reparsed)).toBe(JSON.stringify(model));
      expect(ModelSchema.parse(JSON.parse(JSON.stringify(model)))).toEqual(model);
    }
  });

  test("accepts derived fields that agree with the rules", () => {
    expect(parseModel({ ...gpt2, sizeClass: "small", modalityClass: "unimodal" }).sizeClass).toBe("small");
    expect(parseModel({ ...gpt2, parameters: { total: null }, sizeClass: null }).sizeClass).toBeNull();
  });

  test("throws a typed error that lists every problem", () => {
    expect(() => parseModel({ ...gpt2, year: "2019", tasks: [] })).toThrow(ModelValidationError);
    try {
      parseModel({ ...gpt2, year: "2019", tasks: [] });
    } catch (error) {
      expect(error).toBeInstanceOf(ModelValidationError);
      if (error instanceof ModelValidationError) {
        expect(error.issues.map((issue) => formatIssuePath(issue.path))).toEqual(["year", "tasks"]);
      }
    }
  });
});

describe("parseModel on malformed records", () => {
  test("reports a value that is not a record", () => {
    expect(problems(null)).toMatchInlineSnapshot(`
      "Invalid model record (1 problem):
        ✖ (root): Invalid input: expected object, received null"
    `);
  });

  test("reports every missing field", () => {
    expect(problems({ id: "x" })).toMatchInlineSnapshot(`
      "Invalid model record "x" (11 problems):
        ✖ name: is required
        ✖ organization: is required
        ✖ year: is required
        ✖ parameters: is required
        ✖ taskType: is required
        ✖ tasks: is required
        ✖ modalities: is required
        ✖ training: is required
        ✖ domains: is required
        ✖ architecture: is required
        ✖ openWeights: is required"
    `);
  });

  test("reports wrong types", () => {
    expect(problems({ ...gpt2, year: "2019", openWeights: "yes", aliases: "gpt2" })).toMatchInlineSnapshot(`
      "Invalid model record "gpt-2" (3 problems):
        ✖ aliases: Invalid input: expected array, received string
        ✖ year: Invalid input: expected number, received string
        ✖ openWeights: Invalid input: expected boolean, received string"
    `);
  });

  test("suggests the closest value for an unknown one", () => {
    expect(
      problems({ ...gpt2, tasks: ["text-generaton"], domains: ["computer-vison"], taskType: "generator" }),
    ).toMatchInlineSnapshot(`
      "Invalid model record "gpt-2" (3 problems):
        ✖ taskType: Invalid option: expected one of "generative"|"discriminative"|"hybrid"
        ✖ tasks[0]: unknown value "text-generaton"; did you mean "text-generation"?
        ✖ domains[0]: unknown value "computer-vison"; did you mean "computer-vision"?"
    `);
  });

  test("reports unknown fields with a suggestion", () => {
    expect(problems({ ...gpt2, paramters: 7, architecture: { family: "cnn", familly: "cnn" } })).toMatchInlineSnapshot(`
        "Invalid model record "gpt-2" (2 problems):
          ✖ architecture: unknown field "familly" (did you mean "family"?)
          ✖ (root): unknown field "paramters" (did you mean "parameters"?)"
      `);
  });

  test("reports negative, fractional and zero parameter counts", () => {
    expect(problems({ ...gpt2, parameters: { total: -5, active: 1.5 } })).toMatchInlineSnapshot(`
      "Invalid model record "gpt-2" (2 problems):
        ✖ parameters.total: Too small: expected number to be >0
        ✖ parameters.active: expected a whole number or a size such as "7B", received 1.5"
    `);
    expect(problems({ ...gpt2, parameters: { total: 0 } })).toMatchInlineSnapshot(`
      "Invalid model record "gpt-2" (1 problem):
        ✖ parameters.total: Too small: expected number to be >0"
    `);
  });

  test("reports more active parameters than total ones", () => {
    expect(
      problems({
        ...gpt2,
        parameters: { total: 1_000, active: 2_000 },
        architecture: { family: "decoder-only", mixtureOfExperts: true },
      }),
    ).toMatchInlineSnapshot(`
      "Invalid model record "gpt-2" (1 problem):
        ✖ parameters.active: active parameters (2000) cannot exceed the total (1000)"
    `);
  });

  test("reports transfer learning without a relation, and warns when it names no base model", () => {
    expect(problems({ ...gpt2, training: { method: "transfer-learning" } })).toMatchInlineSnapshot(`
      "Invalid model record "gpt-2" (1 problem):
        ✖ training.relation: transfer learning needs the relation to the base model, such as "fine-tune" or "adapter""
    `);
    const unreleasedBase = safeParseModel({
      ...gpt2,
      training: { method: "transfer-learning", relation: "fine-tune" },
    });
    expect(unreleasedBase.success && unreleasedBase.warnings.map((warning) => warning.path.join("."))).toEqual([
      "training.baseModel",
    ]);
  });

  test("reports a base model on a model that was not transfer-learned, and a model that is its own base", () => {
    expect(problems({ ...gpt2, training: { method: "pretrained", baseModel: "gpt-1" } })).toMatchInlineSnapshot(`
      "Invalid model record "gpt-2" (1 problem):
        ✖ training.baseModel: only transfer learning has a base model; the method is "pretrained""
    `);
    expect(
      problems({ ...gpt2, training: { method: "transfer-learning", relation: "fine-tune", baseModel: "GPT 2" } }),
    ).toMatchInlineSnapshot(`
      "Invalid model record "gpt-2" (1 problem):
        ✖ training.baseModel: a model cannot be its own base ("GPT 2")"
    `);
  });

  test("reports derived fields that disagree with the rules", () => {
    expect(problems({ ...gpt2, sizeClass: "large", modalityClass: "multimodal" })).toMatchInlineSnapshot(`
      "Invalid model record "gpt-2" (2 problems):
        ✖ sizeClass: sizeClass is "large" but 1542000000 parameters make the model "small"
        ✖ modalityClass: modalityClass is "multimodal" but the modalities make the model "unimodal""
    `);
    expect(problems({ ...gpt2, parameters: { total: null }, sizeClass: "small" })).toMatchInlineSnapshot(`
      "Invalid model record "gpt-2" (1 problem):
        ✖ sizeClass: sizeClass must be null when the parameter count is unknown, not "small""
    `);
  });

  test("reports ids that are not kebab-case", () => {
    expect(problems({ ...gpt2, id: "GPT_2" })).toMatchInlineSnapshot(`
      "Invalid model record "GPT_2" (1 problem):
        ✖ id: must be kebab-case: lowercase letters and digits joined by single hyphens, such as "gpt-2""
    `);
  });

  test("reports duplicates, including aliases that differ only in punctuation", () => {
    expect(
      problems({ ...gpt2, aliases: ["GPT 2", "gpt-2 "], tasks: ["text-generation", "text-generation"] }),
    ).toMatchInlineSnapshot(`
      "Invalid model record "gpt-2" (2 problems):
        ✖ aliases[1]: "gpt-2" is the same name as "GPT 2" once normalised
        ✖ tasks[1]: "text-generation" is listed twice"
    `);
  });

  test("reports empty lists, bad URLs and a year in the future", () => {
    expect(
      problems({
        ...gpt2,
        domains: [],
        modalities: { input: ["text"], output: [] },
        sources: ["not a url"],
        links: { paper: "ftp://example.org/paper.pdf" },
      }),
    ).toMatchInlineSnapshot(`
      "Invalid model record "gpt-2" (4 problems):
        ✖ modalities.output: must list at least one modality
        ✖ domains: must list at least one domain
        ✖ links.paper: must be an http or https URL
        ✖ sources[0]: must be an http or https URL"
    `);
    expect(problems({ ...gpt2, year: 3024 })).toMatchInlineSnapshot(`
      "Invalid model record "gpt-2" (1 problem):
        ✖ year: 3024 is in the future; expected ${new Date().getFullYear() + 1} or earlier"
    `);
  });

  test("reports an architecture that lists its family among its components", () => {
    expect(
      problems({ ...gpt2, architecture: { family: "decoder-only", components: ["cnn", "decoder-only"] } }),
    ).toMatchInlineSnapshot(`
        "Invalid model record "gpt-2" (1 problem):
          ✖ architecture.components[1]: "decoder-only" is the family already; components lists the other parts"
      `);
  });
});

describe("warnings", () => {
  const esm2 = {
    ...gpt2,
    id: "esm-2",
    tasks: ["fill-mask"],
    taskType: "discriminative",
    modalities: { input: ["bio-sequence"], output: ["label"] },
  } satisfies ModelInput;

  test("flag a task whose usual input the record does not list, without failing", () => {
    const result = safeParseModel(esm2);
    expect(result.success).toBe(true);
    if (result.success) {
      expect(result.warnings).toEqual(modelWarnings(esm2));
      expect(result.warnings.map((warning) => warning.message)).toMatchInlineSnapshot(`
        [
          "task "fill-mask" usually takes "text", which the record does not list among its inputs",
        ]
      `);
    }
  });

  test("flag a task type none of the tasks has, and active parameters without experts", () => {
    const warnings = modelWarnings({
      ...gpt2,
      taskType: "discriminative",
      parameters: { total: 10, active: 5 },
    });
    expect(warnings.map((warning) => formatIssuePath(warning.path))).toEqual(["taskType", "parameters.active"]);
  });

  test("become errors in strict mode", () => {
    expect(() => parseModel(esm2, { strict: true })).toThrowErrorMatchingInlineSnapshot(`
      [ModelValidationError: Invalid model record "esm-2" (1 problem):
        ✖ tasks[0]: task "fill-mask" usually takes "text", which the record does not list among its inputs]
    `);
  });
});

describe("normalizeModelName", () => {
  test.each([
    ["GPT-2", "gpt2"],
    ["gpt_2", "gpt2"],
    ["GPT 2", "gpt2"],
    ["Llama-3.1", "llama3.1"],
    ["llama-3-1", "llama3.1"],
    ["OPT-1.3B", "opt1.3b"],
    ["OPT-13B", "opt13b"],
    ["Qwen-1_8B", "qwen1.8b"],
    ["openai-community/gpt2", "openaicommunity/gpt2"],
    ["ＧＰＴ－２", "gpt2"],
  ])("folds %j to %j", (input, expected) => {
    expect(normalizeModelName(input)).toBe(expected);
  });

  test.each([
    ["1.3b", "1.3b"],
    ["a.b", "ab"],
    [".5", "5"],
    ["5.", "5"],
    ["1..3", "1.3"],
    ["", ""],
  ])("folds %j to %j, whether or not the name looks folded already", (input, expected) => {
    expect(normalizeModelName(input)).toBe(expected);
  });

  test("folds ASCII names in one pass exactly as the general rule (NFKC, lower case, separators) does", () => {
    const separators = /[\s._-]+/g;
    const digit = /[0-9]/;
    const byTheRule = (name: string) =>
      name
        .normalize("NFKC")
        .toLowerCase()
        .replace(separators, (run: string, offset: number, text: string) =>
          digit.test(text.charAt(offset - 1)) && digit.test(text.charAt(offset + run.length)) ? "." : "",
        );
    const characters = fc.constantFrom(..."aZ09 ._-\t\n\u00a0Ｇé/".split(""));
    const text = (maxLength: number) =>
      fc.string({
        unit: fc.oneof(characters, fc.string({ unit: "binary-ascii", minLength: 1, maxLength: 1 })),
        maxLength,
      });
    // Random text seldom puts a run of separators between two digits, the one place the rule keeps a dot; two
    // names in three are built around such a run (the text around it may still glue more digits or separators on).
    const digits = fc.constantFrom(..."0123456789１".split(""));
    const run = fc.string({ unit: fc.constantFrom(..." ._-\t\u00a0".split("")), minLength: 1, maxLength: 3 });
    const versioned = fc
      .tuple(text(6), digits, run, digits, text(6))
      .map(([before, left, between, right, after]) => `${before}${left}${between}${right}${after}`);
    const betweenDigits = /[0-9][\s._-]+[0-9]/;
    const runs = 2000;
    let dotted = 0;
    fc.assert(
      fc.property(fc.oneof({ arbitrary: text(16), weight: 1 }, { arbitrary: versioned, weight: 2 }), (name) => {
        if (betweenDigits.test(name.normalize("NFKC"))) dotted += 1;
        expect(_foldModelName(name)).toBe(byTheRule(name));
        expect(normalizeModelName(name)).toBe(byTheRule(name));
      }),
      { numRuns: runs },
    );
    expect(dotted).toBeGreaterThanOrEqual(runs / 2);
  });

  test("gives the same answer when asked again, from its memory of recent names", () => {
    const names = Array.from({ length: 5000 }, (_, i) => `Model-${i % 7}.${i}_B`);
    const first = names.map(normalizeModelName);
    expect(names.map(normalizeModelName)).toEqual(first);
    expect(first[12]).toBe("model5.12b");
  });
});

describe("the exported schemas", () => {
  test("are ordinary Zod schemas that users can extend, compose and convert to JSON Schema", async () => {
    const z = await import("zod");
    const { TaskSchema, ModelInputSchema } = await import("./index.js");
    expect(ModelSchema).toBeInstanceOf(z.ZodLazy);
    expect(ModelSchema.unwrap()).toBeInstanceOf(z.ZodObject);
    expect("tasks" in ModelSchema.unwrap().shape).toBe(true);
    expect(z.array(TaskSchema).parse(["text-generation"])).toEqual(["text-generation"]);
    const model = parseModel(gpt2);
    expect(z.array(ModelSchema).parse([model])).toEqual([model]);
    expect(z.toJSONSchema(ModelInputSchema, { io: "input" })).toMatchObject({ type: "object" });
    expect(z.toJSONSchema(ModelSchema)).toMatchObject({ type: "object" });
  });
});

describe("parseModel at the boundaries of its rules", () => {
  const pathsOf = (input: unknown): string[] => {
    const result = safeParseModel(input);
    return result.success ? [] : result.error.issues.map((issue) => formatIssuePath(issue.path));
  };
  const moe = { family: "decoder-only", mixtureOfExperts: true } as const;

  test("accepts as many active parameters as the total, and rejects one more", () => {
    expect(pathsOf({ ...gpt2, parameters: { total: 1_000, active: 1_000 }, architecture: moe })).toEqual([]);
    expect(pathsOf({ ...gpt2, parameters: { total: 1_000, active: 1_001 }, architecture: moe })).toEqual([
      "parameters.active",
    ]);
    // An unknown total puts no bound on the active count.
    expect(pathsOf({ ...gpt2, parameters: { total: null, active: 1_001 }, architecture: moe })).toEqual([]);
  });

  test("accepts next year and 1940, and rejects the year after next and 1939", () => {
    const nextYear = new Date().getFullYear() + 1;
    expect(pathsOf({ ...gpt2, year: nextYear })).toEqual([]);
    expect(pathsOf({ ...gpt2, year: nextYear + 1 })).toEqual(["year"]);
    expect(pathsOf({ ...gpt2, year: 1940 })).toEqual([]);
    expect(pathsOf({ ...gpt2, year: 1939 })).toEqual(["year"]);
  });

  test.each(["a", "7", "gpt-2", "llama-3-1-405b", "a1-b2"])("accepts the kebab-case id %j", (id) => {
    expect(pathsOf({ ...gpt2, id })).toEqual([]);
  });

  test.each(["", "-gpt", "gpt-", "gpt--2", "GPT-2", "gpt_2", "gpt 2", "gpt.2", "gpt-2\n"])(
    "rejects the id %j",
    (id) => {
      expect(pathsOf({ ...gpt2, id })).toEqual(["id"]);
    },
  );

  test("reports the second of two equal components, and the family among the components", () => {
    expect(pathsOf({ ...gpt2, architecture: { family: "decoder-only", components: ["cnn", "rnn"] } })).toEqual([]);
    expect(pathsOf({ ...gpt2, architecture: { family: "decoder-only", components: ["cnn", "cnn"] } })).toEqual([
      "architecture.components[1]",
    ]);
    expect(pathsOf({ ...gpt2, architecture: { family: "cnn", components: ["cnn"] } })).toEqual([
      "architecture.components[0]",
    ]);
  });

  test("reports a duplicate in every list at the index of the repeat", () => {
    expect(
      pathsOf({
        ...gpt2,
        domains: ["nlp", "code", "nlp"],
        modalities: { input: ["text", "text"], output: ["text", "image", "image"] },
        sources: ["https://example.org/a", "https://example.org/a"],
      }),
    ).toEqual(["domains[2]", "modalities.input[1]", "modalities.output[2]", "sources[1]"]);
  });

  test("reports an additional base model that repeats another or names the model itself", () => {
    const training = { method: "transfer-learning", relation: "fine-tune", baseModel: "gpt-1" } as const;
    expect(pathsOf({ ...gpt2, training: { ...training, additionalBaseModels: ["clip", "CLIP"] } })).toEqual([
      "training.additionalBaseModels[1]",
    ]);
    expect(pathsOf({ ...gpt2, training: { ...training, additionalBaseModels: ["clip", "GPT_2"] } })).toEqual([
      "training.additionalBaseModels[1]",
    ]);
  });

  test("reports each base field on a model that was not transfer-learned, with its own wording", () => {
    const result = safeParseModel({
      ...gpt2,
      training: { method: "from-scratch", relation: "fine-tune", additionalBaseModels: ["clip"] },
    });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.issues.map((issue) => `${formatIssuePath(issue.path)}: ${issue.message}`)).toEqual([
        'training.relation: only transfer learning has a relation; the method is "from-scratch"',
        'training.additionalBaseModels: only transfer learning has a base model; the method is "from-scratch"',
      ]);
    }
  });

  test("puts each size boundary in the upper class when it checks a given sizeClass", () => {
    expect(pathsOf({ ...gpt2, parameters: { total: 4_000_000_000 }, sizeClass: "medium" })).toEqual([]);
    expect(pathsOf({ ...gpt2, parameters: { total: 3_999_999_999 }, sizeClass: "medium" })).toEqual(["sizeClass"]);
    expect(pathsOf({ ...gpt2, parameters: { total: 40_000_000_000 }, sizeClass: "large" })).toEqual([]);
  });
});

describe("warnings at their boundaries", () => {
  test("say nothing about a hybrid task type, or a type that one of the tasks has", () => {
    expect(modelWarnings({ ...gpt2, taskType: "hybrid" })).toEqual([]);
    expect(modelWarnings({ ...gpt2, taskType: "generative" })).toEqual([]);
    expect(
      modelWarnings({ ...gpt2, taskType: "discriminative", tasks: ["text-generation", "text-classification"] }),
    ).toEqual([]);
  });

  test("say nothing about active parameters on a mixture-of-experts model", () => {
    const architecture = { family: "decoder-only", mixtureOfExperts: true } as const;
    expect(modelWarnings({ ...gpt2, parameters: { total: 10, active: 5 }, architecture })).toEqual([]);
    expect(
      modelWarnings({
        ...gpt2,
        parameters: { total: 10, active: 5 },
        architecture: { ...architecture, mixtureOfExperts: false },
      }).map((warning) => formatIssuePath(warning.path)),
    ).toEqual(["parameters.active"]);
  });

  test("name every missing input of a task, and only the missing ones", () => {
    const warnings = modelWarnings({
      ...gpt2,
      tasks: ["text-generation", "image-text-to-text"],
      modalities: { input: ["text"], output: ["text"] },
    });
    expect(warnings.map((warning) => `${formatIssuePath(warning.path)}: ${warning.message}`)).toEqual([
      'tasks[1]: task "image-text-to-text" usually takes "image", which the record does not list among its inputs',
    ]);
  });
});

describe("what parseModel keeps, words and refuses", () => {
  test("keeps the family and the licence when given, and adds neither when not", () => {
    const { license: _license, ...unlicensed } = gpt2;
    expect(parseModel({ ...gpt2, family: "gpt-2" }).family).toBe("gpt-2");
    expect(parseModel(gpt2).license).toBe("MIT");
    expect(Object.keys(parseModel(unlicensed))).not.toContain("license");
    expect(Object.keys(parseModel(gpt2))).not.toContain("family");
  });

  test("accepts http and https links only, whatever the scheme ends or starts with", () => {
    expect(parseModel({ ...gpt2, links: { homepage: "http://example.org" } }).links.homepage).toBe(
      "http://example.org",
    );
    for (const url of ["git+https://example.org", "httpx://example.org", "shttp://example.org"]) {
      expect(problems({ ...gpt2, links: { homepage: url } })).toContain("links.homepage: must be an http or https URL");
    }
  });

  test("says an empty task list must list a task", () => {
    expect(problems({ ...gpt2, tasks: [] })).toContain("tasks: must list at least one task");
  });

  test("suggests nothing when no known name is close, and joins several unknown fields", () => {
    expect(problems({ ...gpt2, qqqqqqqqqq: 1, parameterz: 2 })).toContain(
      '(root): unknown field "qqqqqqqqqq"; unknown field "parameterz" (did you mean "parameters"?)',
    );
    expect(problems({ ...gpt2, tasks: ["qqqqqqqqqq"] })).toMatch(/tasks\[0\]: unknown value "qqqqqqqqqq"$/);
  });

  test("keeps zod's wording for a short list of options and for a value that is not a string", () => {
    // Six relations: short enough to list in full.
    expect(
      problems({ ...gpt2, training: { method: "transfer-learning", relation: "finetune", baseModel: "gpt-1" } }),
    ).toContain('training.relation: Invalid option: expected one of "fine-tune"|');
    expect(problems({ ...gpt2, tasks: [42] })).toContain("tasks[0]: Invalid option: expected one of");
  });

  test("gives the path of an issue with numbers for indexes", () => {
    const result = safeParseModel({ ...gpt2, tasks: ["text-generation", "nope"] });
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues[0]?.path).toEqual(["tasks", 1]);
  });

  test("in strict mode, accepts a record with no warnings; otherwise keeps warnings as warnings", () => {
    expect(parseModel(gpt2, { strict: true }).id).toBe("gpt-2");
    const doubtful = { ...gpt2, taskType: "discriminative" } as const;
    for (const options of [{}, { strict: false }, { strict: undefined }]) {
      const result = safeParseModel(doubtful, options);
      expect(result.success, JSON.stringify(options)).toBe(true);
      if (result.success) expect(result.warnings).toHaveLength(1);
    }
    expect(safeParseModel(doubtful, { strict: true }).success).toBe(false);
  });

  test("rejects options that are not an options object, and a strict flag that is not a boolean", () => {
    for (const options of [null, "strict", [], 1]) {
      expect(() => safeParseModel(gpt2, options as never)).toThrow(/options: expected an object/);
    }
    expect(() => parseModel(gpt2, { strict: "yes" } as never)).toThrow(/options\.strict: expected true or false/);
  });

  test("applies the cross-field rules in the full-record schema too", () => {
    const model = parseModel(gpt2);
    const result = ModelSchema.safeParse({ ...model, parameters: { total: 10, active: 20 }, sizeClass: "small" });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([
      "active parameters (20) cannot exceed the total (10)",
    ]);
  });
});

describe("warnings, word for word", () => {
  test("quote every missing input of a task, joined with and", () => {
    const warnings = modelWarnings({
      ...gpt2,
      tasks: ["image-text-to-text"],
      modalities: { input: ["audio"], output: ["text"] },
    });
    expect(warnings[0]?.message).toBe(
      'task "image-text-to-text" usually takes "image" and "text", which the record does not list among its inputs',
    );
  });

  test("say which task type none of the tasks has, and accept a hybrid task for any type", () => {
    expect(modelWarnings({ ...gpt2, taskType: "discriminative" })[0]?.message).toBe(
      'taskType is "discriminative" but none of the tasks usually is',
    );
    const vqa = {
      ...gpt2,
      tasks: ["visual-question-answering"],
      modalities: { input: ["image", "text"], output: ["text"] },
    } satisfies ModelInput;
    expect(modelWarnings({ ...vqa, taskType: "generative" })).toEqual([]);
  });

  test("say that active parameters need a mixture of experts", () => {
    expect(modelWarnings({ ...gpt2, parameters: { total: 10, active: 5 } })[0]?.message).toBe(
      "active parameters are given but the architecture is not marked mixtureOfExperts",
    );
  });
});

describe("issue codes", () => {
  /** Each issue of an invalid record as "code path". */
  function codes(input: unknown): string[] {
    const result = safeParseModel(input);
    if (result.success) throw new Error("expected the record to be invalid");
    return result.error.issues.map((issue) => `${issue.code} ${formatIssuePath(issue.path)}`);
  }

  test("say a field is missing, of the wrong type, unknown or not among the values", () => {
    expect(
      codes({ ...gpt2, name: undefined, year: "2019", paramters: 7, tasks: ["text-generaton"] }),
    ).toMatchInlineSnapshot(`
        [
          "required name",
          "invalid-type year",
          "unknown-value tasks[0]",
          "unknown-field (root)",
        ]
      `);
  });

  test("say an empty list is missing something, and a count or year is out of range", () => {
    expect(codes({ ...gpt2, tasks: [], year: 1939, parameters: { total: 0 } })).toMatchInlineSnapshot(`
      [
        "out-of-range year",
        "out-of-range parameters.total",
        "required tasks",
      ]
    `);
    expect(codes({ ...gpt2, year: 3024 })).toMatchInlineSnapshot(`
      [
        "out-of-range year",
      ]
    `);
  });

  test("say an id, a link or a size does not read as one", () => {
    expect(
      codes({ ...gpt2, id: "GPT_2", links: { paper: "ftp://example.com" }, parameters: { total: "7X" } }),
    ).toMatchInlineSnapshot(`
      [
        "invalid-format id",
        "invalid-format parameters.total",
        "invalid-format links.paper",
      ]
    `);
  });

  test("tell duplicates from fields that disagree", () => {
    expect(
      codes({
        ...gpt2,
        aliases: ["GPT2", "gpt-2"],
        parameters: { total: 100, active: 200 },
        training: { method: "pretrained", baseModel: "gpt-1" },
        sizeClass: "large",
      }),
    ).toMatchInlineSnapshot(`
      [
        "cross-field parameters.active",
        "cross-field training.baseModel",
        "cross-field sizeClass",
        "duplicate aliases[1]",
      ]
    `);
  });

  test("mark warnings, in strict mode too", () => {
    const record = { ...gpt2, parameters: { total: 100, active: 50 } };
    const result = safeParseModel(record);
    expect(result.success && result.warnings.map((warning) => warning.code)).toEqual(["warning"]);
    const strict = safeParseModel(record, { strict: true });
    expect(strict.success ? [] : strict.error.issues.map((issue) => issue.code)).toEqual(["warning"]);
  });

  test("say a record whose fields throw cannot be read", () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error("no");
        },
      },
    );
    expect(codes(hostile)).toEqual(["unreadable (root)"]);
  });

  test("listed in ISSUE_CODES are exactly those the records of this block and a lineage cycle produce", () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error("no");
        },
      },
    );
    const invalid: unknown[] = [
      { ...gpt2, name: undefined, year: "2019", paramters: 7, tasks: ["text-generaton"] },
      { ...gpt2, tasks: [], year: 1939, parameters: { total: 0 } },
      { ...gpt2, id: "GPT_2", links: { paper: "ftp://example.com" }, parameters: { total: "7X" } },
      {
        ...gpt2,
        aliases: ["GPT2", "gpt-2"],
        parameters: { total: 100, active: 200 },
        training: { method: "pretrained", baseModel: "gpt-1" },
        sizeClass: "large",
      },
      { ...gpt2, parameters: { total: 100, active: 50 } },
      hostile,
    ];
    const found = invalid.flatMap((record) => {
      const result = safeParseModel(record, { strict: true });
      return result.success ? [] : result.error.issues.map((issue) => issue.code);
    });
    // Two models each fine-tuned from the other: each record is valid, the registry is not.
    const fineTuneOf = (baseModel: string): ModelInput["training"] => ({
      method: "transfer-learning",
      relation: "fine-tune",
      baseModel,
    });
    const loop = [
      { ...gpt2, id: "loop-a", name: "Loop A", aliases: [], training: fineTuneOf("loop-b") },
      { ...gpt2, id: "loop-b", name: "Loop B", aliases: [], training: fineTuneOf("loop-a") },
    ];
    try {
      createRegistry(loop);
    } catch (error) {
      if (!(error instanceof RegistryValidationError)) throw error;
      found.push(...error.issues.map((issue) => issue.code));
    }
    expect([...new Set(found)].sort()).toEqual([...ISSUE_CODES].sort());
  });
});

describe("parameter counts as people write them", () => {
  test.each([
    ["7B", 7_000_000_000],
    ["1.5B", 1_500_000_000],
    ["66M", 66_000_000],
    ["1.2T", 1_200_000_000_000],
    ["125k", 125_000],
  ])("read %s as %d", (size, count) => {
    expect(parseModel({ ...gpt2, parameters: { total: size } }).parameters.total).toBe(count);
  });

  test("read an active count too, and size the model from the number", () => {
    const model = parseModel({
      ...gpt2,
      parameters: { total: "46.7B", active: "12.9B" },
      architecture: { family: "decoder-only", mixtureOfExperts: true },
    });
    expect([model.parameters, model.sizeClass]).toEqual([{ total: 46_700_000_000, active: 12_900_000_000 }, "large"]);
  });

  test("check the counts they stand for against each other", () => {
    expect(problems({ ...gpt2, parameters: { total: "7B", active: "8B" } })).toMatchInlineSnapshot(`
      "Invalid model record "gpt-2" (1 problem):
        ✖ parameters.active: active parameters (8000000000) cannot exceed the total (7000000000)"
    `);
  });

  test("refuse text that is not a size, a size of nothing and one too large to count, each with its code", () => {
    const result = safeParseModel({ ...gpt2, parameters: { total: "seven billion", active: "0B" } });
    expect(result.success ? [] : result.error.issues).toMatchInlineSnapshot(`
      [
        {
          "code": "invalid-format",
          "message": "cannot read "seven billion" as a parameter count; write a number, or a size with a K, M, B or T suffix such as "7B" or "1.5B"",
          "path": [
            "parameters",
            "total",
          ],
        },
        {
          "code": "out-of-range",
          "message": "Too small: expected number to be >0",
          "path": [
            "parameters",
            "active",
          ],
        },
      ]
    `);
    const tooLarge = safeParseModel({ ...gpt2, parameters: { total: "99999999T" } });
    expect(tooLarge.success ? [] : tooLarge.error.issues).toMatchInlineSnapshot(`
      [
        {
          "code": "out-of-range",
          "message": ""99999999T" is more parameters than can be counted exactly",
          "path": [
            "parameters",
            "total",
          ],
        },
      ]
    `);
    expect(problems({ ...gpt2, parameters: { total: "7000000" } })).toMatchInlineSnapshot(`
      "Invalid model record "gpt-2" (1 problem):
        ✖ parameters.total: cannot read "7000000" as a parameter count; write a number, or a size with a K, M, B or T suffix such as "7B" or "1.5B""
    `);
    expect(problems({ ...gpt2, parameters: { total: true } })).toMatchInlineSnapshot(`
      "Invalid model record "gpt-2" (1 problem):
        ✖ parameters.total: expected a whole number or a size such as "7B", received true"
    `);
  });

  test("read every size as parseParameterCount does, and refuse the ones it cannot count exactly", () => {
    const digits = fc.string({ unit: fc.constantFrom(..."0123456789".split("")), minLength: 1, maxLength: 19 });
    const size = fc
      .tuple(digits, fc.option(digits, { nil: undefined }), fc.constantFrom(..."KMBTkmbt".split("")))
      .map(([whole, fraction, suffix]) => `${whole}${fraction === undefined ? "" : `.${fraction}`}${suffix}`);
    fc.assert(
      fc.property(size, (text) => {
        let expected: number | undefined;
        try {
          expected = parseParameterCount(text);
        } catch {
          expected = undefined;
        }
        const result = safeParseModel({ ...gpt2, parameters: { total: text } });
        if (expected !== undefined && expected > 0) {
          expect(result.success && result.data.parameters.total).toBe(expected);
        } else {
          expect(result.success ? [] : result.error.issues.map((issue) => issue.code)).toEqual(["out-of-range"]);
        }
      }),
      { numRuns: 3000 },
    );
  });

  test("are typed: a size needs its suffix", () => {
    const typed = { ...gpt2, parameters: { total: "1.5B" } } satisfies ModelInput;
    // @ts-expect-error: "1.5 billion" is not a size
    const wrong: ModelInput = { ...gpt2, parameters: { total: "1.5 billion" } };
    expect([parseModel(typed).parameters.total, safeParseModel(wrong).success]).toEqual([1_500_000_000, false]);
  });
});

describe("the full-record schema", () => {
  test("holds parsed numbers only: a size string means the record was never parsed", () => {
    const model = parseModel(gpt2);
    expect(ModelSchema.safeParse(model).success).toBe(true);
    const unparsed = ModelSchema.safeParse({ ...model, parameters: { total: "1.5B" } });
    expect(unparsed.success ? [] : unparsed.error.issues.map((issue) => issue.path.join("."))).toEqual([
      "parameters.total",
    ]);
  });
});

describe("issue codes, case by case", () => {
  /** Each issue of an invalid record as "code path". */
  function codes(input: unknown): string[] {
    const result = safeParseModel(input);
    if (result.success) throw new Error("expected the record to be invalid");
    return result.error.issues.map((issue) => `${issue.code} ${formatIssuePath(issue.path)}`);
  }
  const { taskType: _taskType, ...withoutTaskType } = gpt2;

  test.each<[string, unknown, string[]]>([
    ["a missing value of a list of values is required", withoutTaskType, ["required taskType"]],
    ["a missing parameter count is required", { ...gpt2, parameters: {} }, ["required parameters.total"]],
    ["an empty name is required", { ...gpt2, name: "" }, ["required name"]],
    [
      "a count that is neither a number nor text has the wrong type",
      { ...gpt2, parameters: { total: true } },
      ["invalid-type parameters.total"],
    ],
    [
      "a count past the largest exact integer is out of range",
      { ...gpt2, parameters: { total: 2 ** 53 } },
      ["out-of-range parameters.total"],
    ],
    [
      "a list that holds a size is not a size",
      { ...gpt2, parameters: { total: ["7B"] } },
      ["invalid-type parameters.total"],
    ],
    ["a value that is not even an object has the wrong type", "gpt-2", ["invalid-type (root)"]],
    [
      "a family listed among the components is a duplicate",
      {
        ...gpt2,
        architecture: { family: "decoder-only", components: ["decoder-only"] },
      },
      ["duplicate architecture.components[0]"],
    ],
  ])("%s", (_case, input, expected) => {
    expect(codes(input)).toEqual(expected);
  });

  test("say a missing parameter count is required, in those words", () => {
    expect(problems({ ...gpt2, parameters: {} })).toContain("parameters.total: is required");
  });

  test("say what a record whose fields throw is", () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error("no");
        },
      },
    );
    const result = safeParseModel(hostile);
    expect(result.success ? [] : result.error.issues.map((issue) => issue.message)).toEqual([
      "cannot be read: reading one of its fields threw an error",
    ]);
  });

  test("name the record in the message only by an id that is text", () => {
    expect(problems({ ...gpt2, id: 42 })).toMatch(/^Invalid model record \(1 problem\):/);
    expect(problems({ ...gpt2, id: "GPT 2" })).toMatch(/^Invalid model record "GPT 2" \(1 problem\):/);
  });
});

describe("a size class checked against a count that is itself wrong", () => {
  // Such a count has no class: its own issue says what is wrong, and sizeClass is not compared with it.
  test.each<[string, unknown, string]>([
    ["a negative count", -1, "large"],
    ["a count of zero", 0, "large"],
    ["a fraction", 1.5, "large"],
    ["a count past the largest exact integer", 2 ** 53, "small"],
  ])("%s is reported once, on the count alone", (_case, total, sizeClass) => {
    const result = safeParseModel({ ...gpt2, parameters: { total }, sizeClass });
    expect(result.success ? [] : result.error.issues.map((issue) => formatIssuePath(issue.path))).toEqual([
      "parameters.total",
    ]);
  });
});

describe("warnings, code by code", () => {
  const fineTune = { method: "transfer-learning", relation: "fine-tune" } as const;

  test.each<[string, ModelInput, string]>([
    [
      "a task whose usual input is missing",
      { ...gpt2, tasks: ["image-classification"], taskType: "discriminative" },
      'tasks[0]: task "image-classification" usually takes "image", which the record does not list among its inputs',
    ],
    [
      "a task type none of the tasks has",
      { ...gpt2, taskType: "discriminative" },
      'taskType: taskType is "discriminative" but none of the tasks usually is',
    ],
    [
      "transfer learning that names no base",
      { ...gpt2, training: fineTune },
      "training.baseModel: transfer learning without a base model: name it, unless the base was never released",
    ],
    [
      "active parameters without experts",
      { ...gpt2, parameters: { total: 10, active: 5 } },
      "parameters.active: active parameters are given but the architecture is not marked mixtureOfExperts",
    ],
  ])("flag %s with the code warning", (_case, record, expected) => {
    const warnings = modelWarnings(record);
    expect(warnings.map((warning) => `${formatIssuePath(warning.path)}: ${warning.message}`)).toEqual([expected]);
    expect(warnings.map((warning) => warning.code)).toEqual(["warning"]);
  });

  test("say nothing about transfer learning that names its base", () => {
    expect(modelWarnings({ ...gpt2, training: { ...fineTune, baseModel: "gpt-1" } })).toEqual([]);
  });

  test("are refused for a record that is not valid, or whose fields throw, with an InvalidArgumentError", () => {
    const invalid: ModelInput = JSON.parse(JSON.stringify({ ...gpt2, tasks: [] }));
    const hostile = new Proxy(gpt2, {
      get() {
        throw new Error("no");
      },
    });
    for (const record of [invalid, hostile]) {
      expect(() => modelWarnings(record)).toThrow(InvalidArgumentError);
      expect(() => modelWarnings(record)).toThrow(
        "model: expected a valid model record: safeParseModel says what is wrong with it",
      );
    }
  });
});

describe("arguments that are not what the signature says", () => {
  test("normalizeModelName refuses a name that is not text", () => {
    const notAName: string = JSON.parse("42");
    expect(() => normalizeModelName(notAName)).toThrow(InvalidArgumentError);
    expect(() => normalizeModelName(notAName)).toThrow("name: expected a model id, name or alias, received 42");
  });

  test("formatIssuePath refuses a path that is not an array", () => {
    const notAPath: string[] = JSON.parse('"tasks"');
    expect(() => formatIssuePath(notAPath)).toThrow(InvalidArgumentError);
    expect(() => formatIssuePath(notAPath)).toThrow('path: expected an array, received "tasks"');
  });

  test("formatIssuePath shows a key that is neither a name nor an index as values are shown in errors", () => {
    const path: string[] = JSON.parse('["layers", {}]');
    expect(formatIssuePath(path)).toBe("layers.an object");
  });
});

describe("normalizeModelName's shortcut for names already folded", () => {
  // A name of lower-case letters and digits, with a dot only between two digits, is its own folded form; any
  // other dot goes, as the general rule says.
  test.each([
    ["a.5", "a5"],
    ["5.a", "5a"],
    ["llama3.1.8b", "llama3.1.8b"],
    ["gpt2.", "gpt2"],
  ])("folds %j to %j", (input, expected) => {
    expect(normalizeModelName(input)).toBe(expected);
    expect(_foldModelName(input)).toBe(expected);
  });

  test("gives the same answer for a name at the length of its memory's limit, and one past it, asked twice", () => {
    for (const length of [127, 128, 129]) {
      const name = `Model-${"x".repeat(length - 8)}_B`;
      expect(name).toHaveLength(length);
      const expected = `model${"x".repeat(length - 8)}b`;
      expect([normalizeModelName(name), normalizeModelName(name)]).toEqual([expected, expected]);
    }
  });
});

describe("_checkModel", () => {
  // Parsed in each test, not here: the schemas are built on first use, and that should be inside a test.
  let model: ReturnType<typeof parseModel>;
  beforeEach(() => {
    model = parseModel(gpt2);
  });
  const expected = "model: expected a full model record (from parseModel or a registry)";

  test("accepts a full record that is not frozen, and one that is", () => {
    expect(() => _checkModel({ ...model }, "model")).not.toThrow();
    expect(() => _checkModel(Object.freeze({ ...model }), "model")).not.toThrow();
  });

  test.each<[string, Record<string, unknown>, string]>([
    [
      "an empty list",
      { modalities: { input: ["text"], output: [] } },
      "modalities.output must list at least one modality",
    ],
    [
      "an index in the path",
      { sources: ["https://example.org", "not a url"] },
      "sources[1] must be an http or https URL",
    ],
    ["an authoring form that was never parsed", { parameters: { total: "1.5B" } }, "parameters.total"],
  ])("refuses a record with %s, naming the argument and the first problem", (_case, change, reason) => {
    const value = { ...model, ...change };
    expect(() => _checkModel(value, "model")).toThrow(InvalidArgumentError);
    expect(() => _checkModel(value, "model")).toThrow(`${expected}: ${reason}`);
  });

  test("refuses null and a record whose fields throw", () => {
    expect(() => _checkModel(null, "models[3]")).toThrow(
      "models[3]: expected a full model record (from parseModel or a registry): (root) ",
    );
    const hostile = new Proxy(model, {
      get() {
        throw new Error("no");
      },
    });
    expect(() => _checkModel(hostile, "model")).toThrow(`${expected}: reading one of its fields threw an error`);
  });

  test("accepts a remembered frozen record at once, without reading it again", () => {
    // Frozen is shallow: the lists inside can still change, which shows whether the record was read again.
    const sources = [...model.sources];
    const frozen = Object.freeze({ ...model, sources });
    _rememberValidModel(frozen);
    sources.push("not a url");
    expect(() => _checkModel(frozen, "model")).not.toThrow();
    expect(() => _checkModel({ ...frozen }, "model")).toThrow(`${expected}: sources[1] must be an http or https URL`);
  });

  test("does not remember a record that is not frozen, since it can still change", () => {
    const record = { ...model, sources: [...model.sources] };
    _rememberValidModel(record);
    record.sources.push("not a url");
    expect(() => _checkModel(record, "model")).toThrow(`${expected}: sources[1] must be an http or https URL`);
  });
});
