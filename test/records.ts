/**
 * Records in the authoring form that several test files start from, written once. Each test states what it
 * changes (`{ ...OWN_RECORD, openWeights: true }`, `readerRecord({ parameters: { total: 300_000_000 } })`).
 */
import type { ModelInput } from "../src/index.js";

/**
 * A record of one's own as a user writes it for `validate`: a sentiment classifier fine-tuned from DistilBERT,
 * with every required field and nothing derived.
 */
export const OWN_RECORD = {
  id: "acme-sentiment",
  name: "Acme Sentiment",
  organization: "Acme",
  year: 2024,
  parameters: { total: 66_000_000 },
  taskType: "discriminative",
  tasks: ["sentiment-analysis"],
  modalities: { input: ["text"], output: ["label"] },
  training: { method: "transfer-learning", relation: "fine-tune", baseModel: "distilbert" },
  domains: ["nlp"],
  architecture: { family: "encoder-only" },
  openWeights: false,
} as const satisfies ModelInput;

/**
 * A pretrained text classifier of 110M parameters, "acme-reader", as a registry of one's own holds it for the
 * Hugging Face classifier to look up; `changes` replace its fields.
 */
export function readerRecord(changes: Partial<ModelInput> = {}): ModelInput {
  return {
    id: "acme-reader",
    name: "acme-reader",
    organization: "Acme",
    year: 2024,
    parameters: { total: 110_000_000 },
    taskType: "discriminative",
    tasks: ["text-classification"],
    modalities: { input: ["text"], output: ["label"] },
    training: { method: "pretrained" },
    domains: ["nlp"],
    architecture: { family: "encoder-only" },
    openWeights: true,
    ...changes,
  };
}

/**
 * A pretrained decoder-only text generator of one's own with open weights, by Acme, 7B parameters, from 2024:
 * the plainest record a registry can hold. `fields` name it and change the rest.
 */
export function textGenerator(fields: Pick<ModelInput, "id" | "name"> & Partial<ModelInput>): ModelInput {
  const { id, name, ...changes } = fields;
  return {
    id,
    name,
    organization: "Acme",
    year: 2024,
    parameters: { total: 7_000_000_000 },
    taskType: "generative",
    tasks: ["text-generation"],
    modalities: { input: ["text"], output: ["text"] },
    training: { method: "pretrained" },
    domains: ["nlp"],
    architecture: { family: "decoder-only" },
    openWeights: true,
    ...changes,
  };
}
