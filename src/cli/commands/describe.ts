// `describe <name>`: one or two sentences about a model, or about a family when the name is a family's.
import type { Command } from "commander";
import type { _Cli, _CliContext } from "../context.js";
import { _helpAfter } from "../help.js";
import { _loadRegistry, _resolveName } from "../registry.js";

/**
 * Writes what `describe <name>` writes: the description of the model the name names, or of the family.
 *
 * @example
 * ```ts
 * await _describeCommand(_createContext({ lang: "zh" }, false), "gpt-2");
 * ```
 *
 * @internal
 */
export async function _describeCommand(ctx: _CliContext, name: string): Promise<void> {
  const registry = await _loadRegistry();
  const found = await _resolveName(registry, name);
  ctx.out(
    found.kind === "family"
      ? registry.describeFamily(found.family, { locale: ctx.locale })
      : registry.describeModelByName(found.model, { locale: ctx.locale }),
  );
}

/**
 * Defines `describe <model|family>`.
 *
 * @example
 * ```ts
 * _defineDescribe(program, cli);
 * ```
 *
 * @internal
 */
export function _defineDescribe(program: Command, cli: _Cli): void {
  cli
    .common(
      program
        .command("describe")
        .argument("<name>", "a model id, name or alias, or a family's name")
        .description("Describe a model, or a family of models, in one or two sentences."),
    )
    .addHelpText(
      "after",
      _helpAfter([
        "model-taxonomy describe gpt-2",
        "model-taxonomy describe gpt-2 --lang zh",
        'model-taxonomy describe "Llama 2"',
      ]),
    )
    .action((name: string, options: { lang?: string; color?: boolean }) =>
      _describeCommand(cli.context(options), name),
    );
}
