// What every command writes with: the language, its words, colours and a line printer.
import type { Command } from "commander";
import pc from "picocolors";
import type { Locale } from "../i18n.js";
import { _localeFromEnvironment, _MESSAGES, type _Messages } from "./text.js";

/**
 * What a command needs to print: the language asked for, the command line's words in it, colours (on only for
 * a terminal) and a function that writes one line to standard output.
 *
 * @example
 * ```ts
 * const ctx = _createContext({ lang: "zh" }, true);
 * ctx.out(ctx.color.bold(ctx.text.noMatch));
 * ```
 *
 * @internal
 */
export interface _CliContext {
  readonly locale: Locale;
  readonly text: _Messages;
  readonly color: ReturnType<typeof pc.createColors>;
  readonly out: (line?: string) => void;
}

/**
 * The options every command takes, as commander reports them.
 *
 * @example
 * ```ts
 * const options: _CommonOptions = { lang: "zh", color: false };
 * ```
 *
 * @internal
 */
export interface _CommonOptions {
  readonly lang?: string;
  readonly color?: boolean;
}

/**
 * The context of a command. `--no-color` may stand before or after the command name: commander then sets it
 * on the program or on the command, and the other keeps its default of true, so either one saying no is a no.
 *
 * @param options - The command's options merged over the program's.
 * @param colorAllowed - False when the program's own `--no-color` was given.
 * @returns The context: the locale from `--lang`, else from the environment.
 *
 * @example
 * ```ts
 * _createContext({ lang: "en" }, process.stdout.isTTY === true).out("hello");
 * ```
 *
 * @internal
 */
export function _createContext(options: _CommonOptions, colorAllowed: boolean): _CliContext {
  const locale: Locale =
    options.lang === "zh" ? "zh" : options.lang === "en" ? "en" : _localeFromEnvironment(process.env);
  const enabled =
    colorAllowed &&
    options.color !== false &&
    process.stdout.isTTY === true &&
    !("NO_COLOR" in process.env && process.env.NO_COLOR !== "");
  return {
    locale,
    text: _MESSAGES[locale],
    color: pc.createColors(enabled),
    out: (line = "") => process.stdout.write(`${line}\n`),
  };
}

/**
 * What the program gives each command when it defines it: the context for the options it received, the way
 * to set the exit code, and the options every command takes.
 *
 * @example
 * ```ts
 * export function _defineSchemaCommand(program: Command, cli: _Cli): void {
 *   cli.common(program.command("schema")).action((options) => cli.context(options).out("{}"));
 * }
 * ```
 *
 * @internal
 */
export interface _Cli {
  /** The context of a command, from its options merged over the program's. */
  context(options: _CommonOptions): _CliContext;
  /** Sets the exit code the run ends with (for commands that finish with a verdict, such as validate). */
  exit(code: number): void;
  /** Adds `--lang` and `--no-color` to a command. */
  common(command: Command): Command;
}
