/**
 * model-taxonomy: a typed, bilingual taxonomy of AI models along six aspects — scale, task, modality,
 * training method, application domain and architecture — with Zod schemas for model metadata.
 *
 * @packageDocumentation
 */

// Errors
export { type InvalidArgumentDetail, InvalidArgumentError, ModelTaxonomyError } from "./errors.js";

// Locales
export { LOCALES, type Locale, type LocalizedText, type ValueInfo } from "./i18n.js";

// Scale
export {
  classifySize,
  DEFAULT_SIZE_THRESHOLDS,
  formatParameterCount,
  parseParameterCount,
  SIZE_CLASS_INFO,
  SIZE_CLASSES,
  type SizeClass,
  type SizeThresholds,
} from "./dimensions/scale.js";

// Task type and task
export {
  subtasksOf,
  TASK_INFO,
  TASK_PROFILES,
  TASK_TYPE_INFO,
  TASK_TYPES,
  TASKS,
  type Task,
  type TaskProfile,
  type TaskType,
} from "./dimensions/task.js";

// Modality
export {
  CONTENT_MODALITIES,
  type ContentModality,
  classifyModalities,
  isContentModality,
  MODALITIES,
  MODALITY_CLASS_INFO,
  MODALITY_CLASSES,
  MODALITY_INFO,
  type Modality,
  type ModalityClass,
} from "./dimensions/modality.js";

// Training method
export {
  TRAINING_METHOD_INFO,
  TRAINING_METHODS,
  TRAINING_RELATION_INFO,
  TRAINING_RELATIONS,
  type TrainingMethod,
  type TrainingRelation,
} from "./dimensions/training.js";

// Application domain
export { DOMAIN_INFO, DOMAINS, type Domain } from "./dimensions/domain.js";

// Architecture
export {
  ARCHITECTURE_INFO,
  ARCHITECTURE_PARENTS,
  ARCHITECTURES,
  type Architecture,
  architectureAncestors,
  architectureDescendants,
  architectureParent,
  GENERATIVE_FRAMEWORK_INFO,
  GENERATIVE_FRAMEWORKS,
  type GenerativeFramework,
  isArchitectureKindOf,
} from "./dimensions/architecture.js";

// All dimensions, generically
export {
  ASPECT_LABELS,
  ASPECTS,
  type Aspect,
  DIMENSION_IDS,
  DIMENSIONS,
  type Dimension,
  type DimensionId,
  type DimensionValue,
  type DimensionValues,
} from "./dimensions/index.js";

// Zod schemas of the value lists (apart from the lists, so that the lists and labels load without zod)
export {
  ArchitectureSchema,
  AspectSchema,
  ContentModalitySchema,
  DimensionIdSchema,
  DomainSchema,
  GenerativeFrameworkSchema,
  LocaleSchema,
  ModalityClassSchema,
  ModalitySchema,
  SizeClassSchema,
  TaskSchema,
  TaskTypeSchema,
  TrainingMethodSchema,
  TrainingRelationSchema,
} from "./schemas.js";

// The model record
export {
  ArchitectureDetailsSchema,
  formatIssuePath,
  ISSUE_CODES,
  type IssueCode,
  LinksSchema,
  ModalitiesSchema,
  type Model,
  ModelIdSchema,
  type ModelInput,
  ModelInputSchema,
  type ModelIssue,
  ModelSchema,
  ModelValidationError,
  modelWarnings,
  normalizeModelName,
  ParametersSchema,
  type ParseModelOptions,
  parseModel,
  type SafeParseModelResult,
  safeParseModel,
  TrainingSchema,
} from "./model.js";

// JSON Schema
export { modelJsonSchema } from "./json-schema.js";

// Describing a model or a family
export { type DescribeOptions, describeFamily, describeModel } from "./describe.js";

// Scale in practice: weight memory
export { formatBytes, type HasParameters, parseByteSize, WEIGHT_PRECISIONS, weightMemory } from "./weights.js";

// Queries and registries
export type {
  DimensionFilter,
  ModalityMatch,
  ModelFilter,
  OneOrMany,
  ParameterCount,
  Range,
  WeightsFilter,
} from "./query/filter.js";
export {
  type CreateRegistryOptions,
  createRegistry,
  type DimensionValueOf,
  type FacetCounts,
  type Groups,
  type ModelRegistry,
  type QueryOptions,
  type RegistryIssue,
  RegistryValidationError,
  SORT_KEYS,
  type SortKey,
  UnknownModelError,
} from "./registry/create.js";
export type { FamilyInfo, ModelFamily } from "./registry/_families.js";
