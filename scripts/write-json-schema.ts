/**
 * Writes schema.json, the JSON Schema of the model record's authoring form, for validating model metadata
 * outside TypeScript. It sits at the package root so that `model-taxonomy/schema.json` resolves under every
 * module resolution, the old `node10` one included. Run after tsup (`npm run build` does both). The document
 * comes from the Zod schema alone (sizes such as "7B" included, as a string pattern beside the integer), so the
 * file and `modelJsonSchema()` never differ.
 */
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { modelJsonSchema } from "../src/json-schema.js";

const out = resolve(import.meta.dirname, "../schema.json");
writeFileSync(out, `${JSON.stringify(modelJsonSchema(), null, 2)}\n`);
console.log("wrote schema.json");
