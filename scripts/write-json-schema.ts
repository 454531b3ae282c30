/**
 * Writes dist/schema.json: the JSON Schema of the model record's authoring form, for validating model
 * metadata outside TypeScript. Run after tsup (`npm run build` does both).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { modelJsonSchema } from "../src/json-schema.js";

const out = resolve(import.meta.dirname, "../dist/schema.json");
mkdirSync(resolve(out, ".."), { recursive: true });
writeFileSync(out, `${JSON.stringify(modelJsonSchema(), null, 2)}\n`);
console.log(`wrote ${out}`);
