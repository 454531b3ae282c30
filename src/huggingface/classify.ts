/**
 * Classifies any Hugging Face Hub model along the six aspects, from the JSON the Hub's model API returns
 * (`GET /api/models/{id}`). Every answer carries its evidence (which field and value produced it), a
 * confidence, and a reason in words. Partial or odd metadata never throws: a missing signal gives an unknown
 * answer with the reason.
 *
 * @module
 */
import { _deepFreeze } from "../_freeze.js";
import { ARCHITECTURE_PARENTS, type Architecture, type GenerativeFramework } from "../dimensions/architecture.js";
import type { Domain } from "../dimensions/domain.js";
import { classifyModalities, type Modality, type ModalityClass } from "../dimensions/modality.js";
import { classifySize, type SizeClass } from "../dimensions/scale.js";
import { TASK_PROFILES, TASKS, type Task, type TaskType } from "../dimensions/task.js";
import type { TrainingMethod, TrainingRelation } from "../dimensions/training.js";
import { formatIssuePath, type ModelInput, normalizeModelName, safeParseModel } from "../model.js";
import { _count, _field, _isObject, _number, _string, _strings } from "./_json.js";
import {
  ARCHITECTURE_NAME_PREFIXES,
  DIFFUSERS_PIPELINES,
  GGUF_ARCHITECTURES,
  type HubArchitecture,
  TRANSFORMERS_MODEL_TYPES,
} from "./model-types.js";

/** How sure an answer is. */
export const CONFIDENCES = /* @__PURE__ */ _deepFreeze(["certain", "inferred", "unknown"] as const);

/**
 * `certain`: read from a field that states it (`pipeline_tag`, `config.model_type`, `safetensors.total`);
 * `inferred`: derived from indirect signals (a class name, tags, the repository name); `unknown`: no signal.
 */
export type Confidence = (typeof CONFIDENCES)[number];

/** One piece of metadata an answer rests on. */
export interface Evidence {
  /** The field, as a path into the API response: `pipeline_tag`, `config.architectures[0]`, `tags`. */
  readonly field: string;
  /** The value found there, as text. */
  readonly value: string;
}

/** An answer for one aspect, with what it rests on. */
export interface Finding<T> {
  /** The answer; `null` (or an empty list) when unknown. */
  readonly value: T;
  readonly confidence: Confidence;
  readonly evidence: readonly Evidence[];
  /** Why, in one sentence. */
  readonly reason: string;
}

/** What a packed-weight quantization does to the parameter count, and what was done about it. */
export interface QuantizationNote {
  /** Bits per weight, when known. */
  readonly bits: number | null;
  /** How it was quantized: `gptq`, `awq`, `bitsandbytes`, `gguf`, … */
  readonly method: string;
  /**
   * `corrected`: the total was recomputed from the per-dtype counts (packed integers unpacked);
   * `flagged`: the total may undercount and could not be corrected; `exact`: the count is of parameters, not
   * storage (GGUF), so it needs no correction.
   */
  readonly treatment: "corrected" | "flagged" | "exact";
}

/** The parameter count the metadata gives, and how far to trust it. */
export interface HubParameters {
  readonly total: number | null;
  /** The count as stored, before any correction for packed weights. */
  readonly stored: number | null;
  readonly active?: number;
  readonly quantization: QuantizationNote | null;
}

/** The training answer: the method, and for transfer learning the relation and base model(s). */
export interface HubTraining {
  readonly method: TrainingMethod;
  readonly relation?: TrainingRelation;
  readonly baseModel?: string;
  readonly additionalBaseModels?: readonly string[];
}

/** The architecture answer. */
export interface HubArchitectureAnswer {
  readonly family: Architecture;
  readonly mixtureOfExperts?: boolean;
  readonly framework?: GenerativeFramework;
}

/** The classification of one Hub model on all six aspects. */
export interface HuggingFaceClassification {
  /** The repository id, such as `"meta-llama/Llama-3.1-8B"`, or `null` when the metadata has none. */
  readonly id: string | null;
  readonly tasks: Finding<readonly Task[]>;
  readonly taskType: Finding<TaskType | null>;
  readonly modalities: Finding<{ readonly input: readonly Modality[]; readonly output: readonly Modality[] } | null>;
  readonly modalityClass: Finding<ModalityClass | null>;
  readonly parameters: Finding<HubParameters>;
  readonly sizeClass: Finding<SizeClass | null>;
  readonly training: Finding<HubTraining | null>;
  readonly domains: Finding<readonly Domain[]>;
  readonly architecture: Finding<HubArchitectureAnswer | null>;
  readonly license: string | null;
  readonly openWeights: boolean | null;
  /**
   * A model record in the authoring form, when every required field is known: ready for `parseModel` or
   * `createRegistry`. `null` otherwise, with `missing` saying what was lacking.
   */
  readonly record: ModelInput | null;
  /** Why `record` is `null`; empty when it is not. */
  readonly missing: readonly string[];
}

const _UNKNOWN = "unknown" as const;

function _finding<T>(value: T, confidence: Confidence, evidence: readonly Evidence[], reason: string): Finding<T> {
  return { value, confidence, evidence, reason };
}

const _TASK_SET: ReadonlySet<string> = /* @__PURE__ */ new Set(TASKS);

function _isTask(value: string): value is Task {
  return _TASK_SET.has(value);
}

// ---- Tags ----------------------------------------------------------------------------------------------

/** What the tags say, read in one pass: a Hub record can carry hundreds of tags (one per language). */
interface _Tags {
  /** The marker tags the classifier looks for. */
  readonly has: Readonly<Record<(typeof _MARKERS)[number], boolean>>;
  /** `base_model:<relation>:<id>` and `base_model:<id>` tags; relation "" when absent. */
  readonly bases: readonly { readonly relation: string; readonly id: string }[];
  readonly license: string | undefined;
  /** A `4-bit` / `8-bit` style tag. */
  readonly bitsTag: string | undefined;
  /** The first tag that names a transformers model type or a GGUF architecture. */
  readonly architectureTag: string | undefined;
}

const _MARKERS = ["gguf", "bitsandbytes", "merge", "mergekit", "code", "code-generation"] as const;

const _MARKER_SET: ReadonlySet<string> = /* @__PURE__ */ new Set(_MARKERS);

function _isMarker(tag: string): tag is (typeof _MARKERS)[number] {
  return _MARKER_SET.has(tag);
}

function _readTags(raw: unknown): _Tags {
  const has = {
    gguf: false,
    bitsandbytes: false,
    merge: false,
    mergekit: false,
    code: false,
    "code-generation": false,
  };
  const bases: { relation: string; id: string }[] = [];
  let license: string | undefined;
  let bitsTag: string | undefined;
  let architectureTag: string | undefined;
  // One pass over the raw array: tags are plain strings, so only non-strings and empty ones are skipped.
  const tags: readonly unknown[] = Array.isArray(raw) ? raw : typeof raw === "string" ? [raw] : [];
  for (const tag of tags) {
    if (typeof tag !== "string" || tag === "") continue;
    // Cheap tests on the first character and the length first: most tags are two-letter language codes.
    const first = tag.charCodeAt(0);
    if (first === 98 /* b */ && tag.startsWith("base_model:")) {
      const match = /^base_model:(?:(finetune|adapter|quantized|merge):)?(.+)$/.exec(tag);
      const id = _string(match?.[2]);
      if (id !== undefined) bases.push({ relation: match?.[1] ?? "", id });
    } else if (first === 108 /* l */ && tag.startsWith("license:")) {
      license ??= _string(tag.slice("license:".length));
    } else if (tag.length >= 4 && _isMarker(tag)) {
      has[tag] = true;
    } else if ((first === 52 /* 4 */ || first === 56) /* 8 */ && /^[48]-?bit$/.test(tag)) {
      bitsTag ??= tag;
    } else if (
      architectureTag === undefined &&
      tag.length >= 3 &&
      (Object.hasOwn(TRANSFORMERS_MODEL_TYPES, tag) || Object.hasOwn(GGUF_ARCHITECTURES, tag))
    ) {
      architectureTag = tag;
    }
  }
  return { has, bases, license, bitsTag, architectureTag };
}

// ---- Task ----------------------------------------------------------------------------------------------

// Head class suffixes of transformers architectures, most specific first: what the head does.
const _HEAD_TASKS: readonly (readonly [RegExp, Task])[] = [
  [/ForCausalLM$|LMHeadModel$/, "text-generation"],
  [/ForMaskedLM$/, "fill-mask"],
  [/ForSequenceClassification$/, "text-classification"],
  [/ForTokenClassification$/, "token-classification"],
  [/ForQuestionAnswering$/, "question-answering"],
  [/ForMultipleChoice$/, "multiple-choice"],
  [/ForCTC$|ForSpeechSeq2Seq$/, "automatic-speech-recognition"],
  [/ForAudioClassification$/, "audio-classification"],
  [/ForImageClassification(WithTeacher)?$/, "image-classification"],
  [/ForObjectDetection$/, "object-detection"],
  [/For(Semantic|Instance|Universal|Panoptic)Segmentation$/, "image-segmentation"],
  [/ForDepthEstimation$/, "depth-estimation"],
  [/ForVideoClassification$/, "video-classification"],
  [/ForVision2Seq$|ForImageTextToText$/, "image-text-to-text"],
  [/ForTextToSpeech$|ForTextToWaveform$/, "text-to-speech"],
  [/ForTimeSeriesPrediction$|ForPrediction$/, "time-series-forecasting"],
  [/ForKeypointDetection$/, "keypoint-detection"],
  [/ForMaskGeneration$|^SamModel$/, "mask-generation"],
  [/ForZeroShotImageClassification$|^CLIPModel$|^SiglipModel$/, "zero-shot-image-classification"],
];

// The task type a head implies regardless of the pipeline tag: a causal LM head generates, a classification
// head discriminates.
const _HEAD_TYPES: readonly (readonly [RegExp, TaskType])[] = [
  [
    /ForCausalLM$|LMHeadModel$|ForConditionalGeneration$|ForSpeechSeq2Seq$|ForVision2Seq$|ForImageTextToText$/,
    "generative",
  ],
  [
    /For(Sequence|Token|Image|Audio|Video)Classification$|ForQuestionAnswering$|ForMultipleChoice$|ForObjectDetection$|Segmentation$|ForCTC$|ForMaskedLM$/,
    "discriminative",
  ],
];

const _LIBRARY_TASKS: Readonly<Record<string, readonly Task[]>> = {
  "sentence-transformers": ["sentence-similarity", "feature-extraction"],
  timm: ["image-classification"],
  "stable-baselines3": ["reinforcement-learning"],
  "ml-agents": ["reinforcement-learning"],
  "sample-factory": ["reinforcement-learning"],
  open_clip: ["zero-shot-image-classification"],
  pyannote: ["voice-activity-detection"],
};

function _tasks(
  info: unknown,
  card: unknown,
  library: string | undefined,
  architectures: readonly string[],
): Finding<readonly Task[]> {
  for (const [field, raw] of [
    ["pipeline_tag", _string(_field(info, "pipeline_tag"))],
    ["cardData.pipeline_tag", _string(_field(card, "pipeline_tag"))],
    ["transformersInfo.pipeline_tag", _string(_field(_field(info, "transformersInfo"), "pipeline_tag"))],
  ] as const) {
    if (raw !== undefined && _isTask(raw)) {
      const evidence = [{ field, value: raw }];
      return _finding(
        [raw],
        field === "pipeline_tag" ? "certain" : "inferred",
        evidence,
        `the Hub files the model under "${raw}"`,
      );
    }
  }
  for (const [index, name] of architectures.entries()) {
    for (const [pattern, task] of _HEAD_TASKS) {
      if (pattern.test(name)) {
        return _finding(
          [task],
          "inferred",
          [{ field: `config.architectures[${index}]`, value: name }],
          `its head class ${name} does ${task}`,
        );
      }
    }
  }
  if (library !== undefined) {
    // Looked up with hasOwn: the library name is untrusted text ("constructor" must not find a function).
    const tasks = _lookup(_LIBRARY_TASKS, library);
    if (tasks !== undefined) {
      return _finding(
        tasks,
        "inferred",
        [{ field: "library_name", value: library }],
        `models of the ${library} library do ${tasks.join(" and ")}`,
      );
    }
  }
  return _finding([], _UNKNOWN, [], "no pipeline_tag, no head class with a known task, no library that implies one");
}

function _taskType(tasks: Finding<readonly Task[]>, architectures: readonly string[]): Finding<TaskType | null> {
  for (const [index, name] of architectures.entries()) {
    for (const [pattern, type] of _HEAD_TYPES) {
      if (pattern.test(name)) {
        return _finding(
          type,
          "certain",
          [{ field: `config.architectures[${index}]`, value: name }],
          `a ${name} head is ${type}`,
        );
      }
    }
  }
  const types = new Set(tasks.value.map((task) => TASK_PROFILES[task].type).filter((type) => type !== null));
  const [only] = types;
  if (only !== undefined && types.size === 1) {
    return _finding(
      only,
      tasks.confidence === "certain" ? "certain" : "inferred",
      tasks.evidence,
      `its task is ${only}`,
    );
  }
  if (types.size > 1) return _finding("hybrid", "inferred", tasks.evidence, "its tasks are of more than one type");
  return _finding(
    null,
    _UNKNOWN,
    [],
    tasks.value.length > 0 ? `the task "${tasks.value.join(", ")}" has no fixed type` : "the task is unknown",
  );
}

// ---- Modalities -----------------------------------------------------------------------------------------

function _modalities(tasks: Finding<readonly Task[]>, library: string | undefined) {
  if (tasks.value.length === 0 || tasks.value.every((task) => task === "other")) {
    return _finding(null, _UNKNOWN, [], "the modalities follow from the task, which is unknown");
  }
  const input = new Set<Modality>();
  const output = new Set<Modality>();
  for (const task of tasks.value) {
    for (const modality of TASK_PROFILES[task].input) input.add(modality);
    for (const modality of TASK_PROFILES[task].output) output.add(modality);
  }
  // Sentence-transformers models return vectors whatever the Hub's task says.
  if (library === "sentence-transformers") {
    output.clear();
    output.add("embedding");
  }
  const value = { input: [...input], output: [...output] };
  return _finding(value, "inferred", tasks.evidence, "the typical inputs and outputs of its tasks");
}

// ---- Architecture ---------------------------------------------------------------------------------------

function _lookup<T>(table: Readonly<Record<string, T>>, key: string | undefined): T | undefined {
  return key !== undefined && Object.hasOwn(table, key) ? table[key] : undefined;
}

// Name lookups run for every model without a config, so the tables are folded into maps once, on first use.
let _prefixes: { readonly map: ReadonlyMap<string, HubArchitecture>; readonly longest: number } | undefined;
let _names: { readonly map: ReadonlyMap<string, HubArchitecture>; readonly longest: number } | undefined;

function _folded(entries: Iterable<readonly [string, HubArchitecture]>) {
  const map = new Map<string, HubArchitecture>();
  let longest = 0;
  for (const [key, value] of entries) {
    const folded = key.toLowerCase().replace(/[-. ]/g, "_");
    if (!map.has(folded)) map.set(folded, value);
    longest = Math.max(longest, folded.length);
  }
  return { map, longest };
}

/** The longest family prefix (timm and other non-transformers names) that a name starts with. */
function _byPrefix(name: string): HubArchitecture | undefined {
  _prefixes ??= _folded(Object.entries(ARCHITECTURE_NAME_PREFIXES));
  const folded = name.toLowerCase().replace(/[-. ]/g, "_");
  for (let length = Math.min(folded.length, _prefixes.longest); length > 0; length--) {
    const found = _prefixes.map.get(folded.slice(0, length));
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * Reads an architecture from a repository name such as "Mistral-7B-v0.1" or "Qwen2-VL-7B": the longest
 * transformers model type or family prefix the name starts with, ending at a word boundary (so "opt" does not
 * match "optimus").
 */
function _byName(name: string): HubArchitecture | undefined {
  _names ??= _folded([...Object.entries(ARCHITECTURE_NAME_PREFIXES), ...Object.entries(TRANSFORMERS_MODEL_TYPES)]);
  const folded = name.toLowerCase().replace(/[-. ]/g, "_");
  // Only cuts at a word boundary count: the end, or before a character that is not a letter.
  for (let length = Math.min(folded.length, _names.longest); length > 0; length--) {
    const next = folded.charCodeAt(length);
    if (next >= 97 && next <= 122) continue;
    const found = _names.map.get(folded.slice(0, length));
    if (found !== undefined) return found;
  }
  return undefined;
}

function _firstOf<T, R>(items: readonly T[], read: (item: T, index: number) => R | undefined): R | undefined {
  for (const [index, item] of items.entries()) {
    const result = read(item, index);
    if (result !== undefined) return result;
  }
  return undefined;
}

const _readModelType = (value: string) => _lookup(TRANSFORMERS_MODEL_TYPES, value);
const _readGguf = (value: string) => _lookup(GGUF_ARCHITECTURES, value) ?? _lookup(TRANSFORMERS_MODEL_TYPES, value);
const _readPipeline = (value: string) => _lookup(DIFFUSERS_PIPELINES, value);
const _readRepoName = (value: string) => _byName(value.slice(value.lastIndexOf("/") + 1));
// "LlamaForCausalLM" → "llama": the class name starts with the model type, written in CamelCase.
const _readClassName = (value: string) => {
  const stem = value.replace(/(For[A-Z]\w*|LMHeadModel|Model|Pipeline)$/, "").toLowerCase();
  return (
    _lookup(TRANSFORMERS_MODEL_TYPES, stem) ??
    _lookup(TRANSFORMERS_MODEL_TYPES, stem.replace(/v(\d)$/, "_v$1")) ??
    _byPrefix(stem)
  );
};

function _architecture(
  config: unknown,
  gguf: unknown,
  architectures: readonly string[],
  repoName: string | undefined,
  tags: _Tags,
  bases: readonly string[],
) {
  // The sources in order of trust; the first that names a known architecture wins.
  const attempt = (
    field: string,
    value: string | undefined,
    read: (value: string) => HubArchitecture | undefined,
    confidence: Confidence,
  ) => {
    const found = value === undefined ? undefined : read(value);
    return value === undefined || found === undefined ? undefined : { field, value, found, confidence };
  };
  const source =
    attempt("config.model_type", _string(_field(config, "model_type")), _readModelType, "certain") ??
    attempt("gguf.architecture", _string(_field(gguf, "architecture")), _readGguf, "certain") ??
    attempt(
      "config.diffusers._class_name",
      _string(_field(_field(config, "diffusers"), "_class_name")),
      _readPipeline,
      "certain",
    ) ??
    attempt("config.architecture", _string(_field(config, "architecture")), _byPrefix, "inferred") ??
    _firstOf(architectures, (name, index) =>
      attempt(`config.architectures[${index}]`, name, _readClassName, "inferred"),
    ) ??
    attempt("tags", tags.architectureTag, _readGguf, "inferred") ??
    attempt("id", repoName, _byName, "inferred") ??
    // An adapter or a quantization has the architecture of its base model.
    attempt(
      "config.peft.base_model_name_or_path",
      _string(_field(_field(config, "peft"), "base_model_name_or_path")),
      _readRepoName,
      "inferred",
    ) ??
    _firstOf(bases, (base) => attempt("cardData.base_model", base, _readRepoName, "inferred"));
  if (source !== undefined) {
    const found = source.found;
    const evidence: Evidence[] = [{ field: source.field, value: source.value }];
    let mixtureOfExperts = found.mixtureOfExperts === true;
    for (const key of ["num_local_experts", "num_experts", "n_routed_experts", "moe_num_experts"] as const) {
      const experts = _number(_field(config, key));
      if (experts !== undefined && experts > 1) {
        mixtureOfExperts = true;
        evidence.push({ field: `config.${key}`, value: String(experts) });
        break;
      }
    }
    const value: HubArchitectureAnswer = {
      family: found.family,
      ...(mixtureOfExperts ? { mixtureOfExperts } : {}),
      ...(found.framework === undefined ? {} : { framework: found.framework }),
    };
    return _finding(
      value,
      source.confidence,
      evidence,
      `${source.field} "${source.value}" is ${_describeArchitecture(value)}`,
    );
  }
  return _finding(
    null,
    _UNKNOWN,
    [],
    "no config.model_type, GGUF architecture, diffusers pipeline or known name to read it from",
  );
}

function _describeArchitecture(architecture: HubArchitectureAnswer): string {
  const parent = ARCHITECTURE_PARENTS[architecture.family];
  const node = parent === null ? architecture.family : `${architecture.family} ${parent}`;
  return [
    node,
    architecture.mixtureOfExperts === true ? "with mixture-of-experts layers" : "",
    architecture.framework ?? "",
  ]
    .filter((part) => part !== "")
    .join(", ");
}

// ---- Parameters -----------------------------------------------------------------------------------------

// How many weights one stored element holds when weights are packed: GPTQ and AWQ pack 4-bit values eight to
// an int32; bitsandbytes packs two 4-bit values to a byte.
function _unpackFactor(dtype: string, method: string, bits: number | null): number {
  if (bits === null || bits >= 16) return 1;
  if ((method === "gptq" || method === "awq") && /^(I32|U32)$/.test(dtype)) return 32 / bits;
  if (method === "bitsandbytes" && bits === 4 && dtype === "U8") return 2;
  return 1;
}

function _quantization(
  config: unknown,
  gguf: unknown,
  tags: _Tags,
  siblings: readonly string[],
): { bits: number | null; method: string; evidence: Evidence } | null {
  const quantizationConfig = _field(config, "quantization_config");
  if (_isObject(quantizationConfig)) {
    const config = quantizationConfig;
    const method =
      _string(config.quant_method) ??
      (config.load_in_4bit === true || config.load_in_8bit === true ? "bitsandbytes" : "unknown");
    const bits =
      _number(config.bits) ??
      _number(config.w_bit) ??
      (config.load_in_4bit === true ? 4 : config.load_in_8bit === true ? 8 : null);
    return {
      bits,
      method,
      evidence: { field: "config.quantization_config", value: `${method}${bits === null ? "" : `, ${bits}-bit`}` },
    };
  }
  if (gguf !== undefined || tags.has.gguf) {
    const file = siblings.find((name) => name.endsWith(".gguf"));
    const bits = file === undefined ? null : _ggufBits(file);
    return {
      bits,
      method: "gguf",
      evidence: { field: file === undefined ? "tags" : "siblings", value: file ?? "gguf" },
    };
  }
  if (tags.bitsTag !== undefined) {
    return {
      bits: tags.bitsTag.startsWith("4") ? 4 : 8,
      method: tags.has.bitsandbytes ? "bitsandbytes" : "unknown",
      evidence: { field: "tags", value: tags.bitsTag },
    };
  }
  return null;
}

function _ggufBits(file: string): number | null {
  const match = /[.-](?:I?Q|IQ)(\d)(?:_[A-Z0-9]+)*\.gguf$/i.exec(file) ?? /[.-](F16|BF16|F32)\.gguf$/i.exec(file);
  if (match?.[1] === undefined) return null;
  return /^\d$/.test(match[1]) ? Number(match[1]) : Number(match[1].replace(/\D/g, ""));
}

function _parameters(
  safetensors: unknown,
  ggufInfo: unknown,
  config: unknown,
  tags: _Tags,
  siblings: readonly string[],
): Finding<HubParameters> {
  const quantization = _quantization(config, ggufInfo, tags, siblings);
  const perDtype = _field(safetensors, "parameters");
  const stored = _count(_field(safetensors, "total"));
  const gguf = _count(_field(ggufInfo, "total"));
  const evidence: Evidence[] = [];
  let total: number | null = null;
  let note: QuantizationNote | null = null;
  let reason: string;
  let confidence: Confidence = "certain";
  if (stored !== undefined) {
    evidence.push({ field: "safetensors.total", value: String(stored) });
    total = stored;
    reason = "safetensors.total counts the stored parameters";
    if (quantization !== null) {
      evidence.push(quantization.evidence);
      let corrected = 0;
      let changed = false;
      if (_isObject(perDtype)) {
        for (const [dtype, count] of Object.entries(perDtype)) {
          const n = _count(count) ?? 0;
          const factor = _unpackFactor(dtype, quantization.method, quantization.bits);
          if (factor !== 1) changed = true;
          corrected += n * factor;
        }
      }
      if (changed && Number.isSafeInteger(corrected) && corrected > 0) {
        total = corrected;
        confidence = "inferred";
        note = { bits: quantization.bits, method: quantization.method, treatment: "corrected" };
        evidence.push({ field: "safetensors.parameters", value: JSON.stringify(perDtype) });
        reason = `${quantization.method} packs ${quantization.bits}-bit weights into wider integers, so safetensors.total (${stored}) undercounts; unpacking the packed dtypes gives about ${corrected} (quantization scales included, so a few per cent high)`;
      } else {
        confidence = "inferred";
        note = { bits: quantization.bits, method: quantization.method, treatment: "flagged" };
        reason = `the weights are quantized (${quantization.method}) and safetensors.total may count packed storage, not parameters; it could not be corrected from the per-dtype counts`;
      }
    }
  } else if (gguf !== undefined) {
    evidence.push({ field: "gguf.total", value: String(gguf) });
    total = gguf;
    if (quantization !== null) {
      evidence.push(quantization.evidence);
      note = { bits: quantization.bits, method: "gguf", treatment: "exact" };
    }
    reason = "gguf.total counts parameters (tensor elements), not bytes, so quantization does not change it";
  } else {
    confidence = _UNKNOWN;
    reason = "neither safetensors.total nor gguf.total is given";
  }
  const active = _count(_field(config, "num_active_parameters"));
  const value: HubParameters = {
    total,
    stored: stored ?? gguf ?? null,
    ...(active === undefined ? {} : { active }),
    quantization:
      note ??
      (quantization === null ? null : { bits: quantization.bits, method: quantization.method, treatment: "flagged" }),
  };
  return _finding(value, confidence, evidence, reason);
}

// ---- Training -------------------------------------------------------------------------------------------

const _RELATIONS: Readonly<Record<string, TrainingRelation>> = {
  finetune: "fine-tune",
  "fine-tune": "fine-tune",
  adapter: "adapter",
  quantized: "quantization",
  quantization: "quantization",
  merge: "merge",
  distillation: "distillation",
};

// Tasks a model is built for on its own; a model with one of these and no base was trained for it.
const _GENERAL_TASKS: ReadonlySet<Task> = /* @__PURE__ */ new Set<Task>([
  "text-generation",
  "text2text-generation",
  "fill-mask",
  "feature-extraction",
  "sentence-similarity",
  "image-feature-extraction",
  "image-text-to-text",
  "any-to-any",
  "text-to-image",
  "zero-shot-image-classification",
  "automatic-speech-recognition",
  "time-series-forecasting",
]);

/**
 * The base models named, once each (compared the way model names are), leaving out the model itself: cards
 * that list their own repo as `base_model`, or one base twice in two spellings, are common and harmless.
 */
function _otherModels(names: readonly string[], self: readonly string[]): string[] {
  const seen = new Set(self.map(normalizeModelName));
  const out: string[] = [];
  for (const name of names) {
    const key = normalizeModelName(name);
    if (!seen.has(key)) {
      seen.add(key);
      out.push(name);
    }
  }
  return out;
}

function _training(
  card: unknown,
  config: unknown,
  tags: _Tags,
  tasks: Finding<readonly Task[]>,
  library: string | undefined,
  siblings: readonly string[],
  quantized: boolean,
  self: readonly string[],
): Finding<HubTraining | null> {
  const declared = _otherModels(_strings(_field(card, "base_model")), self);
  const relationText = _string(_field(card, "base_model_relation"));
  const evidence: Evidence[] = [];
  const tagBases = tags.bases.filter((base) => _otherModels([base.id], self).length > 0);
  const bases =
    declared.length > 0
      ? declared
      : _otherModels(
          tagBases.map((base) => base.id),
          self,
        );
  if (declared.length > 0) evidence.push({ field: "cardData.base_model", value: declared.join(", ") });
  else if (tagBases.length > 0)
    evidence.push({
      field: "tags",
      value: tagBases.map((base) => `base_model:${base.relation ? `${base.relation}:` : ""}${base.id}`).join(", "),
    });

  if (bases.length > 0) {
    let relation: TrainingRelation | undefined;
    let confidence: Confidence = "certain";
    let why: string;
    const fromTag = tagBases.find((base) => base.relation !== "")?.relation;
    const declaredRelation = _lookup(_RELATIONS, relationText);
    const taggedRelation = _lookup(_RELATIONS, fromTag);
    if (relationText !== undefined && declaredRelation !== undefined) {
      relation = declaredRelation;
      evidence.push({ field: "cardData.base_model_relation", value: relationText });
      why = `the card declares the relation "${relationText}"`;
    } else if (fromTag !== undefined && taggedRelation !== undefined) {
      relation = taggedRelation;
      why = `the Hub tags it base_model:${fromTag}`;
      if (declared.length > 0) {
        const tag = tagBases.find((base) => base.relation === fromTag);
        evidence.push({ field: "tags", value: `base_model:${fromTag}:${tag?.id ?? ""}` });
      }
    } else {
      confidence = "inferred";
      if (library === "peft" || siblings.includes("adapter_config.json") || _field(config, "peft") !== undefined) {
        relation = "adapter";
        why = "it is a PEFT adapter";
        evidence.push({
          field: library === "peft" ? "library_name" : "siblings",
          value: library === "peft" ? "peft" : "adapter_config.json",
        });
      } else if (quantized) {
        relation = "quantization";
        why = "its weights are quantized";
      } else if (tags.has.merge || tags.has.mergekit || bases.length > 1) {
        relation = "merge";
        why = tags.has.mergekit ? "it was made with mergekit" : "it names several base models";
      } else {
        relation = "fine-tune";
        why = "a model that names a base and no other relation is most often a fine-tune";
      }
    }
    const [baseModel, ...others] = bases;
    const value: HubTraining = {
      method: "transfer-learning",
      relation,
      ...(baseModel === undefined ? {} : { baseModel }),
      ...(others.length > 0 ? { additionalBaseModels: others } : {}),
    };
    return _finding(value, confidence, evidence, `it is built from ${bases.join(", ")}: ${why}`);
  }

  // No base declared. The Hub has no field for "trained from scratch", so this is inferred from the task.
  if (tasks.value.length === 0) {
    return _finding(
      null,
      _UNKNOWN,
      [],
      "no base model is declared and the task is unknown, so nothing says how it was trained",
    );
  }
  const general = tasks.value.some((task) => _GENERAL_TASKS.has(task) || TASK_PROFILES[task].type === "generative");
  return _finding(
    { method: general ? "pretrained" : "from-scratch" },
    "inferred",
    tasks.evidence,
    general
      ? "no base model is declared and its task is a general-purpose one, so it is taken to be pretrained from scratch on broad data"
      : "no base model is declared and its task is a specific one, so it is taken to be trained from scratch for that task (the Hub has no field that says so)",
  );
}

// ---- Domains --------------------------------------------------------------------------------------------

const _CODE_NAME =
  /(^|[^a-z])(code|coder|codegen|starcoder|codellama|codestral|codegemma|santacoder|wizardcoder|deepseek-coder|qwen[\d.]*-coder)/i;

function _domains(
  tasks: Finding<readonly Task[]>,
  tags: _Tags,
  id: string | undefined,
  modelType: string | undefined,
): Finding<readonly Domain[]> {
  const domains: Domain[] = [];
  const evidence: Evidence[] = [...tasks.evidence];
  const reasons: string[] = [];
  const codeTag = tags.has.code ? "code" : tags.has["code-generation"] ? "code-generation" : undefined;
  const codeName = id !== undefined && _CODE_NAME.test(id) ? id : undefined;
  const textual = tasks.value.some((task) => TASK_PROFILES[task].domain === "nlp");
  if ((codeTag !== undefined || codeName !== undefined) && (textual || tasks.value.length === 0)) {
    domains.push("code");
    evidence.push(codeTag !== undefined ? { field: "tags", value: codeTag } : { field: "id", value: codeName ?? "" });
    reasons.push("its tags or name mark it as a code model");
  }
  if (modelType !== undefined && /^esm/.test(modelType)) {
    domains.push("science");
    evidence.push({ field: "config.model_type", value: modelType });
    reasons.push("it is a protein language model");
  }
  for (const task of tasks.value) {
    const domain = TASK_PROFILES[task].domain;
    if (domain !== null && !domains.includes(domain)) domains.push(domain);
  }
  if (tasks.value.length > 0) reasons.push("its tasks belong to these domains");
  if (domains.length === 0) return _finding([], _UNKNOWN, [], "the domain follows from the task, which is unknown");
  return _finding(domains, "inferred", evidence, reasons.join("; "));
}

// ---- The record -----------------------------------------------------------------------------------------

const _WEIGHT_FILE = /\.(safetensors|bin|gguf|pt|pth|ckpt|onnx|h5|msgpack|pkl|joblib|zip|tflite|mlmodel|keras)$/i;

/** "meta-llama/Llama-3.1-8B" → "meta-llama-llama-3-1-8b": runs of anything but letters and digits become one hyphen. */
function _kebab(text: string): string {
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

/**
 * Classifies one Hugging Face Hub model from the JSON of `GET /api/models/{id}`, on all six aspects, each with
 * its evidence and a confidence. Never throws: odd or missing metadata gives unknown answers with reasons.
 *
 * @param info - The parsed API response (anything is accepted).
 * @returns The classification; `record` is a model record ready for `parseModel`/`createRegistry` when enough
 *   is known.
 *
 * @example
 * ```ts
 * const info = await (await fetch("https://huggingface.co/api/models/openai-community/gpt2")).json();
 * const result = classifyHuggingFaceModel(info);
 * result.architecture.value; // { family: "decoder-only" }
 * result.architecture.evidence; // [{ field: "config.model_type", value: "gpt2" }]
 * result.training.reason; // "no base model is declared and its task is a general-purpose one, …"
 * ```
 */
export function classifyHuggingFaceModel(info: unknown): HuggingFaceClassification {
  const id = _string(_field(info, "id")) ?? _string(_field(info, "modelId")) ?? null;
  const repoName = id === null ? undefined : id.slice(id.lastIndexOf("/") + 1);
  const tags = _readTags(_field(info, "tags"));
  // Each top-level part is read once and handed to the functions that need it.
  const config = _field(info, "config");
  const card = _field(info, "cardData");
  const gguf = _field(info, "gguf");
  const safetensors = _field(info, "safetensors");
  const architectures = _strings(_field(config, "architectures"));
  const library = _string(_field(info, "library_name")) ?? _string(_field(card, "library_name"));
  const siblings: string[] = [];
  const rawSiblings = _field(info, "siblings");
  if (Array.isArray(rawSiblings)) {
    for (const sibling of rawSiblings) {
      const name = _string(_field(sibling, "rfilename"));
      if (name !== undefined) siblings.push(name);
    }
  }

  const tasks = _tasks(info, card, library, architectures);
  const taskType = _taskType(tasks, architectures);
  const modalities = _modalities(tasks, library);
  const modalityClass =
    modalities.value === null
      ? _finding(null, _UNKNOWN, [], "the modalities are unknown")
      : _finding(
          classifyModalities(modalities.value),
          modalities.confidence,
          modalities.evidence,
          "derived from the modalities",
        );
  const declaredBases = [..._strings(_field(card, "base_model")), ...tags.bases.map((base) => base.id)];
  const architecture = _architecture(config, gguf, architectures, repoName, tags, [...new Set(declaredBases)]);
  const parameters = _parameters(safetensors, gguf, config, tags, siblings);
  const size = classifySize(parameters.value.total);
  const sizeClass =
    size === null
      ? _finding(null, _UNKNOWN, [], "the parameter count is unknown, so the size is too")
      : _finding(size, parameters.confidence, parameters.evidence, `${parameters.value.total} parameters`);
  const quantized = parameters.value.quantization !== null;
  // The record's own id and the repo id: a base model must be neither.
  const self = id === null ? [] : [id, _kebab(id) || "unnamed"];
  const training = _training(card, config, tags, tasks, library, siblings, quantized, self);
  const domains = _domains(tasks, tags, id ?? undefined, _string(_field(config, "model_type")));

  const license = _strings(_field(card, "license"))[0] ?? tags.license ?? null;
  const isPrivate = _field(info, "private") === true;
  const hasWeights =
    siblings.some((name) => _WEIGHT_FILE.test(name)) || safetensors !== undefined || gguf !== undefined;
  const openWeights = isPrivate ? false : hasWeights ? true : null;

  const missing: string[] = [];
  const created = _string(_field(info, "createdAt"));
  const year = created === undefined ? undefined : Number.parseInt(created.slice(0, 4), 10);
  const latestYear = new Date().getFullYear() + 1;
  const author =
    _string(_field(info, "author")) ?? (id === null ? undefined : _string(id.slice(0, Math.max(0, id.indexOf("/")))));
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

  let record: ModelInput | null = null;
  if (
    missing.length === 0 &&
    id !== null &&
    author !== undefined &&
    year !== undefined &&
    taskType.value !== null &&
    modalities.value !== null &&
    training.value !== null &&
    architecture.value !== null
  ) {
    const url = `https://huggingface.co/${id}`;
    const { total, active } = parameters.value;
    record = {
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
        method: training.value.method,
        ...(training.value.relation === undefined ? {} : { relation: training.value.relation }),
        ...(training.value.baseModel === undefined ? {} : { baseModel: training.value.baseModel }),
        ...(training.value.additionalBaseModels === undefined
          ? {}
          : { additionalBaseModels: [...training.value.additionalBaseModels] }),
      },
      domains: [...domains.value],
      architecture: { ...architecture.value },
      openWeights,
      ...(license === null ? {} : { license }),
      links: { huggingface: url },
      sources: [url],
    };
  }

  // The last guard of the promise that a record is valid: anything the checks above missed makes it null, with
  // the reasons in `missing`.
  if (record !== null) {
    const checked = safeParseModel(record);
    if (!checked.success) {
      for (const issue of checked.error.issues) missing.push(`record: ${formatIssuePath(issue.path)} ${issue.message}`);
      record = null;
    }
  }

  return {
    id,
    tasks,
    taskType,
    modalities,
    modalityClass,
    parameters,
    sizeClass,
    training,
    domains,
    architecture,
    license,
    openWeights,
    record,
    missing,
  };
}
