/**
 * Checks registry data files while they are being written: every record through the model schema, plus the
 * registry's own rules (sources, sorting, unique ids and aliases, resolvable base models).
 *
 * Usage: npx tsx scripts/check-data.ts [src/registry/data/<file>.ts ...]   (no argument: every data file)
 */
import { readdirSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { formatIssuePath, normalizeModelName, safeParseModel } from "../src/model.js";

const dataDir = resolve(import.meta.dirname, "../src/registry/data");

async function loadRecords(file: string): Promise<unknown[]> {
  const module: Record<string, unknown> = await import(pathToFileURL(resolve(file)).href);
  return Object.values(module).flatMap((value) => (Array.isArray(value) ? value : []));
}

function field(record: unknown, key: string): unknown {
  return typeof record === "object" && record !== null ? Reflect.get(record, key) : undefined;
}

const allFiles = readdirSync(dataDir)
  .filter((name) => name.endsWith(".ts") && !name.endsWith(".test.ts") && name !== "index.ts")
  .map((name) => join(dataDir, name));
const targets = process.argv.length > 2 ? process.argv.slice(2).map((file) => resolve(file)) : allFiles;

const owners = new Map<string, string>(); // normalised id/alias -> "file:id"
const ids = new Set<string>();
for (const file of allFiles) {
  let records: unknown[] = [];
  try {
    records = await loadRecords(file);
  } catch (error) {
    console.log(`! ${basename(file)} does not load: ${String(error)}`);
    continue;
  }
  for (const record of records) {
    const id = field(record, "id");
    if (typeof id === "string") ids.add(id);
  }
}

let problems = 0;
for (const file of targets) {
  const name = basename(file);
  const records = await loadRecords(file);
  console.log(`${name}: ${records.length} records`);
  let previous: { year: number; name: string } | undefined;
  for (const [index, record] of records.entries()) {
    const id = String(field(record, "id") ?? `#${index}`);
    const report = (message: string) => {
      problems++;
      console.log(`  ✖ ${id}: ${message}`);
    };
    const result = safeParseModel(record);
    if (!result.success) {
      for (const issue of result.error.issues) report(`${formatIssuePath(issue.path)}: ${issue.message}`);
      continue;
    }
    const model = result.data;
    for (const warning of result.warnings) {
      console.log(`  ⚠ ${id}: ${formatIssuePath(warning.path)}: ${warning.message}`);
    }
    if (model.sources.length === 0) report("sources: needs at least one primary source URL");
    for (const url of [...model.sources, ...Object.values(model.links)]) {
      if (!url.startsWith("https://")) report(`${url} is not https`);
      if (/wikipedia\.org/.test(url)) report(`${url}: Wikipedia is not a primary source`);
    }
    if (model.parameters.total !== null && model.parameters.variant === undefined) {
      report("parameters.variant: name the variant the count is for");
    }
    for (const key of [model.id, model.name, ...model.aliases]) {
      const folded = normalizeModelName(key);
      const owner = owners.get(folded);
      if (owner !== undefined && owner !== `${name}:${model.id}`) {
        report(`"${key}" clashes with ${owner} after normalisation`);
      }
      owners.set(folded, `${name}:${model.id}`);
    }
    for (const base of [model.training.baseModel, ...(model.training.additionalBaseModels ?? [])]) {
      if (base !== undefined && !ids.has(base)) {
        console.log(`  · ${id}: base "${base}" is not (yet) in any data file`);
      }
    }
    const sortKey = { year: model.year, name: model.name.toLowerCase() };
    if (
      previous !== undefined &&
      (sortKey.year < previous.year || (sortKey.year === previous.year && sortKey.name < previous.name))
    ) {
      report(`out of order: sort by year, then name (after "${previous.name}" ${previous.year})`);
    }
    previous = sortKey;
  }
}
console.log(problems === 0 ? "no problems" : `${problems} problem(s)`);
process.exitCode = problems === 0 ? 0 : 1;
