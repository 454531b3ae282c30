/**
 * The model record: one model classified along all six dimensions, with its facts and their sources.
 *
 * Users write the **authoring form** ({@link ModelInput}): every field but the two derived ones, `sizeClass`
 * and `modalityClass`. {@link parseModel} checks it, fills in the derived fields and returns the full
 * {@link Model}. Derived fields may be given; they must then agree with the rules (`classifySize` with the
 * default thresholds, `classifyModalities`).
 *
 * Checks across fields, each reported with its path:
 * - transfer learning names its relation to a base model (and the base, unless it was never released: a warning
 *   otherwise); other methods name neither;
 * - `parameters.active` is at most `parameters.total`; counts are positive whole numbers, or `null` (unknown);
 * - ids are kebab-case; aliases, tasks, domains and modalities hold no duplicates; a model is not its own base;
 * - the year is not in the future.
 *
 * Softer findings are **warnings**, not errors, because the rule they test has honest exceptions: a task
 * whose usual input the record does not list (ESM-2 does `fill-mask` on protein sequences, not text), a task
 * type that none of the tasks has, active parameters on a model not marked mixture-of-experts. They come back
 * from {@link safeParseModel} and {@link modelWarnings}; `parseModel(input, { strict: true })` turns them into
 * errors.
 *
 * @module
 */
import * as z from "zod";
import { _closest, _quoteList, _show } from "./_text.js";
import { _modalityClassOf } from "./dimensions/modality.js";
import { _sizeClassOf } from "./dimensions/scale.js";
import { _taskUsage } from "./dimensions/task.js";
import { InvalidArgumentError, ModelTaxonomyError } from "./errors.js";
import {
  ArchitectureSchema,
  DomainSchema,
  GenerativeFrameworkSchema,
  ModalityClassSchema,
  ModalitySchema,
  SizeClassSchema,
  TaskSchema,
  TaskTypeSchema,
  TrainingMethodSchema,
  TrainingRelationSchema,
} from "./schemas.js";

const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const SEPARATORS = /[\s._-]+/g;
const DIGIT = /[0-9]/;

// A run of separators disappears, except between two digits, where it becomes one dot: "OPT-1.3B" and
// "OPT-13B" are two models, while "Llama-3.1-8B", "llama-3-1-8b" and "Llama 3.1 8B" are one.
function foldSeparator(separator: string, offset: number, text: string): string {
  return DIGIT.test(text.charAt(offset - 1)) && DIGIT.test(text.charAt(offset + separator.length)) ? "." : "";
}

// Every lookup folds its name, and folding (NFKC, lower case, a regular expression) costs ten times a Map.get.
// Names as users type them repeat — the same few in a program, a CLI argument, a list of ids — so recent
// results are remembered, and a name already in folded form (lower-case ASCII letters and digits, a dot only
// between two digits) is returned as it is.
const FOLDED_NAMES = /* @__PURE__ */ new Map<string, string>();
const FOLDED_NAMES_LIMIT = 4096;
const FOLDED_NAME_MAX_LENGTH = 128;

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isFolded(name: string): boolean {
  for (let i = 0; i < name.length; i++) {
    const code = name.charCodeAt(i);
    if ((code >= 97 && code <= 122) || isDigitCode(code)) continue;
    if (code === 46 && i > 0 && isDigitCode(name.charCodeAt(i - 1)) && isDigitCode(name.charCodeAt(i + 1))) continue;
    return false;
  }
  return true;
}

/**
 * Folds a model name or alias to the form lookups compare: lower case, with spaces, dots, hyphens and
 * underscores removed — except between two digits, where any of them reads as one dot, so that 1.3B and 13B
 * stay apart. "GPT-2", "gpt2" and "GPT 2" are one name; so are "Qwen2.5-0.5B" and the id "qwen2-5-0-5b".
 *
 * @param name - A model id, name or alias.
 * @returns The folded form.
 *
 * @example
 * ```ts
 * normalizeModelName("Llama-3.1_8B"); // "llama3.1.8b"
 * normalizeModelName("llama-3-1-8b"); // "llama3.1.8b"
 * normalizeModelName("OPT-13B") === normalizeModelName("OPT-1.3B"); // false
 * ```
 */
export function normalizeModelName(name: string): string {
  if (typeof name !== "string") {
    throw new InvalidArgumentError("name", { expected: "a model id, name or alias", received: name });
  }
  if (isFolded(name)) return name;
  const known = FOLDED_NAMES.get(name);
  if (known !== undefined) return known;
  const folded = _foldModelName(name);
  if (name.length <= FOLDED_NAME_MAX_LENGTH) {
    // Cleared rather than evicted one by one: the names of one program repeat, and a full cache is rare.
    if (FOLDED_NAMES.size >= FOLDED_NAMES_LIMIT) FOLDED_NAMES.clear();
    FOLDED_NAMES.set(name, folded);
  }
  return folded;
}

/**
 * Folds a name as {@link normalizeModelName} does, without its checks and its memory of recent names: for
 * indexes, which fold thousands of names once and would only flush that memory.
 *
 * @example
 * ```ts
 * _foldModelName("Llama-3.1_8B"); // "llama3.1.8b"
 * ```
 *
 * @internal
 */
export function _foldModelName(name: string): string {
  return foldAscii(name) ?? foldName(name);
}

// The folding itself, for any name.
function foldName(name: string): string {
  return name.normalize("NFKC").toLowerCase().replace(SEPARATORS, foldSeparator);
}

// The same folding in one pass over an ASCII name, where NFKC changes nothing; `undefined` for any other name.
function foldAscii(name: string): string | undefined {
  let folded = "";
  let before = -1; // the last character kept, -1 at the start
  let inSeparators = false;
  for (let i = 0; i < name.length; i++) {
    let code = name.charCodeAt(i);
    if (code > 127) return undefined;
    if (code === 32 || (code >= 9 && code <= 13) || code === 46 || code === 95 || code === 45) {
      inSeparators = true;
      continue;
    }
    if (code >= 65 && code <= 90) code += 32;
    if (inSeparators && isDigitCode(before) && isDigitCode(code)) folded += ".";
    inSeparators = false;
    folded += String.fromCharCode(code);
    before = code;
  }
  return folded;
}

/**
 * Zod schema of a model id: kebab-case, such as `"gpt-2"` or `"llama-3-1"`.
 *
 * @example
 * ```ts
 * ModelIdSchema.safeParse("gpt-2").success; // true
 * ModelIdSchema.safeParse("GPT 2").success; // false
 * ```
 */
export const ModelIdSchema = /* @__PURE__ */ z.lazy(() =>
  z
    .string()
    .regex(KEBAB_CASE, 'must be kebab-case: lowercase letters and digits joined by single hyphens, such as "gpt-2"'),
);

const UrlSchema = /* @__PURE__ */ z.lazy(() => z.url({ protocol: /^https?$/, error: "must be an http or https URL" }));

// A trimmed, non-empty string: names, organizations, ids of base models.
const TextSchema = /* @__PURE__ */ z.lazy(() => z.string().trim().min(1));

/**
 * A size as people write it: a decimal number and a K, M, B or T suffix, "7B", "1.5B", "66M", "1.2T". The JSON
 * Schema carries the same pattern. Plain digit strings are not sizes: a count is written as a number.
 *
 * @example
 * ```ts
 * _SIZE_PATTERN.test("1.5B"); // true
 * ```
 *
 * @internal
 */
export const _SIZE_PATTERN = /^[0-9]+(?:\.[0-9]+)?[KMBTkmbt]$/;

// What a size may be, typed: `${number}B` and friends, so that a typed record checks its sizes' suffixes.
const SizeTextSchema = /* @__PURE__ */ z.lazy(() =>
  z
    .templateLiteral([z.number(), z.enum(["K", "M", "B", "T", "k", "m", "b", "t"])])
    .check(z.regex(_SIZE_PATTERN, { abort: true }))
    // The JSON Schema's description of sizes is added by modelJsonSchema, so that validating does not carry it.
    .meta({ pattern: _SIZE_PATTERN.source })
    .transform((text, ctx) => {
      const count = countOfSize(text);
      if (count !== undefined) return count;
      // The pattern holds, so only the size can be wrong: more parameters than a double counts exactly. The
      // union words the issue (see tooLargeSize).
      ctx.issues.push({ code: "custom", message: "too large", input: text });
      return z.NEVER;
    })
    .pipe(z.int().positive()),
);

// Whether a value is written as a size but stands for more parameters than a double holds exactly: "99999T".
function tooLargeSize(value: unknown): boolean {
  return typeof value === "string" && _SIZE_PATTERN.test(value) && countOfSize(value) === undefined;
}

// The count a size that matches _SIZE_PATTERN stands for, as parseParameterCount reads it: K, M, B and T are a
// thousand to the first to fourth power. `undefined` when a double cannot hold the count exactly. Read here
// rather than with parseParameterCount, whose sizes as people write them ("1,000 params", "7 B") validation
// never sees, so that a bundle that only validates does not carry that parser (docs/size.md).
function countOfSize(size: string): number | undefined {
  const power = "kmbt".indexOf(size.slice(-1).toLowerCase()) + 1;
  const count = Math.round(Number(size.slice(0, -1)) * 1000 ** power);
  return Number.isSafeInteger(count) ? count : undefined;
}

// A parameter count: a positive whole number that a double holds exactly, or a size such as "7B".
const ParameterCountSchema = /* @__PURE__ */ z.lazy(() =>
  z.union([z.int().positive(), SizeTextSchema], {
    error: (issue) => {
      // A missing count falls through to the parse's own messages, which say it is required.
      if (issue.input === undefined) return undefined;
      if (tooLargeSize(issue.input)) {
        return `${_show(issue.input)} is more parameters than can be counted exactly`;
      }
      if (typeof issue.input === "string") {
        return `cannot read ${_show(issue.input)} as a parameter count; write a number, or a size with a K, M, B or T suffix such as "7B" or "1.5B"`;
      }
      return `expected a whole number or a size such as "7B", received ${_show(issue.input)}`;
    },
  }),
);

/**
 * Zod schema of a model's parameter count: `total` is `null` when it was never made public. Counts are whole
 * numbers, or sizes as model cards write them ("7B", "1.5B", "66M", "1.2T"), which parsing turns into numbers.
 *
 * @example
 * ```ts
 * ParametersSchema.parse({ total: "46.7B", active: "12.9B" }); // { total: 46_700_000_000, active: 12_900_000_000 }
 * ```
 */
export const ParametersSchema = /* @__PURE__ */ z.lazy(() => parametersOf(ParameterCountSchema));

// The counts of a full record, which parsing has already turned into numbers: a size string there means the
// record was never parsed.
const ParsedParametersSchema = /* @__PURE__ */ z.lazy(() => parametersOf(z.int().positive()));

// The parameters object around a schema of one count.
function parametersOf<Count extends z.ZodType<number, unknown>>(count: Count) {
  return z.strictObject({
    /** Total parameters of the named variant (all experts of a mixture-of-experts), or `null` if unknown. */
    total: count.nullable(),
    /** Parameters active for each token, for mixture-of-experts models. */
    active: count.optional(),
    /** Which variant the counts are for, such as `"65B"` or `"BERT-Large"`. */
    variant: TextSchema.optional(),
  });
}

/**
 * Zod schema of a model's input and output modalities. An unconditional generator has no input.
 *
 * @example
 * ```ts
 * ModalitiesSchema.parse({ input: ["text"], output: ["image"] });
 * ```
 */
export const ModalitiesSchema = /* @__PURE__ */ z.lazy(() =>
  z.strictObject({
    input: z.array(ModalitySchema),
    output: z.array(ModalitySchema).min(1, "must list at least one modality"),
  }),
);

/**
 * Zod schema of how a model was trained and, for transfer learning, from which base.
 *
 * @example
 * ```ts
 * TrainingSchema.parse({ method: "transfer-learning", relation: "fine-tune", baseModel: "llama-2-7b" });
 * ```
 */
export const TrainingSchema = /* @__PURE__ */ z.lazy(() =>
  z.strictObject({
    method: TrainingMethodSchema,
    /** How the model relates to its base model; required for transfer learning. */
    relation: TrainingRelationSchema.optional(),
    /** The id of the model whose weights this one is built from; required for transfer learning. */
    baseModel: TextSchema.optional(),
    /** Further models whose weights it reuses, such as CLIP's vision encoder in LLaVA. */
    additionalBaseModels: z.array(TextSchema).optional(),
  }),
);

/**
 * Zod schema of a model's architecture: a node of the tree plus properties that cut across it.
 *
 * @example
 * ```ts
 * ArchitectureDetailsSchema.parse({ family: "decoder-only", mixtureOfExperts: true });
 * ```
 */
export const ArchitectureDetailsSchema = /* @__PURE__ */ z.lazy(() =>
  z.strictObject({
    /** The most specific architecture node that is true of the model. */
    family: ArchitectureSchema,
    /** Whether the model routes each token through a few of many expert layers. */
    mixtureOfExperts: z.boolean().optional(),
    /** The generative framework, such as `"diffusion"`, when there is one. */
    framework: GenerativeFrameworkSchema.optional(),
    /** Other architecture nodes the model is built from besides its family. */
    components: z.array(ArchitectureSchema).optional(),
  }),
);

/**
 * Zod schema of a model's links.
 *
 * @example
 * ```ts
 * LinksSchema.parse({ paper: "https://arxiv.org/abs/1706.03762" });
 * ```
 */
export const LinksSchema = /* @__PURE__ */ z.lazy(() =>
  z.strictObject({
    paper: UrlSchema.optional(),
    huggingface: UrlSchema.optional(),
    homepage: UrlSchema.optional(),
  }),
);

// The fields both forms share. A function, so that nothing is built before a schema is first used.
const sharedFields = () => ({
  id: ModelIdSchema,
  name: TextSchema,
  aliases: z.array(TextSchema).default([]),
  /** The id of the family the model belongs to, such as `"llama-2"`; every built-in record has one. */
  family: ModelIdSchema.optional(),
  organization: TextSchema,
  year: z.int().min(1940),
  parameters: ParametersSchema,
  taskType: TaskTypeSchema,
  tasks: z.array(TaskSchema).min(1, "must list at least one task"),
  modalities: ModalitiesSchema,
  training: TrainingSchema,
  domains: z.array(DomainSchema).min(1, "must list at least one domain"),
  architecture: ArchitectureDetailsSchema,
  openWeights: z.boolean().nullable(),
  license: TextSchema.optional(),
  links: LinksSchema.default({}),
  sources: z.array(UrlSchema).default([]),
});

type SharedFields = z.output<z.ZodObject<ReturnType<typeof sharedFields>>>;

/**
 * What kind of problem an issue is, so that a program can react to it without reading its message:
 * - `required`: a field is missing, or a list or text that must not be empty is;
 * - `invalid-type`: a value of the wrong type, such as a string where a number belongs;
 * - `unknown-value`: a value outside its list, such as the task `"text-generaton"`;
 * - `unknown-field`: a key the record does not have, such as `"paramters"`;
 * - `out-of-range`: a number or a size outside its bounds, such as a year before 1940 or a count of 0;
 * - `invalid-format`: a text that does not read as what it should be: an id that is not kebab-case, a URL, a size
 *   such as `"7X"`;
 * - `duplicate`: a value listed twice, or a name two records share;
 * - `cross-field`: fields that disagree with each other, such as more active than total parameters;
 * - `lineage-cycle`: models that are each other's base (registries only);
 * - `unreadable`: a value whose fields throw when read;
 * - `warning`: something doubtful but not wrong (from {@link modelWarnings}, or an error in strict mode).
 *
 * @example
 * ```ts
 * ISSUE_CODES.includes("unknown-value"); // true
 * ```
 */
// A flat list: Object.freeze is all it needs, and a bundle that only validates does not carry _deepFreeze.
export const ISSUE_CODES = /* @__PURE__ */ Object.freeze([
  "required",
  "invalid-type",
  "unknown-value",
  "unknown-field",
  "out-of-range",
  "invalid-format",
  "duplicate",
  "cross-field",
  "lineage-cycle",
  "unreadable",
  "warning",
] as const);

/**
 * What kind of problem a {@link ModelIssue} is: one of {@link ISSUE_CODES}.
 *
 * @example
 * ```ts
 * const code: IssueCode = "cross-field";
 * result.error.issues.filter((issue) => issue.code === code);
 * ```
 */
export type IssueCode = (typeof ISSUE_CODES)[number];

/**
 * One problem found in a model record.
 *
 * @example
 * ```ts
 * const result = safeParseModel({ id: "Bad Id" });
 * if (!result.success) result.error.issues.map((issue: ModelIssue) => `${formatIssuePath(issue.path)}: ${issue.message}`);
 * ```
 */
export interface ModelIssue {
  /** What kind of problem it is; see {@link ISSUE_CODES}. */
  readonly code: IssueCode;
  /** Where the problem is, as keys and indexes from the record's root. */
  readonly path: readonly (string | number)[];
  /** What is wrong, in one sentence. */
  readonly message: string;
}

// The checks that look at more than one field. They run once every field has the right shape. Names are folded
// with foldName, without the lookups' fast paths (a cache of recent names, a one-pass ASCII fold): a record's few
// names are folded once, and a bundle that only validates would carry them (docs/size.md).
function crossFieldIssues(record: SharedFields & { sizeClass?: unknown; modalityClass?: unknown }): ModelIssue[] {
  const issues: ModelIssue[] = [];
  const { parameters, training } = record;

  if (parameters.active !== undefined && parameters.total !== null && parameters.active > parameters.total) {
    issues.push({
      code: "cross-field",
      path: ["parameters", "active"],
      message: `active parameters (${parameters.active}) cannot exceed the total (${parameters.total})`,
    });
  }

  if (training.method === "transfer-learning") {
    // The base may be missing: an instruct model whose base checkpoint was never released (Phi-3-mini-instruct)
    // is a fine-tune all the same. modelWarnings flags the omission, so a forgotten base does not pass silently.
    if (training.relation === undefined) {
      issues.push({
        code: "cross-field",
        path: ["training", "relation"],
        message: 'transfer learning needs the relation to the base model, such as "fine-tune" or "adapter"',
      });
    }
  } else {
    for (const key of ["relation", "baseModel", "additionalBaseModels"] as const) {
      if (training[key] !== undefined) {
        issues.push({
          code: "cross-field",
          path: ["training", key],
          message: `only transfer learning has a ${key === "relation" ? "relation" : "base model"}; the method is "${training.method}"`,
        });
      }
    }
  }
  for (const [index, base] of [training.baseModel, ...(training.additionalBaseModels ?? [])].entries()) {
    if (base !== undefined && foldName(base) === foldName(record.id)) {
      issues.push({
        code: "cross-field",
        path: index === 0 ? ["training", "baseModel"] : ["training", "additionalBaseModels", index - 1],
        message: `a model cannot be its own base ("${base}")`,
      });
    }
  }

  // The check also runs when a field failed a refinement (a total of -1 or 2^53), and such a count has no
  // class: that field's own issue says what is wrong, so there is no size to compare.
  const total = parameters.total;
  const size = total === null ? null : Number.isSafeInteger(total) && total > 0 ? _sizeClassOf(total) : undefined;
  if (size !== undefined && record.sizeClass !== undefined && record.sizeClass !== size) {
    issues.push({
      code: "cross-field",
      path: ["sizeClass"],
      message:
        size === null
          ? `sizeClass must be null when the parameter count is unknown, not ${JSON.stringify(record.sizeClass)}`
          : `sizeClass is ${JSON.stringify(record.sizeClass)} but ${parameters.total} parameters make the model "${size}"`,
    });
  }
  const modalityClass = _modalityClassOf(record.modalities);
  if (record.modalityClass !== undefined && record.modalityClass !== modalityClass) {
    issues.push({
      code: "cross-field",
      path: ["modalityClass"],
      message: `modalityClass is ${JSON.stringify(record.modalityClass)} but the modalities make the model "${modalityClass}"`,
    });
  }

  const latest = new Date().getFullYear() + 1;
  if (record.year > latest) {
    issues.push({
      code: "out-of-range",
      path: ["year"],
      message: `${record.year} is in the future; expected ${latest} or earlier`,
    });
  }

  pushDuplicates(issues, ["aliases"], record.aliases, foldName);
  pushDuplicates(issues, ["tasks"], record.tasks);
  pushDuplicates(issues, ["domains"], record.domains);
  pushDuplicates(issues, ["modalities", "input"], record.modalities.input);
  pushDuplicates(issues, ["modalities", "output"], record.modalities.output);
  pushDuplicates(issues, ["sources"], record.sources);
  pushDuplicates(issues, ["training", "additionalBaseModels"], training.additionalBaseModels ?? [], foldName);
  const components = record.architecture.components ?? [];
  pushDuplicates(issues, ["architecture", "components"], components);
  const familyIndex = components.indexOf(record.architecture.family);
  if (familyIndex >= 0) {
    issues.push({
      code: "duplicate",
      path: ["architecture", "components", familyIndex],
      message: `"${record.architecture.family}" is the family already; components lists the other parts`,
    });
  }
  return issues;
}

function pushDuplicates(
  issues: ModelIssue[],
  path: readonly (string | number)[],
  values: readonly string[],
  fold: (value: string) => string = (value) => value,
): void {
  // A list of one has no duplicate, and folding a name costs about a microsecond.
  if (values.length < 2) return;
  const seen = new Map<string, string>();
  for (const [index, value] of values.entries()) {
    const key = fold(value);
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, value);
    } else {
      issues.push({
        code: "duplicate",
        path: [...path, index],
        message:
          first === value ? `"${value}" is listed twice` : `"${value}" is the same name as "${first}" once normalised`,
      });
    }
  }
}

/**
 * Finds what is doubtful but not wrong in a model record: tasks whose usual input is missing from the inputs,
 * a task type none of the tasks has, active parameters on a model not marked mixture-of-experts.
 *
 * @param model - A record in the authoring or full form.
 * @returns The warnings, each with its path; empty when there are none.
 * @throws {@link InvalidArgumentError} when `model` is not a valid record.
 *
 * @example
 * ```ts
 * modelWarnings(esm2); // [{ path: ["tasks", 0], message: 'task "fill-mask" usually takes text, ...' }]
 * ```
 */
export function modelWarnings(model: ModelInput | Model): ModelIssue[] {
  let valid = false;
  try {
    valid = ModelInputSchema.safeParse(model).success;
  } catch {
    // A getter or a proxy trap threw: not a record.
  }
  if (!valid) {
    throw new InvalidArgumentError("model", {
      expected: "a valid model record",
      reason: "safeParseModel says what is wrong with it",
    });
  }
  return warningsOf(model);
}

// The warnings of a record already known to be valid.
function warningsOf(model: ModelInput | Model): ModelIssue[] {
  const warnings: ModelIssue[] = [];
  const inputs = new Set(model.modalities.input);
  for (const [index, task] of model.tasks.entries()) {
    const missing = _taskUsage(task).input.filter((modality) => !inputs.has(modality));
    if (missing.length > 0) {
      warnings.push({
        code: "warning",
        path: ["tasks", index],
        message: `task "${task}" usually takes ${_quoteList(missing, "and")}, which the record does not list among its inputs`,
      });
    }
  }
  const taskTypes = new Set(model.tasks.map((task) => _taskUsage(task).type));
  if (model.taskType !== "hybrid" && !taskTypes.has(model.taskType) && !taskTypes.has("hybrid")) {
    warnings.push({
      code: "warning",
      path: ["taskType"],
      message: `taskType is "${model.taskType}" but none of the tasks usually is`,
    });
  }
  if (model.training.method === "transfer-learning" && model.training.baseModel === undefined) {
    warnings.push({
      code: "warning",
      path: ["training", "baseModel"],
      message: "transfer learning without a base model: name it, unless the base was never released",
    });
  }
  if (model.parameters.active !== undefined && model.architecture.mixtureOfExperts !== true) {
    warnings.push({
      code: "warning",
      path: ["parameters", "active"],
      message: "active parameters are given but the architecture is not marked mixtureOfExperts",
    });
  }
  return warnings;
}

function addIssues(ctx: { issues: unknown[]; value: unknown }, issues: readonly ModelIssue[]): void {
  for (const issue of issues) {
    ctx.issues.push({
      code: "custom",
      message: issue.message,
      path: [...issue.path],
      input: ctx.value,
      params: { code: issue.code },
    });
  }
}

/**
 * Zod schema of a full model record, derived fields included. Use it to validate records that were already
 * parsed (say, loaded back from JSON); use {@link ModelInputSchema} or {@link parseModel} for records people
 * write.
 *
 * @example
 * ```ts
 * ModelSchema.parse(JSON.parse(savedModelJson)); // a full record, derived fields included
 * ```
 */
export const ModelSchema = /* @__PURE__ */ z.lazy(() =>
  z
    .strictObject({
      ...sharedFields(),
      parameters: ParsedParametersSchema,
      /** Derived from `parameters.total` by `classifySize`; `null` when the count is unknown. */
      sizeClass: SizeClassSchema.nullable(),
      /** Derived from `modalities` by `classifyModalities`. */
      modalityClass: ModalityClassSchema,
    })
    .check((ctx) => addIssues(ctx, crossFieldIssues(ctx.value))),
);

// What the schemas infer. Aliases of these would expand wherever they are shown; the interfaces below keep
// their names in hovers, declaration files and the API docs.
type ModelOutputShape = z.output<typeof ModelSchema>;
type ModelInputShape = z.input<typeof ModelInputSchema>;

/**
 * A full model record: everything the authoring form holds, plus the derived `sizeClass` and `modalityClass`.
 *
 * @example
 * ```ts
 * const model: Model = parseModel(record);
 * model.sizeClass; // "small"
 * ```
 */
export interface Model extends ModelOutputShape {}

/**
 * Zod schema of the authoring form: a model record as people write it. Derived fields are optional (and
 * checked when given); parsing fills them in and returns a full {@link Model}.
 *
 * @example
 * ```ts
 * const result = ModelInputSchema.safeParse(record); // the Zod way; parseModel gives friendlier errors
 * if (result.success) result.data.sizeClass;
 * ```
 */
export const ModelInputSchema = /* @__PURE__ */ z.lazy(() =>
  z
    .strictObject({
      ...sharedFields(),
      sizeClass: SizeClassSchema.nullable().optional(),
      modalityClass: ModalityClassSchema.optional(),
    })
    .check((ctx) => addIssues(ctx, crossFieldIssues(ctx.value)))
    .transform(
      // Rebuilt field by field so the output has one key order whatever the input's, and absent optional
      // fields stay absent: a parsed record survives a JSON round trip unchanged. The derived fields given, if
      // any, were checked against the rules above and are replaced by what the rules say.
      (record): Model => ({
        id: record.id,
        name: record.name,
        aliases: record.aliases,
        ...(record.family === undefined ? {} : { family: record.family }),
        organization: record.organization,
        year: record.year,
        parameters: record.parameters,
        sizeClass: record.parameters.total === null ? null : _sizeClassOf(record.parameters.total),
        taskType: record.taskType,
        tasks: record.tasks,
        modalities: record.modalities,
        modalityClass: _modalityClassOf(record.modalities),
        training: record.training,
        domains: record.domains,
        architecture: record.architecture,
        openWeights: record.openWeights,
        ...(record.license === undefined ? {} : { license: record.license }),
        links: record.links,
        sources: record.sources,
      }),
    ),
);

/**
 * A model record as people write it: the derived fields may be left out, and parameter counts may be sizes
 * such as `"7B"`. Annotate a record with it (`satisfies ModelInput`) so that a typo fails to compile.
 *
 * @example
 * ```ts
 * const input = { id: "my-model", tasks: ["text-generation"], ... } satisfies ModelInput;
 * ```
 */
export interface ModelInput extends ModelInputShape {}

/**
 * Thrown by {@link parseModel} when a record is invalid. `issues` lists every problem with its path; the message
 * lists them too, one a line.
 *
 * @example
 * ```ts
 * try {
 *   parseModel({ id: "Bad Id" });
 * } catch (error) {
 *   if (error instanceof ModelValidationError) for (const issue of error.issues) console.log(formatIssuePath(issue.path), issue.message);
 * }
 * ```
 */
export class ModelValidationError extends ModelTaxonomyError {
  static override readonly _brand: string = "ModelValidationError";
  override name = "ModelValidationError";
  /** Every problem found, in the order of the record's fields. */
  readonly issues: readonly ModelIssue[];

  constructor(issues: readonly ModelIssue[], label?: string) {
    super(formatIssues(issues, label));
    this.issues = issues;
  }
}

/**
 * Options of {@link parseModel} and {@link safeParseModel}.
 *
 * @example
 * ```ts
 * const options: ParseModelOptions = { strict: true }; // warnings become errors
 * parseModel(record, options);
 * ```
 */
export interface ParseModelOptions {
  /** Treat warnings as errors. Default `false`. */
  readonly strict?: boolean;
}

/**
 * What {@link safeParseModel} returns: the record and its warnings, or the error.
 *
 * @example
 * ```ts
 * const result: SafeParseModelResult = safeParseModel(record);
 * if (result.success) console.log(result.data.sizeClass, result.warnings);
 * else console.error(result.error.message);
 * ```
 */
export type SafeParseModelResult =
  | { readonly success: true; readonly data: Model; readonly warnings: readonly ModelIssue[] }
  | { readonly success: false; readonly error: ModelValidationError };

/**
 * Validates a model record written by hand, without throwing.
 *
 * @param input - Any value, typically parsed JSON or YAML.
 * @param options - `strict: true` makes warnings count as errors.
 * @returns `{ success: true, data, warnings }` with the full record, or `{ success: false, error }`. Whatever
 *   `input` is (any type, cyclic, with getters that throw), the answer is one of these two.
 * @throws {@link InvalidArgumentError} only when `options` is given and is not an options object.
 *
 * @example
 * ```ts
 * const result = safeParseModel(JSON.parse(text));
 * if (result.success) console.log(result.data.sizeClass);
 * else console.error(result.error.message);
 * ```
 */
export function safeParseModel(input: unknown, options?: ParseModelOptions): SafeParseModelResult {
  const strict = strictOption(options);
  let result: ReturnType<typeof ModelInputSchema.safeParse>;
  let label: string | undefined;
  try {
    result = ModelInputSchema.safeParse(input, { error: errorMessage, reportInput: true });
    label = labelOf(input);
  } catch {
    // Only a hostile value gets here: a getter or a proxy trap that throws while the record is read.
    const issue: ModelIssue = {
      code: "unreadable",
      path: [],
      message: "cannot be read: reading one of its fields threw an error",
    };
    return { success: false, error: new ModelValidationError([issue]) };
  }
  if (!result.success) {
    const issues = result.error.issues.map(
      (issue): ModelIssue => ({
        code: issueCodeOf(issue),
        path: issue.path.map((key) => (typeof key === "number" ? key : String(key))),
        message: issue.message,
      }),
    );
    return { success: false, error: new ModelValidationError(issues, label) };
  }
  const warnings = warningsOf(result.data);
  if (strict && warnings.length > 0) {
    return { success: false, error: new ModelValidationError(warnings, label) };
  }
  return { success: true, data: result.data, warnings };
}

/**
 * Validates a model record written by hand and returns the full record with its derived fields filled in.
 *
 * @param input - Any value, typically parsed JSON or YAML.
 * @param options - `strict: true` makes warnings count as errors.
 * @returns The full model record.
 * @throws {@link ModelValidationError} listing every problem with its path, whatever `input` is;
 *   {@link InvalidArgumentError} when `options` is not an options object.
 *
 * @example
 * ```ts
 * const model = parseModel({
 *   id: "my-classifier",
 *   name: "My classifier",
 *   organization: "Acme",
 *   year: 2024,
 *   parameters: { total: 66_000_000 },
 *   taskType: "discriminative",
 *   tasks: ["sentiment-analysis"],
 *   modalities: { input: ["text"], output: ["label"] },
 *   training: { method: "transfer-learning", relation: "fine-tune", baseModel: "distilbert" },
 *   domains: ["nlp"],
 *   architecture: { family: "encoder-only" },
 *   openWeights: false,
 * });
 * model.sizeClass; // "small"
 * model.modalityClass; // "unimodal"
 * ```
 */
export function parseModel(input: unknown, options?: ParseModelOptions): Model {
  const result = safeParseModel(input, options);
  if (!result.success) throw result.error;
  return result.data;
}

// Records known to be valid full models that can no longer change: the frozen records of registries.
const CHECKED_MODELS = /* @__PURE__ */ new WeakSet<object>();

/**
 * Remembers a frozen, valid model record, so that {@link _checkModel} accepts it without parsing it again.
 *
 * @example
 * ```ts
 * for (const model of frozenModels) _rememberValidModel(model);
 * ```
 *
 * @internal
 */
export function _rememberValidModel(model: Model): void {
  if (Object.isFrozen(model)) CHECKED_MODELS.add(model);
}

/**
 * Checks that a value passed where a full model record is expected is one, so that functions reading its
 * fields cannot fail half way with a TypeError. Frozen registry records pass at once; anything else is checked
 * with {@link ModelSchema}.
 *
 * @throws {@link InvalidArgumentError} naming `argument` and the first problem.
 *
 * @example
 * ```ts
 * _checkModel(model, "model"); // from here on, `model` is a Model
 * ```
 *
 * @internal
 */
export function _checkModel(value: unknown, argument: string): asserts value is Model {
  if (typeof value === "object" && value !== null && CHECKED_MODELS.has(value)) return;
  let reason: string | undefined;
  try {
    const result = ModelSchema.safeParse(value);
    if (result.success) return;
    const first = result.error.issues[0];
    reason =
      first === undefined
        ? undefined
        : `${formatIssuePath(first.path.map((key) => (typeof key === "number" ? key : String(key))))} ${first.message}`;
  } catch {
    reason = "reading one of its fields threw an error";
  }
  throw new InvalidArgumentError(argument, {
    expected: "a full model record (from parseModel or a registry)",
    ...(reason === undefined ? {} : { reason }),
  });
}

// Reads the options of parseModel and safeParseModel; anything but an options object is a caller's mistake.
function strictOption(options: unknown): boolean {
  if (options === undefined) return false;
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    throw new InvalidArgumentError("options", { expected: "an object such as { strict: true }", received: options });
  }
  const strict: unknown = Reflect.get(options, "strict");
  if (strict !== undefined && typeof strict !== "boolean") {
    throw new InvalidArgumentError("options.strict", { expected: "true or false", received: strict });
  }
  return strict === true;
}

function isIssueCode(value: unknown): value is IssueCode {
  return ISSUE_CODES.some((code) => code === value);
}

// The kind of a problem zod found, from its fields (never from its message). Parsing reports each issue's input,
// so that a missing field (an undefined input) tells apart from a wrong one.
function issueCodeOf(issue: z.core.$ZodIssue): IssueCode {
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined ? "required" : "invalid-type";
    case "invalid_value":
      return issue.input === undefined ? "required" : "unknown-value";
    case "invalid_union":
      if (issue.input === undefined) return "required";
      if (tooLargeSize(issue.input)) return "out-of-range";
      return typeof issue.input === "string" ? "invalid-format" : "invalid-type";
    case "unrecognized_keys":
      return "unknown-field";
    case "too_small":
      // An empty list or text where one is needed: something is missing, not out of bounds.
      return (issue.origin === "array" || issue.origin === "string") && Number(issue.minimum) === 1
        ? "required"
        : "out-of-range";
    case "too_big":
    case "not_multiple_of":
      return "out-of-range";
    case "invalid_format":
      return "invalid-format";
    case "custom": {
      const code: unknown = issue.params?.code;
      return isIssueCode(code) ? code : "cross-field";
    }
    case "invalid_key":
    case "invalid_element":
      return "invalid-type";
  }
}

// Messages for the issues zod finds, worded for someone fixing a metadata file.
function errorMessage(issue: z.core.$ZodRawIssue): string | undefined {
  if (
    issue.input === undefined &&
    (issue.code === "invalid_type" || issue.code === "invalid_value" || issue.code === "invalid_union")
  ) {
    return "is required";
  }
  if (issue.code === "unrecognized_keys" && issue.inst instanceof z.ZodObject) {
    const known = Object.keys(issue.inst.shape);
    return issue.keys
      .map((key) => {
        const suggestions = _closest(key, known, 1);
        const hint = suggestions.length > 0 ? ` (did you mean ${_quoteList(suggestions)}?)` : "";
        return `unknown field ${JSON.stringify(key)}${hint}`;
      })
      .join("; ");
  }
  if (issue.code === "invalid_value" && typeof issue.input === "string" && issue.values.length > 6) {
    const options = issue.values.filter((value): value is string => typeof value === "string");
    const suggestions = _closest(issue.input, options);
    const hint = suggestions.length > 0 ? `; did you mean ${_quoteList(suggestions)}?` : "";
    return `unknown value ${JSON.stringify(issue.input)}${hint}`;
  }
  return undefined;
}

function labelOf(input: unknown): string | undefined {
  if (typeof input === "object" && input !== null && "id" in input && typeof input.id === "string") {
    return input.id;
  }
  return undefined;
}

/**
 * Renders a path as a reader would write it: `parameters.total`, `tasks[0]`.
 *
 * @param path - Keys and indexes from the record's root.
 * @returns The path as text; `(root)` for the record itself.
 *
 * @example
 * ```ts
 * formatIssuePath(["modalities", "input", 1]); // "modalities.input[1]"
 * ```
 */
export function formatIssuePath(path: readonly (string | number)[]): string {
  if (!Array.isArray(path)) throw new InvalidArgumentError("path", { expected: "an array", received: path });
  return pathText(path);
}

// The path as text, for paths already known to be arrays: the issues' own, in the error's message.
function pathText(path: readonly (string | number)[]): string {
  let text = "";
  for (const item of path) {
    const key: unknown = item;
    const name = typeof key === "string" ? key : _show(key);
    text += typeof key === "number" ? `[${key}]` : text === "" ? name : `.${name}`;
  }
  return text === "" ? "(root)" : text;
}

function formatIssues(issues: readonly ModelIssue[], label: string | undefined): string {
  const subject = label === undefined ? "model record" : `model record "${label}"`;
  const count = issues.length === 1 ? "1 problem" : `${issues.length} problems`;
  const lines = issues.map((issue) => `  ✖ ${pathText(issue.path)}: ${issue.message}`);
  return [`Invalid ${subject} (${count}):`, ...lines].join("\n");
}
