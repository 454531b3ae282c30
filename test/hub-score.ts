/**
 * Scores the Hub classifier on the real records of test/fixtures/huggingface-real against the expected answers
 * written from each model's card (expected.json there). Shared by the test that asserts the thresholds and by
 * scripts/score-huggingface.ts, which prints the table.
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { classifySize } from "../src/dimensions/scale.js";
import { TASK_PROFILES, TASKS, type Task } from "../src/dimensions/task.js";
import { classifyHuggingFaceModel, type HuggingFaceClassification } from "../src/huggingface/index.js";

/** The aspects scored, in the order the table prints them. */
export const ASPECTS = [
  "training",
  "taskType",
  "tasks",
  "modalities",
  "domains",
  "architecture",
  "parameters",
  "sizeClass",
] as const;

export type Aspect = (typeof ASPECTS)[number];

/** How one answer compares with the expected one. */
export type Outcome = "correct" | "wrong" | "abstained";

/** One row of expected.json. */
export interface ExpectedRecord {
  readonly id: string;
  readonly file: string;
  readonly tasks: readonly string[] | null;
  readonly family: string | null;
  readonly mixtureOfExperts?: boolean;
  readonly method: string;
  readonly relation?: string;
  readonly baseModel?: string;
  readonly parameters: number | null;
  readonly abstainOk: readonly string[];
  readonly unscored: readonly string[];
  readonly domains?: readonly string[];
  readonly modalities?: { readonly input: readonly string[]; readonly output: readonly string[] };
}

/** The verdicts for one record. */
export interface RecordScore {
  readonly expected: ExpectedRecord;
  readonly result: HuggingFaceClassification;
  readonly outcomes: Readonly<Partial<Record<Aspect, Outcome>>>;
  /** Aspects answered wrongly at confidence "certain". */
  readonly certainWrong: readonly Aspect[];
}

/** Per aspect: counts, and the share right (correct, plus abstentions where the metadata says nothing). */
export interface AspectTotals {
  readonly correct: number;
  readonly wrong: number;
  readonly abstained: number;
  readonly acceptableAbstentions: number;
  readonly scored: number;
  readonly right: number;
}

// Counts on cards are rounded ("7B" for 7.24 billion); a fifth either way is the same model size.
const PARAMETER_TOLERANCE = 0.2;

const FIXTURE_DIR = resolve(import.meta.dirname, "fixtures/huggingface-real");

function isTask(value: string): value is Task {
  return (TASKS as readonly string[]).includes(value);
}

/** Reads expected.json and the record each row names. */
export function loadRealRecords(): { expected: ExpectedRecord; info: unknown }[] {
  const rows: ExpectedRecord[] = JSON.parse(readFileSync(join(FIXTURE_DIR, "expected.json"), "utf8"));
  return rows.map((expected) => ({
    expected,
    info: JSON.parse(readFileSync(join(FIXTURE_DIR, expected.file), "utf8")),
  }));
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item) => b.includes(item));
}

function expectedTask(expected: ExpectedRecord): Task | undefined {
  const first = expected.tasks?.[0];
  return first !== undefined && isTask(first) ? first : undefined;
}

function outcomeOf(answered: boolean, right: boolean): Outcome {
  return answered ? (right ? "correct" : "wrong") : "abstained";
}

function judge(aspect: Aspect, expected: ExpectedRecord, result: HuggingFaceClassification): Outcome {
  const task = expectedTask(expected);
  const profile = task === undefined ? undefined : TASK_PROFILES[task];
  switch (aspect) {
    case "tasks":
      return outcomeOf(result.tasks.value.length > 0, task !== undefined && result.tasks.value.includes(task));
    case "taskType":
      return outcomeOf(result.taskType.value !== null, profile?.type === result.taskType.value);
    case "modalities": {
      const value = result.modalities.value;
      const wanted = expected.modalities ?? profile;
      const right =
        value !== null &&
        wanted !== undefined &&
        sameSet(value.input, wanted.input) &&
        sameSet(value.output, wanted.output);
      return outcomeOf(value !== null, right);
    }
    case "domains": {
      const wanted = expected.domains ?? (profile?.domain == null ? [] : [profile.domain]);
      const value = result.domains.value;
      return outcomeOf(
        value.length > 0,
        wanted.length > 0 && wanted.every((domain) => value.includes(domain as never)),
      );
    }
    case "architecture": {
      const value = result.architecture.value;
      const right =
        value !== null &&
        value.family === expected.family &&
        (value.mixtureOfExperts === true) === (expected.mixtureOfExperts === true);
      return outcomeOf(value !== null, right);
    }
    case "training": {
      const value = result.training.value;
      const right =
        value !== null && value.method === expected.method && (expected.relation ?? undefined) === value.relation;
      return outcomeOf(value !== null, right);
    }
    case "parameters": {
      const total = result.parameters.value.total;
      const right =
        total !== null &&
        expected.parameters !== null &&
        Math.abs(total - expected.parameters) <= PARAMETER_TOLERANCE * expected.parameters;
      return outcomeOf(total !== null, right);
    }
    case "sizeClass":
      return outcomeOf(
        result.sizeClass.value !== null,
        expected.parameters !== null && classifySize(expected.parameters) === result.sizeClass.value,
      );
  }
}

function confidenceOf(aspect: Aspect, result: HuggingFaceClassification) {
  return result[aspect].confidence;
}

/** Classifies every real record and judges each aspect. */
export function scoreRealRecords(): RecordScore[] {
  return loadRealRecords().map(({ expected, info }) => {
    const result = classifyHuggingFaceModel(info);
    const outcomes: Partial<Record<Aspect, Outcome>> = {};
    const certainWrong: Aspect[] = [];
    for (const aspect of ASPECTS) {
      if (expected.unscored.includes(aspect)) continue;
      const outcome = judge(aspect, expected, result);
      outcomes[aspect] = outcome;
      if (outcome === "wrong" && confidenceOf(aspect, result) === "certain") certainWrong.push(aspect);
    }
    return { expected, result, outcomes, certainWrong };
  });
}

/** Sums the verdicts per aspect. */
export function totalsOf(scores: readonly RecordScore[]): Record<Aspect, AspectTotals> {
  const totals = {} as Record<Aspect, AspectTotals>;
  for (const aspect of ASPECTS) {
    let correct = 0;
    let wrong = 0;
    let abstained = 0;
    let acceptableAbstentions = 0;
    for (const { expected, outcomes } of scores) {
      const outcome = outcomes[aspect];
      if (outcome === "correct") correct++;
      else if (outcome === "wrong") wrong++;
      else if (outcome === "abstained") {
        abstained++;
        if (expected.abstainOk.includes(aspect)) acceptableAbstentions++;
      }
    }
    const scored = correct + wrong + abstained;
    totals[aspect] = {
      correct,
      wrong,
      abstained,
      acceptableAbstentions,
      scored,
      right: (correct + acceptableAbstentions) / scored,
    };
  }
  return totals;
}
