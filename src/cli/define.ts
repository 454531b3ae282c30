// The program as commander knows it: its options, what it does without a command (the overview) or with
// `help <command>`, and every command, each defined by its module under ./commands. Loaded by run() for any
// command line its quick paths do not answer.
import { Command, Option } from "commander";
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
import { _helpAfter } from "./help.js";
import { _unknownCommand } from "./report.js";

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

/**
 * The whole program with every command defined, ready to parse a command line.
 *
 * @param exit - Called with the exit code a command ends with (validate's verdict, for one).
 * @returns The program.
 *
 * @example
 * ```ts
 * let code = 0;
 * await _defineProgram((exitCode) => (code = exitCode)).parseAsync(["list"], { from: "user" });
 * ```
 *
 * @internal
 */
export function _defineProgram(exit: (code: number) => void): Command {
  let program: Command | undefined;
  const cli: _Cli = {
    context: (options: _CommonOptions) =>
      _createContext({ ...program?.opts(), ...options }, program?.opts().color !== false),
    exit,
    // A command takes only its own arguments: the program allows more (for `help <command>`), and commander
    // would pass that on, so `show GPT 2` would quietly show "GPT".
    common: (command) =>
      command
        .addOption(localeOption("language of the output: en or zh"))
        .option("--no-color", "never use colours")
        .allowExcessArguments(false),
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
  return program;
}
