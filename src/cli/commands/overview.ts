// The program without a command: counts per value of the main dimensions, as bars, and the commands to try.
import { _ARCHITECTURE_DIMENSION, _FRAMEWORK_DIMENSION } from "../../dimensions/architecture.js";
import { _DOMAIN_DIMENSION } from "../../dimensions/domain.js";
import { DIMENSIONS, type DimensionId } from "../../dimensions/index.js";
import { _MODALITY_CLASS_DIMENSION } from "../../dimensions/modality.js";
import { _SIZE_CLASS_DIMENSION } from "../../dimensions/scale.js";
import { _TASK_DIMENSION, _TASK_TYPE_DIMENSION } from "../../dimensions/task.js";
import { _TRAINING_METHOD_DIMENSION } from "../../dimensions/training.js";
import type { _CliContext } from "../context.js";
import { _label, _pad, _width } from "../format.js";
import { _loadRegistry } from "../registry.js";

// The dimensions the overview shows: one or two per aspect; the fine task is shown as its ten most common.
const SHOWN: readonly DimensionId[] = [
  _SIZE_CLASS_DIMENSION,
  _TASK_TYPE_DIMENSION,
  _MODALITY_CLASS_DIMENSION,
  _TRAINING_METHOD_DIMENSION,
  _DOMAIN_DIMENSION,
  _ARCHITECTURE_DIMENSION,
  _FRAMEWORK_DIMENSION,
].map((dimension) => dimension.id);

interface Count {
  readonly id: string;
  readonly count: number;
}

function printBars(ctx: _CliContext, dimension: DimensionId, title: string, values: readonly Count[]): void {
  ctx.out();
  ctx.out(ctx.color.bold(title));
  const max = Math.max(1, ...values.map((value) => value.count));
  const width = Math.max(...values.map((value) => _width(_label(ctx, dimension, value.id))));
  for (const value of values) {
    const bar = "█".repeat(Math.max(value.count > 0 ? 1 : 0, Math.round((value.count / max) * 30)));
    ctx.out(
      `  ${_pad(_label(ctx, dimension, value.id), width)}  ${String(value.count).padStart(4)}  ${ctx.color.cyan(bar)}`,
    );
  }
}

/**
 * Prints the overview of the built-in registry.
 *
 * @example
 * ```ts
 * await _overview(cli.context(program.opts()));
 * ```
 *
 * @internal
 */
export async function _overview(ctx: _CliContext): Promise<void> {
  const registry = await _loadRegistry();
  const facets = registry.facets();
  ctx.out(ctx.color.bold(ctx.text.overviewTitle(registry.size, registry.families().length)));
  for (const dimension of DIMENSIONS) {
    if (!SHOWN.includes(dimension.id)) continue;
    const counts: Readonly<Record<string, number>> = facets[dimension.id];
    const values = dimension.values.map((value) => ({ id: value.id, count: counts[value.id] ?? 0 }));
    printBars(ctx, dimension.id, dimension.label[ctx.locale], values);
    if (dimension.id === _SIZE_CLASS_DIMENSION.id) {
      ctx.out(ctx.color.dim(`  ${ctx.text.unknownCount(registry.count({ parameters: "unknown" }))}`));
    }
  }
  const tasks: Readonly<Record<string, number>> = facets[_TASK_DIMENSION.id];
  const top = Object.entries(tasks)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 10)
    .map(([id, count]) => ({ id, count }));
  printBars(ctx, _TASK_DIMENSION.id, ctx.text.topTasks, top);
  ctx.out();
  for (const line of ctx.text.hint) ctx.out(ctx.color.dim(line));
}
