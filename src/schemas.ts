/**
 * The Zod schemas of the value lists: one `z.enum` per list, each built from the readonly tuple its dimension
 * declares, so a value and its schema can never disagree.
 *
 * They live here rather than beside their lists so that the lists, labels and rules import without zod: the
 * command line's lookups and a bundle that only shows `DIMENSIONS` never load it. `z.enum` runs at import,
 * unlike the model schemas' `z.lazy`, and a module that imports zod makes every importer pay for loading zod.
 *
 * @module
 */
import * as z from "zod";
import { ARCHITECTURES, GENERATIVE_FRAMEWORKS } from "./dimensions/architecture.js";
import { DOMAINS } from "./dimensions/domain.js";
import { ASPECTS, DIMENSION_IDS } from "./dimensions/index.js";
import { CONTENT_MODALITIES, MODALITIES, MODALITY_CLASSES } from "./dimensions/modality.js";
import { SIZE_CLASSES } from "./dimensions/scale.js";
import { TASK_TYPES, TASKS } from "./dimensions/task.js";
import { TRAINING_METHODS, TRAINING_RELATIONS } from "./dimensions/training.js";
import { LOCALES } from "./i18n.js";

/**
 * Zod schema of a locale id.
 *
 * @example
 * ```ts
 * LocaleSchema.safeParse("fr").success; // false
 * ```
 */
export const LocaleSchema = /* @__PURE__ */ z.enum(LOCALES);

/**
 * Zod schema of an aspect.
 *
 * @example
 * ```ts
 * AspectSchema.parse("scale"); // "scale"
 * ```
 */
export const AspectSchema = /* @__PURE__ */ z.enum(ASPECTS);

/**
 * Zod schema of a dimension id.
 *
 * @example
 * ```ts
 * DimensionIdSchema.parse("sizeClass"); // "sizeClass"
 * ```
 */
export const DimensionIdSchema = /* @__PURE__ */ z.enum(DIMENSION_IDS);

/**
 * Zod schema of a scale class.
 *
 * @example
 * ```ts
 * SizeClassSchema.parse("large"); // "large"
 * ```
 */
export const SizeClassSchema = /* @__PURE__ */ z.enum(SIZE_CLASSES);

/**
 * Zod schema of a task type.
 *
 * @example
 * ```ts
 * TaskTypeSchema.parse("hybrid"); // "hybrid"
 * ```
 */
export const TaskTypeSchema = /* @__PURE__ */ z.enum(TASK_TYPES);

/**
 * Zod schema of a task.
 *
 * @example
 * ```ts
 * TaskSchema.safeParse("text-clasification").success; // false
 * ```
 */
export const TaskSchema = /* @__PURE__ */ z.enum(TASKS);

/**
 * Zod schema of a modality.
 *
 * @example
 * ```ts
 * ModalitySchema.safeParse("speech").success; // false: speech is "audio"
 * ```
 */
export const ModalitySchema = /* @__PURE__ */ z.enum(MODALITIES);

/**
 * Zod schema of the modalities that count towards multimodality: everything but predictions about the input.
 *
 * @example
 * ```ts
 * ContentModalitySchema.safeParse("embedding").success; // false
 * ```
 */
export const ContentModalitySchema = /* @__PURE__ */ ModalitySchema.extract(CONTENT_MODALITIES);

/**
 * Zod schema of a modality class.
 *
 * @example
 * ```ts
 * ModalityClassSchema.parse("multimodal"); // "multimodal"
 * ```
 */
export const ModalityClassSchema = /* @__PURE__ */ z.enum(MODALITY_CLASSES);

/**
 * Zod schema of a training method.
 *
 * @example
 * ```ts
 * TrainingMethodSchema.parse("pretrained"); // "pretrained"
 * ```
 */
export const TrainingMethodSchema = /* @__PURE__ */ z.enum(TRAINING_METHODS);

/**
 * Zod schema of a relation to a base model.
 *
 * @example
 * ```ts
 * TrainingRelationSchema.safeParse("finetune").success; // false: the id is "fine-tune"
 * ```
 */
export const TrainingRelationSchema = /* @__PURE__ */ z.enum(TRAINING_RELATIONS);

/**
 * Zod schema of an application domain.
 *
 * @example
 * ```ts
 * DomainSchema.safeParse("vision").success; // false: the id is "computer-vision"
 * ```
 */
export const DomainSchema = /* @__PURE__ */ z.enum(DOMAINS);

/**
 * Zod schema of an architecture node.
 *
 * @example
 * ```ts
 * ArchitectureSchema.safeParse("decoder_only").success; // false: the id is "decoder-only"
 * ```
 */
export const ArchitectureSchema = /* @__PURE__ */ z.enum(ARCHITECTURES);

/**
 * Zod schema of a generative framework.
 *
 * @example
 * ```ts
 * GenerativeFrameworkSchema.parse("vae"); // "vae"
 * ```
 */
export const GenerativeFrameworkSchema = /* @__PURE__ */ z.enum(GENERATIVE_FRAMEWORKS);
