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
