/**
 * The fast path of `createRegistry`: a record that is plainly valid — every field of the right type and value,
 * written as parsing would write it (texts trimmed, counts as numbers) — is checked with plain comparisons and
 * copied field by field, at a fraction of the cost of the model schema. Anything else, from a size written as
 * `"7B"` to an unknown key, goes through the schema, which also words the messages: this path never reports a
 * problem, it only says "no doubt" or "ask the schema". Its result is the one the schema gives, key order
 * included (a test compares the two on every built-in record and on altered copies).
 *
 * @internal
 * @module
 */
import { ARCHITECTURES, type Architecture, GENERATIVE_FRAMEWORKS } from "../dimensions/architecture.js";
import { DOMAINS } from "../dimensions/domain.js";
import { classifyModalities, MODALITIES } from "../dimensions/modality.js";
import { classifySize } from "../dimensions/scale.js";
import { TASK_TYPES, TASKS } from "../dimensions/task.js";
import { TRAINING_METHODS, TRAINING_RELATIONS } from "../dimensions/training.js";
import { type Model, normalizeModelName } from "../model.js";

const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const HTTP_URL = /^https?:\/\//i;

/** A test that a value is one of `values`, narrowing it to their type. */
function oneOf<const T extends string>(values: readonly T[]): (value: unknown) => value is T {
  const known = new Set<unknown>(values);
  return (value): value is T => known.has(value);
}

// Built on first use, so that importing the registry builds nothing.
let tests:
  | {
      readonly taskType: (value: unknown) => value is Model["taskType"];
      readonly task: (value: unknown) => value is Model["tasks"][number];
      readonly modality: (value: unknown) => value is Model["modalities"]["input"][number];
      readonly method: (value: unknown) => value is Model["training"]["method"];
      readonly relation: (value: unknown) => value is NonNullable<Model["training"]["relation"]>;
      readonly domain: (value: unknown) => value is Model["domains"][number];
      readonly architecture: (value: unknown) => value is Architecture;
      readonly framework: (value: unknown) => value is NonNullable<Model["architecture"]["framework"]>;
    }
  | undefined;

function valueTests(): NonNullable<typeof tests> {
  tests ??= {
    taskType: oneOf(TASK_TYPES),
    task: oneOf(TASKS),
    modality: oneOf(MODALITIES),
    method: oneOf(TRAINING_METHODS),
    relation: oneOf(TRAINING_RELATIONS),
    domain: oneOf(DOMAINS),
    architecture: oneOf(ARCHITECTURES),
    framework: oneOf(GENERATIVE_FRAMEWORKS),
  };
  return tests;
}

/**
 * A plain object (not an array, a class instance or a proxy-like exotic) whose keys are all among `keys`. An
 * array is refused by its prototype, like any other object that is not plain.
 */
function isPlainObject(value: unknown, keys: ReadonlySet<string>): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return false;
  for (const key in value) if (!keys.has(key)) return false;
  return true;
}

// A key that is present must hold a value: `{ license: undefined }` is left to the schema.
function absentOr(record: Record<string, unknown>, key: string): boolean {
  return record[key] !== undefined || !Object.hasOwn(record, key);
}

/** A non-empty text with nothing for the schema's trim to remove. */
function isText(value: unknown): value is string {
  if (typeof value !== "string" || value.length === 0) return false;
  const first = value.charCodeAt(0);
  const last = value.charCodeAt(value.length - 1);
  // Printable ASCII at both ends cannot be trimmed; anything else asks trim itself.
  return (first > 32 && first < 127 && last > 32 && last < 127) || value.trim() === value;
}

/** An http(s) URL the schema keeps as it is: no surrounding space, no tab or newline to strip. */
function isUrl(value: unknown): value is string {
  return (
    isText(value) &&
    HTTP_URL.test(value) &&
    !/[\t\n\r]/.test(value) &&
    typeof URL.canParse === "function" &&
    URL.canParse(value)
  );
}

function isCount(value: unknown): value is number {
  return typeof value === "number" && Number.isSafeInteger(value) && value > 0;
}

/** Whether a list holds a value twice (after `fold`), without allocating for the short lists records have. */
function hasDuplicates(values: readonly string[], fold?: (value: string) => string): boolean {
  if (values.length > 16) {
    const seen = new Set(fold === undefined ? values : values.map(fold));
    return seen.size !== values.length;
  }
  for (let i = 1; i < values.length; i++) {
    const value = values[i] ?? "";
    const key = fold === undefined ? value : fold(value);
    for (let j = 0; j < i; j++) {
      const other = values[j] ?? "";
      if ((fold === undefined ? other : fold(other)) === key) return true;
    }
  }
  return false;
}

/** A new, frozen, empty list. */
function emptyList<T>(): T[] {
  const list: T[] = [];
  Object.freeze(list);
  return list;
}

/** A frozen copy of an array whose every item passes `test`, or `undefined`. */
function listOf<T>(value: unknown, test: (item: unknown) => item is T, minimum = 0): T[] | undefined {
  if (!Array.isArray(value) || value.length < minimum) return undefined;
  const copy: T[] = [];
  for (let i = 0; i < value.length; i++) {
    const item: unknown = value[i];
    if (!test(item)) return undefined;
    copy.push(item);
  }
  Object.freeze(copy);
  return copy;
}

const RECORD_KEYS = new Set([
  "id",
  "name",
  "aliases",
  "family",
  "organization",
  "year",
  "parameters",
  "sizeClass",
  "taskType",
  "tasks",
  "modalities",
  "modalityClass",
  "training",
  "domains",
  "architecture",
  "openWeights",
  "license",
  "links",
  "sources",
]);
const PARAMETER_KEYS = new Set(["total", "active", "variant"]);
const MODALITY_KEYS = new Set(["input", "output"]);
const TRAINING_KEYS = new Set(["method", "relation", "baseModel", "additionalBaseModels"]);
const ARCHITECTURE_KEYS = new Set(["family", "mixtureOfExperts", "framework", "components"]);
const LINK_KEYS = new Set(["paper", "huggingface", "homepage"]);

/**
 * The full record the model schema would make of `record`, frozen, when `record` is plainly valid; `undefined`
 * when the schema has to look at it (it may still be valid: a size such as `"7B"`, an untrimmed name).
 *
 * @example
 * ```ts
 * const model = _parsePlainModel(record) ?? parseModel(record);
 * ```
 *
 * @internal
 */
export function _parsePlainModel(record: unknown): Model | undefined {
  if (!isPlainObject(record, RECORD_KEYS)) return undefined;
  const is = valueTests();
  const { id, name, organization, year, taskType, openWeights, family, license } = record;
  if (typeof id !== "string" || !KEBAB_CASE.test(id) || !isText(name) || !isText(organization)) return undefined;
  if (typeof year !== "number" || !Number.isSafeInteger(year) || year < 1940) return undefined;
  if (!is.taskType(taskType) || (openWeights !== null && typeof openWeights !== "boolean")) return undefined;
  if (family !== undefined && (typeof family !== "string" || !KEBAB_CASE.test(family))) return undefined;
  if (license !== undefined && !isText(license)) return undefined;
  for (const key of ["family", "license", "aliases", "links", "sources", "sizeClass", "modalityClass"]) {
    if (!absentOr(record, key)) return undefined;
  }
  const aliases = record.aliases === undefined ? emptyList<string>() : listOf(record.aliases, isText);
  const tasks = listOf(record.tasks, is.task, 1);
  const domains = listOf(record.domains, is.domain, 1);
  const sources = record.sources === undefined ? emptyList<string>() : listOf(record.sources, isUrl);
  if (aliases === undefined || tasks === undefined || domains === undefined || sources === undefined) return undefined;

  const parameters = record.parameters;
  if (!isPlainObject(parameters, PARAMETER_KEYS)) return undefined;
  const { total, active, variant } = parameters;
  if (total !== null && !isCount(total)) return undefined;
  if (!absentOr(parameters, "active") || (active !== undefined && !isCount(active))) return undefined;
  if (!absentOr(parameters, "variant") || (variant !== undefined && !isText(variant))) return undefined;

  const modalities = record.modalities;
  if (!isPlainObject(modalities, MODALITY_KEYS)) return undefined;
  const input = listOf(modalities.input, is.modality);
  const output = listOf(modalities.output, is.modality, 1);
  if (input === undefined || output === undefined) return undefined;

  const training = record.training;
  if (!isPlainObject(training, TRAINING_KEYS)) return undefined;
  const { method, relation, baseModel } = training;
  if (!is.method(method)) return undefined;
  for (const key of ["relation", "baseModel", "additionalBaseModels"]) {
    if (!absentOr(training, key)) return undefined;
  }
  if (relation !== undefined && !is.relation(relation)) return undefined;
  if (baseModel !== undefined && !isText(baseModel)) return undefined;
  const additionalBaseModels =
    training.additionalBaseModels === undefined ? undefined : listOf(training.additionalBaseModels, isText);
  if (training.additionalBaseModels !== undefined && additionalBaseModels === undefined) return undefined;

  const architecture = record.architecture;
  if (!isPlainObject(architecture, ARCHITECTURE_KEYS)) return undefined;
  const { mixtureOfExperts, framework } = architecture;
  if (!is.architecture(architecture.family)) return undefined;
  for (const key of ["mixtureOfExperts", "framework", "components"]) {
    if (!absentOr(architecture, key)) return undefined;
  }
  if (mixtureOfExperts !== undefined && typeof mixtureOfExperts !== "boolean") return undefined;
  if (framework !== undefined && !is.framework(framework)) return undefined;
  const components =
    architecture.components === undefined ? undefined : listOf(architecture.components, is.architecture);
  if (architecture.components !== undefined && components === undefined) return undefined;

  const links = record.links === undefined ? {} : record.links;
  if (!isPlainObject(links, LINK_KEYS)) return undefined;
  const { paper, huggingface, homepage } = links;
  for (const key of ["paper", "huggingface", "homepage"]) {
    if (!absentOr(links, key)) return undefined;
  }
  if (paper !== undefined && !isUrl(paper)) return undefined;
  if (huggingface !== undefined && !isUrl(huggingface)) return undefined;
  if (homepage !== undefined && !isUrl(homepage)) return undefined;

  const sizeClass = classifySize(total);
  const modalityClass = classifyModalities({ input, output });
  // Derived fields that are given must agree with the rules.
  if (record.sizeClass !== undefined && record.sizeClass !== sizeClass) return undefined;
  if (record.modalityClass !== undefined && record.modalityClass !== modalityClass) return undefined;

  // The checks across fields (model.ts says why each holds), done without building anything; any doubt is the
  // schema's to word.
  if (active !== undefined && total !== null && active > total) return undefined;
  if (method === "transfer-learning") {
    if (relation === undefined) return undefined;
  } else if (relation !== undefined || baseModel !== undefined || additionalBaseModels !== undefined) {
    return undefined;
  }
  if (baseModel !== undefined || additionalBaseModels !== undefined) {
    const self = normalizeModelName(id);
    if (baseModel !== undefined && normalizeModelName(baseModel) === self) return undefined;
    if (additionalBaseModels?.some((base) => normalizeModelName(base) === self)) return undefined;
    if (additionalBaseModels !== undefined && hasDuplicates(additionalBaseModels, normalizeModelName)) {
      return undefined;
    }
  }
  if (year > latestYear()) return undefined;
  if (hasDuplicates(aliases, normalizeModelName) || hasDuplicates(tasks) || hasDuplicates(domains)) {
    return undefined;
  }
  if (hasDuplicates(input) || hasDuplicates(output) || hasDuplicates(sources)) return undefined;
  if (components !== undefined && (hasDuplicates(components) || components.includes(architecture.family))) {
    return undefined;
  }

  // In the order, and with the optional keys, the schema's output has; frozen as it is built, since the
  // registry freezes it anyway and a walk over a record finds its parts far slower than this does.
  const parts = {
    parameters:
      active === undefined && variant === undefined
        ? { total }
        : { total, ...(active === undefined ? {} : { active }), ...(variant === undefined ? {} : { variant }) },
    modalities: { input, output },
    training:
      relation === undefined
        ? { method }
        : {
            method,
            relation,
            ...(baseModel === undefined ? {} : { baseModel }),
            ...(additionalBaseModels === undefined ? {} : { additionalBaseModels }),
          },
    architecture:
      mixtureOfExperts === undefined && framework === undefined && components === undefined
        ? { family: architecture.family }
        : {
            family: architecture.family,
            ...(mixtureOfExperts === undefined ? {} : { mixtureOfExperts }),
            ...(framework === undefined ? {} : { framework }),
            ...(components === undefined ? {} : { components }),
          },
    links: {
      ...(paper === undefined ? {} : { paper }),
      ...(huggingface === undefined ? {} : { huggingface }),
      ...(homepage === undefined ? {} : { homepage }),
    },
  };
  Object.freeze(parts.parameters);
  Object.freeze(parts.modalities);
  Object.freeze(parts.training);
  Object.freeze(parts.architecture);
  Object.freeze(parts.links);
  return Object.freeze({
    id,
    name,
    aliases,
    ...(family === undefined ? {} : { family }),
    organization,
    year,
    parameters: parts.parameters,
    sizeClass,
    taskType,
    tasks,
    modalities: parts.modalities,
    modalityClass,
    training: parts.training,
    domains,
    architecture: parts.architecture,
    openWeights,
    ...(license === undefined ? {} : { license }),
    links: parts.links,
    sources,
  });
}

// The latest year a record may have, as the schema reads it: next year. Read from the clock once a second, not
// once a record.
let latestYearSeen = { year: 0, until: 0 };
function latestYear(): number {
  const now = Date.now();
  if (now >= latestYearSeen.until) latestYearSeen = { year: new Date(now).getFullYear() + 1, until: now + 1000 };
  return latestYearSeen.year;
}
