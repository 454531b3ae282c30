/**
 * Running the built command line from the CLI tests: one place for how a child process is started and its
 * output collected.
 */
import { spawn, spawnSync } from "node:child_process";

/** What a run of the command line gave back. */
export interface CliResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Where and how to run the command line. */
export interface CliRunOptions {
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  readonly input?: string;
}

/** Runs `node <cli> ...args` to completion and returns its exit code and output. */
export function runCli(cli: string, args: readonly string[], options: CliRunOptions): CliResult {
  const result = spawnSync(process.execPath, [cli, ...args], {
    cwd: options.cwd,
    encoding: "utf8",
    input: options.input ?? "",
    env: options.env,
    timeout: 60_000,
    // `list --json` of a thousand full records is more than the default megabyte.
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Like {@link runCli}, without blocking: for commands that talk to the test's own HTTP server. */
export function runCliAsync(cli: string, args: readonly string[], options: CliRunOptions): Promise<CliResult> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [cli, ...args], {
      cwd: options.cwd,
      env: options.env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString("utf8");
    });
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString("utf8");
    });
    child.on("close", (code) => done({ code, stdout, stderr }));
  });
}
