// `list` (alias `query`): the models that match the filter flags, as a table, grouped or not, or as JSON.
import type { Command } from "commander";
import { _closest } from "../../_text.js";
import { _DIMENSION_LIST, type DimensionId } from "../../dimensions/index.js";
import { formatParameterCount } from "../../dimensions/scale.js";
import type { Model } from "../../model.js";
import type { ModelRegistry, QueryOptions } from "../../registry/create.js";
import { SORT_KEYS, type SortKey } from "../../registry/sort-keys.js";
import { formatBytes, weightMemory } from "../../weights.js";
import type { _Cli, _CliContext } from "../context.js";
import {
  _addFilterOptions,
  type _FilterFlags,
  _filterFrom,
  _groupDimension,
  type _ResolveOpenValue,
} from "../filters.js";
import { _int } from "../flags.js";
import { _architectureSummary, _json, _label, _modalitySummary, _table } from "../format.js";
import { _helpAfter } from "../help.js";
import { CliError, EXIT } from "../input.js";
import { _loadRegistry } from "../registry.js";
import { _quoteInput } from "../text.js";

interface ListFlags extends _FilterFlags {
  readonly json?: boolean;
  readonly limit?: number;
  readonly sort?: string;
  readonly group?: string;
}

/**
 * The `--sort` help, naming every key of `SORT_KEYS` (read from their own small module, so that defining the
 * command, and `--version`, does not load the registry's code).
 *
 * @example
 * ```ts
 * new Option("--sort <key>", _SORT_HELP);
 * ```
 *
 * @internal
 */
export const _SORT_HELP = `sort by ${SORT_KEYS.slice(0, -1).join(", ")} or ${SORT_KEYS.at(-1)}; prefix with - to reverse (-parameters)`;

function queryOptions(sort: string): QueryOptions {
  const descending = sort.startsWith("-");
  const key = descending ? sort.slice(1) : sort;
  const sortKey: SortKey | undefined = SORT_KEYS.find((candidate) => candidate === key);
  if (sortKey === undefined) throw new CliError((t) => t.unknownSortKey(_quoteInput(sort), SORT_KEYS), EXIT.usage);
  return { sort: sortKey, order: descending ? "desc" : "asc" };
}

/**
 * Resolves family names for the `--family` flag (and any other dimension whose values come from the data).
 *
 * @example
 * ```ts
 * _filterFrom(flags, _openValues(registry));
 * ```
 *
 * @internal
 */
export function _openValues(registry: ModelRegistry): _ResolveOpenValue {
  return (dimension, value) => {
    if (dimension !== "family") return value;
    const found = registry.getFamily(value)?.id;
    return found ?? { suggestions: _closeFamilies(registry, value) };
  };
}

/**
 * The names of the families closest to a name that is none, best first; the family of a model when the name is
 * a model's.
 *
 * @example
 * ```ts
 * _closeFamilies(registry, "lama 2"); // ["Llama 2"]
 * ```
 *
 * @internal
 */
export function _closeFamilies(registry: ModelRegistry, name: string): string[] {
  const family = registry.get(name)?.family;
  const named = family === undefined ? undefined : registry.getFamily(family)?.name;
  if (named !== undefined) return [named];
  return _closest(name, new Set(registry.families().map((candidate) => candidate.name)), 3);
}

function printTable(ctx: _CliContext, models: readonly Model[], bits: number | undefined): void {
  const c = ctx.text.columns;
  const headers = [c.name, c.organization, c.year, c.parameters, c.size, c.architecture, c.modalities, c.taskType];
  _table(
    ctx,
    bits === undefined ? headers : [...headers, c.weights(bits)],
    models.map((model) => {
      const row = [
        model.name,
        model.organization,
        String(model.year),
        formatParameterCount(model.parameters.total, ctx.text.unknown),
        model.sizeClass === null ? ctx.text.unknown : _label(ctx, "sizeClass", model.sizeClass),
        _architectureSummary(ctx, model),
        _modalitySummary(model.modalities),
        _label(ctx, "taskType", model.taskType),
      ];
      return bits === undefined ? row : [...row, _bytes(ctx, weightMemory(model, bits))];
    }),
  );
}

/**
 * A number of bytes in the context's words ("unknown" in its language).
 *
 * @example
 * ```ts
 * _bytes(ctx, 3_500_000_000); // "3.5 GB"
 * ```
 *
 * @internal
 */
export function _bytes(ctx: _CliContext, bytes: number | null): string {
  return bytes === null ? ctx.text.unknown : formatBytes(bytes);
}

interface Group {
  readonly value: string;
  readonly label: string;
  readonly models: readonly Model[];
}

// Groups the matches; groups come in the dimension's order (families: the registry's order of families), and
// within a group the models keep the query's order, or the family's own order (smallest first) by default.
function groupModels(
  ctx: _CliContext,
  registry: ModelRegistry,
  by: DimensionId,
  models: readonly Model[],
  sorted: boolean,
) {
  const declared = _DIMENSION_LIST.find((candidate) => candidate.id === by);
  const order = declared?.values ?? registry.families().map((family) => family.id);
  const grouped: Readonly<Record<string, readonly Model[]>> = registry.groupBy(by);
  const groups: Group[] = [];
  const matches = new Set(models);
  for (const value of order) {
    const family = by === "family" ? registry.getFamily(value) : undefined;
    const members = new Set(grouped[value] ?? []);
    const inGroup = (family === undefined || sorted ? models : family.members).filter((model) => members.has(model));
    const matched = family === undefined || sorted ? inGroup : inGroup.filter((model) => matches.has(model));
    if (matched.length === 0) continue;
    groups.push({ value, label: family?.name ?? _label(ctx, by, value), models: matched });
  }
  return groups;
}

async function list(ctx: _CliContext, flags: ListFlags): Promise<void> {
  const registry = await _loadRegistry();
  const filter = _filterFrom(flags, _openValues(registry));
  const all = registry.query(filter, queryOptions(flags.sort ?? "default"));
  const limit = (models: readonly Model[]) => (flags.limit === undefined ? models : models.slice(0, flags.limit));
  const bits = flags.weights === undefined ? undefined : (flags.bits ?? 16);
  if (flags.group !== undefined) {
    const groups = groupModels(ctx, registry, _groupDimension(flags.group), all, flags.sort !== undefined);
    if (flags.json === true) {
      _json(ctx, {
        total: all.length,
        groups: groups.map((group) => ({ ...group, count: group.models.length, models: limit(group.models) })),
      });
      return;
    }
    if (groups.length === 0) ctx.out(ctx.text.noMatch);
    for (const group of groups) {
      ctx.out();
      ctx.out(ctx.color.bold(`${group.label} (${group.models.length})`));
      printTable(ctx, limit(group.models), bits);
    }
    return;
  }
  const models = limit(all);
  if (flags.json === true) return _json(ctx, { total: all.length, models });
  if (models.length === 0) return ctx.out(ctx.text.noMatch);
  printTable(ctx, models, bits);
  ctx.out(ctx.color.dim(ctx.text.shown(models.length, all.length)));
}

/**
 * Defines `list` and its alias `query`.
 *
 * @example
 * ```ts
 * _defineList(program, cli);
 * ```
 *
 * @internal
 */
export function _defineList(program: Command, cli: _Cli): void {
  const dimensions = _DIMENSION_LIST.map((dimension) => dimension.id).join(", ");
  _addFilterOptions(
    cli.common(
      program.command("list").alias("query").description("List the models that match filters, as a table or JSON."),
    ),
  )
    .option("--json", "print JSON: { total, models }, or { total, groups } with --group")
    .option("--limit <n>", "show at most n models (with --group: n per group)", _int("--limit"))
    .option("--sort <key>", _SORT_HELP)
    .option("--group <dimension>", `group the models by a dimension: ${dimensions}`)
    .addHelpText(
      "after",
      _helpAfter([
        "model-taxonomy list --arch lstm",
        "model-taxonomy list --modality multimodal --size small",
        "model-taxonomy list --task-type generative --domain code --params 1B..10B --open-weights",
        "model-taxonomy list --open-weights --weights 4GB --bits 4",
        "model-taxonomy list --component rnn --group family",
        "model-taxonomy list --year 2018..2020 --org Google --sort -parameters --limit 10",
        "model-taxonomy list --search llama --json",
      ]),
    )
    .action((options: ListFlags) => list(cli.context(options), options));
}
