// Text shared by every command's --help.

/**
 * The exit codes and colour rules, after every command's help (docs/cli.md says the same).
 *
 * @example
 * ```ts
 * command.addHelpText("after", `${_examples(["model-taxonomy schema"])}${_EXIT_HELP}`);
 * ```
 *
 * @internal
 */
export const _EXIT_HELP = `
Exit codes: 0 success · 1 invalid data or unknown model · 2 usage error (unknown command, flag or value,
malformed range) · 3 input or output failed (a file missing, not text or too large; standard output closed or
full) · 4 the Hugging Face Hub could not be reached or refused the request.
Set NO_COLOR to turn colours off; they are on only when writing to a terminal.`;

/**
 * The "Examples:" block of a command's help.
 *
 * @example
 * ```ts
 * _examples(["model-taxonomy show gpt-2"]); // "\nExamples:\n  $ model-taxonomy show gpt-2\n"
 * ```
 *
 * @internal
 */
export function _examples(lines: readonly string[]): string {
  return `\nExamples:\n${lines.map((line) => `  $ ${line}`).join("\n")}\n`;
}

/**
 * Examples and exit codes, as every command's help ends.
 *
 * @example
 * ```ts
 * command.addHelpText("after", _helpAfter(["model-taxonomy facets"]));
 * ```
 *
 * @internal
 */
export function _helpAfter(lines: readonly string[]): string {
  return `${_examples(lines)}${_EXIT_HELP}`;
}
