// The `model-taxonomy` command: the run. The program (./define.ts, commander's) and its commands (one module each
// under ./commands) are loaded when a command line needs them; YAML is the yaml package's, colours are
// picocolors'; everything about models comes from the library itself, loaded by the command that needs it.

// Taken in when the program is bundled: a path read at run time would differ between the source (src/cli/) and
// the build (dist/), and run() must work from both.
import { version as packageVersion } from "../../package.json";
import { CliError, EXIT } from "./input.js";
import { _wasClosed } from "./stdio.js";
import { _localeFromArguments } from "./text.js";

// Command lines answered without building the program: commander and every command's definition take longer
// to load than `--version` or a description takes to answer. Only these exact forms; any other (a flag, a second
// argument, `--help`) goes to the program, which answers them in the same words.
async function quickPath(argv: readonly string[]): Promise<boolean> {
  const [first, second] = argv;
  if (argv.length === 1 && (first === "--version" || first === "-v")) {
    process.stdout.write(`${packageVersion}\n`);
    return true;
  }
  if (argv.length === 2 && first === "describe" && second !== undefined && !second.startsWith("-")) {
    const [{ _describeCommand }, { _createContext }] = await Promise.all([
      import("./commands/describe.js"),
      import("./context.js"),
    ]);
    await _describeCommand(_createContext({}, true), second);
    return true;
  }
  return false;
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
  const locale = _localeFromArguments(argv, process.env);
  try {
    // Output to a closed descriptor would vanish without a trace; say so instead, whatever the command.
    if (_wasClosed(1)) throw new CliError((t) => t.stdoutClosed, EXIT.io);
    if (await quickPath(argv)) return exitCode;
    const [{ _defineProgram }, { _takeFlagError }] = await Promise.all([import("./define.js"), import("./flags.js")]);
    const program = _defineProgram((code) => {
      exitCode = code;
    });
    _takeFlagError();
    await program.parseAsync([...argv], { from: "user" });
    return exitCode;
  } catch (error) {
    const { _reportError } = await import("./report.js");
    return _reportError(error, locale, {
      endpoint: optionValue(argv, "--endpoint"),
      token: optionValue(argv, "--token") ?? process.env.HF_TOKEN,
    });
  }
}
