/**
 * The built-in registry's records, gathered from the data files beside this one. Each file holds one family
 * or era of models in the authoring form, sorted by year and then name.
 *
 * In the published build this module is replaced by one that holds the same records, already parsed, as a JSON
 * string decoded on first use (see tsup.config.ts): importing the registry then costs a string literal, not
 * four hundred object literals.
 */
import { type Model, type ModelInput, parseModel } from "../../model.js";
import { CHINESE_LLM_MODELS } from "./chinese-llms.js";
import { ENCODER_SEQ2SEQ_MODELS } from "./encoders-and-seq2seq.js";
import { MULTIMODAL_MEDIA_MODELS } from "./multimodal-and-media.js";
import { RECURRENT_ERA_MODELS } from "./recurrent-era.js";
import { SCIENCE_DATA_CONTROL_MODELS } from "./science-data-and-control.js";
import { SPEECH_CODE_MODELS } from "./speech-and-code.js";
import { VISION_MODELS } from "./vision.js";
import { WESTERN_LLM_MODELS } from "./western-llms.js";

/** Every built-in record in the authoring form, file by file. */
export const MODEL_RECORDS: readonly ModelInput[] = [
  ...RECURRENT_ERA_MODELS,
  ...VISION_MODELS,
  ...ENCODER_SEQ2SEQ_MODELS,
  ...WESTERN_LLM_MODELS,
  ...CHINESE_LLM_MODELS,
  ...MULTIMODAL_MEDIA_MODELS,
  ...SPEECH_CODE_MODELS,
  ...SCIENCE_DATA_CONTROL_MODELS,
];

let _models: readonly Model[] | undefined;

/** The built-in records in full form (derived fields filled in), parsed on first call. */
export function loadModelData(): readonly Model[] {
  _models ??= MODEL_RECORDS.map((record) => parseModel(record));
  return _models;
}
