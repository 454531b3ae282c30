// Safe reading of untrusted JSON: every accessor returns undefined for anything of the wrong shape, so odd
// metadata can never make the classifier throw. Private to the library.

export type _JsonObject = Readonly<Record<string, unknown>>;

/** The field names of Hub records the classifier reads. */
export type _FieldName =
  | "id"
  | "modelId"
  | "author"
  | "tags"
  | "config"
  | "architectures"
  | "model_type"
  | "architecture"
  | "library_name"
  | "cardData"
  | "pipeline_tag"
  | "transformersInfo"
  | "siblings"
  | "rfilename"
  | "safetensors"
  | "parameters"
  | "total"
  | "gguf"
  | "quantization_config"
  | "peft"
  | "base_model_name_or_path"
  | "diffusers"
  | "_class_name"
  | "base_model"
  | "base_model_relation"
  | "license"
  | "createdAt"
  | "private"
  | "num_local_experts"
  | "num_experts"
  | "n_routed_experts"
  | "moe_num_experts"
  | "num_active_parameters"
  | "model_link"
  | "quantized_by"
  | "vision_config"
  | "visual"
  | "vision_tower"
  | "mm_vision_tower"
  | "num_hidden_layers"
  | "hidden_size"
  | "vocab_size"
  | "intermediate_size"
  | "num_attention_heads"
  | "num_key_value_heads"
  | "hidden_act"
  | "model-index"
  | "results"
  | "task"
  | "type"
  | "language"
  | "programming_language"
  | "datasets";

export function _isObject(value: unknown): value is _JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * A field of a JSON object. Only ever called with the classifier's own field names, none of which
 * `Object.prototype` has, so a plain property read is safe and much faster than `Object.hasOwn` on the large,
 * dictionary-shaped objects `JSON.parse` makes.
 */
export function _field(value: unknown, key: _FieldName): unknown {
  return _isObject(value) ? value[key] : undefined;
}

export function _string(value: unknown): string | undefined {
  if (typeof value !== "string" || value === "") return undefined;
  // Most strings have no surrounding space (or other control characters at the ends); trimming only the others
  // saves an allocation per field.
  if (value.charCodeAt(0) > 32 && value.charCodeAt(value.length - 1) > 32) return value;
  const trimmed = value.trim();
  return trimmed === "" ? undefined : trimmed;
}

export function _number(value: unknown): number | undefined {
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}

/** A positive whole number, as parameter counts must be. */
export function _count(value: unknown): number | undefined {
  const number = _number(value);
  return number !== undefined && Number.isSafeInteger(number) && number > 0 ? number : undefined;
}

export function _strings(value: unknown): string[] {
  if (typeof value === "string") {
    const text = _string(value);
    return text === undefined ? [] : [text];
  }
  if (!Array.isArray(value)) return [];
  const out: string[] = [];
  for (const item of value) {
    const text = _string(item);
    if (text !== undefined) out.push(text);
  }
  return out;
}

/** The first of {@link _strings}, without building the list. */
export function _firstString(value: unknown): string | undefined {
  if (!Array.isArray(value)) return _string(value);
  for (const item of value) {
    const text = _string(item);
    if (text !== undefined) return text;
  }
  return undefined;
}
