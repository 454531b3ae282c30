// The architecture of a Hub record: from config and GGUF fields, diffusers pipelines, class names, tags, the
// library, the registry, and at last the names of the repository and of its base. Private to the library.
import { ARCHITECTURE_PARENTS } from "../dimensions/architecture.js";
import type { Model } from "../model.js";
import type { _Context } from "./_context.js";
import { _finding, _lookup, _registryEvidence, _share, _UNKNOWN } from "./_finding.js";
import { _field, _number, _string } from "./_json.js";
import type { Confidence, Evidence, Finding, HubArchitectureAnswer } from "./classify.js";
import {
  ARCHITECTURE_NAME_PREFIXES,
  DIFFUSERS_PIPELINES,
  GGUF_ARCHITECTURES,
  type HubArchitecture,
  TRANSFORMERS_MODEL_TYPES,
} from "./model-types.js";

// Name lookups run for every model without a config, so the tables are folded into maps once, on first use.
let prefixes: { readonly map: ReadonlyMap<string, HubArchitecture>; readonly longest: number } | undefined;
let namePrefixes: { readonly map: ReadonlyMap<string, HubArchitecture>; readonly longest: number } | undefined;

function foldedNames(entries: Iterable<readonly [string, HubArchitecture]>) {
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
function byPrefix(name: string): HubArchitecture | undefined {
  prefixes ??= foldedNames(Object.entries(ARCHITECTURE_NAME_PREFIXES));
  const folded = name.toLowerCase().replace(/[-. ]/g, "_");
  for (let length = Math.min(folded.length, prefixes.longest); length > 0; length--) {
    const found = prefixes.map.get(folded.slice(0, length));
    if (found !== undefined) return found;
  }
  return undefined;
}

function nameTable() {
  namePrefixes ??= foldedNames([
    ...Object.entries(ARCHITECTURE_NAME_PREFIXES),
    ...Object.entries(TRANSFORMERS_MODEL_TYPES),
  ]);
  return namePrefixes;
}

/**
 * Reads an architecture from a repository name such as "Mistral-7B-v0.1" or "Qwen2-VL-7B": the longest
 * transformers model type or family prefix the name starts with, ending at a word boundary (so "opt" does not
 * match "optimus").
 */
function byName(name: string): HubArchitecture | undefined {
  const names = nameTable();
  const folded = name.toLowerCase().replace(/[-. ]/g, "_");
  // Only cuts at a word boundary count: the end, before a character that is not a letter, or before a version
  // ("yolov8n", "mobilenetv2": a "v" and a digit).
  for (let length = Math.min(folded.length, names.longest); length > 0; length--) {
    const next = folded.charCodeAt(length);
    const version = next === 118 /* v */ && /\d/.test(folded.charAt(length + 1));
    if (next >= 97 && next <= 122 && !version) continue;
    const found = names.map.get(folded.slice(0, length));
    if (found !== undefined) return found;
  }
  return undefined;
}

// Words that are model types but also ordinary words in repository names.
const COMMON_WORDS: ReadonlySet<string> = /* @__PURE__ */ new Set([
  "align",
  "realm",
  "funnel",
  "mega",
  "rag",
  "nat",
  "van",
  "git",
  "sam",
  "dia",
]);

/** A model type named by a later word of the name: "Contextual_KTO_Mistral_PairRM" → mistral. */
function byWord(name: string): HubArchitecture | undefined {
  const words = name.toLowerCase().split(/[-_. ]+/);
  for (const word of words.slice(1)) {
    if (COMMON_WORDS.has(word)) continue;
    const found = _lookup(TRANSFORMERS_MODEL_TYPES, word) ?? _lookup(ARCHITECTURE_NAME_PREFIXES, word);
    if (found !== undefined) return found;
  }
  return undefined;
}

const readModelType = (value: string) => _lookup(TRANSFORMERS_MODEL_TYPES, value);
const readGguf = (value: string) => _lookup(GGUF_ARCHITECTURES, value) ?? _lookup(TRANSFORMERS_MODEL_TYPES, value);
const readPipeline = (value: string) => _lookup(DIFFUSERS_PIPELINES, value);
const readFamily = (value: string) => _lookup(ARCHITECTURE_NAME_PREFIXES, value);
const readRepoName = (value: string) => byName(value.slice(value.lastIndexOf("/") + 1));
// Model types without their separators, as class names join them: "DebertaV2" is deberta-v2, "MobileNetV2"
// mobilenet_v2, "SeamlessM4Tv2" seamless_m4t_v2. No two model types join into one name.
let joinedTypes: ReadonlyMap<string, HubArchitecture> | undefined;

// "LlamaForCausalLM" → "llama": the class name starts with the model type, written in CamelCase.
const readClassName = (value: string) => {
  joinedTypes ??= new Map(
    Object.entries(TRANSFORMERS_MODEL_TYPES).map(([type, found]) => [type.replace(/[-_]/g, ""), found]),
  );
  const stem = value.replace(/(For[A-Z]\w*|LMHeadModel|Model|Pipeline)$/, "").toLowerCase();
  return joinedTypes.get(stem) ?? byPrefix(stem);
};

interface Source {
  readonly field: string;
  readonly value: string;
  readonly found: HubArchitecture;
  readonly confidence: Confidence;
}

function attempt(
  field: string,
  value: string | undefined,
  read: (value: string) => HubArchitecture | undefined,
  confidence: Confidence,
): Source | undefined {
  const found = value === undefined ? undefined : read(value);
  return value === undefined || found === undefined ? undefined : { field, value, found, confidence };
}

function firstOf<T, R>(items: readonly T[], read: (item: T, index: number) => R | undefined): R | undefined {
  for (const [index, item] of items.entries()) {
    const result = read(item, index);
    if (result !== undefined) return result;
  }
  return undefined;
}

// Reinforcement-learning libraries build small networks from their defaults: stable-baselines3's MlpPolicy,
// CnnPolicy for pixel (Atari "NoFrameskip") environments; ML-Agents' fully connected network_settings.
function byLibrary(context: _Context): Source | undefined {
  const { library, repoName } = context;
  if (library === undefined) return undefined;
  const field = context.libraryField;
  if (library === "stable-baselines3") {
    const pixels = repoName !== undefined && /NoFrameskip|Atari|Breakout|Pong|SpaceInvaders/i.test(repoName);
    return { field, value: library, found: { family: pixels ? "cnn" : "mlp" }, confidence: "inferred" };
  }
  if (library === "ml-agents") return { field, value: library, found: { family: "mlp" }, confidence: "inferred" };
  return undefined;
}

function fromConfig(context: _Context): Source | undefined {
  const { config } = context;
  return (
    attempt("config.model_type", _string(_field(config, "model_type")), readModelType, "certain") ??
    attempt("gguf.architecture", _string(_field(context.gguf, "architecture")), readGguf, "certain") ??
    attempt(
      "config.diffusers._class_name",
      _string(_field(_field(config, "diffusers"), "_class_name")),
      readPipeline,
      "certain",
    ) ??
    attempt("config.architecture", _string(_field(config, "architecture")), byPrefix, "inferred") ??
    firstOf(context.architectures, (name, index) =>
      attempt(`config.architectures[${index}]`, name, readClassName, "inferred"),
    )
  );
}

function fromMetadata(context: _Context): Source | undefined {
  const { tags } = context;
  return (
    attempt("tags", tags.diffusersPipeline, readPipeline, "inferred") ??
    attempt("tags", tags.architectureTag, readGguf, "inferred") ??
    attempt("tags", tags.familyTag, readFamily, "inferred") ??
    attempt("cardData.model_type", _string(_field(context.card, "model_type")), readModelType, "inferred") ??
    byLibrary(context)
  );
}

function fromRegistry(known: Model | undefined): Source | undefined {
  if (known === undefined) return undefined;
  const { family, mixtureOfExperts, framework } = known.architecture;
  const found: HubArchitecture = {
    family,
    ...(mixtureOfExperts === true ? { mixtureOfExperts: true } : {}),
    ...(framework === undefined ? {} : { framework }),
  };
  const evidence = _registryEvidence(known.id);
  return { field: evidence.field, value: evidence.value, found, confidence: "inferred" };
}

function fromNames(context: _Context): Source | undefined {
  return (
    attempt("id", context.repoName, byName, "inferred") ??
    // An adapter, a quantization or a merge has the architecture of its base model.
    firstOf(context.declaredBases, (base) => attempt("base model", base, readRepoName, "inferred")) ??
    attempt("id", context.repoName, byWord, "inferred")
  );
}

// Counts of experts in config.json, under the names different model types give them.
const EXPERT_KEYS = ["num_local_experts", "num_experts", "n_routed_experts", "moe_num_experts"] as const;

/** The evidence that the model routes through experts, when its config or name shows it. */
function expertsEvidence(context: _Context): Evidence | undefined {
  for (const key of EXPERT_KEYS) {
    const experts = _number(_field(context.config, key));
    if (experts !== undefined && experts > 1) return { field: `config.${key}`, value: String(experts) };
  }
  const count = context.nameCount;
  return count?.mixtureOfExperts === true ? { field: "id", value: count.text } : undefined;
}

function describeAnswer(architecture: HubArchitectureAnswer): string {
  const parent = ARCHITECTURE_PARENTS[architecture.family];
  let text = parent === null ? architecture.family : `${architecture.family} ${parent}`;
  if (architecture.mixtureOfExperts === true) text += ", with mixture-of-experts layers";
  if (architecture.framework !== undefined) text += `, ${architecture.framework}`;
  return text;
}

/**
 * The architecture, from the sources in order of trust: config and GGUF fields, then tags, the card's
 * `model_type` and the library, then the registry (this checkpoint, then its base), then names.
 */
export function _architecture(context: _Context): Finding<HubArchitectureAnswer | null> {
  const source =
    fromConfig(context) ??
    fromMetadata(context) ??
    fromRegistry(context.self?.model) ??
    fromRegistry(context.base?.model) ??
    fromNames(context);
  if (source === undefined) {
    const reason =
      "no config.model_type, GGUF architecture, diffusers pipeline, registry record or known name to read it from";
    return _finding(null, _UNKNOWN, [], reason);
  }
  const experts = source.found.mixtureOfExperts === true ? undefined : expertsEvidence(context);
  // A finding that rests on its source alone is the same for every model with that source: shared, except for
  // sources that name the repository itself, which no other model has.
  const shareable = experts === undefined && source.field !== "id";
  const shared = shareable ? sharedFinding(source) : undefined;
  if (shared !== undefined) return shared;
  const evidence: Evidence[] = [{ field: source.field, value: source.value }];
  if (experts !== undefined) evidence.push(experts);
  const mixtureOfExperts = source.found.mixtureOfExperts === true || experts !== undefined;
  const value: HubArchitectureAnswer = {
    family: source.found.family,
    ...(mixtureOfExperts ? { mixtureOfExperts } : {}),
    ...(source.found.framework === undefined ? {} : { framework: source.found.framework }),
  };
  const found = _finding<HubArchitectureAnswer | null>(
    value,
    source.confidence,
    evidence,
    `${source.field} "${source.value}" is ${describeAnswer(value)}`,
  );
  if (shareable) {
    let byValue = findingsBySource.get(source.field);
    if (byValue === undefined) {
      byValue = new Map();
      findingsBySource.set(source.field, byValue);
    }
    if (byValue.size >= MAX_SHARED) byValue.clear();
    byValue.set(source.value, { source, finding: _share(found) });
  }
  return found;
}

// Enough for every model type, GGUF architecture and pipeline class, and the registry's checkpoints a dump
// names; past it the memory starts over rather than grow.
const MAX_SHARED = 4096;
// By field, then value: the finding built from a source, and that source.
const findingsBySource = /* @__PURE__ */ new Map<
  string,
  Map<string, { readonly source: Source; readonly finding: Finding<HubArchitectureAnswer | null> }>
>();

// The shared finding of a source with the same field, value, answer and confidence (a registry of the caller's
// may answer one name otherwise than the built-in one).
function sharedFinding(source: Source): Finding<HubArchitectureAnswer | null> | undefined {
  const entry = findingsBySource.get(source.field)?.get(source.value);
  if (entry === undefined) return undefined;
  const { found, confidence } = entry.source;
  const same =
    confidence === source.confidence &&
    found.family === source.found.family &&
    (found.mixtureOfExperts === true) === (source.found.mixtureOfExperts === true) &&
    found.framework === source.found.framework;
  return same ? entry.finding : undefined;
}
