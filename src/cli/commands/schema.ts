// `schema`: the JSON Schema of a model record, in its authoring form.
import type { Command } from "commander";
import type { _Cli } from "../context.js";
import { _helpAfter } from "../help.js";

/**
 * Defines `schema`.
 *
 * @example
 * ```ts
 * _defineSchema(program, cli);
 * ```
 *
 * @internal
 */
export function _defineSchema(program: Command, cli: _Cli): void {
  cli
    .common(program.command("schema").description("Print the JSON Schema of a model record (the authoring form)."))
    .addHelpText("after", _helpAfter(["model-taxonomy schema > model.schema.json"]))
    .action(async () => {
      const { modelJsonSchema } = await import("../../json-schema.js");
      process.stdout.write(`${JSON.stringify(modelJsonSchema(), null, 2)}\n`);
    });
}
