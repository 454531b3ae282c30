/**
 * The built-in registry's records, gathered from the data files beside this one. Each file declares families of
 * released models (see ../family.ts) in the authoring form; a family lists its checkpoints and declares what they
 * share once. The registry is flat: every member becomes one record.
 *
 * In the published build this module is replaced by one that reads the same records, already parsed, from one
 * stored text, a JSON text per family decoded when used (see tsup.config.ts and ../_stored.ts): under Node the
 * text is a file read on first use, in a bundle a string literal; importing the registry then costs no data at
 * all, or a string literal, never a thousand object literals, and a lookup decodes one family.
 */
import { _foldModelName, type Model, parseModel } from "../../model.js";
import { _compareModels } from "../../query/_index.js";
import type { FamilyInfo } from "../_families.js";
import { type _ModelStore, _modelStore } from "../_stored.js";
import { type FamilyInput, flattenFamily } from "../family.js";
import { CHINESE_LLM_FAMILIES } from "./chinese-llms.js";
import { ENCODER_SEQ2SEQ_FAMILIES } from "./encoders-and-seq2seq.js";
import { MULTIMODAL_MEDIA_FAMILIES } from "./multimodal-and-media.js";
import { RECURRENT_ERA_FAMILIES } from "./recurrent-era.js";
import { SCIENCE_DATA_CONTROL_FAMILIES } from "./science-data-and-control.js";
import { SPEECH_CODE_FAMILIES } from "./speech-and-code.js";
import { VISION_FAMILIES } from "./vision.js";
import { WESTERN_LLM_FAMILIES } from "./western-llms.js";

/** The built-in families in the authoring form, by data file. */
export const FAMILIES_BY_FILE: Readonly<Record<string, readonly FamilyInput[]>> = {
  "recurrent-era": RECURRENT_ERA_FAMILIES,
  vision: VISION_FAMILIES,
  "encoders-and-seq2seq": ENCODER_SEQ2SEQ_FAMILIES,
  "western-llms": WESTERN_LLM_FAMILIES,
  "chinese-llms": CHINESE_LLM_FAMILIES,
  "multimodal-and-media": MULTIMODAL_MEDIA_FAMILIES,
  "speech-and-code": SPEECH_CODE_FAMILIES,
  "science-data-and-control": SCIENCE_DATA_CONTROL_FAMILIES,
};

/** Every built-in family in the authoring form, file by file. */
export const FAMILY_RECORDS: readonly FamilyInput[] = Object.values(FAMILIES_BY_FILE).flat();

/** Every built-in record in the authoring form (not yet validated), family by family. */
export const MODEL_RECORDS: readonly Readonly<Record<string, unknown>>[] = FAMILY_RECORDS.flatMap(flattenFamily);

let _models: readonly Model[] | undefined;

/** The built-in records in full form (derived fields filled in), parsed on first call. */
export function loadModelData(): readonly Model[] {
  _models ??= MODEL_RECORDS.map((record) => parseModel(record));
  return _models;
}

let _store: _ModelStore | undefined;

/** The built-in records in full form, sorted in the registry's order and found by folded name; on first call. */
export function loadModelStore(): _ModelStore {
  _store ??= _modelStore(loadModelData(), _compareModels, _foldModelName);
  return _store;
}

let _families: readonly FamilyInfo[] | undefined;

/** How the built-in families are named and ordered: what the records alone cannot say. */
export function loadFamilyInfos(): readonly FamilyInfo[] {
  _families ??= FAMILY_RECORDS.map((family) => ({
    id: family.id,
    name: family.name,
    aliases: family.aliases ?? [],
    representative: family.representative,
    members: family.members.map((member) => member.id),
  }));
  return _families;
}
