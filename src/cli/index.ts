#!/usr/bin/env node
// The `model-taxonomy` binary. It turns on Node's compile cache where Node has one (22.1 and later), so a second
// run reads compiled code instead of compiling it again, then loads the program: everything a command needs is
// loaded by that command.
import module from "node:module";

const enableCompileCache: unknown = Reflect.get(module, "enableCompileCache");
if (typeof enableCompileCache === "function") {
  try {
    enableCompileCache.call(module);
  } catch {
    // A cache directory that cannot be written costs speed, never the run.
  }
}

const argv = process.argv.slice(2);
const { EXIT, run, _writeFailure, _ERRORS, _localeFromArguments, _MESSAGES } = await import("./start.js");

// Standard output failing while the program writes: a reader that stopped early (`| head`) is not an error
// and ends the program quietly; any other failure (a full disk, a closed descriptor) is one line on standard
// error and exit code 3, never a stack trace.
process.stdout.on("error", (error: Error) => {
  const code = _writeFailure(error) ?? ("code" in error ? String(error.code) : error.message);
  if (code === "EPIPE") process.exit(EXIT.ok);
  const locale = _localeFromArguments(argv, process.env);
  const messages = _ERRORS[locale];
  try {
    process.stderr.write(
      `${_MESSAGES[locale].errorPrefix} ${messages.cannotWrite(code === "ENOSPC" ? messages.noSpace : code)}\n`,
    );
  } finally {
    process.exit(EXIT.io);
  }
});

process.exitCode = await run(argv);
