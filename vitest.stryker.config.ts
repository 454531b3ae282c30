/**
 * The unit tests as mutation testing runs them: in-process tests only. The tests that run the built package
 * (the CLI end to end, the packed tarball, both module formats) exercise dist/, which a mutant never reaches
 * and which the sandbox does not copy, and the type tests cannot kill a run-time mutant; leaving them out
 * saves minutes per run without losing a kill.
 */
import { defineConfig, mergeConfig } from "vitest/config";
import base from "./vitest.config.js";

export default mergeConfig(
  base,
  defineConfig({
    test: {
      typecheck: { enabled: false },
      exclude: [
        "test/cli.test.ts",
        "test/cli-terminal.test.ts",
        "test/cli-contract.test.ts",
        "test/dual-package.test.ts",
        "test/package.test.ts",
        "**/node_modules/**",
      ],
    },
  }),
);
