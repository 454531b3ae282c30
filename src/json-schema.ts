import * as z from "zod";
import { _SIZE_PATTERN, ModelInputSchema } from "./model.js";

// Said here rather than on the size schema in model.ts, which every bundle that validates records carries.
const SIZE_DESCRIPTION = 'A size as model cards write it: a number and a K, M, B or T suffix, such as "7B" or "1.5B".';

/**
 * Builds the JSON Schema (draft 2020-12) of the model record's authoring form, for tools outside TypeScript.
 * The package ships the same document as `model-taxonomy/schema.json`. The cross-field checks (a base model
 * for transfer learning, active ≤ total parameters, …) cannot be said in JSON Schema; only {@link parseModel}
 * applies them. Parameter counts are integers or sizes such as `"7B"`, each a branch of an `anyOf`; the sizes'
 * `pattern` is the one `parseModel` checks, so both accept the same strings.
 *
 * @returns The JSON Schema as a plain object.
 *
 * @example
 * ```ts
 * const schema = modelJsonSchema();
 * schema.properties.tasks; // { type: "array", items: { enum: [...] } … }
 * ```
 */
export function modelJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(ModelInputSchema, {
      io: "input",
      override: ({ jsonSchema }) => {
        if (jsonSchema.pattern === _SIZE_PATTERN.source) jsonSchema.description = SIZE_DESCRIPTION;
      },
    }),
    $id: "https://unpkg.com/model-taxonomy/schema.json",
    title: "Model record (model-taxonomy)",
    description:
      "One AI model classified along six aspects: scale, task, modality, training method, application domain and architecture.",
  };
}
