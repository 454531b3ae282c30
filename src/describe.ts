/**
 * One or two sentences that say what a model is, built from its tags, in English or Chinese:
 *
 * > GPT-3 is a large, pretrained, decoder-only Transformer for natural language processing that generates text.
 * >
 * > GPT-3 是一个基于 Transformer 架构（仅解码器）、用于自然语言处理与文本生成的大型预训练模型。
 *
 * The first sentence gives scale, training, architecture, domains and tasks; a second one, when there is
 * something to add, gives the lineage, training from scratch, and an unpublished parameter count.
 *
 * @module
 */

import { _quoteList } from "./_text.js";
import { ARCHITECTURE_PARENTS, type Architecture, type GenerativeFramework } from "./dimensions/architecture.js";
import { DOMAIN_INFO } from "./dimensions/domain.js";
import { formatParameterCount, type SizeClass } from "./dimensions/scale.js";
import { TASK_INFO, type Task } from "./dimensions/task.js";
import type { TrainingRelation } from "./dimensions/training.js";
import { InvalidArgumentError } from "./errors.js";
import { LOCALES, type Locale } from "./i18n.js";
import { _checkModel, type Model } from "./model.js";
import type { ModelFamily } from "./registry/_families.js";

/**
 * Options of {@link describeModel}.
 *
 * @example
 * ```ts
 * const options: DescribeOptions = { locale: "zh" };
 * describeModel(model, options);
 * ```
 */
export interface DescribeOptions {
  /** The language of the sentence. Default `"en"`. */
  readonly locale?: Locale;
  /**
   * Turns a base model's id into a display name; a registry passes its own lookup. Without it, or when it
   * returns `undefined`, the id is shown as written.
   */
  readonly nameOf?: (id: string) => string | undefined;
}

// What each task does, as the verb phrase of "… that ___" in English. `other` says nothing and is left out.
const TASK_PHRASES_EN = {
  "text-classification": "classifies text",
  "sentiment-analysis": "analyses sentiment",
  "token-classification": "labels the words of a text",
  "named-entity-recognition": "recognises named entities",
  "table-question-answering": "answers questions about tables",
  "question-answering": "extracts answers from passages",
  "zero-shot-classification": "classifies text into unseen categories",
  translation: "translates between languages",
  summarization: "summarises text",
  "feature-extraction": "encodes its input as vectors",
  "text-generation": "generates text",
  "text2text-generation": "rewrites text into text",
  "code-generation": "writes code",
  "fill-mask": "fills in masked words",
  "sentence-similarity": "measures how similar sentences are",
  "text-ranking": "ranks passages by relevance",
  "text-retrieval": "retrieves relevant documents",
  "multiple-choice": "answers multiple-choice questions",
  "table-to-text": "describes tables in prose",
  "text-to-speech": "reads text aloud",
  "text-to-audio": "creates sound and music from text",
  "automatic-speech-recognition": "transcribes speech",
  "audio-to-audio": "transforms audio",
  "audio-classification": "classifies sounds",
  "audio-text-to-text": "answers questions about audio",
  "voice-activity-detection": "detects speech in recordings",
  "depth-estimation": "estimates depth in images",
  "image-classification": "classifies images",
  "object-detection": "detects objects in images",
  "image-segmentation": "segments images",
  "text-to-image": "creates images from text",
  "image-to-text": "describes images in text",
  "image-to-image": "transforms images",
  "image-to-video": "animates images into video",
  "unconditional-image-generation": "generates images",
  "video-classification": "classifies videos",
  "reinforcement-learning": "chooses actions to win rewards",
  robotics: "controls robots",
  "tabular-classification": "classifies rows of tables",
  "tabular-regression": "predicts values from tables",
  "tabular-to-text": "writes text from tabular data",
  "time-series-forecasting": "forecasts time series",
  "text-to-video": "creates videos from text",
  "image-text-to-text": "answers questions about images",
  "image-text-to-image": "edits images from instructions",
  "image-text-to-video": "creates videos from images and text",
  "visual-question-answering": "answers questions about images",
  "document-question-answering": "answers questions about documents",
  "zero-shot-image-classification": "classifies images into categories named in text",
  "graph-ml": "learns from graphs",
  "mask-generation": "outlines objects as masks",
  "zero-shot-object-detection": "finds objects named in text",
  "text-to-3d": "creates 3D objects from text",
  "image-to-3d": "reconstructs 3D objects from images",
  "image-feature-extraction": "encodes images as vectors",
  "video-text-to-text": "answers questions about videos",
  "keypoint-detection": "locates keypoints such as body joints",
  "visual-document-retrieval": "retrieves document pages",
  "any-to-any": "converts between several kinds of data",
  "video-to-video": "transforms videos",
  "protein-structure-prediction": "predicts protein structures",
  other: null,
} as const satisfies Record<Task, string | null>;

const SIZE_EN = { small: "small", medium: "medium-sized", large: "large" } as const satisfies Record<SizeClass, string>;
const SIZE_ZH = { small: "小型", medium: "中型", large: "大型" } as const satisfies Record<SizeClass, string>;

// The architecture as the head noun (English, no framework), as a qualifier before a framework noun
// (English), and as the object of 基于 (Chinese).
const ARCHITECTURE_WORDS = {
  transformer: { en: "Transformer", qualifier: "Transformer-based", zh: "Transformer 架构" },
  "encoder-only": {
    en: "encoder-only Transformer",
    qualifier: "Transformer-based",
    zh: "Transformer 架构（仅编码器）",
  },
  "decoder-only": {
    en: "decoder-only Transformer",
    qualifier: "Transformer-based",
    zh: "Transformer 架构（仅解码器）",
  },
  "encoder-decoder": {
    en: "encoder-decoder Transformer",
    qualifier: "Transformer-based",
    zh: "Transformer 架构（编码器-解码器）",
  },
  cnn: { en: "convolutional network", qualifier: "convolutional", zh: "卷积神经网络" },
  rnn: { en: "recurrent network", qualifier: "recurrent", zh: "循环神经网络" },
  lstm: { en: "LSTM network", qualifier: "LSTM-based", zh: "长短期记忆网络（LSTM）" },
  gru: { en: "GRU network", qualifier: "GRU-based", zh: "门控循环单元（GRU）网络" },
  "state-space": { en: "state-space model", qualifier: "state-space", zh: "状态空间模型" },
  mlp: { en: "multilayer perceptron", qualifier: "MLP-based", zh: "多层感知机" },
  gnn: { en: "graph neural network", qualifier: "graph-based", zh: "图神经网络" },
  linear: { en: "linear model", qualifier: "linear", zh: "线性模型" },
} as const satisfies Record<Architecture, { en: string; qualifier: string; zh: string }>;

const FRAMEWORK_WORDS = {
  diffusion: { en: "diffusion model", zh: "扩散模型" },
  gan: { en: "generative adversarial network", zh: "生成对抗网络" },
  vae: { en: "variational autoencoder", zh: "变分自编码器" },
  "normalizing-flow": { en: "normalizing flow", zh: "标准化流模型" },
} as const satisfies Record<GenerativeFramework, { en: string; zh: string }>;

const LINEAGE_EN = {
  "fine-tune": "a fine-tuned version of",
  adapter: "an adapter trained on top of",
  distillation: "distilled from",
  quantization: "a quantized version of",
  merge: "a merge of",
  "continued-pretraining": "a continued pretraining of",
} as const satisfies Record<TrainingRelation, string>;

function joinEn(items: readonly string[]): string {
  if (items.length <= 2) return items.join(" and ");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/**
 * The English article for a phrase: "an" before a vowel sound, which is a vowel letter that sounds like one
 * (not "one", "eu-", "uni-", "use"), an acronym read letter by letter whose first letter's name starts with a
 * vowel (an LSTM, an MLP), or a number read aloud from "eight" or "eleven"/"eighteen" (an 8B, an 11B, but a
 * 110M).
 *
 * @example
 * ```ts
 * _article("LSTM network"); // "an"
 * ```
 *
 * @internal
 */
export function _article(phrase: string): "a" | "an" {
  const word = phrase.split(/[\s,-]/)[0] ?? "";
  const digits = /^\d+/.exec(word)?.[0];
  const acronym = /^[A-Z]{2,}/.test(word);
  const vowel =
    digits !== undefined
      ? /^(8|1[18](\d{3})*$)/.test(digits)
      : acronym
        ? /^[AEFHILMNORSX]/.test(word)
        : (/^[aeio]/i.test(word) && !/^(one|eu)/i.test(word)) || /^u(?!ni|s[eu])/i.test(word);
  return vowel ? "an" : "a";
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** The distinct tasks worth naming, at most three, main first. */
function namedTasks(model: Model): Task[] {
  return [...new Set(model.tasks)].filter((task) => task !== "other").slice(0, 3);
}

function baseNames(model: Model, nameOf: (id: string) => string): string[] {
  const { baseModel, additionalBaseModels = [] } = model.training;
  return [...(baseModel === undefined ? [] : [baseModel]), ...additionalBaseModels].map(nameOf);
}

function describeEn(model: Model, nameOf: (id: string) => string): string {
  const { architecture, training } = model;
  const qualifiers: string[] = [];
  if (model.sizeClass !== null) qualifiers.push(SIZE_EN[model.sizeClass]);
  if (training.method === "pretrained") qualifiers.push("pretrained");
  if (architecture.mixtureOfExperts === true) qualifiers.push("mixture-of-experts");
  const words = ARCHITECTURE_WORDS[architecture.family];
  let noun: string;
  if (architecture.framework !== undefined) {
    noun = `${words.qualifier} ${FRAMEWORK_WORDS[architecture.framework].en}`;
  } else {
    // "decoder-only" is a coordinate adjective in the seed's sentence: "a large, pretrained, decoder-only Transformer".
    const [shape, head] = /^(\S+-\S+) (Transformer)$/.exec(words.en)?.slice(1) ?? [];
    if (shape !== undefined && head !== undefined) {
      qualifiers.push(shape);
      noun = head;
    } else {
      noun = words.en;
    }
  }
  const phrase = qualifiers.length > 0 ? `${qualifiers.join(", ")} ${noun}` : noun;
  const scratch = training.method === "from-scratch" ? " trained from scratch" : "";
  const domains = joinEn(model.domains.map((domain) => lowerFirst(DOMAIN_INFO[domain].label.en)));
  const tasks: string[] = [];
  for (const task of namedTasks(model)) {
    const text = TASK_PHRASES_EN[task];
    if (text !== null) tasks.push(text);
  }
  const does = tasks.length > 0 ? ` that ${joinEn([...new Set(tasks)])}` : "";
  const first = `${model.name} is ${_article(phrase)} ${phrase}${scratch} for ${domains}${does}.`;

  const clauses: string[] = [];
  if (training.method === "transfer-learning" && training.relation !== undefined) {
    const bases = baseNames(model, nameOf);
    if (bases.length > 0) {
      clauses.push(
        training.relation === "merge"
          ? `It is a merge of ${joinEn(bases)}`
          : `It is ${LINEAGE_EN[training.relation]} ${bases[0]}${bases.length > 1 ? `, reusing weights from ${joinEn(bases.slice(1))}` : ""}`,
      );
    }
  }
  if (model.parameters.total === null) {
    clauses.push(clauses.length === 0 ? "Its parameter count is not public" : "its parameter count is not public");
  }
  return clauses.length === 0 ? first : `${first} ${clauses.join("; ")}.`;
}

// Joins Chinese text with embedded Latin names, putting a space where CJK meets a Latin letter or digit.
const LATIN_END = /[A-Za-z0-9)]/;
const LATIN_START = /[A-Za-z0-9(]/;
const CJK = /[\u3400-\u9fff]/;

function joinZh(...parts: string[]): string {
  let text = "";
  // An empty part adds nothing: no letter on its side asks for a space.
  for (const part of parts) {
    const before = text.slice(-1);
    const after = part.charAt(0);
    if ((LATIN_END.test(before) && CJK.test(after)) || (CJK.test(before) && LATIN_START.test(after))) text += " ";
    text += part;
  }
  return text;
}

const LINEAGE_ZH = {
  "fine-tune": (base: string) => joinZh("它是在", base, "的基础上微调得到的"),
  adapter: (base: string) => joinZh("它是为", base, "训练的适配器"),
  distillation: (base: string) => joinZh("它是从", base, "蒸馏得到的"),
  quantization: (base: string) => joinZh("它是", base, "的量化版本"),
  merge: (base: string) => joinZh("它由", base, "合并而成"),
  "continued-pretraining": (base: string) => joinZh("它是在", base, "的基础上继续预训练得到的"),
} as const satisfies Record<TrainingRelation, (base: string) => string>;

function describeZh(model: Model, nameOf: (id: string) => string): string {
  const { architecture, training } = model;
  const allDomains: string[] = model.domains.map((domain) => DOMAIN_INFO[domain].label.zh);
  // A task whose label repeats a domain's (代码生成) is said once, and a domain that a task label already
  // contains (时间序列 in 时间序列预测) is left to the task.
  const tasks = namedTasks(model)
    .map((task) => TASK_INFO[task].label.zh)
    .filter((label) => !allDomains.includes(label));
  const domains = allDomains.filter((domain) => !tasks.some((label) => label.includes(domain)));
  const taskList = [...new Set(tasks)].join("、");
  const purpose =
    tasks.length === 0 ? domains.join("、") : domains.length === 0 ? taskList : `${domains.join("、")}与${taskList}`;
  const moe = architecture.mixtureOfExperts === true ? "、采用混合专家结构" : "";
  const size = model.sizeClass === null ? "" : SIZE_ZH[model.sizeClass];
  const pretrained = training.method === "pretrained" ? "预训练" : "";
  const noun = architecture.framework === undefined ? "模型" : FRAMEWORK_WORDS[architecture.framework].zh;
  const first = joinZh(
    model.name,
    "是一个基于",
    ARCHITECTURE_WORDS[architecture.family].zh,
    moe,
    "、用于",
    purpose,
    "的",
    size,
    pretrained,
    noun,
    "。",
  );

  const clauses: string[] = [];
  if (training.method === "from-scratch") clauses.push("该模型针对其任务从零训练");
  if (training.method === "transfer-learning" && training.relation !== undefined) {
    const bases = baseNames(model, nameOf);
    if (bases.length > 0) {
      const main = training.relation === "merge" ? bases.join("、") : (bases[0] ?? "");
      let clause = LINEAGE_ZH[training.relation](main);
      if (training.relation !== "merge" && bases.length > 1)
        clause = joinZh(clause, "，并复用了", bases.slice(1).join("、"), "的权重");
      clauses.push(clause);
    }
  }
  if (model.parameters.total === null) clauses.push("参数规模未公开");
  return clauses.length === 0 ? first : `${first}${clauses.join("，")}。`;
}

/**
 * Describes a model in one or two sentences built from its tags, in English or Chinese. Works for any valid
 * record, built-in or not.
 *
 * @param model - A full model record (from `parseModel` or a registry).
 * @param options - The locale (`"en"` by default) and how to name base models.
 * @returns The description.
 * @throws {@link InvalidArgumentError} when `model` is not a full model record or `options` are malformed.
 *
 * @example
 * ```ts
 * describeModel(gpt3);
 * // "GPT-3 is a large, pretrained, decoder-only Transformer for natural language processing that generates text."
 * describeModel(gpt3, { locale: "zh" });
 * // "GPT-3 是一个基于 Transformer 架构（仅解码器）、用于自然语言处理与文本生成的大型预训练模型。"
 * ```
 */
export function describeModel(model: Model, options?: DescribeOptions): string {
  _checkModel(model, "model");
  const { locale, nameOf: lookup } = describeOptions(options);
  const nameOf = (id: string) => lookup?.(id) ?? id;
  return locale === "zh" ? describeZh(model, nameOf) : describeEn(model, nameOf);
}

// A family is read field by field below; anything that is not one is refused before the first read.
function checkFamily(value: unknown): asserts value is ModelFamily {
  const field = (key: string): unknown =>
    typeof value === "object" && value !== null ? Reflect.get(value, key) : undefined;
  const members = field("members");
  const parameters = field("parameters");
  const years = field("years");
  const valid =
    typeof field("name") === "string" &&
    Array.isArray(members) &&
    members.length > 0 &&
    Array.isArray(field("sizeClasses")) &&
    // `null` (no member's count is known) is an object too.
    typeof parameters === "object" &&
    typeof years === "object" &&
    years !== null;
  if (!valid) {
    throw new InvalidArgumentError("family", { expected: "a family from getFamily or families()", received: value });
  }
  _checkModel(field("representative"), "family.representative");
  for (const [index, member] of members.entries()) _checkModel(member, `family.members[${index}]`);
}

function describeOptions(options: unknown): DescribeOptions {
  if (options === undefined) return {};
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    throw new InvalidArgumentError("options", { expected: 'an object such as { locale: "zh" }', received: options });
  }
  const locale: unknown = Reflect.get(options, "locale");
  const nameOf: unknown = Reflect.get(options, "nameOf");
  if (locale !== undefined && locale !== "en" && locale !== "zh") {
    throw new InvalidArgumentError("options.locale", { expected: _quoteList(LOCALES), received: locale });
  }
  if (nameOf !== undefined && typeof nameOf !== "function") {
    throw new InvalidArgumentError("options.nameOf", { expected: "a function", received: nameOf });
  }
  return {
    ...(locale === undefined ? {} : { locale }),
    ...(nameOf === undefined
      ? {}
      : {
          nameOf: (id: string) => {
            const name: unknown = nameOf(id);
            return typeof name === "string" ? name : undefined;
          },
        }),
  };
}

// The architecture in the plural, for a family: "a family of decoder-only Transformers".
const ARCHITECTURE_PLURAL_EN = {
  transformer: "Transformers",
  "encoder-only": "encoder-only Transformers",
  "decoder-only": "decoder-only Transformers",
  "encoder-decoder": "encoder-decoder Transformers",
  cnn: "convolutional networks",
  rnn: "recurrent networks",
  lstm: "LSTM networks",
  gru: "GRU networks",
  "state-space": "state-space models",
  mlp: "multilayer perceptrons",
  gnn: "graph neural networks",
  linear: "linear models",
} as const satisfies Record<Architecture, string>;

const FRAMEWORK_PLURAL_EN = {
  diffusion: "diffusion models",
  gan: "generative adversarial networks",
  vae: "variational autoencoders",
  "normalizing-flow": "normalizing flows",
} as const satisfies Record<GenerativeFramework, string>;

// How a family's derived members came about, as an adjective of "versions" / a noun phrase in Chinese.
const RELATION_ADJECTIVE_EN = {
  "fine-tune": "fine-tuned",
  adapter: "adapter",
  distillation: "distilled",
  quantization: "quantized",
  merge: "merged",
  "continued-pretraining": "further pretrained",
} as const satisfies Record<TrainingRelation, string>;

const RELATION_NOUN_ZH = {
  "fine-tune": "微调版本",
  adapter: "适配器",
  distillation: "蒸馏版本",
  quantization: "量化版本",
  merge: "合并版本",
  "continued-pretraining": "继续预训练版本",
} as const satisfies Record<TrainingRelation, string>;

const METHOD_EN = { pretrained: "pretrained", "from-scratch": "trained from scratch" } as const;
const METHOD_MODELS_EN = { pretrained: "pretrained models", "from-scratch": "models trained from scratch" } as const;
const METHOD_ZH = { pretrained: "预训练模型", "from-scratch": "从零训练的模型" } as const;

interface FamilyFacts {
  readonly range: string | null;
  readonly classes: readonly SizeClass[];
  readonly methods: readonly ("pretrained" | "from-scratch")[];
  readonly relations: readonly TrainingRelation[];
}

function familyFacts(family: ModelFamily): FamilyFacts {
  const { parameters } = family;
  // Ends that round to the same figure (1,066,235,307 and 1,066,249,707 are both 1.07B) are one count, not a range.
  let range: string | null = null;
  if (parameters !== null) {
    const low = formatParameterCount(parameters.min);
    const high = formatParameterCount(parameters.max);
    range = low === high ? low : `${low}–${high}`;
  }
  const methods = new Set<"pretrained" | "from-scratch">();
  const relations = new Set<TrainingRelation>();
  for (const member of family.members) {
    const { method, relation } = member.training;
    if (method !== "transfer-learning") methods.add(method);
    else if (relation !== undefined) relations.add(relation);
  }
  return { range, classes: family.sizeClasses, methods: [...methods], relations: [...relations] };
}

// The nodes of the architecture tree from `node` up to its root.
function lineOfArchitecture(node: Architecture): Architecture[] {
  const line: Architecture[] = [];
  for (let at: Architecture | null = node; at !== null; at = ARCHITECTURE_PARENTS[at]) line.push(at);
  return line;
}

/**
 * What a family's members are, in words (English plural, Chinese object of 基于): their architecture and
 * framework when they share both. Where they differ, what they have in common: the architecture without the
 * framework, else the framework ("diffusion models"), else the nearest node of the architecture tree above all of
 * them ("Transformers" for encoder-only and decoder-only members), else only that they are models.
 */
function familyKind(members: readonly Model[]): { readonly en: string; readonly zh: string } {
  const [first, ...rest] = members.map((member) => member.architecture);
  if (first === undefined) return { en: "models", zh: "多种架构" };
  const sameFamily = rest.every((architecture) => architecture.family === first.family);
  const framework = rest.every((architecture) => architecture.framework === first.framework)
    ? first.framework
    : undefined;
  if (sameFamily && framework !== undefined) {
    const words = ARCHITECTURE_WORDS[first.family];
    return {
      en: `${words.qualifier} ${FRAMEWORK_PLURAL_EN[framework]}`,
      zh: joinZh(words.zh, "的", FRAMEWORK_WORDS[framework].zh),
    };
  }
  if (!sameFamily && framework !== undefined) {
    return { en: FRAMEWORK_PLURAL_EN[framework], zh: FRAMEWORK_WORDS[framework].zh };
  }
  const common = lineOfArchitecture(first.family).find((node) =>
    rest.every((architecture) => lineOfArchitecture(architecture.family).includes(node)),
  );
  return common === undefined
    ? { en: "models", zh: "多种架构" }
    : { en: ARCHITECTURE_PLURAL_EN[common], zh: ARCHITECTURE_WORDS[common].zh };
}

// The organizations behind a family's members, each once, in the members' order.
function makersOf(family: ModelFamily): string[] {
  return [...new Set(family.members.map((member) => member.organization))];
}

function describeFamilyEn(family: ModelFamily): string {
  const facts = familyFacts(family);
  const kind = familyKind(family.members).en;
  const count = family.members.length;
  let sentence = `${family.name} is a family of ${count} ${kind} from ${joinEn(makersOf(family))}`;
  if (facts.range !== null) {
    const classes = facts.classes.map((sizeClass) => SIZE_EN[sizeClass]);
    const span = classes.length > 1 ? `${classes[0]} to ${classes[classes.length - 1]}` : (classes[0] ?? "");
    sentence += facts.range.includes("–")
      ? ` with ${facts.range} parameters (${span})`
      : ` with ${facts.range} parameters each (${span})`;
  }
  const derived = facts.relations.map((relation) => RELATION_ADJECTIVE_EN[relation]);
  if (facts.methods.length > 0 && derived.length > 0) {
    sentence += `: ${joinEn(facts.methods.map((method) => METHOD_MODELS_EN[method]))} and their ${joinEn(derived)} versions`;
  } else if (facts.methods.length > 0) {
    sentence += `, all ${joinEn(facts.methods.map((method) => METHOD_EN[method]))}`;
  } else {
    // Every member is trained from the start or derived, so with no method named, some relation is.
    sentence += `, all ${joinEn(derived)} versions of other models`;
  }
  return `${sentence}.`;
}

function describeFamilyZh(family: ModelFamily): string {
  const facts = familyFacts(family);
  const kind = familyKind(family.members).zh;
  const parts = [
    joinZh(
      family.name,
      "是",
      makersOf(family).join("、"),
      "推出的模型系列，共",
      String(family.members.length),
      "个成员，基于",
      kind,
    ),
  ];
  if (facts.range !== null) {
    const classes = facts.classes.map((sizeClass) => SIZE_ZH[sizeClass]);
    const span = classes.length > 1 ? `${classes[0]}到${classes[classes.length - 1]}` : (classes[0] ?? "");
    parts.push(joinZh("参数规模", facts.range.includes("–") ? "为" : "均为", facts.range, "（", span, "）"));
  }
  const base = facts.methods.map((method) => METHOD_ZH[method]);
  const derived = facts.relations.map((relation) => RELATION_NOUN_ZH[relation]);
  if (base.length > 0 && derived.length > 0) parts.push(`包括${base.join("与")}及其${derived.join("、")}`);
  else if (base.length > 0) parts.push(`均为${base.join("与")}`);
  else parts.push(`均为其他模型的${derived.join("、")}`);
  return `${parts.join("，")}。`;
}

/**
 * Describes a family of models in one sentence, in English or Chinese: its members' architecture (what they share,
 * when they differ), their makers, how many there are, their parameter range and size classes, and how they were
 * trained.
 *
 * @param family - A family from `getFamily` or `registry.families()`.
 * @param options - The locale, `"en"` by default (and how to name base models, for a family of one).
 * @returns The sentence; for a family of one member, that member's description.
 * @throws {@link InvalidArgumentError} when `family` is not a family or `options` are malformed.
 *
 * @example
 * ```ts
 * describeFamily(getFamily("Llama 2"));
 * // "Llama 2 is a family of 6 decoder-only Transformers from Meta with 6.74B–69B parameters (medium-sized to
 * //  large): pretrained models and their fine-tuned versions."
 * ```
 */
export function describeFamily(family: ModelFamily, options: DescribeOptions = {}): string {
  checkFamily(family);
  describeOptions(options);
  // A family of one is its model: say what the model is.
  if (family.members.length === 1) return describeModel(family.representative, options);
  return options.locale === "zh" ? describeFamilyZh(family) : describeFamilyEn(family);
}
