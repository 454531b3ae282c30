import { describe, expect, test } from "vitest";
import { runInProcess } from "../../test/cli-in-process.js";
import { _EXIT_HELP, _examples, _helpAfter } from "./help.js";

const COMMANDS = ["list", "show", "describe", "facets", "validate", "classify", "schema", "family"];

/** The words of an example as a shell would split them: spaces, and double quotes around a word with spaces. */
function words(line: string): string[] {
  return [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((match) => match[1] ?? match[2] ?? "");
}

/** The lines of one section of a help text ("Options:", "Examples:"), up to the next blank line. */
function section(help: string, title: string): string[] {
  const lines = help.split("\n");
  const start = lines.indexOf(title);
  if (start === -1) return [];
  const end = lines.indexOf("", start);
  return lines.slice(start + 1, end === -1 ? undefined : end);
}

describe("_examples and _helpAfter", () => {
  test("write each example after a dollar sign, then the exit codes", () => {
    expect(_examples(["model-taxonomy a", "model-taxonomy b"])).toBe(
      "\nExamples:\n  $ model-taxonomy a\n  $ model-taxonomy b\n",
    );
    expect(_helpAfter(["model-taxonomy a"])).toBe(`\nExamples:\n  $ model-taxonomy a\n${_EXIT_HELP}`);
  });
});

describe.each(["", ...COMMANDS])("the help of %s", (command) => {
  const argv = command === "" ? ["--help"] : ["help", command];

  test("describes the command, every argument and every option", async () => {
    const { code, stdout } = await runInProcess(argv);
    expect(code).toBe(0);
    const lines = stdout.split("\n");
    expect(lines[0]).toMatch(/^Usage: model-taxonomy/);
    // The description, after the usage line and a blank one.
    expect(lines[1]).toBe("");
    expect(lines[2]).toMatch(/^[A-Z].{20,}/);
    const options = section(stdout, "Options:").filter((line) => /^ {2}-/.test(line));
    expect(options.length).toBeGreaterThanOrEqual(3);
    for (const option of options) expect(option).toMatch(/^ {2}-\S.*? {2,}\S/);
    const argument = /<(\w+)>|\[(\w+)\]/.exec(lines[0]?.replace(/\[options\]|\[command\]/g, "") ?? "");
    if (argument !== null) {
      const described = section(stdout, "Arguments:");
      expect(described[0]).toMatch(new RegExp(`^ {2}${argument[1] ?? argument[2]} {2,}\\S`));
    }
  });

  test("gives examples of the command, and those that need no file or network run", async () => {
    const { stdout } = await runInProcess(argv);
    const examples = section(stdout, "Examples:");
    expect(examples.length).toBeGreaterThan(0);
    for (const example of examples) {
      // A pipe may feed the command: it is the last one of the line.
      expect(example).toMatch(
        new RegExp(`^ {2}\\$ (.* \\| )?model-taxonomy${command === "" ? "" : ` ${command}`}( |$)`),
      );
      if (/validate|classify|\$HF_TOKEN|\|/.test(example)) continue;
      const [, ...args] = words(example.replace(/^ {2}\$ /, "").replace(/ > .*$/, ""));
      const result = await runInProcess(args);
      expect(result.stderr, example).toBe("");
      expect(result.code, example).toBe(0);
      expect(result.stdout.length, example).toBeGreaterThan(0);
    }
  });
});
