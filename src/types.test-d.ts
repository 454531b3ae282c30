import { describe, expectTypeOf, test } from "vitest";
import type {
  Architecture,
  Domain,
  IssueCode,
  Modality,
  ModalityClass,
  Model,
  ModelInput,
  ModelIssue,
  RegistryIssue,
  SizeClass,
  Task,
  TaskType,
  TrainingMethod,
  TrainingRelation,
} from "./index.js";
import { DIMENSIONS, SIZE_CLASSES, type safeParseModel, type TASKS } from "./index.js";

describe("derived types", () => {
  test("are literal unions, not string", () => {
    expectTypeOf<SizeClass>().toEqualTypeOf<"small" | "medium" | "large">();
    expectTypeOf<TaskType>().toEqualTypeOf<"generative" | "discriminative" | "hybrid">();
    expectTypeOf<ModalityClass>().toEqualTypeOf<"unimodal" | "multimodal">();
    expectTypeOf<TrainingMethod>().toEqualTypeOf<"pretrained" | "from-scratch" | "transfer-learning">();
    expectTypeOf<"lstm">().toExtend<Architecture>();
    expectTypeOf<"nlp">().toExtend<Domain>();
    expectTypeOf<"text">().toExtend<Modality>();
    expectTypeOf<"sentiment-analysis">().toExtend<Task>();
    expectTypeOf<"fine-tune">().toExtend<TrainingRelation>();
    expectTypeOf<string>().not.toExtend<Task>();
  });

  test("keep the value tuples readonly and literal", () => {
    expectTypeOf(SIZE_CLASSES).toEqualTypeOf<readonly ["small", "medium", "large"]>();
    expectTypeOf<(typeof TASKS)[number]>().toEqualTypeOf<Task>();
  });
});

describe("the model record", () => {
  test("the full record types the derived fields", () => {
    expectTypeOf<Model["sizeClass"]>().toEqualTypeOf<SizeClass | null>();
    expectTypeOf<Model["modalityClass"]>().toEqualTypeOf<ModalityClass>();
    expectTypeOf<Model["parameters"]["total"]>().toEqualTypeOf<number | null>();
    expectTypeOf<Model["openWeights"]>().toEqualTypeOf<boolean | null>();
    expectTypeOf<Model["tasks"]>().toEqualTypeOf<Task[]>();
  });

  test("the authoring form leaves the derived fields optional", () => {
    expectTypeOf<ModelInput["sizeClass"]>().toEqualTypeOf<SizeClass | null | undefined>();
    expectTypeOf<ModelInput["aliases"]>().toEqualTypeOf<string[] | undefined>();
  });

  test("rejects a misspelled value at compile time", () => {
    const record = {
      id: "x",
      name: "X",
      organization: "Acme",
      year: 2024,
      parameters: { total: null },
      taskType: "generative",
      tasks: ["text-generation"],
      modalities: { input: ["text"], output: ["text"] },
      training: { method: "pretrained" },
      domains: ["nlp"],
      architecture: { family: "decoder-only" },
      openWeights: true,
    } satisfies ModelInput;
    // @ts-expect-error "transformers" is not an architecture node
    ({ ...record, architecture: { family: "transformers" } }) satisfies ModelInput;
    expectTypeOf<ModelInput["architecture"]["family"]>().toEqualTypeOf<Architecture>();
    expectTypeOf<{ family: "transformers" }>().not.toExtend<ModelInput["architecture"]>();
    expectTypeOf<{ family: "transformer" }>().toExtend<ModelInput["architecture"]>();
  });
});

describe("parameter counts as sizes", () => {
  test("the authoring form takes a number or a size with a suffix, the full record a number", () => {
    expectTypeOf<"7B">().toExtend<ModelInput["parameters"]["total"]>();
    expectTypeOf<"1.5B">().toExtend<ModelInput["parameters"]["active"]>();
    expectTypeOf<"7 billion">().not.toExtend<ModelInput["parameters"]["total"]>();
    expectTypeOf<"7">().not.toExtend<ModelInput["parameters"]["total"]>();
    expectTypeOf<Model["parameters"]["active"]>().toEqualTypeOf<number | undefined>();
  });
});

describe("issues", () => {
  test("carry a code from a closed list, in the registry too", () => {
    // What safeParseModel hands back, not the declaration restated: a rejection's issues and a success's warnings.
    type Result = ReturnType<typeof safeParseModel>;
    expectTypeOf<Extract<Result, { success: false }>["error"]["issues"][number]["code"]>().toEqualTypeOf<IssueCode>();
    expectTypeOf<Extract<Result, { success: true }>["warnings"][number]["code"]>().toEqualTypeOf<IssueCode>();
    expectTypeOf<"required">().toExtend<IssueCode>();
    expectTypeOf<"cross-field">().toExtend<RegistryIssue["code"]>();
    expectTypeOf<string>().not.toExtend<IssueCode>();
    expectTypeOf<string>().not.toExtend<ModelIssue["code"]>();
    expectTypeOf<string>().not.toExtend<RegistryIssue["code"]>();
  });
});

describe("helpers", () => {
  test("DIMENSIONS values carry English and Chinese text", () => {
    expectTypeOf(DIMENSIONS[0]?.values[0]?.label.zh).toEqualTypeOf<string | undefined>();
  });
});
