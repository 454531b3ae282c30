// Tasks, task type, modalities and domains of a Hub record. Private to the library.
import type { Domain } from "../dimensions/domain.js";
import type { Modality } from "../dimensions/modality.js";
import { TASK_PROFILES, TASKS, type Task, type TaskType } from "../dimensions/task.js";
import type { Model } from "../model.js";
import type { _Context } from "./_context.js";
import { _finding, _isShared, _lookup, _registryEvidence, _share, _UNKNOWN } from "./_finding.js";
import { _field, _string, _strings } from "./_json.js";
import type { Evidence, Finding } from "./classify.js";

/** The task finding, and the registry record it came from when it did. */
export interface _TaskReading {
  readonly finding: Finding<readonly Task[]>;
  readonly known: Model | undefined;
}

const TASK_SET: ReadonlySet<string> = /* @__PURE__ */ new Set(TASKS);

function isTask(value: string): value is Task {
  return TASK_SET.has(value);
}

// Predicates over tasks, declared once rather than as a new closure per call: the classifier runs them for every
// record of a dump.
const isOther = (task: Task) => task === "other";
const isEmbeddingTask = (task: Task) => task === "sentence-similarity" || task === "feature-extraction";
const isAudioTask = (task: Task) => TASK_PROFILES[task].domain === "audio";
const isTextTask = (task: Task) => TASK_PROFILES[task].domain === "nlp";

// Head class suffixes of transformers architectures, most specific first: what the head does.
const HEAD_TASKS: readonly (readonly [RegExp, Task])[] = [
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

// The task type a head implies, used only when the task says nothing: a task's own type comes first.
const HEAD_TYPES: readonly (readonly [RegExp, TaskType])[] = [
  [
    /ForCausalLM$|LMHeadModel$|ForConditionalGeneration$|ForSpeechSeq2Seq$|ForVision2Seq$|ForImageTextToText$/,
    "generative",
  ],
  [
    /For(Sequence|Token|Image|Audio|Video)Classification$|ForQuestionAnswering$|ForMultipleChoice$|ForObjectDetection$|Segmentation$|ForMaskedLM$/,
    "discriminative",
  ],
];

const LIBRARY_TASKS: Readonly<Record<string, readonly Task[]>> = {
  "sentence-transformers": ["sentence-similarity", "feature-extraction"],
  timm: ["image-classification"],
  "stable-baselines3": ["reinforcement-learning"],
  "ml-agents": ["reinforcement-learning"],
  "sample-factory": ["reinforcement-learning"],
  open_clip: ["zero-shot-image-classification"],
  pyannote: ["voice-activity-detection"],
  diffusers: ["text-to-image"],
};

// A vision-language model files itself under text-generation more often than not (Qwen-VL-Chat does).
const VISION_NAME =
  /(?:^|[-_.])(vl|vlm|vision|llava|pixtral|idefics\d*|paligemma\d*|internvl\d*(?:\.\d)?|minicpm-v|cogvlm\d*|molmo|smolvlm)(?=$|[-_.\d])/i;
const VISION_CONFIG = ["vision_config", "visual", "vision_tower", "mm_vision_tower"] as const;

/** Evidence that the model takes images as well as text, if any. */
function visionSignal(context: _Context): Evidence | undefined {
  for (const key of VISION_CONFIG) {
    if (_field(context.config, key) !== undefined) return { field: `config.${key}`, value: "present" };
  }
  const match = context.repoName === undefined ? null : VISION_NAME.exec(context.repoName);
  return match === null ? undefined : { field: "id", value: context.id ?? "" };
}

function withVision(found: _TaskReading, context: _Context): _TaskReading {
  const { finding } = found;
  if (finding.value.length !== 1 || finding.value[0] !== "text-generation") return found;
  const signal = visionSignal(context);
  if (signal === undefined) return found;
  return {
    finding: _finding<readonly Task[]>(
      ["image-text-to-text"],
      "inferred",
      [...finding.evidence, signal],
      `${finding.reason}, and ${signal.field} shows it reads images too, so it is an image-text-to-text model`,
    ),
    known: found.known,
  };
}

// The reading of each pipeline tag, per field it was found in: built on first use and shared by every model.
const pipelineReadings = /* @__PURE__ */ new Map<string, Map<Task, _TaskReading>>();

function fromPipelineTag(field: string, raw: string | undefined): _TaskReading | undefined {
  // "other" is a pipeline tag that files the model nowhere: look further.
  if (raw === undefined || raw === "other" || !isTask(raw)) return undefined;
  let readings = pipelineReadings.get(field);
  if (readings === undefined) {
    readings = new Map();
    pipelineReadings.set(field, readings);
  }
  let reading = readings.get(raw);
  if (reading === undefined) {
    const confidence = field === "pipeline_tag" ? "certain" : "inferred";
    const reason = `the Hub files the model under "${raw}"`;
    reading = { finding: _share(_finding([raw], confidence, [{ field, value: raw }], reason)), known: undefined };
    readings.set(raw, reading);
  }
  return reading;
}

function fromPipelineTags(info: unknown, context: _Context): _TaskReading | undefined {
  const own = fromPipelineTag("pipeline_tag", _string(_field(info, "pipeline_tag")));
  if (own !== undefined) return withRunner(own, info);
  return (
    fromPipelineTag("cardData.pipeline_tag", _string(_field(context.card, "pipeline_tag"))) ??
    fromPipelineTag("transformersInfo.pipeline_tag", _string(_field(_field(info, "transformersInfo"), "pipeline_tag")))
  );
}

// The task of the transformers pipeline that runs the model, when it is another than the Hub's pipeline_tag and
// gives the same kind of output from the same inputs or more: T5 is filed under translation and run as
// text2text-generation, and does both; BLIP's captioners, filed under image-to-text, also take a text prompt.
// Where the outputs differ, the runner only reflects the architecture (Chronos, a T5 that forecasts time series).
function withRunner(own: _TaskReading, info: unknown): _TaskReading {
  const task = own.finding.value[0];
  const runner = _string(_field(_field(info, "transformersInfo"), "pipeline_tag"));
  // Most records are run as the task the Hub files them under: nothing to compare.
  if (runner === undefined || runner === task || task === undefined || !isTask(runner)) return own;
  const [ours, theirs] = [TASK_PROFILES[task], TASK_PROFILES[runner]];
  if (!covers(theirs.input, ours.input) || !sameSet(ours.output, theirs.output)) return own;
  const evidence = [...own.finding.evidence, { field: "transformersInfo.pipeline_tag", value: runner }];
  const reason = `${own.finding.reason}, and transformers runs it as "${runner}"`;
  return {
    finding: _finding<readonly Task[]>([task, runner], own.finding.confidence, evidence, reason),
    known: undefined,
  };
}

// Whether every item of `narrower` is in `wider`.
function covers(wider: readonly string[], narrower: readonly string[]): boolean {
  return narrower.every((item) => wider.includes(item));
}

// Whether two lists without repeats hold the same items.
function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && covers(b, a);
}

function fromHead(context: _Context): _TaskReading | undefined {
  for (const [index, name] of context.architectures.entries()) {
    for (const [pattern, task] of HEAD_TASKS) {
      if (pattern.test(name)) {
        const evidence = [{ field: `config.architectures[${index}]`, value: name }];
        return {
          finding: _finding([task], "inferred", evidence, `its head class ${name} does ${task}`),
          known: undefined,
        };
      }
    }
  }
  return undefined;
}

function fromTagsAndLibrary(context: _Context): _TaskReading | undefined {
  const { taskTag } = context.tags;
  if (taskTag !== undefined) {
    const evidence = [{ field: "tags", value: taskTag }];
    return {
      finding: _finding([taskTag], "inferred", evidence, `its tags name the task "${taskTag}"`),
      known: undefined,
    };
  }
  // Looked up with hasOwn: the library name is untrusted text ("constructor" must not find a function).
  const tasks = _lookup(LIBRARY_TASKS, context.library);
  if (tasks === undefined || context.library === undefined) return undefined;
  const evidence = [{ field: context.libraryField, value: context.library }];
  const reason = `models of the ${context.library} library do ${tasks.join(" and ")}`;
  return { finding: _finding(tasks, "inferred", evidence, reason), known: undefined };
}

// The registry's record of this very repository, found by its whole Hub id, where it names none of the tasks a
// head class, tag, library or model-index gives: the record is curated from the model's card and paper, the
// others are generic (BLIP's captioners carry the tag image-text-to-text). Where they agree, the metadata's
// reading stands, with the modalities of the task it names.
function checkedByRegistry(found: _TaskReading, context: _Context): _TaskReading {
  const known = context.selfById ? context.self?.model : undefined;
  if (known === undefined || known.tasks.length === 0) return found;
  const agrees = found.finding.value.some((task) => known.tasks.includes(task));
  return agrees ? found : (fromRegistry(context) ?? found);
}

// The first task a card's model-index reports results for ("results": [{ "task": { "type": "translation" } }]),
// which the Trainer writes into every card it generates.
function fromModelIndex(context: _Context): _TaskReading | undefined {
  const entries = _field(context.card, "model-index");
  if (!Array.isArray(entries)) return undefined;
  for (const entry of entries) {
    const results = _field(entry, "results");
    if (!Array.isArray(results)) continue;
    for (const result of results) {
      const type = _string(_field(_field(result, "task"), "type"));
      if (type === undefined || !isTask(type)) continue;
      const evidence = [{ field: "cardData.model-index", value: type }];
      const reason = `its card reports results on the task "${type}"`;
      return { finding: _finding<readonly Task[]>([type], "inferred", evidence, reason), known: undefined };
    }
  }
  return undefined;
}

function fromRegistry(context: _Context): _TaskReading | undefined {
  const known = context.self ?? context.base;
  if (known === undefined || known.model.tasks.length === 0) return undefined;
  const whose = known === context.self ? "the registry's record of this checkpoint" : `its base ${known.name}`;
  const finding = _finding<readonly Task[]>(
    known.model.tasks,
    "inferred",
    [_registryEvidence(known.model.id)],
    `${whose} does ${known.model.tasks.join(" and ")}`,
  );
  return { finding, known: known.model };
}

// Signals that a repository holds a language model whose task went unsaid: formats and tools made for LLMs.
function languageModelSignal(context: _Context): Evidence | undefined {
  for (const marker of ["gguf", "llamafile", "mergekit", "gptq", "awq", "exl2", "preference"] as const) {
    const tag = context.tags.markers[marker];
    if (tag !== undefined) return { field: "tags", value: tag };
  }
  const quantizedBy = _string(_field(context.card, "quantized_by"));
  if (quantizedBy !== undefined) return { field: "cardData.quantized_by", value: quantizedBy };
  const count = context.nameCount;
  const marker = context.nameMarker;
  // A billion-scale count with an instruct/chat/merge word in the name: an LLM in all but name.
  if (count !== undefined && count.total >= 1e9 && marker !== undefined && marker.relation !== "distillation") {
    return { field: "id", value: context.id ?? "" };
  }
  return undefined;
}

// Repository names that say what the model does: the families whose every checkpoint does one task, and the
// words people put in a name for the task they trained it for.
// A reranker's name, whether it names the task on its own or refines a text-classification tag.
const RERANKER = /rerank/i;

const NAME_TASKS: readonly (readonly [RegExp, readonly Task[], string])[] = [
  [/^chronos[-_]/i, ["time-series-forecasting"], "Chronos models forecast time series"],
  [/^opus-mt-/i, ["translation"], "OPUS-MT models translate between the languages their name gives"],
  [/^pegasus(?:$|[-_.])/i, ["summarization"], "Pegasus models are made and fine-tuned for summarization"],
  [RERANKER, ["text-ranking"], "a reranker scores how well passages answer a query"],
  [
    /(?:^|[-_.])ner(?:$|[-_.])/i,
    ["named-entity-recognition", "token-classification"],
    '"NER" in a name marks a named-entity tagger',
  ],
];

function fromNames(context: _Context): _TaskReading | undefined {
  const { repoName } = context;
  const named = repoName === undefined ? undefined : NAME_TASKS.find(([pattern]) => pattern.test(repoName));
  if (named !== undefined) {
    const [, tasks, reason] = named;
    const evidence = [{ field: "id", value: context.id ?? "" }];
    return { finding: _finding(tasks, "inferred", evidence, reason), known: undefined };
  }
  const signal = languageModelSignal(context);
  if (signal === undefined) return undefined;
  const reason = `${signal.field} "${signal.value}" marks a language model, and language models generate text`;
  return { finding: _finding<readonly Task[]>(["text-generation"], "inferred", [signal], reason), known: undefined };
}

// CoNLL-2003 and its kin are the named-entity datasets a token classifier is named or carded after.
const ENTITY_DATA = /^(?:conll-?(?:20)?03|conll2003|wnut_?17|ontonotes5?|wikiann|few-?nerd)$/i;
const ENTITY_NAME = /(?:^|[-_.])(?:ner|conll-?(?:20)?03)(?:$|[-_.])/i;

/** Evidence that a token classifier tags named entities: its name, or the datasets its card names. */
function entitySignal(context: _Context): Evidence | undefined {
  if (context.repoName !== undefined && ENTITY_NAME.test(context.repoName)) {
    return { field: "id", value: context.id ?? "" };
  }
  const datasets = _strings(_field(context.card, "datasets"));
  const named = datasets.find((dataset) => ENTITY_DATA.test(dataset.slice(dataset.lastIndexOf("/") + 1)));
  return named === undefined ? undefined : { field: "cardData.datasets", value: named };
}

/** Evidence that a text generator writes code: code tags, a card that names programming languages, a code name. */
function codeSignal(context: _Context): Evidence | undefined {
  const tag = context.tags.markers.code ?? context.tags.markers["code-generation"];
  if (tag !== undefined) return { field: "tags", value: tag };
  const { card } = context;
  if (hasString(_field(card, "language"), isCode)) {
    return { field: "cardData.language", value: "code" };
  }
  const programming = _field(card, "programming_language");
  if (hasString(programming, anyText)) {
    return { field: "cardData.programming_language", value: _strings(programming).join(", ") };
  }
  return context.id !== null && CODE_NAME.test(context.id) ? { field: "id", value: context.id } : undefined;
}

const isCode = (language: string) => language.toLowerCase() === "code";
const anyText = () => true;

// Whether a field that holds a string or a list of them has one that passes `test` (as read by _strings, without
// building the list: most cards name no programming language, and most that give a language give one).
function hasString(value: unknown, test: (text: string) => boolean): boolean {
  if (!Array.isArray(value)) {
    const text = _string(value);
    return text !== undefined && test(text);
  }
  for (const item of value) {
    const text = _string(item);
    if (text !== undefined && test(text)) return true;
  }
  return false;
}

// A finer task in place of the broad one a signal refines: a text generator that writes code, a text classifier
// that ranks passages (the Hub files cross-encoders under text-classification), a sentence-transformers model
// filed under sentence-similarity, which also embeds texts.
function refined(found: _TaskReading, context: _Context): _TaskReading {
  const { finding } = found;
  if (found.known !== undefined || finding.value.length !== 1) return found;
  const task = finding.value[0];
  if (task === "text-generation") {
    const signal = codeSignal(context);
    if (signal !== undefined) {
      return refinedTo(finding, ["code-generation", "text-generation"], signal, `${signal.field} shows it writes code`);
    }
  } else if (task === "text-classification") {
    if (context.repoName !== undefined && RERANKER.test(context.repoName)) {
      const signal = { field: "id", value: context.id ?? "" };
      const why = "its name makes it a reranker, which scores query-passage pairs";
      return refinedTo(finding, ["text-ranking"], signal, why);
    }
  } else if (task === "token-classification") {
    const signal = entitySignal(context);
    if (signal !== undefined) {
      const why = `${signal.field} names named-entity recognition`;
      return refinedTo(finding, ["named-entity-recognition", "token-classification"], signal, why);
    }
  } else if (task === "sentence-similarity" && context.library === "sentence-transformers") {
    const signal = { field: context.libraryField, value: context.library };
    const why = "sentence-transformers models embed texts";
    return refinedTo(finding, ["sentence-similarity", "feature-extraction"], signal, why);
  }
  return withVision(found, context);
}

// The finer task rests on a signal read indirectly, so it is inferred whatever the broad one was.
function refinedTo(
  broad: Finding<readonly Task[]>,
  tasks: readonly Task[],
  signal: Evidence,
  why: string,
): _TaskReading {
  return {
    finding: _finding(tasks, "inferred", [...broad.evidence, signal], `${broad.reason}, and ${why}`),
    known: undefined,
  };
}

/**
 * The tasks, from the strongest signal that names one: pipeline tags, the head class, task-named tags, the
 * library, the card's model-index (each refined where the metadata shows a finer task, and checked against the
 * registry's record of this very repository), the registry (this checkpoint, then its base), then names and
 * formats made for language models.
 */
export function _tasks(info: unknown, context: _Context): _TaskReading {
  const pipeline = fromPipelineTags(info, context);
  if (pipeline !== undefined) return refined(pipeline, context);
  const read = fromHead(context) ?? fromTagsAndLibrary(context) ?? fromModelIndex(context);
  if (read !== undefined) return checkedByRegistry(refined(read, context), context);
  const found = fromRegistry(context) ?? fromNames(context);
  if (found !== undefined) return refined(found, context);
  // "other" files the model nowhere, but it is what the Hub says when nothing else does.
  if (_string(_field(info, "pipeline_tag")) === "other") {
    const evidence = [{ field: "pipeline_tag", value: "other" }];
    return {
      finding: _finding<readonly Task[]>(["other"], "certain", evidence, 'the Hub files the model under "other"'),
      known: undefined,
    };
  }
  const reason = "no pipeline_tag, head class, task tag, library, registry record or name that implies a task";
  return { finding: _finding([], _UNKNOWN, [], reason), known: undefined };
}

// What follows from a shared task finding alone, shared in turn.
const sharedTypes = /* @__PURE__ */ new WeakMap<Finding<readonly Task[]>, Finding<TaskType | null>>();
const sharedModalities = /* @__PURE__ */ new WeakMap<Finding<readonly Task[]>, Finding<ModalityPair | null>>();
const sharedDomains = /* @__PURE__ */ new WeakMap<Finding<readonly Task[]>, Finding<readonly Domain[]>>();

type ModalityPair = { readonly input: readonly Modality[]; readonly output: readonly Modality[] };

/** The task type: the type of the tasks; the head class only when the tasks do not settle it. */
export function _taskType(tasks: Finding<readonly Task[]>, architectures: readonly string[]): Finding<TaskType | null> {
  const first = tasks.value[0];
  const firstType = first === undefined ? null : TASK_PROFILES[first].type;
  // One task of a fixed type (most models): no set to build.
  if (firstType !== null && tasks.value.length === 1) {
    const shared = sharedTypes.get(tasks);
    if (shared !== undefined) return shared;
    const found = _finding(firstType, tasks.confidence, tasks.evidence, `its task is ${firstType}`);
    if (_isShared(tasks)) sharedTypes.set(tasks, _share(found));
    return found;
  }
  const types = new Set(tasks.value.map((task) => TASK_PROFILES[task].type).filter((type) => type !== null));
  const [only] = types;
  if (only !== undefined && types.size === 1) {
    return _finding(only, tasks.confidence, tasks.evidence, `its task is ${only}`);
  }
  for (const [index, name] of architectures.entries()) {
    for (const [pattern, type] of HEAD_TYPES) {
      if (pattern.test(name) && (types.size === 0 || types.has(type))) {
        const evidence = [{ field: `config.architectures[${index}]`, value: name }];
        return _finding(type, "inferred", evidence, `a ${name} head is ${type}`);
      }
    }
  }
  if (types.size > 1) return _finding("hybrid", "inferred", tasks.evidence, "its tasks are of more than one type");
  const reason =
    tasks.value.length > 0 ? `the task "${tasks.value.join(", ")}" has no fixed type` : "the task is unknown";
  return _finding(null, _UNKNOWN, [], reason);
}

/** The modalities: the registry record's when it supplied the task, otherwise those its tasks imply. */
export function _modalities(reading: _TaskReading, library: string | undefined): Finding<ModalityPair | null> {
  const tasks = reading.finding;
  if (reading.known !== undefined) {
    const { input, output } = reading.known.modalities;
    return _finding({ input, output }, "inferred", tasks.evidence, "the registry's record gives its modalities");
  }
  if (tasks.value.length === 0 || tasks.value.every(isOther)) {
    return _finding(null, _UNKNOWN, [], "the modalities follow from the task, which is unknown");
  }
  const first = tasks.value[0];
  // Sentence-transformers embedding models return vectors whatever the Hub's task says; its cross-encoders
  // (text-ranking, text-classification) return scores, as their tasks do.
  const embeds = library === "sentence-transformers" && tasks.value.some(isEmbeddingTask);
  // One task (most models): its profile's lists as they are.
  if (first !== undefined && tasks.value.length === 1 && !embeds) {
    const shared = sharedModalities.get(tasks);
    if (shared !== undefined) return shared;
    const { input, output } = TASK_PROFILES[first];
    const found = _finding<ModalityPair | null>(
      { input, output },
      "inferred",
      tasks.evidence,
      "the typical inputs and outputs of its tasks",
    );
    if (_isShared(tasks)) sharedModalities.set(tasks, _share(found));
    return found;
  }
  const input = new Set<Modality>();
  const output = new Set<Modality>();
  for (const task of tasks.value) {
    for (const modality of TASK_PROFILES[task].input) input.add(modality);
    for (const modality of TASK_PROFILES[task].output) output.add(modality);
  }
  if (embeds) {
    output.clear();
    output.add("embedding");
  }
  const value = { input: [...input], output: [...output] };
  return _finding(value, "inferred", tasks.evidence, "the typical inputs and outputs of its tasks");
}

const CODE_NAME =
  /(^|[^a-z])(code|coder|codegen|starcoder|codellama|codestral|codegemma|santacoder|wizardcoder|deepseek-coder|qwen[\d.]*-coder)/i;

const SPEECH_ENCODER = /wav2vec2|hubert|wavlm|whisper|xlsr|data2vec-audio|unispeech/i;

/** Evidence that the model is built on a speech encoder: its model type, its name, or its base's name. */
function speechEncoder(context: _Context): Evidence | undefined {
  const modelType = _string(_field(context.config, "model_type"));
  if (modelType !== undefined && SPEECH_ENCODER.test(modelType))
    return { field: "config.model_type", value: modelType };
  if (context.id !== null && SPEECH_ENCODER.test(context.id)) return { field: "id", value: context.id };
  const base = context.declaredBases.find((name) => SPEECH_ENCODER.test(name));
  return base === undefined ? undefined : { field: "base model", value: base };
}

// Domains beyond those of the tasks, with the evidence and reason of each.
interface ExtraDomains {
  readonly domains: Domain[];
  readonly evidence: Evidence[];
  readonly reasons: string[];
}

// What most models have: no extra domain (never added to: `withDomain` makes new lists for the first one).
const NO_EXTRA: ExtraDomains = { domains: [], evidence: [], reasons: [] };

function withDomain(extra: ExtraDomains, domain: Domain, evidence: Evidence, reason: string): ExtraDomains {
  const into = extra === NO_EXTRA ? { domains: [], evidence: [], reasons: [] } : extra;
  into.domains.push(domain);
  into.evidence.push(evidence);
  into.reasons.push(reason);
  return into;
}

function extraDomains(context: _Context, tasks: readonly Task[], textual: boolean, untasked: boolean): ExtraDomains {
  let extra = NO_EXTRA;
  const code = textual || untasked ? codeSignal(context) : undefined;
  if (code !== undefined) extra = withDomain(extra, "code", code, "its tags, card or name mark it as a code model");
  const modelType = _string(_field(context.config, "model_type"));
  if (modelType?.startsWith("esm") === true) {
    const evidence = { field: "config.model_type", value: modelType };
    extra = withDomain(extra, "science", evidence, "it is a protein language model");
  }
  // An audio classifier built on a speech encoder (wav2vec 2.0, HuBERT, WavLM, Whisper) classifies speech:
  // keywords, emotions, speakers, languages.
  const encoder = tasks.includes("audio-classification") ? speechEncoder(context) : undefined;
  if (encoder !== undefined) extra = withDomain(extra, "speech", encoder, "it classifies audio with a speech encoder");
  const speechLibrary = context.library === "speechbrain" || context.library === "espnet";
  const speechTag = context.tags.markers.speech;
  // An audio task of a speech toolkit (SpeechBrain's separation and enhancement models) works on speech.
  const audioTask = speechLibrary && tasks.some(isAudioTask);
  if (encoder === undefined && audioTask) {
    const evidence = { field: context.libraryField, value: context.library ?? "" };
    extra = withDomain(extra, "speech", evidence, `${context.library} is a speech toolkit`);
  } else if (untasked && (speechLibrary || speechTag !== undefined)) {
    const evidence =
      speechTag !== undefined
        ? { field: "tags", value: speechTag }
        : { field: context.libraryField, value: context.library ?? "" };
    extra = withDomain(extra, "speech", evidence, "its tags or library are about speech");
  }
  return extra;
}

/** The domains: the registry record's when it supplied the task, else those of the tasks plus code and science. */
export function _domains(reading: _TaskReading, context: _Context): Finding<readonly Domain[]> {
  const tasks = reading.finding;
  if (reading.known !== undefined && reading.known.domains.length > 0) {
    return _finding(reading.known.domains, "inferred", tasks.evidence, "the registry's record gives its domains");
  }
  const textual = tasks.value.some(isTextTask);
  const extra = extraDomains(context, tasks.value, textual, tasks.value.length === 0);
  // Without extra domains, the answer follows from the tasks alone.
  const plain = extra.domains.length === 0;
  if (plain) {
    const shared = sharedDomains.get(tasks);
    if (shared !== undefined) return shared;
  }
  const found = domainsOf(tasks, extra);
  if (plain && _isShared(tasks)) sharedDomains.set(tasks, _share(found));
  return found;
}

function domainsOf(tasks: Finding<readonly Task[]>, extra: ExtraDomains): Finding<readonly Domain[]> {
  const domains = [...extra.domains];
  for (const task of tasks.value) {
    const domain = TASK_PROFILES[task].domain;
    if (domain !== null && !domains.includes(domain)) domains.push(domain);
  }
  const reasons = [...extra.reasons];
  if (tasks.value.length > 0) reasons.push("its tasks belong to these domains");
  if (domains.length === 0) return _finding([], _UNKNOWN, [], "the domain follows from the task, which is unknown");
  // A signal that also refined the task (a code tag) is cited once.
  const evidence = [...tasks.evidence];
  for (const item of extra.evidence) {
    if (!evidence.some((cited) => cited.field === item.field && cited.value === item.value)) evidence.push(item);
  }
  return _finding(domains, "inferred", evidence, reasons.join("; "));
}
