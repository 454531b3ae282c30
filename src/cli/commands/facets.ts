// `facets [filters]`: for the matching models, how many have each value of each dimension.
import type { Command } from "commander";
import { _DIMENSION_LIST } from "../../dimensions/index.js";
import type { ModelRegistry } from "../../registry/create.js";
import type { _Cli, _CliContext } from "../context.js";
import { _addFilterOptions, type _FilterFlags, _filterFrom } from "../filters.js";
import { _json, _label, _pad } from "../format.js";
import { _helpAfter } from "../help.js";
import { _loadRegistry } from "../registry.js";
import { _openValues } from "./list.js";

// Values in the dimension's own order; a dimension whose values come from the data (family) in the registry's
// order of families, each shown by its name.
function valuesOf(registry: ModelRegistry, dimension: (typeof _DIMENSION_LIST)[number]): readonly string[] {
  return dimension.values ?? registry.families().map((family) => family.id);
}

async function facets(ctx: _CliContext, flags: _FilterFlags & { json?: boolean }): Promise<void> {
  const registry = await _loadRegistry();
  const filter = _filterFrom(flags, _openValues(registry));
  const counts = registry.facets(filter);
  const total = registry.count(filter);
  if (flags.json === true) return _json(ctx, { total, facets: counts });
  ctx.out(ctx.color.bold(ctx.text.shown(total, total)));
  for (const dimension of _DIMENSION_LIST) {
    const byValue: Readonly<Record<string, number>> = counts[dimension.id];
    const nonZero = valuesOf(registry, dimension).filter((value) => (byValue[value] ?? 0) > 0);
    if (nonZero.length === 0) continue;
    ctx.out();
    ctx.out(ctx.color.bold(dimension.label[ctx.locale]));
    for (const value of nonZero) {
      const label =
        dimension.values === null ? (registry.getFamily(value)?.name ?? value) : _label(ctx, dimension.id, value);
      ctx.out(`  ${_pad(label, 34)} ${String(byValue[value] ?? 0).padStart(4)}`);
    }
  }
}

/**
 * Defines `facets [filters]`.
 *
 * @example
 * ```ts
 * _defineFacets(program, cli);
 * ```
 *
 * @internal
 */
export function _defineFacets(program: Command, cli: _Cli): void {
  _addFilterOptions(
    cli.common(program.command("facets").description("Count the matching models per value of every dimension.")),
  )
    .option("--json", "print JSON: { total, facets }")
    .addHelpText(
      "after",
      _helpAfter([
        "model-taxonomy facets",
        "model-taxonomy facets --domain nlp --open-weights",
        "model-taxonomy facets --arch rnn --json",
        "model-taxonomy facets --family llama-2",
      ]),
    )
    .action((options: _FilterFlags & { json?: boolean }) => facets(cli.context(options), options));
}
