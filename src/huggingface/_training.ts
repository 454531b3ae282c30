// How a Hub model was trained, from every signal, in a fixed order of precedence (docs/huggingface.md):
//
//  1. a declared base (`base_model`, `base_model:<relation>:<id>` tags, the PEFT config, a card's model link),
//     with the relation the card or tags declare, else the one the other signals below imply;
//  2. PEFT/adapter files and tags;  3. quantization configs, formats and markers;  4. merge tags and names;
//  5. name patterns and tags of fine-tuning (finetuned/ft, instruct, chat, -it, sft, dpo, rlhf; distil);
//  6. the registry's record of the checkpoint;  7. libraries whose models are trained from scratch
//     (reinforcement-learning agents, SpeechBrain and ESPnet recipes, timm's own ImageNet runs);
//  8. a guess from the task alone, which says it is one.
//
// Private to the library.
import { TASK_PROFILES, type Task } from "../dimensions/task.js";
import type { TrainingRelation } from "../dimensions/training.js";
import type { Model } from "../model.js";
import { type _Context, _findSibling } from "./_context.js";
import { _finding, _isShared, _lookup, _registryEvidence, _share } from "./_finding.js";
import { _field, _string, _strings } from "./_json.js";
import { _baseBeforeFinetuned } from "./_names.js";
import { _hubIdOf, type _Known } from "./_registry.js";
import type { Evidence, Finding, HubTraining } from "./classify.js";

const RELATIONS: Readonly<Record<string, TrainingRelation>> = {
  finetune: "fine-tune",
  "fine-tune": "fine-tune",
  adapter: "adapter",
  quantized: "quantization",
  quantization: "quantization",
  merge: "merge",
  distillation: "distillation",
};

/** A relation implied by other signals than a declaration, with what showed it. */
interface Implied {
  readonly relation: TrainingRelation;
  readonly evidence: Evidence;
  readonly why: string;
}

const isAdapterConfig = (name: string) => name === "adapter_config.json";

function adapterSignal(context: _Context): Implied | undefined {
  if (context.library === "peft") {
    return {
      relation: "adapter",
      evidence: { field: context.libraryField, value: "peft" },
      why: "it is a PEFT adapter",
    };
  }
  if (_findSibling(context, isAdapterConfig) !== undefined) {
    return {
      relation: "adapter",
      evidence: { field: "siblings", value: "adapter_config.json" },
      why: "it ships an adapter_config.json",
    };
  }
  if (_field(context.config, "peft") !== undefined) {
    return {
      relation: "adapter",
      evidence: { field: "config.peft", value: "present" },
      why: "its config is a PEFT config",
    };
  }
  const tag = context.tags.markers.lora ?? context.tags.markers.peft;
  if (tag !== undefined)
    return { relation: "adapter", evidence: { field: "tags", value: tag }, why: `it is tagged ${tag}` };
  const marker = context.nameMarker;
  if (marker?.relation === "adapter") {
    return { relation: "adapter", evidence: { field: "id", value: marker.text }, why: `its name says ${marker.text}` };
  }
  return undefined;
}

function quantizationSignal(context: _Context, quantized: Evidence | undefined): Implied | undefined {
  if (quantized !== undefined)
    return { relation: "quantization", evidence: quantized, why: "its weights are quantized" };
  const quantizedBy = _string(_field(context.card, "quantized_by"));
  if (quantizedBy !== undefined) {
    const evidence = { field: "cardData.quantized_by", value: quantizedBy };
    return { relation: "quantization", evidence, why: `its card says it was quantized by ${quantizedBy}` };
  }
  const tag = context.tags.markers.llamafile;
  if (tag !== undefined)
    return { relation: "quantization", evidence: { field: "tags", value: tag }, why: "it is a llamafile" };
  const marker = context.nameMarker;
  if (marker?.relation === "quantization") {
    return {
      relation: "quantization",
      evidence: { field: "id", value: marker.text },
      why: `its name says ${marker.text}`,
    };
  }
  return undefined;
}

function mergeSignal(context: _Context, bases: number): Implied | undefined {
  const tag = context.tags.markers.mergekit ?? context.tags.markers.merge;
  if (tag !== undefined)
    return { relation: "merge", evidence: { field: "tags", value: tag }, why: `it is tagged ${tag}` };
  const marker = context.nameMarker;
  if (marker?.relation === "merge") {
    return { relation: "merge", evidence: { field: "id", value: marker.text }, why: `its name says ${marker.text}` };
  }
  if (bases > 1)
    return {
      relation: "merge",
      evidence: { field: "cardData.base_model", value: `${bases} models` },
      why: "it names several base models",
    };
  return undefined;
}

function tuningSignal(context: _Context): Implied | undefined {
  const marker = context.nameMarker;
  if (marker?.relation === "fine-tune" || marker?.relation === "distillation") {
    return {
      relation: marker.relation,
      evidence: { field: "id", value: marker.text },
      why: `its name says ${marker.text}`,
    };
  }
  for (const kind of ["finetuned", "preference", "trained"] as const) {
    const tag = context.tags.markers[kind];
    if (tag !== undefined)
      return { relation: "fine-tune", evidence: { field: "tags", value: tag }, why: `it is tagged ${tag}` };
  }
  return undefined;
}

/** The signals that imply a relation, strongest first: adapter, quantization, merge, fine-tuning. */
function impliedTraining(context: _Context, quantized: Evidence | undefined, bases: number): Implied | undefined {
  return (
    adapterSignal(context) ??
    quantizationSignal(context, quantized) ??
    mergeSignal(context, bases) ??
    tuningSignal(context)
  );
}

// Whole literals rather than spread optional parts: each answer is kept, and a literal holds its fields in the
// object itself.
function transferTraining(relation: TrainingRelation, bases: readonly string[]): HubTraining {
  const method = "transfer-learning";
  const baseModel = bases[0];
  if (baseModel === undefined) return { method, relation };
  if (bases.length === 1) return { method, relation, baseModel };
  return { method, relation, baseModel, additionalBaseModels: bases.slice(1) };
}

/** Where the declared bases were read from, for evidence. */
function declarationEvidence(context: _Context): Evidence[] {
  const evidence: Evidence[] = [];
  const cardBases = _strings(_field(context.card, "base_model"));
  if (cardBases.length > 0) evidence.push({ field: "cardData.base_model", value: cardBases.join(", ") });
  else if (context.tags.bases.length > 0) {
    const tagged = context.tags.bases.map((base) => `base_model:${base.relation ? `${base.relation}:` : ""}${base.id}`);
    evidence.push({ field: "tags", value: tagged.join(", ") });
  }
  const peft = _string(_field(_field(context.config, "peft"), "base_model_name_or_path"));
  if (peft !== undefined) evidence.push({ field: "config.peft.base_model_name_or_path", value: peft });
  const link = _string(_field(context.card, "model_link"));
  if (evidence.length === 0 && link !== undefined) evidence.push({ field: "cardData.model_link", value: link });
  return evidence;
}

function declaredTraining(context: _Context, quantized: Evidence | undefined): Finding<HubTraining | null> | undefined {
  const bases = context.declaredBases;
  if (bases.length === 0) return undefined;
  const evidence = declarationEvidence(context);
  const relationText = _string(_field(context.card, "base_model_relation"));
  const declaredRelation = _lookup(RELATIONS, relationText);
  if (declaredRelation !== undefined) {
    evidence.push({ field: "cardData.base_model_relation", value: relationText ?? "" });
    const why = `the card declares the relation "${relationText}"`;
    return _finding(
      transferTraining(declaredRelation, bases),
      "certain",
      evidence,
      `it is built from ${bases.join(", ")}: ${why}`,
    );
  }
  for (const tagged of context.tags.bases) {
    const taggedRelation = _lookup(RELATIONS, tagged.relation);
    if (taggedRelation === undefined) continue;
    const why = `the Hub tags it base_model:${tagged.relation}`;
    if (evidence[0]?.field !== "tags")
      evidence.push({ field: "tags", value: `base_model:${tagged.relation}:${tagged.id}` });
    return _finding(
      transferTraining(taggedRelation, bases),
      "certain",
      evidence,
      `it is built from ${bases.join(", ")}: ${why}`,
    );
  }
  const implied = impliedTraining(context, quantized, bases.length);
  const relation = implied?.relation ?? "fine-tune";
  const why = implied?.why ?? "a model that names a base and no other relation is most often a fine-tune";
  if (implied !== undefined) evidence.push(implied.evidence);
  return _finding(
    transferTraining(relation, bases),
    "inferred",
    evidence,
    `it is built from ${bases.join(", ")}: ${why}`,
  );
}

/** The base a registry record names, as a Hub id when the registry links it. */
function registryBase(context: _Context, model: Model): string | undefined {
  const base = model.training.baseModel;
  if (base === undefined) return undefined;
  const record = context.registry?.get(base);
  return record === undefined ? base : _hubIdOf(record);
}

/** The base a name spells out: the registry's checkpoint when it knows the name, else the name itself. */
function baseFromName(context: _Context): { readonly name: string; readonly known: _Known | undefined } | undefined {
  if (context.base !== undefined) return { name: _hubIdOf(context.base.model), known: context.base };
  const named = context.namedBase;
  return named === undefined ? undefined : { name: named.slice(named.lastIndexOf("/") + 1), known: undefined };
}

function fromSignals(context: _Context, quantized: Evidence | undefined): Finding<HubTraining | null> | undefined {
  const implied = impliedTraining(context, quantized, 0);
  if (implied === undefined) return undefined;
  const evidence = [implied.evidence];
  // The registry names the base of a checkpoint it knows; otherwise the name may spell it out.
  const self = context.self?.model;
  const selfBase = self?.training.method === "transfer-learning" ? registryBase(context, self) : undefined;
  const named =
    implied.relation === "fine-tune" || implied.relation === "distillation" ? undefined : baseFromName(context);
  // A fine-tune's base is what its name puts before "finetuned", with any packaging taken off first: the ONNX
  // export "…-finetuned-sst2-onnx" is a fine-tune of the part before "finetuned", not of its own unpackaged name.
  const bareName = context.unpackagedName ?? context.repoName;
  const fromName =
    implied.relation === "fine-tune" && bareName !== undefined ? _baseBeforeFinetuned(bareName) : undefined;
  const base = selfBase ?? named?.name ?? fromName;
  if (selfBase !== undefined && self !== undefined) evidence.push(_registryEvidence(self.id));
  else if (named?.known !== undefined) evidence.push(_registryEvidence(named.known.model.id));
  const reason = base === undefined ? implied.why : `${implied.why}; its base is ${base}`;
  return _finding(transferTraining(implied.relation, base === undefined ? [] : [base]), "inferred", evidence, reason);
}

function fromRegistry(context: _Context): Finding<HubTraining | null> | undefined {
  const self = context.self?.model;
  if (self === undefined) return undefined;
  const { method, relation } = self.training;
  const base = registryBase(context, self);
  const value: HubTraining = {
    method,
    ...(relation === undefined ? {} : { relation }),
    ...(base === undefined ? {} : { baseModel: base }),
  };
  const how = relation === undefined ? method : `${method} (${relation}${base === undefined ? "" : ` of ${base}`})`;
  return _finding(
    value,
    "inferred",
    [_registryEvidence(self.id)],
    `the registry's record of this checkpoint says ${how}`,
  );
}

// "trf" as a word of a spaCy pipeline's name: a transformer-based pipeline.
const SPACY_TRANSFORMER = /(?:^|_)trf(?:_|$)/i;

// Words of speech checkpoints built on a pretrained encoder rather than trained from scratch on one dataset.
const PRETRAINED_SPEECH = /wav2vec2|hubert|wavlm|whisper|xlsr|data2vec|mms/i;

function fromLibrary(context: _Context, tasks: Finding<readonly Task[]>): Finding<HubTraining | null> | undefined {
  const { library, repoName } = context;
  const agent = library === "stable-baselines3" || library === "ml-agents" || library === "sample-factory";
  const rlTag = context.tags.markers["rl-agent"];
  if (agent || rlTag !== undefined || tasks.value.includes("reinforcement-learning")) {
    // The library or the tag when they say it, else whatever gave the task (a pipeline tag, the registry).
    const evidence = agent
      ? [{ field: context.libraryField, value: library ?? "" }]
      : rlTag !== undefined
        ? [{ field: "tags", value: rlTag }]
        : tasks.evidence;
    const reason = "a reinforcement-learning agent is trained from scratch by acting in its environment";
    return _finding<HubTraining | null>({ method: "from-scratch" }, "inferred", evidence, reason);
  }
  if (
    (library === "speechbrain" || library === "espnet") &&
    !(repoName !== undefined && PRETRAINED_SPEECH.test(repoName))
  ) {
    const reason = `${library} recipes train a model from scratch on one dataset`;
    return _finding<HubTraining | null>(
      { method: "from-scratch" },
      "inferred",
      [{ field: context.libraryField, value: library }],
      reason,
    );
  }
  // spaCy's pipelines are trained by spaCy on their corpora, but for the transformer-based ones, which fine-tune a
  // pretrained encoder: "trf" is a word of their names, last since spaCy 3 ("en_core_web_trf"), second before it
  // ("en_trf_bertbaseuncased_lg").
  if (library === "spacy" && !(repoName !== undefined && SPACY_TRANSFORMER.test(repoName))) {
    const reason = "spaCy's pipelines are trained from scratch on their corpora (its _trf ones fine-tune an encoder)";
    return _finding<HubTraining | null>(
      { method: "from-scratch" },
      "inferred",
      [{ field: context.libraryField, value: library }],
      reason,
    );
  }
  if (library === "timm" && context.owner === "timm") {
    const reason = "timm's own checkpoints are trained by timm from scratch, unless the name says fine-tuned";
    return _finding<HubTraining | null>(
      { method: "from-scratch" },
      "inferred",
      [{ field: "id", value: context.id ?? "" }],
      reason,
    );
  }
  return undefined;
}

// Tasks a model is mostly built for from scratch on broad data; on the Hub, the others are mostly fine-tunes.
const GENERAL_TASKS: ReadonlySet<Task> = /* @__PURE__ */ new Set<Task>([
  "text-generation",
  "code-generation",
  "text2text-generation",
  "fill-mask",
  "feature-extraction",
  "image-feature-extraction",
  "image-text-to-text",
  "any-to-any",
  "text-to-image",
  "text-to-video",
  "zero-shot-image-classification",
  "time-series-forecasting",
]);

// Tasks whose models are mostly trained on their own data from random weights (translation: the Hub's
// translation models are above all OPUS-MT's Marian models, each trained on one language pair's parallel text).
const SCRATCH_TASKS: ReadonlySet<Task> = /* @__PURE__ */ new Set<Task>([
  "translation",
  "tabular-classification",
  "tabular-regression",
  "text-to-speech",
  "reinforcement-learning",
]);

// Guesses follow from the task finding and whether the library is sentence-transformers: shared when the task
// finding is.
const sharedGuesses = /* @__PURE__ */ new WeakMap<Finding<readonly Task[]>, Finding<HubTraining | null>>();
const sharedEmbeddingGuesses = /* @__PURE__ */ new WeakMap<Finding<readonly Task[]>, Finding<HubTraining | null>>();

function guessedTraining(context: _Context, tasks: Finding<readonly Task[]>): Finding<HubTraining | null> {
  const cache = context.library === "sentence-transformers" ? sharedEmbeddingGuesses : sharedGuesses;
  const shared = cache.get(tasks);
  if (shared !== undefined) return shared;
  const found = guessed(context, tasks);
  if (_isShared(tasks)) cache.set(tasks, _share(found));
  return found;
}

function guessed(context: _Context, tasks: Finding<readonly Task[]>): Finding<HubTraining | null> {
  const task = tasks.value[0];
  if (task === undefined) {
    return _finding(null, "unknown", [], "no base model, marker, registry record or task says how it was trained");
  }
  let value: HubTraining;
  let why: string;
  if (context.library === "sentence-transformers" || task === "sentence-similarity") {
    value = { method: "transfer-learning", relation: "fine-tune" };
    why = "sentence embedding models are fine-tuned from a pretrained encoder";
  } else if (GENERAL_TASKS.has(task)) {
    value = { method: "pretrained" };
    why = `models for ${task} are mostly pretrained on broad data`;
  } else if (SCRATCH_TASKS.has(task) || TASK_PROFILES[task].domain === "data-analysis") {
    value = { method: "from-scratch" };
    why = `models for ${task} are mostly trained on their own data`;
  } else {
    value = { method: "transfer-learning", relation: "fine-tune" };
    why = `models for ${task} on the Hub are mostly fine-tuned from a pretrained model`;
  }
  return _finding(value, "inferred", tasks.evidence, `a guess from the task alone (nothing else says): ${why}`);
}

/**
 * How the model was trained, from the strongest signal (see the order at the top of this file).
 *
 * @param quantized - The evidence of quantized weights, when there is any.
 */
export function _training(
  context: _Context,
  tasks: Finding<readonly Task[]>,
  quantized: Evidence | undefined,
): Finding<HubTraining | null> {
  return (
    declaredTraining(context, quantized) ??
    fromSignals(context, quantized) ??
    fromRegistry(context) ??
    fromLibrary(context, tasks) ??
    guessedTraining(context, tasks)
  );
}
