// Reading a Hub record's tags in one pass: a record can carry hundreds of them (one per language), so each tag
// costs one map lookup at most. Private to the library.
import { TASKS, type Task } from "../dimensions/task.js";
import { _string } from "./_json.js";
import { ARCHITECTURE_NAME_PREFIXES, GGUF_ARCHITECTURES, TRANSFORMERS_MODEL_TYPES } from "./model-types.js";

/** The marker tags the classifier looks for. */
export const _MARKERS = [
  "gguf",
  "bitsandbytes",
  "gptq",
  "awq",
  "exl2",
  "llamafile",
  "merge",
  "mergekit",
  "peft",
  "lora",
  "code",
  "code-generation",
  "finetuned",
  "trained",
  "preference",
  "rl-agent",
  "speech",
] as const;

export type _Marker = (typeof _MARKERS)[number];

/** Libraries a tag can name. */
export const _LIBRARY_TAGS = [
  "transformers",
  "diffusers",
  "sentence-transformers",
  "timm",
  "peft",
  "speechbrain",
  "espnet",
  "stable-baselines3",
  "ml-agents",
  "sample-factory",
  "keras",
  "tf-keras",
  "sklearn",
  "skops",
  "open_clip",
  "pyannote",
  "nemo",
  "fastai",
  "adapter-transformers",
  "setfit",
  "flair",
  "spacy",
  "onnx",
  "gguf",
  "mlx",
] as const;

/** What the tags say. */
export interface _Tags {
  /** The first tag that set each marker, for evidence; a marker no tag set is absent. */
  readonly markers: Readonly<Partial<Record<_Marker, string>>>;
  /** `base_model:<relation>:<id>` and `base_model:<id>` tags; relation "" when absent. */
  readonly bases: readonly { readonly relation: string; readonly id: string }[];
  readonly license: string | undefined;
  /** A `4-bit` / `8-bit` style tag. */
  readonly bitsTag: string | undefined;
  /** The first tag that names a transformers model type or a GGUF architecture. */
  readonly architectureTag: string | undefined;
  /** The first tag that names a family of {@link ARCHITECTURE_NAME_PREFIXES} (`yolo`, `resnet`, `lstm`). */
  readonly familyTag: string | undefined;
  /**
   * The task the tags name (`text-to-video`, `sentence-similarity`, …): the first task tag, or a finer one a later
   * tag names (`translation` after `text2text-generation`).
   */
  readonly taskTag: Task | undefined;
  /** The first tag that names a library. */
  readonly libraryTag: string | undefined;
  /** A `diffusers:<PipelineClass>` tag's class. */
  readonly diffusersPipeline: string | undefined;
}

type Kind =
  | { readonly kind: "marker"; readonly marker: _Marker }
  | { readonly kind: "task"; readonly task: Task }
  | { readonly kind: "library" }
  | { readonly kind: "architecture" }
  | { readonly kind: "family" };

// Tasks that tags name alongside a broader one: the finer one says more. The broader tag is often the pipeline
// that runs the model (text2text-generation runs translators), the finer one what it was trained for.
const FINER_TASKS: Readonly<Partial<Record<Task, readonly Task[]>>> = {
  "text-generation": ["code-generation"],
  "text2text-generation": ["translation", "summarization"],
  "text-classification": ["sentiment-analysis", "zero-shot-classification"],
  "token-classification": ["named-entity-recognition"],
};

// Tags that name a task under another spelling.
const TASK_SPELLINGS: Readonly<Record<string, Task>> = {
  "causal-lm": "text-generation",
};

// Family names too general to say more than the library already does.
const GENERIC_FAMILIES: ReadonlySet<string> = /* @__PURE__ */ new Set(["transformer"]);

// Tags that stand for a marker: several spellings on the Hub for one idea.
const MARKER_SPELLINGS: Readonly<Record<string, _Marker>> = {
  gguf: "gguf",
  ggml: "gguf",
  "llama-cpp": "gguf",
  "gguf-my-repo": "gguf",
  bitsandbytes: "bitsandbytes",
  "bnb-my-repo": "bitsandbytes",
  gptq: "gptq",
  "auto-gptq": "gptq",
  awq: "awq",
  autoawq: "awq",
  exl2: "exl2",
  llamafile: "llamafile",
  merge: "merge",
  mergekit: "mergekit",
  lazymergekit: "mergekit",
  peft: "peft",
  lora: "lora",
  qlora: "lora",
  code: "code",
  "code-generation": "code-generation",
  finetuned: "finetuned",
  "fine-tuned": "finetuned",
  sft: "trained",
  trl: "trained",
  generated_from_trainer: "trained",
  // The Hub's community sprints for fine-tuning speech models on new languages.
  "xlsr-fine-tuning-week": "finetuned",
  "whisper-event": "finetuned",
  "alignment-handbook": "trained",
  axolotl: "trained",
  dpo: "preference",
  orpo: "preference",
  kto: "preference",
  rlhf: "preference",
  "deep-reinforcement-learning": "rl-agent",
  speech: "speech",
  audio: "speech",
};

// Built on first use: one map answers every tag.
let kindsByTag: Map<string, Kind> | undefined;

// Which buckets of first letter, last letter and length hold a tag the map knows. Most of a record's tags
// (languages, "region:us", "endpoints_compatible") are known to no one, and are new strings in every record, so a
// map lookup would hash each of them: a look at three numbers turns most away first.
const BUCKETS = 4096;
let knownTagBuckets: Uint8Array | undefined;

function bucket(tag: string): number {
  return (tag.charCodeAt(0) * 961 + tag.charCodeAt(tag.length - 1) * 31 + tag.length) & (BUCKETS - 1);
}

function tagKinds(): Map<string, Kind> {
  if (kindsByTag !== undefined) return kindsByTag;
  const kinds = new Map<string, Kind>();
  for (const key of Object.keys(TRANSFORMERS_MODEL_TYPES)) kinds.set(key, { kind: "architecture" });
  for (const key of Object.keys(GGUF_ARCHITECTURES)) kinds.set(key, { kind: "architecture" });
  for (const task of TASKS) kinds.set(task, { kind: "task", task });
  for (const [tag, task] of Object.entries(TASK_SPELLINGS)) kinds.set(tag, { kind: "task", task });
  for (const key of Object.keys(ARCHITECTURE_NAME_PREFIXES)) {
    if (!kinds.has(key) && !GENERIC_FAMILIES.has(key)) kinds.set(key, { kind: "family" });
  }
  for (const library of _LIBRARY_TAGS) kinds.set(library, { kind: "library" });
  for (const [tag, marker] of Object.entries(MARKER_SPELLINGS)) kinds.set(tag, { kind: "marker", marker });
  const known = new Uint8Array(BUCKETS);
  for (const tag of kinds.keys()) known[bucket(tag)] = 1;
  knownTagBuckets = known;
  kindsByTag = kinds;
  return kinds;
}

interface TagReading {
  markers: Partial<Record<_Marker, string>>;
  bases: { relation: string; id: string }[];
  license: string | undefined;
  bitsTag: string | undefined;
  architectureTag: string | undefined;
  familyTag: string | undefined;
  taskTag: Task | undefined;
  libraryTag: string | undefined;
  diffusersPipeline: string | undefined;
}

function readOne(tag: string, reading: TagReading, kinds: Map<string, Kind>): void {
  const first = tag.charCodeAt(0);
  // Prefixed tags first, by their first letter: most tags are two-letter language codes.
  if (first === 98 /* b */ && tag.startsWith("base_model:")) {
    const match = /^base_model:(?:(finetune|adapter|quantized|merge):)?(.+)$/.exec(tag);
    if (match === null) return;
    const id = _string(match[2]);
    if (id !== undefined) reading.bases.push({ relation: match[1] ?? "", id });
    return;
  }
  if (first === 108 /* l */ && tag.startsWith("license:")) {
    reading.license ??= _string(tag.slice("license:".length));
    return;
  }
  if (first === 100 /* d */ && tag.startsWith("diffusers:")) {
    reading.diffusersPipeline ??= _string(tag.slice("diffusers:".length));
    return;
  }
  if ((first === 52 /* 4 */ || first === 56) /* 8 */ && /^[48]-?bit$/.test(tag)) {
    reading.bitsTag ??= tag;
    return;
  }
  // One-letter tags name nothing; two letters can ("t5" is a transformers model type).
  if (tag.length < 2 || knownTagBuckets?.[bucket(tag)] !== 1) return;
  const kind = kinds.get(tag);
  if (kind === undefined) return;
  switch (kind.kind) {
    case "marker":
      reading.markers[kind.marker] ??= tag;
      break;
    case "task":
      if (reading.taskTag === undefined || FINER_TASKS[reading.taskTag]?.includes(kind.task) === true) {
        reading.taskTag = kind.task;
      }
      // "reinforcement-learning" is both a task and the mark of an agent.
      if (kind.task === "reinforcement-learning") reading.markers["rl-agent"] ??= tag;
      break;
    case "library":
      reading.libraryTag ??= tag;
      break;
    case "architecture":
      reading.architectureTag ??= tag;
      break;
    case "family":
      reading.familyTag ??= tag;
      break;
  }
}

/**
 * Reads the tags of a record and of its card (`cardData.tags`, which the API also folds into `tags`).
 *
 * @example
 * _readTags(["gguf", "base_model:quantized:Qwen/Qwen3-8B"], undefined).markers.gguf; // "gguf"
 */
export function _readTags(raw: unknown, cardRaw: unknown): _Tags {
  const reading: TagReading = {
    markers: {},
    bases: [],
    license: undefined,
    bitsTag: undefined,
    architectureTag: undefined,
    familyTag: undefined,
    taskTag: undefined,
    libraryTag: undefined,
    diffusersPipeline: undefined,
  };
  const kinds = tagKinds();
  readList(raw, reading, kinds);
  readList(cardRaw, reading, kinds);
  return reading;
}

function readList(source: unknown, reading: TagReading, kinds: Map<string, Kind>): void {
  // An empty tag needs no check of its own: readOne turns away every tag shorter than two characters.
  if (typeof source === "string") {
    readOne(source, reading, kinds);
    return;
  }
  if (!Array.isArray(source)) return;
  for (let i = 0; i < source.length; i++) {
    const tag: unknown = source[i];
    if (typeof tag === "string") readOne(tag, reading, kinds);
  }
}
