import { PIPELINE_DATA } from "@huggingface/tasks";
import { describe, expect, test } from "vitest";
import { InvalidArgumentError, subtasksOf, TASK_PROFILES, TASK_TYPES, TASKS, TaskSchema } from "../index.js";
import { _taskUsage } from "./task.js";

const hubTags = Object.keys(PIPELINE_DATA);

describe("TASKS", () => {
  test("maps every pipeline tag of the Hugging Face Hub", () => {
    expect(hubTags.length).toBeGreaterThanOrEqual(57);
    const unmapped = hubTags.filter((tag) => !TaskSchema.safeParse(tag).success);
    expect(unmapped).toEqual([]);
  });

  test("gives every Hub tag except other a task type, and a domain in the group the Hub lists it under", () => {
    // The Hub groups its pipeline tags by modality (nlp, cv, audio, multimodal, tabular, rl, other); each group
    // is one or two of our domains. Graph machine learning is the one task of its "other" group besides other.
    const domainsOf: Readonly<Record<string, readonly string[]>> = {
      nlp: ["nlp"],
      cv: ["computer-vision"],
      audio: ["speech", "audio"],
      multimodal: ["multimodal"],
      tabular: ["data-analysis", "time-series"],
      rl: ["reinforcement-learning", "robotics"],
      other: ["graph"],
    };
    const wrong: string[] = [];
    for (const [tag, data] of Object.entries(PIPELINE_DATA)) {
      const profile = TASK_PROFILES[TaskSchema.parse(tag)];
      if (tag === "other") continue;
      expect(TASK_TYPES, tag).toContain(profile.type);
      if (!(domainsOf[data.modality] ?? []).includes(String(profile.domain))) {
        wrong.push(`${tag}: ${profile.domain} in the Hub's ${data.modality}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  test("marks exactly the Hub's tags as pipeline tags", () => {
    const marked = TASKS.filter((task) => TASK_PROFILES[task].pipelineTag);
    expect([...marked].sort()).toEqual([...hubTags].sort());
  });

  test("gives a finer task a parent that is a broader Hub task", () => {
    for (const task of TASKS) {
      const profile = TASK_PROFILES[task];
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
    for (const task of TASKS) {
      const { type, input } = TASK_PROFILES[task];
      expect(_taskUsage(task), task).toEqual({ type, input });
    }
  });

  test("refuses a value that is no task, which validation never passes it", () => {
    expect(() => Reflect.apply(_taskUsage, undefined, ["no-such-task"])).toThrow(
      new RangeError('"no-such-task" is not a task'),
    );
  });

  // Validation's table is written in the order of TASKS, without the task beside each entry: this pins the pair
  // each task gets, so that the list reordered without its entries fails here.
  test("pairs every task with its own usual type and inputs", () => {
    const pairs = TASKS.map((task) => {
      const { type, input } = _taskUsage(task);
      return `${task}: ${type} ${input.join("+") || "-"}`;
    });
    expect(pairs.join("\n")).toMatchInlineSnapshot(`
      "text-classification: discriminative text
      sentiment-analysis: discriminative text
      token-classification: discriminative text
      named-entity-recognition: discriminative text
      table-question-answering: discriminative tabular+text
      question-answering: discriminative text
      zero-shot-classification: discriminative text
      translation: generative text
      summarization: generative text
      feature-extraction: discriminative text
      text-generation: generative text
      text2text-generation: generative text
      code-generation: generative text
      fill-mask: discriminative text
      sentence-similarity: discriminative text
      text-ranking: discriminative text
      text-retrieval: discriminative text
      multiple-choice: discriminative text
      table-to-text: generative tabular
      text-to-speech: generative text
      text-to-audio: generative text
      automatic-speech-recognition: generative audio
      audio-to-audio: generative audio
      audio-classification: discriminative audio
      audio-text-to-text: generative audio+text
      voice-activity-detection: discriminative audio
      depth-estimation: discriminative image
      image-classification: discriminative image
      object-detection: discriminative image
      image-segmentation: discriminative image
      text-to-image: generative text
      image-to-text: generative image
      image-to-image: generative image
      image-to-video: generative image
      unconditional-image-generation: generative -
      video-classification: discriminative video
      reinforcement-learning: discriminative state
      robotics: discriminative image+state
      tabular-classification: discriminative tabular
      tabular-regression: discriminative tabular
      tabular-to-text: generative tabular
      time-series-forecasting: generative time-series
      text-to-video: generative text
      image-text-to-text: generative image+text
      image-text-to-image: generative image+text
      image-text-to-video: generative image+text
      visual-question-answering: hybrid image+text
      document-question-answering: hybrid image+text
      zero-shot-image-classification: discriminative image+text
      graph-ml: discriminative graph
      mask-generation: discriminative image
      zero-shot-object-detection: discriminative image+text
      text-to-3d: generative text
      image-to-3d: generative image
      image-feature-extraction: discriminative image
      video-text-to-text: generative video+text
      keypoint-detection: discriminative image
      visual-document-retrieval: discriminative image+text
      any-to-any: hybrid text+image+audio
      video-to-video: generative video
      protein-structure-prediction: generative bio-sequence
      other: null -"
    `);
  });
});
