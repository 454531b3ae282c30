/**
 * Classifies any Hugging Face Hub model along the six aspects, from the JSON the Hub's model API returns
 * (`GET /api/models/{id}`). Every answer carries its evidence (which field and value produced it), a
 * confidence, and a reason in words. Partial or odd metadata never throws: a missing signal gives an unknown
 * answer with the reason.
 *
 * @module
 */
import { _deepFreeze } from "../_freeze.js";
import type { Architecture, GenerativeFramework } from "../dimensions/architecture.js";
import type { Domain } from "../dimensions/domain.js";
import { classifyModalities, type Modality, type ModalityClass } from "../dimensions/modality.js";
import { classifySize, type SizeClass } from "../dimensions/scale.js";
import type { Task, TaskType } from "../dimensions/task.js";
import type { TrainingMethod, TrainingRelation } from "../dimensions/training.js";
import type { ModelInput } from "../model.js";
import { registry as builtInRegistry } from "../registry/index.js";
import { _architecture } from "./_architecture.js";
import { _readContext } from "./_context.js";
import { _finding, _isShared, _share, _UNKNOWN } from "./_finding.js";
import { _field, _string } from "./_json.js";
import { _parameters, _quantization } from "./_parameters.js";
import { _licensing, _origin, _record } from "./_record.js";
import type { HubModelLookup } from "./_registry.js";
import { _domains, _modalities, _tasks, _taskType } from "./_task.js";
import { _training } from "./_training.js";

/**
 * How sure an answer is.
 *
 * @example
 * ```ts
 * CONFIDENCES; // ["certain", "inferred", "unknown"]
 * ```
 */
export const CONFIDENCES = /* @__PURE__ */ _deepFreeze(["certain", "inferred", "unknown"] as const);

/**
 * `certain`: read from a field that states it (`pipeline_tag`, `config.model_type`, `safetensors.total`);
 * `inferred`: derived from indirect signals (a class name, tags, the repository name, the registry) or, when
 * the reason says so, guessed from the task alone; `unknown`: no signal.
 *
 * @example
 * ```ts
 * const confidence: Confidence = classifyHuggingFaceModel(info).architecture.confidence; // "certain", "inferred" or "unknown"
 * ```
 */
export type Confidence = (typeof CONFIDENCES)[number];

/**
 * One piece of metadata an answer rests on.
 *
 * @example
 * ```ts
 * const evidence: Evidence = { field: "config.model_type", value: "llama" };
 * ```
 */
export interface Evidence {
  /** The field, as a path into the API response: `pipeline_tag`, `config.architectures[0]`, `tags`. */
  readonly field: string;
  /** The value found there, as text. */
  readonly value: string;
}

/**
 * An answer for one aspect, with what it rests on.
 *
 * @example
 * ```ts
 * const architecture: Finding<HubArchitectureAnswer | null> = classifyHuggingFaceModel(info).architecture;
 * if (architecture.confidence !== "unknown") console.log(architecture.value?.family, architecture.reason);
 * ```
 */
export interface Finding<T> {
  /** The answer; `null` (or an empty list) when unknown. */
  readonly value: T;
  readonly confidence: Confidence;
  readonly evidence: readonly Evidence[];
  /** Why, in one sentence. */
  readonly reason: string;
}

/**
 * What a packed-weight quantization does to the parameter count, and what was done about it.
 *
 * @example
 * ```ts
 * const note: QuantizationNote | undefined = classifyHuggingFaceModel(info).parameters.value?.quantization;
 * note?.bits; // 4 for a 4-bit GPTQ checkpoint
 * ```
 */
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

/**
 * The parameter count the metadata gives, and how far to trust it.
 *
 * @example
 * ```ts
 * const parameters: HubParameters | null = classifyHuggingFaceModel(info).parameters.value;
 * parameters?.total; // the count after any correction for packed (quantized) weights
 * ```
 */
export interface HubParameters {
  readonly total: number | null;
  /** The count as stored, before any correction for packed weights. */
  readonly stored: number | null;
  readonly active?: number;
  readonly quantization: QuantizationNote | null;
  /**
   * `true` when the total is an estimate: from config.json shapes, or from an "8x22B" name, which does not say
   * how much the experts share.
   */
  readonly estimated?: boolean;
}

/**
 * The training answer: the method, and for transfer learning the relation and base model(s).
 *
 * @example
 * ```ts
 * const training: HubTraining | null = classifyHuggingFaceModel(info).training.value;
 * training?.relation; // "quantization" for a GPTQ copy of a model
 * ```
 */
export interface HubTraining {
  readonly method: TrainingMethod;
  readonly relation?: TrainingRelation;
  readonly baseModel?: string;
  readonly additionalBaseModels?: readonly string[];
}

/**
 * The architecture answer.
 *
 * @example
 * ```ts
 * const answer: HubArchitectureAnswer | null = classifyHuggingFaceModel(info).architecture.value;
 * answer?.family; // "decoder-only"
 * ```
 */
export interface HubArchitectureAnswer {
  readonly family: Architecture;
  readonly mixtureOfExperts?: boolean;
  readonly framework?: GenerativeFramework;
}

/**
 * The classification of one Hub model on all six aspects.
 *
 * @example
 * ```ts
 * const result: HuggingFaceClassification = classifyHuggingFaceModel(info);
 * result.tasks.value; // such as ["text-generation"]
 * result.record; // a model record for createRegistry, or null (see result.missing)
 * ```
 */
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

export type { HubModelLookup } from "./_registry.js";

/**
 * Options of {@link classifyHuggingFaceModel}.
 *
 * @example
 * ```ts
 * classifyHuggingFaceModel(info, { registry: false }); // from the metadata alone
 * classifyHuggingFaceModel(info, { registry: myRegistry }); // consult your own records
 * ```
 */
export interface ClassifyHuggingFaceModelOptions {
  /**
   * Where to look up known checkpoints and bases: the built-in registry by default (`model-taxonomy/registry`),
   * any `ModelRegistry` (such as one from `createRegistry`), or `false` to classify from the metadata alone.
   */
  readonly registry?: HubModelLookup | false;
}

/**
 * Classifies one Hugging Face Hub model from the JSON of `GET /api/models/{id}`, on all six aspects, each with
 * its evidence and a confidence. Never throws: odd or missing metadata gives unknown answers with reasons. Facts
 * the metadata leaves out are taken from the registry when it knows the checkpoint or its base, with the
 * evidence `registry: <id>`; the order in which signals are read is in docs/huggingface.md.
 *
 * @param info - The parsed API response (anything is accepted).
 * @param options - Which registry to consult, if any.
 * @returns The classification; `record` is a model record ready for `parseModel`/`createRegistry` when enough
 *   is known.
 *
 * @example
 * ```ts
 * const info = await (await fetch("https://huggingface.co/api/models/openai-community/gpt2")).json();
 * const result = classifyHuggingFaceModel(info);
 * result.architecture.value; // { family: "decoder-only" }
 * result.architecture.evidence; // [{ field: "config.model_type", value: "gpt2" }]
 * classifyHuggingFaceModel({ id: "acme/Llama-3-8B-Instruct-GPTQ" }).training.value?.relation; // "quantization"
 * ```
 */
export function classifyHuggingFaceModel(
  info: unknown,
  options: ClassifyHuggingFaceModelOptions = {},
): HuggingFaceClassification {
  const lookup = options?.registry === false ? undefined : (options?.registry ?? builtInRegistry);
  const context = _readContext(info, lookup);
  const reading = _tasks(info, context);
  const tasks = reading.finding;
  const taskType = _taskType(tasks, context.architectures);
  const modalities = _modalities(reading, context.library);
  const modalityClass = modalityClassFinding(modalities);
  const architecture = _architecture(context);
  const quantization = _quantization(context);
  const parameters = _parameters(context, quantization);
  const size = classifySize(parameters.value.total);
  const sizeClass =
    size === null
      ? _finding(null, _UNKNOWN, [], "the parameter count is unknown, so the size is too")
      : _finding(size, parameters.confidence, parameters.evidence, `${parameters.value.total} parameters`);
  const training = _training(context, tasks, quantization?.evidence);
  const domains = _domains(reading, context);
  const licensing = _licensing(info, context);
  return new Classification(
    context.id,
    tasks,
    taskType,
    modalities,
    modalityClass,
    parameters,
    sizeClass,
    training,
    domains,
    architecture,
    licensing.license,
    licensing.openWeights,
    _string(_field(info, "createdAt")),
    _string(_field(info, "author")),
  );
}

const sharedClasses = /* @__PURE__ */ new WeakMap<Finding<unknown>, Finding<ModalityClass | null>>();

// The modality class follows from the modalities alone, so a shared modalities finding gives a shared one.
function modalityClassFinding(
  modalities: Finding<{ readonly input: readonly Modality[]; readonly output: readonly Modality[] } | null>,
): Finding<ModalityClass | null> {
  if (modalities.value === null) return _finding(null, _UNKNOWN, [], "the modalities are unknown");
  const shared = sharedClasses.get(modalities);
  if (shared !== undefined) return shared;
  const found = _finding<ModalityClass | null>(
    classifyModalities(modalities.value),
    modalities.confidence,
    modalities.evidence,
    "derived from the modalities",
  );
  if (_isShared(modalities)) sharedClasses.set(modalities, _share(found));
  return found;
}

// One class for every result: the same hidden class for all of them, and no closures or side objects per result.
// The record is built and validated when first read: a caller who only wants the answers (a dump of the Hub
// classified into a table) does not pay for a schema check per model. What it is built from beyond the answers
// is kept in private fields, which neither JSON, spreading nor Object.keys see.
class Classification implements HuggingFaceClassification {
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
  readonly #created: string | undefined;
  readonly #author: string | undefined;
  #built: ReturnType<typeof _record> | undefined;

  constructor(
    id: string | null,
    tasks: Finding<readonly Task[]>,
    taskType: Finding<TaskType | null>,
    modalities: Finding<{ readonly input: readonly Modality[]; readonly output: readonly Modality[] } | null>,
    modalityClass: Finding<ModalityClass | null>,
    parameters: Finding<HubParameters>,
    sizeClass: Finding<SizeClass | null>,
    training: Finding<HubTraining | null>,
    domains: Finding<readonly Domain[]>,
    architecture: Finding<HubArchitectureAnswer | null>,
    license: string | null,
    openWeights: boolean | null,
    created: string | undefined,
    author: string | undefined,
  ) {
    this.id = id;
    this.tasks = tasks;
    this.taskType = taskType;
    this.modalities = modalities;
    this.modalityClass = modalityClass;
    this.parameters = parameters;
    this.sizeClass = sizeClass;
    this.training = training;
    this.domains = domains;
    this.architecture = architecture;
    this.license = license;
    this.openWeights = openWeights;
    this.#created = created;
    this.#author = author;
    this.#built = undefined;
  }

  #build(): ReturnType<typeof _record> {
    this.#built ??= _record(_origin(this.id, this.#created, this.#author), this, this);
    return this.#built;
  }

  get record(): ModelInput | null {
    return this.#build().record;
  }

  get missing(): readonly string[] {
    return this.#build().missing;
  }

  // The getters live on the prototype, so JSON would leave them out: this keeps the serialised form a plain
  // object with every field, record and missing included, in the order of the interface.
  toJSON() {
    return {
      id: this.id,
      tasks: this.tasks,
      taskType: this.taskType,
      modalities: this.modalities,
      modalityClass: this.modalityClass,
      parameters: this.parameters,
      sizeClass: this.sizeClass,
      training: this.training,
      domains: this.domains,
      architecture: this.architecture,
      license: this.license,
      openWeights: this.openWeights,
      record: this.record,
      missing: this.missing,
    };
  }
}
