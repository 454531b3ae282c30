// `show <model>`: every tag of one model, one row per dimension (derived from the dimension list), then its
// parameters, weight memory, family, lineage, licence, links and sources.
import type { Command } from "commander";
import { _ARCHITECTURE_DIMENSION, _COMPONENT_DIMENSION } from "../../dimensions/architecture.js";
import { _FAMILY_DIMENSION } from "../../dimensions/family.js";
import { _DIMENSION_LIST, type DimensionId } from "../../dimensions/index.js";
import { _MODALITY_DIMENSION } from "../../dimensions/modality.js";
import { formatParameterCount } from "../../dimensions/scale.js";
import type { Model } from "../../model.js";
import type { ModelRegistry } from "../../registry/create.js";
import { weightMemory } from "../../weights.js";
import type { _Cli, _CliContext } from "../context.js";
import { _architectureSummary, _json, _labels, _pad, _width } from "../format.js";
import { _helpAfter } from "../help.js";
import { _loadRegistry } from "../registry.js";
import { _bytes } from "./list.js";

/**
 * The precisions `show` gives the weight memory at: half precision, and the two common quantizations.
 *
 * @example
 * ```ts
 * _SHOWN_PRECISIONS.map((bits) => weightMemory(model, bits));
 * ```
 *
 * @internal
 */
export const _SHOWN_PRECISIONS = [16, 8, 4] as const;

type Row = readonly [label: string, value: string];

// Dimensions whose row says more than the labels of their values; every other dimension, a new one included,
// gets the generic row. No row at all for the framework: it is part of the architecture row.
const SPECIAL_ROWS: Partial<Record<DimensionId, (ctx: _CliContext, model: Model, registry: ModelRegistry) => Row[]>> = {
  modality: (ctx, model) => [
    [ctx.text.fields.input, _labels(ctx, _MODALITY_DIMENSION.id, model.modalities.input) || ctx.text.none],
    [ctx.text.fields.output, _labels(ctx, _MODALITY_DIMENSION.id, model.modalities.output)],
  ],
  architecture: (ctx, model) => [[_ARCHITECTURE_DIMENSION.label[ctx.locale], _architectureSummary(ctx, model)]],
  framework: () => [],
  component: (ctx, model) => {
    const components = model.architecture.components ?? [];
    return components.length === 0
      ? []
      : [[_COMPONENT_DIMENSION.label[ctx.locale], _labels(ctx, _COMPONENT_DIMENSION.id, components)]];
  },
  family: (ctx, model, registry) => {
    const family = registry.familyOf(model);
    return family === undefined
      ? []
      : [[_FAMILY_DIMENSION.label[ctx.locale], ctx.text.familyRow(family.name, family.members.length)]];
  },
};

function dimensionRows(ctx: _CliContext, model: Model, registry: ModelRegistry): Row[] {
  return _DIMENSION_LIST.flatMap((dimension): Row[] => {
    const special = SPECIAL_ROWS[dimension.id];
    if (special !== undefined) return special(ctx, model, registry);
    const values = dimension.read(model);
    const label = dimension.label[ctx.locale];
    if (values.length === 0) return dimension.id === "sizeClass" ? [[label, ctx.text.unknown]] : [];
    return [[label, `${_labels(ctx, dimension.id, values)} ${ctx.color.dim(`(${values.join(", ")})`)}`]];
  });
}

function parameterRow(ctx: _CliContext, model: Model): string {
  const f = ctx.text.fields;
  const parts = [formatParameterCount(model.parameters.total, ctx.text.unknown)];
  if (model.parameters.variant !== undefined) parts.push(`${f.variant}: ${model.parameters.variant}`);
  if (model.parameters.active !== undefined)
    parts.push(`${f.active}: ${formatParameterCount(model.parameters.active ?? null, ctx.text.unknown)}`);
  return parts.join(", ");
}

function weightRow(ctx: _CliContext, model: Model): string {
  if (model.parameters.total === null) return ctx.text.unknown;
  return _SHOWN_PRECISIONS
    .map((bits) => `${ctx.text.bitsLabel(bits)} ${_bytes(ctx, weightMemory(model, bits))}`)
    .join(" · ");
}

function lineageRows(ctx: _CliContext, model: Model, registry: ModelRegistry): Row[] {
  const f = ctx.text.fields;
  const rows: Row[] = [];
  if (model.training.baseModel !== undefined) {
    const bases = [model.training.baseModel, ...(model.training.additionalBaseModels ?? [])];
    rows.push([f.baseModel, bases.map((id) => registry.get(id)?.name ?? id).join(", ")]);
  }
  const lineage = registry.lineageOf(model);
  if (lineage.length > 0) rows.push([f.lineage, [model.name, ...lineage.map((m) => m.name)].join(" → ")]);
  const derivatives = registry.derivativesOf(model);
  if (derivatives.length > 0) rows.push([f.derivatives, derivatives.map((m) => m.name).join(", ")]);
  return rows;
}

function rowsOf(ctx: _CliContext, model: Model, registry: ModelRegistry, indent: string): Row[] {
  const f = ctx.text.fields;
  const links = Object.entries(model.links).map(([kind, url]) => `${kind}: ${url}`);
  return [
    [f.id, model.id],
    ...(model.aliases.length > 0 ? [[f.aliases, model.aliases.join(", ")] as const] : []),
    [f.organization, model.organization],
    [f.year, String(model.year)],
    [f.parameters, parameterRow(ctx, model)],
    [f.weightMemory, weightRow(ctx, model)],
    ...dimensionRows(ctx, model, registry),
    ...lineageRows(ctx, model, registry),
    [f.openWeights, model.openWeights === null ? ctx.text.unknown : model.openWeights ? ctx.text.yes : ctx.text.no],
    ...(model.license === undefined ? [] : [[f.license, model.license] as const]),
    ...(links.length > 0 ? [[f.links, links.join(indent)] as const] : []),
    [f.sources, model.sources.join(indent)],
  ];
}

async function show(ctx: _CliContext, name: string, json: boolean): Promise<void> {
  const registry = await _loadRegistry();
  const model = registry.require(name);
  const description = registry.describeModelByName(model, { locale: ctx.locale });
  if (json) {
    return _json(ctx, {
      model,
      description,
      family: registry.familyOf(model)?.id ?? null,
      weightMemory: Object.fromEntries(_SHOWN_PRECISIONS.map((bits) => [bits, weightMemory(model, bits)])),
      lineage: registry.lineageOf(model).map((m) => m.id),
      derivatives: registry.derivativesOf(model).map((m) => m.id),
    });
  }
  ctx.out(ctx.color.bold(model.name));
  ctx.out(description);
  ctx.out();
  // Labels are padded to the longest one in either language, so the values line up and stay where they are.
  const width = Math.max(
    ...Object.values(ctx.text.fields).map(_width),
    ..._DIMENSION_LIST.map((d) => _width(d.label[ctx.locale])),
  );
  const rows = rowsOf(ctx, model, registry, `\n${" ".repeat(width + 1)}`);
  for (const [label, value] of rows) ctx.out(`${ctx.color.bold(_pad(label, width))} ${value}`);
}

/**
 * Defines `show <model>`.
 *
 * @example
 * ```ts
 * _defineShow(program, cli);
 * ```
 *
 * @internal
 */
export function _defineShow(program: Command, cli: _Cli): void {
  cli
    .common(
      program
        .command("show")
        .argument("<model>", "a model id, name, alias or Hugging Face repo id")
        .description("Show every tag of one model, with labels, weight memory, family, sources and lineage."),
    )
    .option("--json", "print JSON: { model, description, family, weightMemory, lineage, derivatives }")
    .addHelpText(
      "after",
      _helpAfter([
        "model-taxonomy show gpt-2",
        "model-taxonomy show openai-community/gpt2 --lang zh",
        "model-taxonomy show llava-v1.5-7b --json",
      ]),
    )
    .action((name: string, options: { json?: boolean; lang?: string; color?: boolean }) =>
      show(cli.context(options), name, options.json === true),
    );
}
