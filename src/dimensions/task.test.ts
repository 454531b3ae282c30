import { PIPELINE_DATA } from "@huggingface/tasks";
import { describe, expect, test } from "vitest";
import {
  DOMAINS,
  InvalidArgumentError,
  MODALITIES,
  subtasksOf,
  TASK_PROFILES,
  TASK_TYPES,
  TASKS,
  TaskSchema,
} from "../index.js";
import { _TASK_USAGE } from "./task.js";

const hubTags = Object.keys(PIPELINE_DATA);

describe("TASKS", () => {
  test("maps every pipeline tag of the Hugging Face Hub", () => {
    expect(hubTags.length).toBeGreaterThanOrEqual(57);
    const unmapped = hubTags.filter((tag) => !TaskSchema.safeParse(tag).success);
    expect(unmapped).toEqual([]);
  });

  test("gives every Hub tag except other a task type and a domain", () => {
    for (const tag of hubTags) {
      const profile = TASK_PROFILES[TaskSchema.parse(tag)];
      if (tag === "other") continue;
      expect(TASK_TYPES).toContain(profile.type);
      expect(DOMAINS).toContain(profile.domain);
    }
  });

  test("marks exactly the Hub's tags as pipeline tags", () => {
    const marked = TASKS.filter((task) => TASK_PROFILES[task].pipelineTag);
    expect([...marked].sort()).toEqual([...hubTags].sort());
  });

  test("holds the seed's tasks", () => {
    expect(TASKS).toEqual(
      expect.arrayContaining([
        "text-classification",
        "sentiment-analysis",
        "object-detection",
        "automatic-speech-recognition",
        "text-to-image",
      ]),
    );
  });

  test("gives each task known modalities and a parent that is a broader task", () => {
    for (const task of TASKS) {
      const profile = TASK_PROFILES[task];
      for (const modality of [...profile.input, ...profile.output]) expect(MODALITIES).toContain(modality);
      if (profile.parent !== null) {
        expect(TASK_PROFILES[profile.parent].parent).toBeNull();
        expect(TASK_PROFILES[profile.parent].pipelineTag).toBe(true);
      }
    }
  });

  test("documents question answering as extractive and visual question answering as hybrid", () => {
    expect(TASK_PROFILES["question-answering"].type).toBe("discriminative");
    expect(TASK_PROFILES["visual-question-answering"].type).toBe("hybrid");
  });
});

describe("subtasksOf", () => {
  test("finds sentiment analysis under text classification", () => {
    expect(subtasksOf("text-classification")).toEqual(["sentiment-analysis"]);
    expect(subtasksOf("text-generation")).toEqual(["text2text-generation", "code-generation"]);
    expect(subtasksOf("translation")).toEqual([]);
  });

  test("refuses anything but a task, an inherited key included", () => {
    // @ts-expect-error: a JavaScript caller may pass anything
    expect(() => subtasksOf("text-clasification")).toThrowErrorMatchingInlineSnapshot(
      `[InvalidArgumentError: task: expected a task such as "text-classification", received "text-clasification"]`,
    );
    // @ts-expect-error: a JavaScript caller may pass anything
    expect(() => subtasksOf("constructor")).toThrow(InvalidArgumentError);
    // @ts-expect-error: a JavaScript caller may pass anything
    expect(() => subtasksOf(undefined)).toThrow(InvalidArgumentError);
  });
});

describe("TASK_PROFILES", () => {
  test.each([
    ["fill-mask", "discriminative", ["text"], ["label"], "nlp", null, true],
    ["sentiment-analysis", "discriminative", ["text"], ["label"], "nlp", "text-classification", false],
    ["code-generation", "generative", ["text"], ["text"], "code", "text-generation", false],
    ["unconditional-image-generation", "generative", [], ["image"], "computer-vision", null, true],
    ["robotics", "discriminative", ["image", "state"], ["action"], "robotics", null, true],
    ["any-to-any", "hybrid", ["text", "image", "audio"], ["text", "image", "audio"], "multimodal", null, true],
    ["protein-structure-prediction", "generative", ["bio-sequence"], ["3d"], "science", null, false],
    ["other", null, [], [], null, null, true],
  ] as const)(
    "gives %s its type, inputs, outputs, domain, parent and Hub flag",
    (task, type, input, output, domain, parent, pipelineTag) => {
      expect(TASK_PROFILES[task]).toEqual({ type, input, output, domain, parent, pipelineTag });
    },
  );

  test("lists every task once, in the order of TASKS, each profile with its fields in one order", () => {
    expect(Object.keys(TASK_PROFILES)).toEqual(TASKS);
    for (const task of TASKS) {
      expect(Object.keys(TASK_PROFILES[task])).toEqual(["type", "input", "output", "domain", "parent", "pipelineTag"]);
    }
  });

  test("agrees with the usage that validation reads on its own", () => {
    expect([..._TASK_USAGE.keys()].sort()).toEqual([...TASKS].sort());
    for (const task of TASKS) {
      const { type, input } = TASK_PROFILES[task];
      expect(_TASK_USAGE.get(task), task).toEqual({ type, input });
    }
  });
});
