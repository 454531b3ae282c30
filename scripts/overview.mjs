// `npm start`: prints the six aspects of the taxonomy and their values, in English and Chinese, from the
// built package.
import { DIMENSIONS } from "../dist/index.js";

for (const dimension of DIMENSIONS) {
  console.log(`\n${dimension.label.en} · ${dimension.label.zh}  (${dimension.id})`);
  for (const value of dimension.values) {
    const indent = value.parent === null ? "  " : "    ";
    console.log(`${indent}${value.id.padEnd(34 - indent.length)}${value.label.en} · ${value.label.zh}`);
  }
}
