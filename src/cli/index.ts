#!/usr/bin/env node
// The `model-taxonomy` binary.
import { run } from "./program.js";

// Output piped into a program that stops reading early (`| head`) is not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

run(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
