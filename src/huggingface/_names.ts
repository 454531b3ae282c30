// What a Hub repository name says on its own: parameter counts ("7B", "8x22B", "30B-A3B"), how the weights were
// made ("-Instruct", "-finetuned-", "-GPTQ", "distil…") and, where the name spells it out, the base model.
// Private to the library.

/** A parameter count read from a repository name. */
export interface _NameCount {
  /** The total, estimated for "8x22B" style names. */
  readonly total: number;
  /** The active count of "30B-A3B" style names. */
  readonly active?: number;
  /** The part of the name it was read from: "7B", "8x22B", "30B-A3B". */
  readonly text: string;
  /** "8x22B" or "A3B": the model routes through experts. */
  readonly mixtureOfExperts: boolean;
  /** The total is an estimate ("8x22B" does not say how much the experts share). */
  readonly estimated: boolean;
}

const UNITS: Readonly<Record<string, number>> = { k: 1e3, m: 1e6, b: 1e9, t: 1e12 };

// Mixtral-style experts share attention and embeddings: Mixtral 8x7B holds 46.7B, 8x22B 141B, so a total of
// about 0.82 × experts × size (Mixtral 8x7B: 45.9B, 8x22B: 144B) is closer than the product itself.
const SHARED_EXPERT_FACTOR = 0.82;

// A count is a number and a unit standing alone between separators: "Llama-3-70B", "Qwen1.5-4B", "opt-125m",
// but not "bnb-4bit", "int8" or "patch16". `A3B` after a total is the active count.
const COUNT =
  /(?:^|[-_./ ])(?:(\d{1,3})x)?(\d{1,4}(?:\.\d{1,3})?)([kmbt])(?:-a(\d{1,4}(?:\.\d{1,3})?)b)?(?=$|[-_./ ])/i;

/**
 * The parameter count a repository name states, if any.
 *
 * @example
 * _countFromName("Qwen3-30B-A3B"); // { total: 30e9, active: 3e9, text: "30B-A3B", mixtureOfExperts: true, … }
 */
export function _countFromName(name: string): _NameCount | undefined {
  const match = COUNT.exec(name);
  if (match === null) return undefined;
  const [, experts, size, unit, active] = match;
  const scale = UNITS[(unit ?? "").toLowerCase()];
  const value = Number(size);
  if (scale === undefined || !(value > 0)) return undefined;
  const text = match[0].replace(/^[-_./ ]/, "");
  if (experts !== undefined) {
    const count = Number(experts);
    if (count < 2) return undefined;
    return {
      total: Math.round(count * value * scale * SHARED_EXPERT_FACTOR),
      text,
      mixtureOfExperts: true,
      estimated: true,
    };
  }
  const activeCount = active === undefined ? undefined : Math.round(Number(active) * 1e9);
  return {
    total: Math.round(value * scale),
    ...(activeCount === undefined || !(activeCount > 0) ? {} : { active: activeCount }),
    text,
    mixtureOfExperts: activeCount !== undefined,
    estimated: false,
  };
}

/** How a repository name says its weights were made. */
export type _NameRelation = "quantization" | "merge" | "adapter" | "distillation" | "fine-tune";

/** A marker found in a name, and the words that gave it away. */
export interface _NameMarker {
  readonly relation: _NameRelation;
  readonly text: string;
}

// Markers as separate words of the name, most telling first. Quantization and adapters name the packaging of
// another model's weights, so they come before the words that describe how those weights were trained.
const MARKERS: readonly (readonly [RegExp, _NameRelation])[] = [
  [
    /(?:^|[-_.])(gguf|ggml|gptq|awq|exl2|exl3|llamafile|bnb[-_]?4bit|bnb[-_]?8bit|[248][-_]?bit|int[48]|w4a16|w8a8|fp8|nf4|mlx|[0-9.]+bpw|q[2-8]_k(?:_[sml])?|q[48]_0)(?=$|[-_.])/i,
    "quantization",
  ],
  [/(?:^|[-_.])(lora|qlora|peft|adapter)(?=$|[-_.])/i, "adapter"],
  [/(?:^|[-_.])(merge|merged|slerp|ties|dare|frankenmerge|moerge)(?=$|[-_.\d])/i, "merge"],
  [/(?:^|[-_.])(fine[-_]?tuned|finetune|ft)(?=$|[-_.])/i, "fine-tune"],
  [
    /(?:^|[-_.])(instruct|chat|sft|dpo|orpo|kto|rlhf|simpo|grpo|rl|aligned|hermes|tuned|coder-instruct)(?=$|[-_.\d])/i,
    "fine-tune",
  ],
  // Flan-T5, Flan-UL2: instruction fine-tunes, named by the Flan collection of tasks they were tuned on.
  [/^(flan)(?=[-_.])/i, "fine-tune"],
  // "-it" (instruction-tuned, Gemma's word) only right after a size: "gemma-2-9b-it", not "opus-mt-en-it".
  [/\d[bm][-_.](it)(?=$|[-_.\d])/i, "fine-tune"],
  [/^((?:tiny-?)?distil[a-z0-9]*)|(?:^|[-_.])(distill(?:ed)?)(?=$|[-_.])/i, "distillation"],
];

/**
 * The first marker of how the weights were made that a repository name carries.
 *
 * @example
 * _markerInName("Llama-2-7B-Chat-GPTQ"); // { relation: "quantization", text: "GPTQ" }
 */
export function _markerInName(name: string): _NameMarker | undefined {
  for (const [pattern, relation] of MARKERS) {
    const match = pattern.exec(name);
    if (match !== null) return { relation, text: (match[1] ?? match[2] ?? match[0]).replace(/^[-_.]/, "") };
  }
  return undefined;
}

// Suffixes that wrap another model's weights without changing what they are: strip them to find the base.
const PACKAGING =
  /[-_.](gguf|ggml|gptq|awq|exl2|exl3|llamafile|bnb[-_]?4bit|bnb[-_]?8bit|[48][-_]?bit|int[48]|fp8|fp16|bf16|nf4|mlx|onnx|hf|megatron|w4a16|w8a8|[0-9.]+bpw(?:[-_]h\d)?|q[2-8]_k(?:_[sml])?|q[48]_0)$/i;

/**
 * The name with packaging suffixes taken off ("Mixtral-8x7B-v0.1-int8-GPTQ" → "Mixtral-8x7B-v0.1"), or
 * undefined when there are none.
 *
 * @example
 * _unpackagedName("Qwen1.5-4B-GGUF"); // "Qwen1.5-4B"
 */
export function _unpackagedName(name: string): string | undefined {
  let current = name;
  for (let step = 0; step < 4; step++) {
    const next = current.replace(PACKAGING, "");
    if (next === current) break;
    current = next;
  }
  return current !== name && current !== "" ? current : undefined;
}

/**
 * The base a "<base>-finetuned-<data>" name spells out ("distilbert-base-uncased-finetuned-sst-2-english" →
 * "distilbert-base-uncased"), or undefined.
 *
 * @example
 * _baseBeforeFinetuned("vilt-b32-finetuned-vqa"); // "vilt-b32"
 */
export function _baseBeforeFinetuned(name: string): string | undefined {
  const match = /^(.+?)[-_](?:fine[-_]?tuned|finetune|ft)(?:[-_]|$)/i.exec(name);
  const base = match?.[1];
  return base !== undefined && base.length >= 3 ? base : undefined;
}
