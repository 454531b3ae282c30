// `validate <file|->`: checks model metadata (JSON or YAML; one record or an array) and reports every problem
// with its path. The model schema is loaded only here.
import type { Command } from "commander";
import type { IssueCode, ModelIssue } from "../../model.js";
import type { _Cli, _CliContext } from "../context.js";
import { _json } from "../format.js";
import { _helpAfter } from "../help.js";
import { CliError, EXIT, parseDocument, readText } from "../input.js";

/**
 * `validate` checks at most this many records in one file: far more than any catalogue (a 16 MB file holds
 * about 30,000 real records), far less than what fills the heap.
 *
 * @example
 * ```ts
 * if (records.length > MAX_VALIDATE_RECORDS) throw new CliError((t) => t.tooManyRecords(path, records.length, MAX_VALIDATE_RECORDS), EXIT.io);
 * ```
 */
export const MAX_VALIDATE_RECORDS = 50_000;

/**
 * `validate` refuses records nested deeper than this; a model record is five levels deep at most.
 *
 * @example
 * ```ts
 * nestsDeeperThan(record, MAX_NESTING_DEPTH); // true: reported as an invalid record
 * ```
 */
export const MAX_NESTING_DEPTH = 64;

interface ValidateFlags {
  readonly json?: boolean;
  readonly strict?: boolean;
  readonly lang?: string;
  readonly color?: boolean;
}

interface Finding {
  readonly path: string;
  readonly code: IssueCode;
  readonly message: string;
}

interface RecordResult {
  readonly index: number;
  readonly id: string | null;
  readonly valid: boolean;
  readonly issues: readonly Finding[];
  readonly warnings: readonly Finding[];
}

/** Whether a value nests deeper than `limit` arrays and objects, found without recursion. */
function nestsDeeperThan(value: unknown, limit: number): boolean {
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    if (typeof item.value !== "object" || item.value === null) continue;
    if (item.depth >= limit) return true;
    for (const child of Object.values(item.value)) stack.push({ value: child, depth: item.depth + 1 });
  }
  return false;
}

async function checker(strict: boolean) {
  const { formatIssuePath, safeParseModel } = await import("../../model.js");
  const finding = (issue: ModelIssue): Finding => ({
    path: formatIssuePath(issue.path),
    code: issue.code,
    message: issue.message,
  });
  return (record: unknown, index: number): RecordResult => {
    const id =
      typeof record === "object" && record !== null && "id" in record && typeof record.id === "string"
        ? record.id
        : null;
    const invalid = (code: IssueCode, message: string) => ({
      index,
      id,
      valid: false,
      issues: [{ path: formatIssuePath([]), code, message }],
      warnings: [],
    });
    if (nestsDeeperThan(record, MAX_NESTING_DEPTH))
      return invalid(
        "out-of-range",
        `nested deeper than ${MAX_NESTING_DEPTH} levels; a model record needs fewer than ten`,
      );
    try {
      const result = safeParseModel(record, { strict });
      return result.success
        ? { index, id, valid: true, issues: [], warnings: result.warnings.map(finding) }
        : { index, id, valid: false, issues: result.error.issues.map(finding), warnings: [] };
    } catch (error) {
      // safeParseModel promises not to throw; should it ever, the record is still reported, not the run.
      return invalid("unreadable", error instanceof Error ? error.message : String(error));
    }
  };
}

function printResults(ctx: _CliContext, results: readonly RecordResult[], single: boolean): void {
  for (const result of results) {
    const where = single ? "" : `records[${result.index}]${result.id === null ? "" : ` ("${result.id}")`} `;
    for (const issue of result.issues) ctx.out(`${ctx.color.red("✖")} ${where}${issue.path}: ${issue.message}`);
    for (const warning of result.warnings)
      ctx.out(`${ctx.color.yellow("⚠")} ${where}${warning.path}: ${ctx.text.warning}: ${warning.message}`);
  }
  const bad = results.filter((result) => !result.valid).length;
  ctx.out(
    bad === 0 ? ctx.color.green(ctx.text.valid(results.length)) : ctx.color.red(ctx.text.invalid(bad, results.length)),
  );
}

async function validate(ctx: _CliContext, path: string, flags: ValidateFlags): Promise<number> {
  const document = await parseDocument(await readText(path), path);
  const records: readonly unknown[] = Array.isArray(document) ? document : [document];
  if (records.length > MAX_VALIDATE_RECORDS) {
    const label = path === "-" ? undefined : path;
    throw new CliError(
      (t) => t.tooManyRecords(label ?? t.standardInput, records.length, MAX_VALIDATE_RECORDS),
      EXIT.io,
    );
  }
  const results = records.map(await checker(flags.strict === true));
  const valid = results.every((result) => result.valid);
  if (flags.json === true) _json(ctx, { valid, records: results });
  else printResults(ctx, results, !Array.isArray(document));
  return valid ? EXIT.ok : EXIT.invalid;
}

/**
 * Defines `validate <file>`.
 *
 * @example
 * ```ts
 * _defineValidate(program, cli);
 * ```
 *
 * @internal
 */
export function _defineValidate(program: Command, cli: _Cli): void {
  cli
    .common(
      program
        .command("validate")
        .argument("<file>", 'a JSON or YAML file with one record or an array of records; "-" reads standard input')
        .description("Validate your own model metadata and report every problem with its path."),
    )
    .option("--json", "print JSON: { valid, records: [{ index, id, valid, issues, warnings }] }")
    .option("--strict", "treat warnings as errors")
    .addHelpText(
      "after",
      _helpAfter([
        "model-taxonomy validate my-models.yaml",
        "cat model.json | model-taxonomy validate -",
        "model-taxonomy validate models.json --strict --json",
      ]),
    )
    .action(async (file: string, options: ValidateFlags) => {
      cli.exit(await validate(cli.context(options), file, options));
    });
}
