#!/usr/bin/env node
// The `model-taxonomy` binary.
import { EXIT } from "./input.js";
import { run } from "./program.js";
import { _writeFailure } from "./report.js";
import { _ERRORS, _localeFromArguments, _MESSAGES } from "./text.js";

const argv = process.argv.slice(2);

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

run(argv).then((code) => {
  process.exitCode = code;
});
