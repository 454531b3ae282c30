// The `model-taxonomy` command. Argument parsing is commander's, YAML is the yaml package's, colours are
// picocolors'; everything about models comes from the library itself.
import { readFileSync } from "node:fs";
import { Command, InvalidArgumentError as CommanderArgumentError, CommanderError, Option } from "commander";
import pc from "picocolors";
import { _dimensionOf, DIMENSIONS, type DimensionId, type DimensionValue } from "../dimensions/index.js";
import { formatParameterCount, parseParameterCount } from "../dimensions/scale.js";
import { InvalidArgumentError, ModelTaxonomyError } from "../errors.js";
import { classifyHuggingFaceModel, type HuggingFaceClassification } from "../huggingface/classify.js";
import {
  _parseEndpoint,
  fetchHuggingFaceModel,
  HuggingFaceHubError,
  MAX_HUB_RESPONSE_BYTES,
} from "../huggingface/fetch.js";
import type { Locale } from "../i18n.js";
import { modelJsonSchema } from "../json-schema.js";
import { formatIssuePath, type Model, safeParseModel } from "../model.js";
import type { ModelFilter } from "../query/filter.js";
import { type DimensionValueOf, type QueryOptions, SORT_KEYS, UnknownModelError } from "../registry/create.js";
import { registry } from "../registry/index.js";
import { CliError, EXIT, parseDocument, readLines, readText } from "./input.js";
import { _wasClosed, _write } from "./stdio.js";
import {
  _ERRORS,
  type _ErrorMessages,
  _localeFromArguments,
  _localeFromEnvironment,
  _MESSAGES,
  type _Messages,
  _quoteInput,
} from "./text.js";

interface Context {
  readonly locale: Locale;
  readonly text: _Messages;
  readonly color: ReturnType<typeof pc.createColors>;
  readonly out: (line?: string) => void;
}

function _version(): string {
  const pkg: unknown = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
  return typeof pkg === "object" && pkg !== null && "version" in pkg && typeof pkg.version === "string"
    ? pkg.version
    : "0.0.0";
}

// ---- Values and ranges from flags ----------------------------------------------------------------------

// commander keeps only the text of an error a flag's parser throws; the localised error is kept here, so the
// whole line can be reported in the user's language.
let _flagError: CliError | undefined;

function _rejectFlag(render: (t: _ErrorMessages) => string): never {
  _flagError = new CliError(render, EXIT.usage);
  throw new CommanderArgumentError(_flagError.message);
}

function _valuesParser(flag: string, allowed: readonly string[]) {
  return (value: string, previous: string[] | undefined): string[] => {
    const items = value
      .split(",")
      .map((item) => item.trim())
      .filter((item) => item !== "");
    for (const item of items) {
      if (!allowed.includes(item)) _rejectFlag((t) => t.unknownValue(flag, _quoteInput(item), allowed));
    }
    return [...(previous ?? []), ...items];
  };
}

// The values a dimension's flag accepts: its fixed list (family ids are not checked here).
function _allowed(dimension: DimensionId): readonly string[] {
  return _dimensionOf(dimension).values ?? [];
}

function _listParser(dimension: DimensionId, flag: string) {
  return _valuesParser(flag, _allowed(dimension));
}

/**
 * Reads `MIN..MAX`, `MIN..`, `..MAX` or one value. The bounds are split at the first "..", so decimal bounds
 * such as `1.5B..7B` read as they look.
 */
function _rangeParser(read: (text: string) => number, example: string) {
  return (value: string): { min?: number; max?: number } => {
    const split = value.indexOf("..");
    const low = (split === -1 ? value : value.slice(0, split)).trim();
    const high = split === -1 ? undefined : value.slice(split + 2).trim();
    try {
      if (low === "" && (high === undefined || high === "")) throw new Error("empty");
      const min = low === "" ? undefined : read(low);
      const max = high === undefined ? min : high === "" ? undefined : read(high);
      if (min !== undefined && max !== undefined && min > max) throw new Error("reversed");
      return { ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }) };
    } catch {
      return _rejectFlag((t) => t.malformedRange(_quoteInput(value), example));
    }
  };
}

const _parameterRange = _rangeParser((text) => parseParameterCount(text), "1.5B..7B");
const _yearRange = _rangeParser((text) => {
  if (!/^\d{4}$/.test(text)) throw new Error("not a year");
  return Number(text);
}, "2018..2020");

function _addFilterOptions(command: Command): Command {
  const list = (flag: string, dimension: DimensionId, what: string) =>
    new Option(
      `--${flag} <values>`,
      `${what} (comma-separated: any of; valid: ${_allowed(dimension).join(", ")})`,
    ).argParser(_listParser(dimension, `--${flag}`));
  return command
    .addOption(list("arch", "architecture", "architecture; a node matches its descendants (rnn finds lstm)"))
    .addOption(
      new Option(
        "--modality <values>",
        "a modality the model takes or gives, or unimodal/multimodal (comma-separated: any of)",
      ).argParser(_valuesParser("--modality", [..._allowed("modality"), ..._allowed("modalityClass")])),
    )
    .addOption(list("input", "modality", "a modality the model takes"))
    .addOption(list("output", "modality", "a modality the model gives"))
    .addOption(list("size", "sizeClass", "scale"))
    .addOption(list("task-type", "taskType", "task type"))
    .addOption(list("task", "task", "task; a task matches its finer tasks"))
    .addOption(list("domain", "domain", "application domain"))
    .addOption(list("training", "trainingMethod", "training method"))
    .addOption(list("relation", "trainingRelation", "relation to the base model"))
    .addOption(list("framework", "framework", "generative framework"))
    .addOption(
      new Option(
        "--params <range>",
        'parameters, MIN..MAX with K/M/B/T suffixes and decimals, such as "1.5B..7B" or "..350M"',
      ).argParser(_parameterRange),
    )
    .addOption(
      new Option("--unknown-params", "only models whose parameter count was never published").conflicts("params"),
    )
    .addOption(new Option("--year <range>", 'year of release, such as "2018..2020" or "2023"').argParser(_yearRange))
    .addOption(new Option("--open-weights", "only models whose weights can be downloaded"))
    .addOption(
      new Option("--closed-weights", "only models whose weights cannot be downloaded").conflicts("openWeights"),
    )
    .addOption(new Option("--moe", "only mixture-of-experts models"))
    .addOption(new Option("--org <names>", "organization, without regard to case (comma-separated: any of)"))
    .addOption(new Option("--search <words>", "words that must all occur in a name or alias"));
}

// What the filter flags hold once commander has run their parsers: the parsers check every value against
// the vocabulary, so the types below are what is really there.
interface FilterFlags {
  arch?: DimensionValueOf<"architecture">[];
  modality?: (DimensionValueOf<"modality"> | DimensionValueOf<"modalityClass">)[];
  input?: DimensionValueOf<"modality">[];
  output?: DimensionValueOf<"modality">[];
  size?: DimensionValueOf<"sizeClass">[];
  taskType?: DimensionValueOf<"taskType">[];
  task?: DimensionValueOf<"task">[];
  domain?: DimensionValueOf<"domain">[];
  training?: DimensionValueOf<"trainingMethod">[];
  relation?: DimensionValueOf<"trainingRelation">[];
  framework?: DimensionValueOf<"framework">[];
  params?: { min?: number; max?: number };
  unknownParams?: boolean;
  year?: { min?: number; max?: number };
  openWeights?: boolean;
  closedWeights?: boolean;
  moe?: boolean;
  org?: string;
  search?: string;
}

function _isModalityClass(value: string): value is DimensionValueOf<"modalityClass"> {
  return value === "unimodal" || value === "multimodal";
}

function _filterFrom(flags: FilterFlags): ModelFilter {
  const modalities: DimensionValueOf<"modality">[] = [];
  const classes: DimensionValueOf<"modalityClass">[] = [];
  for (const value of flags.modality ?? []) {
    if (_isModalityClass(value)) classes.push(value);
    else modalities.push(value);
  }
  return {
    ...(flags.arch ? { architecture: flags.arch } : {}),
    ...(modalities.length > 0 ? { modality: modalities } : {}),
    ...(classes.length > 0 ? { modalityClass: classes } : {}),
    ...(flags.input ? { input: { all: flags.input } } : {}),
    ...(flags.output ? { output: { all: flags.output } } : {}),
    ...(flags.size ? { sizeClass: flags.size } : {}),
    ...(flags.taskType ? { taskType: flags.taskType } : {}),
    ...(flags.task ? { task: flags.task } : {}),
    ...(flags.domain ? { domain: flags.domain } : {}),
    ...(flags.training ? { trainingMethod: flags.training } : {}),
    ...(flags.relation ? { trainingRelation: flags.relation } : {}),
    ...(flags.framework ? { framework: flags.framework } : {}),
    ...(flags.params ? { parameters: flags.params } : {}),
    ...(flags.unknownParams ? { parameters: "unknown" as const } : {}),
    ...(flags.year ? { year: flags.year } : {}),
    ...(flags.openWeights ? { openWeights: true } : {}),
    ...(flags.closedWeights ? { openWeights: false } : {}),
    ...(flags.moe ? { mixtureOfExperts: true } : {}),
    ...(flags.org ? { organization: flags.org.split(",").map((org) => org.trim()) } : {}),
    ...(flags.search ? { search: flags.search } : {}),
  };
}

// ---- Output helpers ---------------------------------------------------------------------------------------

function _width(text: string): number {
  let width = 0;
  for (const char of text)
    width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(char)
      ? 2
      : 1;
  return width;
}

function _pad(text: string, width: number): string {
  return text + " ".repeat(Math.max(0, width - _width(text)));
}

function _truncate(text: string, max: number): string {
  if (_width(text) <= max) return text;
  let out = "";
  for (const char of text) {
    if (_width(`${out + char}…`) > max) break;
    out += char;
  }
  return `${out}…`;
}

function _table(ctx: Context, headers: readonly string[], rows: readonly (readonly string[])[]): void {
  const limits = headers.map((_, column) => (column === 0 ? 28 : 24));
  const cells = rows.map((row) => row.map((cell, column) => _truncate(cell, limits[column] ?? 24)));
  const widths = headers.map((header, column) =>
    Math.max(_width(header), ...cells.map((row) => _width(row[column] ?? ""))),
  );
  ctx.out(
    ctx.color.bold(
      headers
        .map((header, column) => _pad(header, widths[column] ?? 0))
        .join("  ")
        .trimEnd(),
    ),
  );
  ctx.out(ctx.color.dim(widths.map((width) => "─".repeat(width)).join("  ")));
  for (const row of cells)
    ctx.out(
      row
        .map((cell, column) => _pad(cell, widths[column] ?? 0))
        .join("  ")
        .trimEnd(),
    );
}

// Labels by "dimension/value", built once instead of searching DIMENSIONS for every table cell.
let _labels: ReadonlyMap<string, DimensionValue> | undefined;

function _label(ctx: Context, dimension: DimensionId, value: string): string {
  _labels ??= new Map(
    DIMENSIONS.flatMap((candidate) => candidate.values.map((entry) => [`${candidate.id}/${entry.id}`, entry] as const)),
  );
  return _labels.get(`${dimension}/${value}`)?.label[ctx.locale] ?? value;
}

function _architecture(model: Model, ctx: Context): string {
  const parts = [_label(ctx, "architecture", model.architecture.family)];
  if (model.architecture.mixtureOfExperts === true) parts.push("MoE");
  if (model.architecture.framework !== undefined) parts.push(_label(ctx, "framework", model.architecture.framework));
  return parts.join(", ");
}

function _json(ctx: Context, value: unknown): void {
  ctx.out(JSON.stringify(value, null, 2));
}

// ---- Commands ---------------------------------------------------------------------------------------------

const _OVERVIEW: readonly DimensionId[] = [
  "sizeClass",
  "taskType",
  "modalityClass",
  "trainingMethod",
  "domain",
  "architecture",
  "framework",
];

function _overview(ctx: Context): void {
  const facets = registry.facets();
  const total = registry.size;
  ctx.out(ctx.color.bold(ctx.text.overviewTitle(total)));
  const bar = (count: number, max: number) =>
    "█".repeat(Math.max(count > 0 ? 1 : 0, Math.round((count / Math.max(max, 1)) * 30)));
  const show = (dimensionId: DimensionId, values: readonly { id: string; count: number }[], title: string) => {
    ctx.out();
    ctx.out(ctx.color.bold(title));
    const max = Math.max(...values.map((value) => value.count));
    const width = Math.max(...values.map((value) => _width(_label(ctx, dimensionId, value.id))));
    for (const value of values) {
      ctx.out(
        `  ${_pad(_label(ctx, dimensionId, value.id), width)}  ${String(value.count).padStart(4)}  ${ctx.color.cyan(bar(value.count, max))}`,
      );
    }
  };
  for (const dimensionId of _OVERVIEW) {
    const dimension = DIMENSIONS.find((candidate) => candidate.id === dimensionId);
    if (dimension === undefined) continue;
    const counts: Readonly<Record<string, number>> = facets[dimensionId];
    show(
      dimensionId,
      dimension.values.map((value) => ({ id: value.id, count: counts[value.id] ?? 0 })),
      dimension.label[ctx.locale],
    );
    if (dimensionId === "sizeClass") {
      const unknown = registry.count({ parameters: "unknown" });
      ctx.out(ctx.color.dim(`  ${ctx.text.unknownCount(unknown)}`));
    }
  }
  const taskCounts: Readonly<Record<string, number>> = facets.task;
  const top = Object.entries(taskCounts)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 10)
    .map(([id, count]) => ({ id, count }));
  show("task", top, ctx.text.topTasks);
  ctx.out();
  for (const line of ctx.text.hint) ctx.out(ctx.color.dim(line));
}

function _list(ctx: Context, flags: FilterFlags & { json?: boolean; limit?: number; sort?: string }): void {
  const filter = _filterFrom(flags);
  const sort = flags.sort ?? "default";
  const descending = sort.startsWith("-");
  const key = descending ? sort.slice(1) : sort;
  const sortKey = SORT_KEYS.find((candidate) => candidate === key);
  if (sortKey === undefined) throw new CliError((t) => t.unknownSortKey(_quoteInput(sort), SORT_KEYS), EXIT.usage);
  const options: QueryOptions = { sort: sortKey, order: descending ? "desc" : "asc" };
  const all = registry.query(filter, options);
  const models = flags.limit === undefined ? all : all.slice(0, flags.limit);
  if (flags.json === true) {
    _json(ctx, { total: all.length, models });
    return;
  }
  if (models.length === 0) {
    ctx.out(ctx.text.noMatch);
    return;
  }
  const c = ctx.text.columns;
  _table(
    ctx,
    [c.name, c.organization, c.year, c.parameters, c.size, c.architecture, c.modalities, c.taskType],
    models.map((model) => [
      model.name,
      model.organization,
      String(model.year),
      formatParameterCount(model.parameters.total, ctx.text.unknown),
      model.sizeClass === null ? ctx.text.unknown : _label(ctx, "sizeClass", model.sizeClass),
      _architecture(model, ctx),
      `${model.modalities.input.join("+") || "∅"} → ${model.modalities.output.join("+")}`,
      _label(ctx, "taskType", model.taskType),
    ]),
  );
  ctx.out(ctx.color.dim(ctx.text.shown(models.length, all.length)));
}

function _show(ctx: Context, name: string, json: boolean): void {
  const model = registry.require(name);
  const lineage = registry.lineageOf(model);
  const derivatives = registry.derivativesOf(model);
  if (json) {
    _json(ctx, {
      model,
      description: registry.describe(model, { locale: ctx.locale }),
      lineage: lineage.map((m) => m.id),
      derivatives: derivatives.map((m) => m.id),
    });
    return;
  }
  const f = ctx.text.fields;
  const row = (label: string, value: string) => ctx.out(`${ctx.color.bold(_pad(label, 14))} ${value}`);
  const labels = (dimension: DimensionId, values: readonly string[]) =>
    values.map((value) => _label(ctx, dimension, value)).join(ctx.locale === "zh" ? "、" : ", ");
  ctx.out(ctx.color.bold(model.name));
  ctx.out(registry.describe(model, { locale: ctx.locale }));
  ctx.out();
  row(f.id, model.id);
  if (model.aliases.length > 0) row(f.aliases, model.aliases.join(", "));
  row(f.organization, model.organization);
  row(f.year, String(model.year));
  const params = [formatParameterCount(model.parameters.total, ctx.text.unknown)];
  if (model.parameters.variant !== undefined) params.push(`${f.variant}: ${model.parameters.variant}`);
  if (model.parameters.active !== undefined)
    params.push(`${f.active}: ${formatParameterCount(model.parameters.active ?? null, ctx.text.unknown)}`);
  row(f.parameters, params.join(", "));
  for (const dimension of DIMENSIONS) {
    let values: readonly string[] = [];
    switch (dimension.id) {
      case "sizeClass":
        values = model.sizeClass === null ? [] : [model.sizeClass];
        break;
      case "taskType":
        values = [model.taskType];
        break;
      case "task":
        values = model.tasks;
        break;
      case "modality":
        row(f.input, labels("modality", model.modalities.input) || ctx.text.none);
        row(f.output, labels("modality", model.modalities.output));
        continue;
      case "modalityClass":
        values = [model.modalityClass];
        break;
      case "trainingMethod":
        values = [model.training.method];
        break;
      case "trainingRelation":
        values = model.training.relation === undefined ? [] : [model.training.relation];
        break;
      case "domain":
        values = model.domains;
        break;
      case "architecture":
        row(
          dimension.label[ctx.locale],
          _architecture(model, ctx) +
            (model.architecture.components?.length
              ? ` (+ ${labels("architecture", model.architecture.components)})`
              : ""),
        );
        continue;
      case "framework":
        continue;
    }
    if (values.length > 0)
      row(dimension.label[ctx.locale], `${labels(dimension.id, values)} ${ctx.color.dim(`(${values.join(", ")})`)}`);
    else if (dimension.id === "sizeClass") row(dimension.label[ctx.locale], ctx.text.unknown);
  }
  if (model.training.baseModel !== undefined) {
    row(
      f.baseModel,
      [model.training.baseModel, ...(model.training.additionalBaseModels ?? [])]
        .map((id) => registry.get(id)?.name ?? id)
        .join(", "),
    );
  }
  if (lineage.length > 0) row(f.lineage, [model.name, ...lineage.map((m) => m.name)].join(" → "));
  if (derivatives.length > 0) row(f.derivatives, derivatives.map((m) => m.name).join(", "));
  row(f.openWeights, model.openWeights === null ? ctx.text.unknown : model.openWeights ? ctx.text.yes : ctx.text.no);
  if (model.license !== undefined) row(f.license, model.license);
  const links = Object.entries(model.links).map(([kind, url]) => `${kind}: ${url}`);
  if (links.length > 0) row(f.links, links.join("\n" + " ".repeat(15)));
  row(f.sources, model.sources.join("\n" + " ".repeat(15)));
}

function _facets(ctx: Context, flags: FilterFlags & { json?: boolean }): void {
  const filter = _filterFrom(flags);
  const facets = registry.facets(filter);
  const total = registry.count(filter);
  if (flags.json === true) {
    _json(ctx, { total, facets });
    return;
  }
  ctx.out(ctx.color.bold(ctx.text.shown(total, total)));
  for (const dimension of DIMENSIONS) {
    const counts: Readonly<Record<string, number>> = facets[dimension.id];
    const nonZero = dimension.values.filter((value) => (counts[value.id] ?? 0) > 0);
    if (nonZero.length === 0) continue;
    ctx.out();
    ctx.out(ctx.color.bold(dimension.label[ctx.locale]));
    for (const value of nonZero)
      ctx.out(`  ${_pad(value.label[ctx.locale], 34)} ${String(counts[value.id] ?? 0).padStart(4)}`);
  }
}

/**
 * `validate` checks at most this many records in one file: far more than any catalogue (a 16 MB file holds
 * about 30,000 real records), far less than what fills the heap.
 *
 * @example
 * ```ts
 * if (records.length > MAX_VALIDATE_RECORDS) throw new CliError((t) => t.tooManyRecords(path, records.length, MAX_VALIDATE_RECORDS), EXIT.io);
 * ```
 */
export const MAX_VALIDATE_RECORDS = 50_000;

/**
 * `validate` refuses records nested deeper than this; a model record is five levels deep at most.
 *
 * @example
 * ```ts
 * _nestsDeeperThan(record, MAX_NESTING_DEPTH); // true: reported as an invalid record
 * ```
 */
export const MAX_NESTING_DEPTH = 64;

/** Whether a value nests deeper than `limit` arrays and objects, found without recursion. */
function _nestsDeeperThan(value: unknown, limit: number): boolean {
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    if (typeof item.value !== "object" || item.value === null) continue;
    if (item.depth >= limit) return true;
    for (const child of Object.values(item.value)) stack.push({ value: child, depth: item.depth + 1 });
  }
  return false;
}

async function _validate(ctx: Context, path: string, flags: { json?: boolean; strict?: boolean }): Promise<number> {
  const document = parseDocument(await readText(path), path);
  const records: readonly unknown[] = Array.isArray(document) ? document : [document];
  if (records.length > MAX_VALIDATE_RECORDS) {
    const label = path === "-" ? undefined : path;
    throw new CliError(
      (t) => t.tooManyRecords(label ?? t.standardInput, records.length, MAX_VALIDATE_RECORDS),
      EXIT.io,
    );
  }
  const results = records.map((record, index) => {
    const id =
      typeof record === "object" && record !== null && "id" in record && typeof record.id === "string"
        ? record.id
        : null;
    const issue = (message: string) => ({ index, id, valid: false, issues: [{ path: "", message }], warnings: [] });
    if (_nestsDeeperThan(record, MAX_NESTING_DEPTH))
      return issue(`nested deeper than ${MAX_NESTING_DEPTH} levels; a model record needs fewer than ten`);
    let result: ReturnType<typeof safeParseModel>;
    try {
      result = safeParseModel(record, { strict: flags.strict === true });
    } catch (error) {
      // safeParseModel promises not to throw; should it ever, the record is still reported, not the run.
      return issue(error instanceof Error ? error.message : String(error));
    }
    return {
      index,
      id,
      valid: result.success,
      issues: result.success
        ? []
        : result.error.issues.map((issue) => ({ path: formatIssuePath(issue.path), message: issue.message })),
      warnings: result.success
        ? result.warnings.map((issue) => ({ path: formatIssuePath(issue.path), message: issue.message }))
        : [],
    };
  });
  const bad = results.filter((result) => !result.valid).length;
  if (flags.json === true) {
    _json(ctx, { valid: bad === 0, records: results });
  } else {
    const single = !Array.isArray(document);
    for (const result of results) {
      const where = single ? "" : `records[${result.index}]${result.id === null ? "" : ` ("${result.id}")`} `;
      for (const issue of result.issues) ctx.out(`${ctx.color.red("✖")} ${where}${issue.path}: ${issue.message}`);
      for (const warning of result.warnings)
        ctx.out(`${ctx.color.yellow("⚠")} ${where}${warning.path}: ${ctx.text.warning}: ${warning.message}`);
    }
    ctx.out(
      bad === 0
        ? ctx.color.green(ctx.text.valid(results.length))
        : ctx.color.red(ctx.text.invalid(bad, results.length)),
    );
  }
  return bad === 0 ? EXIT.ok : EXIT.invalid;
}

function _printClassification(ctx: Context, result: HuggingFaceClassification): void {
  ctx.out(ctx.color.bold(result.id ?? "(no id)"));
  const show = (
    label: string,
    value: string,
    finding: { confidence: string; evidence: readonly { field: string; value: string }[]; reason: string },
  ) => {
    const confidence =
      finding.confidence === "certain"
        ? ctx.color.green(finding.confidence)
        : finding.confidence === "inferred"
          ? ctx.color.yellow(finding.confidence)
          : ctx.color.red(finding.confidence);
    ctx.out(`${ctx.color.bold(_pad(label, 18))} ${value}  [${confidence}]`);
    const evidence = finding.evidence.map((item) => `${item.field}=${_truncate(item.value, 60)}`).join("; ");
    ctx.out(ctx.color.dim(`${" ".repeat(19)}${finding.reason}${evidence === "" ? "" : ` (${evidence})`}`));
  };
  const unknown = ctx.text.unknown;
  const dims = Object.fromEntries(DIMENSIONS.map((dimension) => [dimension.id, dimension.label[ctx.locale]]));
  const labelOf = (dimension: DimensionId, value: string | null) =>
    value === null ? unknown : _label(ctx, dimension, value);
  show(
    dims.task ?? "Task",
    result.tasks.value.map((task) => _label(ctx, "task", task)).join(", ") || unknown,
    result.tasks,
  );
  show(dims.taskType ?? "Task type", labelOf("taskType", result.taskType.value), result.taskType);
  const modalities = result.modalities.value;
  show(
    dims.modality ?? "Modality",
    modalities === null ? unknown : `${modalities.input.join("+") || "∅"} → ${modalities.output.join("+")}`,
    result.modalities,
  );
  show(
    dims.modalityClass ?? "Modality class",
    labelOf("modalityClass", result.modalityClass.value),
    result.modalityClass,
  );
  const params = result.parameters.value;
  const quantization =
    params.quantization === null
      ? ""
      : ` (${params.quantization.method}${params.quantization.bits === null ? "" : ` ${params.quantization.bits}-bit`}, ${params.quantization.treatment})`;
  show(
    ctx.text.fields.parameters,
    `${formatParameterCount(params.total, ctx.text.unknown)}${quantization}`,
    result.parameters,
  );
  show(dims.sizeClass ?? "Scale", labelOf("sizeClass", result.sizeClass.value), result.sizeClass);
  const training = result.training.value;
  show(
    dims.trainingMethod ?? "Training",
    training === null
      ? unknown
      : [
          _label(ctx, "trainingMethod", training.method),
          training.relation === undefined ? "" : _label(ctx, "trainingRelation", training.relation),
          training.baseModel ?? "",
        ]
          .filter((part) => part !== "")
          .join(" · "),
    result.training,
  );
  show(
    dims.domain ?? "Domain",
    result.domains.value.map((domain) => _label(ctx, "domain", domain)).join(", ") || unknown,
    result.domains,
  );
  const architecture = result.architecture.value;
  show(
    dims.architecture ?? "Architecture",
    architecture === null
      ? unknown
      : [
          _label(ctx, "architecture", architecture.family),
          architecture.mixtureOfExperts === true ? "MoE" : "",
          architecture.framework === undefined ? "" : _label(ctx, "framework", architecture.framework),
        ]
          .filter((part) => part !== "")
          .join(", "),
    result.architecture,
  );
  ctx.out();
  if (result.record === null) {
    ctx.out(`${ctx.text.recordMissing}:`);
    for (const reason of result.missing) ctx.out(`  - ${reason}`);
  } else {
    ctx.out(`${ctx.text.recordReady}:`);
    ctx.out(JSON.stringify(result.record, null, 2));
  }
}

async function _classify(
  ctx: Context,
  source: string,
  flags: { json?: boolean; ndjson?: boolean; endpoint?: string; token?: string; timeout?: number },
): Promise<number> {
  if (flags.ndjson === true) {
    let failures = 0;
    let line = 0;
    for await (const text of readLines(source)) {
      line++;
      if (text.trim() === "") continue;
      let output: string;
      try {
        output = JSON.stringify(classifyHuggingFaceModel(JSON.parse(text)));
      } catch (error) {
        failures++;
        output = JSON.stringify({
          line,
          error: `invalid JSON: ${error instanceof Error ? error.message : String(error)}`,
        });
      }
      // Waiting for a slow reader here is what keeps memory constant: nothing is read ahead of what is written.
      await _write(process.stdout, `${output}\n`);
    }
    return failures === 0 ? EXIT.ok : EXIT.invalid;
  }
  let results: HuggingFaceClassification[];
  if (
    source === "-" ||
    /\.(json|ya?ml|ndjson|jsonl)$/i.test(source) ||
    source.startsWith(".") ||
    source.startsWith("/")
  ) {
    const document = parseDocument(await readText(source), source);
    results = (Array.isArray(document) ? document : [document]).map((info) => classifyHuggingFaceModel(info));
  } else {
    if (!/^[A-Za-z0-9][\w.-]*(\/[A-Za-z0-9][\w.-]*)?$/.test(source) || source.includes(".."))
      throw new CliError((t) => t.notRepoId(_quoteInput(source)), EXIT.usage);
    if (flags.endpoint !== undefined && _parseEndpoint(flags.endpoint) === null)
      throw new CliError((t) => t.notEndpoint(t === _ERRORS.zh ? "（无效网址）" : "(not a URL)"), EXIT.usage);
    const token = flags.token ?? process.env.HF_TOKEN;
    const fetched = await fetchHuggingFaceModel(source, {
      ...(flags.endpoint === undefined ? {} : { endpoint: flags.endpoint }),
      ...(token === undefined || token === "" ? {} : { token }),
      ...(flags.timeout === undefined ? {} : { timeoutMs: flags.timeout }),
    });
    results = [fetched.classification];
  }
  if (flags.json === true) {
    _json(ctx, results.length === 1 ? results[0] : results);
  } else {
    results.forEach((result, index) => {
      if (index > 0) ctx.out();
      _printClassification(ctx, result);
    });
  }
  return EXIT.ok;
}

// ---- The program -------------------------------------------------------------------------------------------

const _EXIT_HELP = `
Exit codes: 0 success · 1 invalid data or unknown model · 2 usage error (unknown command, flag or value,
malformed range) · 3 input or output failed (a file missing, not text or too large; standard output closed or
full) · 4 the Hugging Face Hub could not be reached or refused the request.
Set NO_COLOR to turn colours off; they are on only when writing to a terminal.`;

function _examples(lines: readonly string[]): string {
  return `\nExamples:\n${lines.map((line) => `  $ ${line}`).join("\n")}\n`;
}

function _int(flag: string, min = 0) {
  return (value: string): number => {
    if (!/^\d+$/.test(value) || !Number.isSafeInteger(Number(value)) || Number(value) < min)
      _rejectFlag((t) => t.wholeNumber(flag, min, _quoteInput(value)));
    return Number(value);
  };
}

/** Runs the command line with the given arguments (without the node and script paths); resolves to the exit code. */
export async function run(argv: readonly string[]): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = new Command("model-taxonomy");
  const localeOption = new Option("--lang <locale>", "language of the output: en or zh (default: from LANG)").choices([
    "en",
    "zh",
  ]);
  const context = (options: { lang?: string; color?: boolean }): Context => {
    const locale: Locale =
      options.lang === "zh" ? "zh" : options.lang === "en" ? "en" : _localeFromEnvironment(process.env);
    // --no-color may stand before or after the command: commander then sets it on the program or on the
    // command, and the other keeps its default of true. Either one saying no is a no.
    const enabled =
      options.color !== false &&
      program.opts().color !== false &&
      process.stdout.isTTY === true &&
      !("NO_COLOR" in process.env && process.env.NO_COLOR !== "");
    return {
      locale,
      text: _MESSAGES[locale],
      color: pc.createColors(enabled),
      out: (line = "") => process.stdout.write(`${line}\n`),
    };
  };
  program
    .description(
      "Classify AI models along six aspects — scale, task, modality, training, domain, architecture — in English or Chinese.",
    )
    .version(_version(), "-v, --version")
    .addOption(localeOption)
    .option("--no-color", "never use colours")
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({ outputError: () => {} })
    .addHelpText(
      "after",
      `${_examples(["model-taxonomy", "model-taxonomy list --arch lstm --year ..2017", "model-taxonomy show bert --lang zh"])}${_EXIT_HELP}`,
    )
    .allowExcessArguments(true)
    .action(() => {
      const [command, topic] = program.args;
      if (command === "help") {
        // `help list` as well as `list --help`: commander offers no help command beside a default action.
        const about = program.commands.find((candidate) =>
          [candidate.name(), ...candidate.aliases()].includes(topic ?? ""),
        );
        if (topic !== undefined && about === undefined) throw _unknownCommand(program, topic);
        (about ?? program).outputHelp();
        return;
      }
      if (command !== undefined) throw _unknownCommand(program, command);
      _overview(context(program.opts()));
    });

  const withLang = (command: Command) =>
    command
      .addOption(new Option("--lang <locale>", "language of the output: en or zh").choices(["en", "zh"]))
      .option("--no-color", "never use colours");
  const lang = (options: { lang?: string; color?: boolean }) => context({ ...program.opts(), ...options });

  _addFilterOptions(
    withLang(
      program.command("list").alias("query").description("List the models that match filters, as a table or JSON."),
    ),
  )
    .option("--json", "print JSON: { total, models } (the full records)")
    .option("--limit <n>", "show at most n models", _int("--limit"))
    .option("--sort <key>", `sort by ${SORT_KEYS.join(", ")}; prefix with - to reverse (such as -parameters)`)
    .addHelpText(
      "after",
      `${_examples([
        "model-taxonomy list --arch lstm",
        "model-taxonomy list --modality multimodal --size small",
        "model-taxonomy list --task-type generative --domain code --params 1B..10B --open-weights",
        "model-taxonomy list --year 2018..2020 --org Google --sort -parameters --limit 10",
        "model-taxonomy list --search llama --json",
      ])}${_EXIT_HELP}`,
    )
    .action((options) => _list(lang(options), options));

  withLang(
    program
      .command("show")
      .argument("<model>", "a model id, name, alias or Hugging Face repo id")
      .description("Show every tag of one model, with labels, sources and lineage."),
  )
    .option("--json", "print JSON: { model, description, lineage, derivatives }")
    .addHelpText(
      "after",
      `${_examples(["model-taxonomy show gpt-2", "model-taxonomy show openai-community/gpt2 --lang zh", "model-taxonomy show llava --json"])}${_EXIT_HELP}`,
    )
    .action((name: string, options) => _show(lang(options), name, options.json === true));

  withLang(
    program
      .command("describe")
      .argument("<model>", "a model id, name or alias")
      .description("Describe a model in one or two sentences."),
  )
    .addHelpText(
      "after",
      `${_examples(["model-taxonomy describe gpt-2", "model-taxonomy describe gpt-2 --lang zh"])}${_EXIT_HELP}`,
    )
    .action((name: string, options) => {
      const ctx = lang(options);
      ctx.out(registry.describe(registry.require(name), { locale: ctx.locale }));
    });

  _addFilterOptions(
    withLang(program.command("facets").description("Count the matching models per value of every dimension.")),
  )
    .option("--json", "print JSON: { total, facets }")
    .addHelpText(
      "after",
      `${_examples(["model-taxonomy facets", "model-taxonomy facets --domain nlp --open-weights", "model-taxonomy facets --arch rnn --json"])}${_EXIT_HELP}`,
    )
    .action((options) => _facets(lang(options), options));

  withLang(
    program
      .command("validate")
      .argument("<file>", 'a JSON or YAML file with one record or an array of records; "-" reads standard input')
      .description("Validate your own model metadata and report every problem with its path."),
  )
    .option("--json", "print JSON: { valid, records: [{ index, id, valid, issues, warnings }] }")
    .option("--strict", "treat warnings as errors")
    .addHelpText(
      "after",
      `${_examples(["model-taxonomy validate my-models.yaml", "cat model.json | model-taxonomy validate -", "model-taxonomy validate models.json --strict --json"])}${_EXIT_HELP}`,
    )
    .action(async (file: string, options) => {
      exitCode = await _validate(lang(options), file, options);
    });

  withLang(
    program
      .command("classify")
      .argument(
        "<source>",
        'a Hub repo id (fetched from the Hub), a JSON file of API responses, or "-" for standard input',
      )
      .description("Classify a Hugging Face model from its Hub metadata, with the evidence for each answer."),
  )
    .option("--json", "print the classification as JSON")
    .option("--ndjson", "read one Hub record per line and write one classification per line (streams: any size)")
    .option("--endpoint <url>", "a Hub mirror or private hub (default https://huggingface.co)")
    .option("--token <token>", "access token for private or gated models (default: $HF_TOKEN)")
    .option("--timeout <ms>", "give up after this many milliseconds (default 10000)", _int("--timeout", 1))
    .addHelpText(
      "after",
      `${_examples([
        "model-taxonomy classify openai-community/gpt2",
        "model-taxonomy classify meta-llama/Llama-3.1-8B --token $HF_TOKEN --json",
        "model-taxonomy classify ./api-response.json",
        "model-taxonomy classify hub-dump.ndjson --ndjson > classified.ndjson",
      ])}${_EXIT_HELP}`,
    )
    .action(async (source: string, options) => {
      exitCode = await _classify(lang(options), source, options);
    });

  withLang(program.command("schema").description("Print the JSON Schema of a model record (the authoring form)."))
    .addHelpText("after", `${_examples(["model-taxonomy schema > model.schema.json"])}${_EXIT_HELP}`)
    .action(() => {
      process.stdout.write(`${JSON.stringify(modelJsonSchema(), null, 2)}\n`);
    });

  const locale = _localeFromArguments(argv, process.env);
  try {
    // Output to a closed descriptor would vanish without a trace; say so instead, whatever the command.
    if (_wasClosed(1)) throw new CliError((t) => t.stdoutClosed, EXIT.io);
    _flagError = undefined;
    await program.parseAsync([...argv], { from: "user" });
    return exitCode;
  } catch (error) {
    return _reportError(error, locale, {
      endpoint: _optionValue(argv, "--endpoint"),
      token: _optionValue(argv, "--token") ?? process.env.HF_TOKEN,
    });
  }
}

/** The value of a `--flag value` or `--flag=value` among the arguments, for messages after a failure. */
function _optionValue(argv: readonly string[], flag: string): string | undefined {
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index];
    if (arg === "--") break;
    if (arg === flag) return argv[index + 1];
    if (arg?.startsWith(`${flag}=`)) return arg.slice(flag.length + 1);
  }
  return undefined;
}

function _distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++)
      current.push(
        Math.min(
          (previous[j] ?? 0) + 1,
          (current[j - 1] ?? 0) + 1,
          (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
        ),
      );
    previous = current;
  }
  return previous[b.length] ?? 0;
}

function _unknownCommand(program: Command, command: string): CliError {
  const names = program.commands.flatMap((candidate) => [candidate.name(), ...candidate.aliases()]);
  // Only short words get a suggestion: edit distance on a long argument is work for nothing.
  const close =
    command.length > 32
      ? undefined
      : names
          .map((name) => ({ name, distance: _distance(command, name) }))
          .filter((candidate) => candidate.distance <= (command.length < 3 ? 1 : 2))
          .sort((a, b) => a.distance - b.distance)[0]?.name;
  const commands = program.commands.map((candidate) => candidate.name());
  return new CliError(
    (t) => t.unknownCommand(_quoteInput(command), close === undefined ? null : close, commands),
    EXIT.usage,
  );
}

/** What `classify` was asked to use, so that messages name the endpoint without its secrets. */
interface _RequestDetails {
  readonly endpoint: string | undefined;
  readonly token: string | undefined;
}

/** The localised line for a commander error: commander's own words are English, so they are read apart. */
function _commanderMessage(error: CommanderError): (t: _ErrorMessages) => string {
  const text = error.message.replace(/^error: /, "");
  const quoted = (name: string) => name.replace(/ <.*$/, "");
  let match: RegExpExecArray | null;
  switch (error.code) {
    case "commander.unknownOption":
      match = /unknown option '([^']+)'(?:\s*\(Did you mean ([^?]+)\?\))?/.exec(text);
      if (match) {
        const [, option = "", suggestion] = match;
        return (t) => t.unknownOption(option, suggestion ?? null);
      }
      break;
    case "commander.missingArgument":
      match = /missing required argument '([^']+)'/.exec(text);
      if (match) {
        const argument = match[1] ?? "";
        return (t) => t.missingArgument(argument);
      }
      break;
    case "commander.optionMissingArgument":
      match = /option '([^']+)' argument missing/.exec(text);
      if (match) {
        const option = quoted(match[1] ?? "");
        return (t) => t.missingOptionValue(option);
      }
      break;
    case "commander.conflictingOption":
      match = /option '([^']+)' cannot be used with option '([^']+)'/.exec(text);
      if (match) {
        const [first, second] = [quoted(match[1] ?? ""), quoted(match[2] ?? "")];
        return (t) => t.conflictingOptions(first, second);
      }
      break;
    case "commander.excessArguments":
      match = /too many arguments(?: for '([^']+)')?\. Expected (\d+) arguments? but got (\d+)/.exec(text);
      if (match) {
        const [command, expected, received] = [match[1] ?? "model-taxonomy", Number(match[2]), Number(match[3])];
        return (t) => t.excessArguments(command, expected, received);
      }
      break;
    case "commander.invalidArgument":
      if (_flagError !== undefined) {
        const flagError = _flagError;
        return (t) => flagError.in(t);
      }
      match = /option '([^']+)' argument '([^']*)' is invalid\. Allowed choices are (.*)\.$/.exec(text);
      if (match) {
        const [option, value, choices] = [quoted(match[1] ?? ""), _quoteInput(match[2] ?? ""), match[3] ?? ""];
        return (t) => t.invalidChoice(option, value, choices);
      }
      break;
  }
  return (t) => t.usage(text);
}

function _hubMessage(error: HuggingFaceHubError, request: _RequestDetails): (t: _ErrorMessages) => string {
  const endpoint = _parseEndpoint(request.endpoint ?? "https://huggingface.co")?.shown ?? "";
  const where = `${error.modelId} (${endpoint})`;
  const hasToken = request.token !== undefined && request.token !== "";
  switch (error.code) {
    case "unauthorized":
      return (t) => t.hub.unauthorized(where, hasToken);
    case "forbidden":
      return (t) => t.hub.forbidden(where);
    case "not-found":
      return (t) => t.hub.notFound(where);
    case "rate-limited":
      return (t) => t.hub.rateLimited(where, error.retryAfterSeconds);
    case "http":
      return (t) => t.hub.http(where, error.status);
    case "timeout":
      return (t) => t.hub.timeout(where, Number(/(\d+) ms/.exec(error.message)?.[1] ?? 0));
    case "aborted":
      return (t) => t.hub.aborted(where);
    case "network": {
      // The system's error code (ECONNREFUSED, ENOTFOUND, …) says what failed in any language.
      const reason = _systemErrorCode(error.cause) ?? _systemErrorCode(Reflect.get(Object(error.cause), "cause"));
      return (t) => t.hub.network(where, reason);
    }
    case "malformed-response":
      return (t) => t.hub.malformed(where);
    case "response-too-large":
      return (t) => t.hub.tooLarge(where, MAX_HUB_RESPONSE_BYTES / 1024 / 1024);
  }
}

function _systemErrorCode(error: unknown): string | null {
  const code: unknown = error instanceof Error ? Reflect.get(error, "code") : undefined;
  return typeof code === "string" && /^E[A-Z_]+$/.test(code) ? code : null;
}

/** Reports an error in one line of the user's language, without secrets; returns the exit code. */
function _reportError(error: unknown, locale: Locale, request: _RequestDetails): number {
  const messages = _ERRORS[locale];
  const secrets = [request.token, ...(_parseEndpoint(request.endpoint ?? "")?.secrets ?? [])].filter(
    (secret): secret is string => secret !== undefined && secret.length > 2,
  );
  const line = (message: string) => {
    const safe = secrets.reduce((text, secret) => text.split(secret).join("***"), message);
    process.stderr.write(`${_MESSAGES[locale].errorPrefix} ${safe.replace(/\s*\n\s*/g, " ")}\n`);
  };
  if (error instanceof CommanderError) {
    if (
      error.code === "commander.helpDisplayed" ||
      error.code === "commander.version" ||
      error.code === "commander.help"
    )
      return EXIT.ok;
    line(_commanderMessage(error)(messages));
    return EXIT.usage;
  }
  if (error instanceof CliError) {
    line(error.in(messages));
    return error.exitCode;
  }
  if (error instanceof HuggingFaceHubError) {
    line(_hubMessage(error, request)(messages));
    return error.code === "not-found" || error.code === "unauthorized" || error.code === "forbidden"
      ? EXIT.invalid
      : EXIT.network;
  }
  if (error instanceof UnknownModelError) {
    line(
      messages.unknownModel(
        _quoteInput(error.query),
        error.suggestions.map((name) => JSON.stringify(name)),
      ),
    );
    return EXIT.invalid;
  }
  if (error instanceof InvalidArgumentError) {
    line(messages.usage(error.message));
    return EXIT.usage;
  }
  const write = _writeFailure(error);
  if (write !== null) {
    line(messages.cannotWrite(write === "ENOSPC" ? messages.noSpace : write));
    return EXIT.io;
  }
  if (error instanceof ModelTaxonomyError) {
    line(messages.usage(error.message));
    return EXIT.invalid;
  }
  line(messages.unexpected(error instanceof Error ? error.message : String(error)));
  return EXIT.invalid;
}

/**
 * The error code of a failed write (ENOSPC, EBADF, EPIPE, …), or null for any other error.
 *
 * @example
 * ```ts
 * process.stdout.on("error", (error) => _writeFailure(error) === "EPIPE" && process.exit(0));
 * ```
 */
export function _writeFailure(error: unknown): string | null {
  if (!(error instanceof Error) || !("code" in error) || typeof error.code !== "string") return null;
  return "syscall" in error && error.syscall === "write" ? error.code : null;
}
