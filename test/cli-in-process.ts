/**
 * Running the command line inside the test process, through `run(argv)`, as a user would run the binary: its
 * writes to standard output and standard error are captured, the locale and colour variables are set for the
 * run only, standard input can be given, and standard output can pose as a terminal. Unlike the end-to-end
 * tests (cli-process.ts), code run this way is the source itself, so mutation testing sees it.
 */
import { Readable } from "node:stream";
import { vi } from "vitest";
import { run } from "../src/cli/program.js";
// The library's entries, loaded with this module rather than by the first command a test runs (commands load
// them on use): their tables are then built once, outside every test, as in a program. Mutation testing counts
// code that runs only while modules load as static; built inside a test, the tables would count as that test's.
import "../src/index.js";
import "../src/registry/index.js";
import "../src/huggingface/index.js";

/** What a run of the command line gave back. */
export interface InProcessResult {
  /** The exit code `run` resolved to. */
  readonly code: number;
  /** Everything written to standard output. */
  readonly stdout: string;
  /** Everything written to standard error. */
  readonly stderr: string;
}

/** How to run the command line. */
export interface InProcessOptions {
  /**
   * Variables for the run, over a neutral environment: `LANG=en_US.UTF-8`, and no `LC_ALL`, `LC_MESSAGES`,
   * `NO_COLOR` or `HF_TOKEN`. `undefined` removes a variable.
   */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** The text on standard input, whole or as the chunks a pipe would deliver; without it, it is empty. */
  readonly stdin?: string | Buffer | readonly (string | Buffer)[];
  /** Whether standard output is a terminal (default false, as for a pipe). */
  readonly tty?: boolean;
  /**
   * An error every write to standard output throws, as a write to a file on a full disk does (standard output
   * redirected to a file writes synchronously).
   */
  readonly writeError?: Error;
}

/** The variables the command line reads; each run starts from these and nothing else of the test's own. */
const NEUTRAL_ENV: Readonly<Record<string, string | undefined>> = {
  LANG: "en_US.UTF-8",
  LC_ALL: undefined,
  LC_MESSAGES: undefined,
  NO_COLOR: undefined,
  HF_TOKEN: undefined,
};

function setEnv(values: Readonly<Record<string, string | undefined>>): void {
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
}

function capture(stream: NodeJS.WriteStream, sink: (text: string) => void) {
  return vi.spyOn(stream, "write").mockImplementation((chunk: unknown, ...rest: unknown[]) => {
    sink(typeof chunk === "string" ? chunk : Buffer.from(chunk instanceof Uint8Array ? chunk : []).toString("utf8"));
    const callback = rest.find((item) => typeof item === "function");
    if (typeof callback === "function") queueMicrotask(() => callback());
    return true;
  });
}

/**
 * Runs the command line with `argv` (without the node and script paths) and returns its exit code and output.
 * Everything it changed (environment, streams, the terminal flag) is restored afterwards, also on failure.
 *
 * @example
 * ```ts
 * const { code, stdout } = await runInProcess(["show", "gpt-2", "--lang", "zh"]);
 * ```
 */
export async function runInProcess(argv: readonly string[], options: InProcessOptions = {}): Promise<InProcessResult> {
  const variables = { ...NEUTRAL_ENV, ...options.env };
  const saved = Object.fromEntries(Object.keys(variables).map((name) => [name, process.env[name]]));
  const ttyDescriptor = Object.getOwnPropertyDescriptor(process.stdout, "isTTY");
  let stdout = "";
  let stderr = "";
  const out = capture(process.stdout, (text) => {
    if (options.writeError !== undefined) throw options.writeError;
    stdout += text;
  });
  const err = capture(process.stderr, (text) => {
    stderr += text;
  });
  const stdinDescriptor = Object.getOwnPropertyDescriptor(process, "stdin");
  const chunks = options.stdin === undefined ? [] : Array.isArray(options.stdin) ? options.stdin : [options.stdin];
  const input = Readable.from(chunks.map((chunk: string | Buffer) => Buffer.from(chunk)));
  Object.defineProperty(process, "stdin", { get: () => input, configurable: true, enumerable: true });
  Object.defineProperty(process.stdout, "isTTY", { value: options.tty === true, configurable: true });
  setEnv(variables);
  try {
    const code = await run(argv);
    return { code, stdout, stderr };
  } finally {
    setEnv(saved);
    if (ttyDescriptor === undefined) Reflect.deleteProperty(process.stdout, "isTTY");
    else Object.defineProperty(process.stdout, "isTTY", ttyDescriptor);
    if (stdinDescriptor !== undefined) Object.defineProperty(process, "stdin", stdinDescriptor);
    err.mockRestore();
    out.mockRestore();
  }
}
