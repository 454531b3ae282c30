// The `model-taxonomy` command: the program, its commands (one module each under ./commands) and the run.
// Argument parsing is commander's, YAML is the yaml package's, colours are picocolors'; everything about models
// comes from the library itself, loaded by the command that needs it.
import { Command, Option } from "commander";
// Taken in when the program is bundled: a path read at run time would differ between the source (src/cli/) and
// the build (dist/), and run() must work from both.
import { version as packageVersion } from "../../package.json";
import { _defineClassify } from "./commands/classify.js";
import { _defineDescribe } from "./commands/describe.js";
import { _defineFacets } from "./commands/facets.js";
import { _defineFamily } from "./commands/family.js";
import { _defineList } from "./commands/list.js";
import { _overview } from "./commands/overview.js";
import { _defineSchema } from "./commands/schema.js";
import { _defineShow } from "./commands/show.js";
import { _defineValidate } from "./commands/validate.js";
import { type _Cli, type _CommonOptions, _createContext } from "./context.js";
import { _takeFlagError } from "./flags.js";
import { _helpAfter } from "./help.js";
import { CliError, EXIT } from "./input.js";
import { _reportError, _unknownCommand } from "./report.js";
import { _wasClosed } from "./stdio.js";
import { _localeFromArguments } from "./text.js";

function localeOption(description: string): Option {
  return new Option("--lang <locale>", description).choices(["en", "zh"]);
}

// The program itself: its options, and what it does without a command (the overview) or with `help <command>`.
function createProgram(cli: _Cli): Command {
  const program = new Command("model-taxonomy");
  return program
    .description(
      "Classify AI models along six aspects — scale, task, modality, training, domain, architecture — in English or Chinese.",
    )
    .version(packageVersion, "-v, --version")
    .addOption(localeOption("language of the output: en or zh (default: from LANG)"))
    .option("--no-color", "never use colours")
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({ outputError: () => {} })
    .addHelpText(
      "after",
      _helpAfter([
        "model-taxonomy",
        "model-taxonomy list --arch lstm --year ..2017",
        "model-taxonomy show bert-base-uncased --lang zh",
        'model-taxonomy family "Llama 2"',
      ]),
    )
    .allowExcessArguments(true)
    .action(async () => {
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
      await _overview(cli.context({}));
    });
}

/** The value of a `--flag value` or `--flag=value` among the arguments, for messages after a failure. */
function optionValue(argv: readonly string[], flag: string): string | undefined {
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index];
    if (arg === "--") break;
    if (arg === flag) return argv[index + 1];
    if (arg?.startsWith(`${flag}=`)) return arg.slice(flag.length + 1);
  }
  return undefined;
}

/**
 * Runs the command line with the given arguments (without the node and script paths); resolves to the exit
 * code.
 *
 * @example
 * ```ts
 * process.exitCode = await run(process.argv.slice(2));
 * ```
 */
export async function run(argv: readonly string[]): Promise<number> {
  let exitCode: number = EXIT.ok;
  let program: Command | undefined;
  const cli: _Cli = {
    context: (options: _CommonOptions) =>
      _createContext({ ...program?.opts(), ...options }, program?.opts().color !== false),
    exit: (code) => {
      exitCode = code;
    },
    common: (command) =>
      command.addOption(localeOption("language of the output: en or zh")).option("--no-color", "never use colours"),
  };
  program = createProgram(cli);
  for (const define of [
    _defineList,
    _defineShow,
    _defineDescribe,
    _defineFacets,
    _defineValidate,
    _defineClassify,
    _defineSchema,
    // Last, so the order of the commands that were there before stays as scripts and docs know it.
    _defineFamily,
  ])
    define(program, cli);
  const locale = _localeFromArguments(argv, process.env);
  try {
    // Output to a closed descriptor would vanish without a trace; say so instead, whatever the command.
    if (_wasClosed(1)) throw new CliError((t) => t.stdoutClosed, EXIT.io);
    _takeFlagError();
    await program.parseAsync([...argv], { from: "user" });
    return exitCode;
  } catch (error) {
    return _reportError(error, locale, {
      endpoint: optionValue(argv, "--endpoint"),
      token: optionValue(argv, "--token") ?? process.env.HF_TOKEN,
    });
  }
}
