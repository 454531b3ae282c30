// The model record a classification yields, when every required field is known, and the list of what was
// missing otherwise. Private to the library.
import { formatIssuePath, type ModelInput, safeParseModel } from "../model.js";
import { type _Context, _findSibling } from "./_context.js";
import { _field, _firstString, _string } from "./_json.js";
import type { HuggingFaceClassification } from "./classify.js";

const WEIGHT_FILE = /\.(safetensors|bin|gguf|pt|pth|ckpt|onnx|h5|msgpack|pkl|joblib|zip|tflite|mlmodel|keras)$/i;

/**
 * "meta-llama/Llama-3.1-8B" → "meta-llama-llama-3-1-8b": runs of anything but letters and digits become one
 * hyphen.
 *
 * @example
 * _kebab("Qwen/Qwen2.5-7B"); // "qwen-qwen2-5-7b"
 */
export function _kebab(text: string): string {
  let out = "";
  let gap = false;
  for (const char of text.toLowerCase()) {
    if ((char >= "a" && char <= "z") || (char >= "0" && char <= "9")) {
      if (gap && out !== "") out += "-";
      out += char;
      gap = false;
    } else {
      gap = true;
    }
  }
  return out;
}

/** The parts of a classification the record is built from. */
export type _Answers = Omit<HuggingFaceClassification, "id" | "license" | "openWeights" | "record" | "missing">;

/** Who made the model and when, as the record needs them. */
export interface _Origin {
  readonly id: string | null;
  readonly created: string | undefined;
  readonly author: string | undefined;
}

/**
 * The record's origin from the fields as read (`createdAt`, `author`): without an author, the owner in the id.
 * Built only when the record is, so a classification keeps two strings rather than this object.
 */
export function _origin(id: string | null, created: string | undefined, author: string | undefined): _Origin {
  return {
    id,
    created,
    author: author ?? (id === null ? undefined : _string(id.slice(0, Math.max(0, id.indexOf("/"))))),
  };
}

const isWeightFile = (name: string) => WEIGHT_FILE.test(name);

/** The license and whether the weights are open. */
export function _licensing(info: unknown, context: _Context) {
  const license = _firstString(_field(context.card, "license")) ?? context.tags.license ?? null;
  const isPrivate = _field(info, "private") === true;
  const hasWeights =
    context.safetensors !== undefined ||
    context.gguf !== undefined ||
    _findSibling(context, isWeightFile) !== undefined;
  return { license, openWeights: isPrivate ? false : hasWeights ? true : null };
}

function missingFields(
  answers: _Answers,
  id: string | null,
  author: string | undefined,
  year: number | undefined,
  created: string | undefined,
) {
  const { tasks, taskType, modalities, training, domains, architecture } = answers;
  const missing: string[] = [];
  const latestYear = new Date().getFullYear() + 1;
  if (id === null) missing.push("id: the metadata has no repository id");
  if (year === undefined || !Number.isSafeInteger(year)) missing.push("year: no createdAt date");
  // The schema's range: no model before 1940, none dated later than next year.
  else if (year < 1940 || year > latestYear) missing.push(`year: createdAt ${JSON.stringify(created)} is out of range`);
  if (id !== null && author === undefined) missing.push("organization: no author, and the id names no owner");
  if (tasks.value.length === 0) missing.push(`tasks: ${tasks.reason}`);
  if (taskType.value === null) missing.push(`taskType: ${taskType.reason}`);
  if (modalities.value === null || modalities.value.output.length === 0)
    missing.push(`modalities: ${modalities.reason}`);
  if (training.value === null) missing.push(`training: ${training.reason}`);
  if (domains.value.length === 0) missing.push(`domains: ${domains.reason}`);
  if (architecture.value === null) missing.push(`architecture: ${architecture.reason}`);
  return missing;
}

/**
 * The record in the authoring form, or null with the reasons in `missing`. The last guard of the promise that a
 * record is valid: anything the checks missed makes it null, with the schema's complaints in `missing`.
 */
export function _record(
  origin: _Origin,
  answers: _Answers,
  licensing: { readonly license: string | null; readonly openWeights: boolean | null },
): { record: ModelInput | null; missing: string[] } {
  const { id, created, author } = origin;
  const year = created === undefined ? undefined : Number.parseInt(created.slice(0, 4), 10);
  const missing = missingFields(answers, id, author, year, created);
  const { tasks, taskType, modalities, training, domains, architecture, parameters } = answers;
  if (
    missing.length > 0 ||
    id === null ||
    author === undefined ||
    year === undefined ||
    taskType.value === null ||
    modalities.value === null ||
    training.value === null ||
    architecture.value === null
  ) {
    return { record: null, missing };
  }
  const url = `https://huggingface.co/${id}`;
  const { total, active } = parameters.value;
  const { method, relation, baseModel, additionalBaseModels } = training.value;
  const record: ModelInput = {
    id: _kebab(id) || "unnamed",
    // The full repo id is the name: a bare repo name ("magicoder") often belongs to another model too.
    name: id,
    aliases: [],
    organization: author,
    year,
    parameters: { total, ...(active === undefined || total === null || active > total ? {} : { active }) },
    taskType: taskType.value,
    tasks: [...tasks.value],
    modalities: { input: [...modalities.value.input], output: [...modalities.value.output] },
    training: {
      method,
      ...(relation === undefined ? {} : { relation }),
      ...(baseModel === undefined ? {} : { baseModel }),
      ...(additionalBaseModels === undefined ? {} : { additionalBaseModels: [...additionalBaseModels] }),
    },
    domains: [...domains.value],
    architecture: { ...architecture.value },
    openWeights: licensing.openWeights,
    ...(licensing.license === null ? {} : { license: licensing.license }),
    links: { huggingface: url },
    sources: [url],
  };
  const checked = safeParseModel(record);
  if (checked.success) return { record, missing };
  for (const issue of checked.error.issues) missing.push(`record: ${formatIssuePath(issue.path)} ${issue.message}`);
  return { record: null, missing };
}
