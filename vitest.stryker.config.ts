/**
 * The unit tests as mutation testing runs them: in-process tests only. The tests that run the built package
 * (test/cli.test.ts, test/package.test.ts) exercise dist/, which a mutant never reaches, and the type tests
 * cannot kill a run-time mutant; leaving them out saves minutes per run without losing a kill.
 */
import { defineConfig, mergeConfig } from "vitest/config";
import base from "./vitest.config.js";

export default mergeConfig(
  base,
  defineConfig({
    test: {
      typecheck: { enabled: false },
      exclude: ["test/cli.test.ts", "test/cli-terminal.test.ts", "test/package.test.ts", "**/node_modules/**"],
    },
  }),
);
