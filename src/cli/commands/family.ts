// `family [name]`: a family's sentence and its members with size, size class, training and weight memory; with
// no name, every family with its size range.
import type { Command } from "commander";
import { formatParameterCount } from "../../dimensions/scale.js";
import { _TRAINING_METHOD_DIMENSION } from "../../dimensions/training.js";
import type { ModelFamily } from "../../registry/_families.js";
import type { ModelRegistry } from "../../registry/create.js";
import { weightMemory } from "../../weights.js";
import type { _Cli, _CliContext } from "../context.js";
import { _numberBetween } from "../flags.js";
import { _json, _label, _labels, _table } from "../format.js";
import { _helpAfter } from "../help.js";
import { CliError, EXIT } from "../input.js";
import { _loadRegistry } from "../registry.js";
import { _quoteInput } from "../text.js";
import { _bytes, _closeFamilies } from "./list.js";

interface FamilyFlags {
  readonly json?: boolean;
  readonly bits?: number;
  readonly lang?: string;
  readonly color?: boolean;
}

function range(ctx: _CliContext, family: ModelFamily): string {
  const { parameters } = family;
  if (parameters === null) return ctx.text.unknown;
  const [min, max] = [formatParameterCount(parameters.min), formatParameterCount(parameters.max)];
  return min === max ? min : `${min}–${max}`;
}

function summaryJson(family: ModelFamily) {
  return {
    id: family.id,
    name: family.name,
    aliases: family.aliases,
    representative: family.representative.id,
    members: family.members.map((member) => member.id),
    parameters: family.parameters,
    sizeClasses: family.sizeClasses,
    years: family.years,
  };
}

function printFamily(ctx: _CliContext, registry: ModelRegistry, family: ModelFamily, bits: number): void {
  const c = ctx.text.columns;
  const rows = family.members.map((member) => [
    member.name,
    formatParameterCount(member.parameters.total, ctx.text.unknown),
    member.sizeClass === null ? ctx.text.unknown : _label(ctx, "sizeClass", member.sizeClass),
    [
      _label(ctx, _TRAINING_METHOD_DIMENSION.id, member.training.method),
      member.training.baseModel === undefined
        ? ""
        : `← ${registry.get(member.training.baseModel)?.name ?? member.training.baseModel}`,
    ]
      .filter((part) => part !== "")
      .join(" "),
    _bytes(ctx, weightMemory(member, bits)),
  ]);
  ctx.out(ctx.color.bold(family.name));
  ctx.out(registry.describeFamily(family, { locale: ctx.locale }));
  ctx.out();
  _table(ctx, [c.name, c.parameters, c.size, c.training, c.weights(bits)], rows);
  ctx.out(ctx.color.dim(ctx.text.members(family.members.length)));
}

function printFamilies(ctx: _CliContext, families: readonly ModelFamily[]): void {
  const c = ctx.text.columns;
  _table(
    ctx,
    [c.family, c.members, c.parameters, c.size, c.year],
    families.map((family) => [
      family.name,
      String(family.members.length),
      range(ctx, family),
      _labels(ctx, "sizeClass", family.sizeClasses) || ctx.text.unknown,
      family.years.first === family.years.last
        ? String(family.years.first)
        : `${family.years.first}–${family.years.last}`,
    ]),
  );
  ctx.out(ctx.color.dim(ctx.text.familyCount(families.length)));
}

async function family(ctx: _CliContext, name: string | undefined, flags: FamilyFlags): Promise<void> {
  const registry = await _loadRegistry();
  if (name === undefined) {
    const families = registry.families();
    if (flags.json === true) return _json(ctx, { total: families.length, families: families.map(summaryJson) });
    return printFamilies(ctx, families);
  }
  const found = registry.getFamily(name);
  if (found === undefined) {
    const suggestions = _closeFamilies(registry, name).map((suggestion) => JSON.stringify(suggestion));
    throw new CliError((t) => t.unknownFamily(_quoteInput(name), suggestions), EXIT.invalid);
  }
  const bits = flags.bits ?? 16;
  if (flags.json === true) {
    return _json(ctx, {
      family: summaryJson(found),
      description: registry.describeFamily(found, { locale: ctx.locale }),
      bits,
      members: found.members.map((member) => ({
        id: member.id,
        name: member.name,
        parameters: member.parameters.total,
        sizeClass: member.sizeClass,
        training: member.training,
        weightMemory: weightMemory(member, bits),
      })),
    });
  }
  printFamily(ctx, registry, found, bits);
}

/**
 * Defines `family [name]`.
 *
 * @example
 * ```ts
 * _defineFamily(program, cli);
 * ```
 *
 * @internal
 */
export function _defineFamily(program: Command, cli: _Cli): void {
  cli
    .common(
      program
        .command("family")
        .argument("[name]", 'a family\'s id, name or alias, such as llama-2 or "Llama 2"; none lists every family')
        .description("Describe a family of models and list its members with their size, training and weight memory."),
    )
    .option("--bits <n>", "bits per parameter for the weight memory (default 16)", _numberBetween("--bits", 1, 64))
    .option("--json", "print JSON: { family, description, bits, members }, or { total, families } with no name")
    .addHelpText(
      "after",
      _helpAfter([
        'model-taxonomy family "Llama 2"',
        "model-taxonomy family qwen2.5 --bits 4 --lang zh",
        "model-taxonomy family bert --json",
        "model-taxonomy family",
      ]),
    )
    .action((name: string | undefined, options: FamilyFlags) => family(cli.context(options), name, options));
}
