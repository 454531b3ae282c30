/**
 * `model-taxonomy/huggingface`: classify any Hugging Face Hub model from its metadata, fetch that metadata,
 * and classify Hub dumps as a stream. On its own entry so that users who do not need it do not load its
 * architecture tables.
 *
 * @packageDocumentation
 */
export {
  type ClassifyHuggingFaceModelOptions,
  CONFIDENCES,
  type Confidence,
  classifyHuggingFaceModel,
  type Evidence,
  type Finding,
  type HubArchitectureAnswer,
  type HubModelLookup,
  type HubParameters,
  type HubTraining,
  type HuggingFaceClassification,
  type QuantizationNote,
} from "./classify.js";
export {
  classifyHuggingFaceModels,
  DEFAULT_HUB_ENDPOINT,
  type FetchedHuggingFaceModel,
  type FetchHuggingFaceModelOptions,
  fetchHuggingFaceModel,
  HUB_ERROR_CODES,
  type HubErrorCode,
  HuggingFaceHubError,
  MAX_HUB_RESPONSE_BYTES,
} from "./fetch.js";
export {
  ARCHITECTURE_NAME_PREFIXES,
  DIFFUSERS_PIPELINES,
  GGUF_ARCHITECTURES,
  type HubArchitecture,
  TRANSFORMERS_MODEL_TYPES,
} from "./model-types.js";
