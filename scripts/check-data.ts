/**
 * Checks registry data files while they are being written: every family member through the model schema, plus
 * the registry's own rules (the same function the registry tests run).
 *
 * Usage: npx tsx scripts/check-data.ts [--warnings]
 */
import { _checkDataFiles } from "../src/registry/_rules.js";
import { FAMILIES_BY_FILE } from "../src/registry/data/index.js";

const files = Object.entries(FAMILIES_BY_FILE).map(([name, families]) => ({ name, families }));
const report = _checkDataFiles(files);
for (const file of files) {
  const members = file.families.reduce((sum, family) => sum + family.members.length, 0);
  console.log(`${file.name}: ${file.families.length} families, ${members} records`);
}
if (process.argv.includes("--warnings")) for (const warning of report.warnings) console.log(`  ⚠ ${warning}`);
for (const error of report.errors) console.log(`  ✖ ${error}`);
const summary = report.errors.length === 0 ? "no problems" : `${report.errors.length} problem(s)`;
console.log(`${report.models.length} records; ${summary}`);
process.exitCode = report.errors.length === 0 ? 0 : 1;
