// The parameter count of a Hub record, from every signal: weight totals, the registry, the count in the name,
// the base model, and an estimate from config.json shapes. Private to the library.
import { type _Context, _findSibling } from "./_context.js";
import { _finding, _registryEvidence, _UNKNOWN } from "./_finding.js";
import { _count, _field, _isObject, _number, _string } from "./_json.js";
import type { Confidence, Evidence, Finding, HubParameters, QuantizationNote } from "./classify.js";

interface Quantization {
  readonly bits: number | null;
  readonly method: string;
  readonly evidence: Evidence;
}

// How many weights one stored element holds when weights are packed: GPTQ and AWQ pack 4-bit values eight to
// an int32; bitsandbytes packs two 4-bit values to a byte.
function unpackFactor(dtype: string, method: string, bits: number | null): number {
  if (bits === null || bits >= 16) return 1;
  if ((method === "gptq" || method === "awq") && /^(I32|U32)$/.test(dtype)) return 32 / bits;
  if (method === "bitsandbytes" && bits === 4 && dtype === "U8") return 2;
  return 1;
}

function ggufBits(file: string): number | null {
  const match = /[.-](?:I?Q|IQ)(\d)(?:_[A-Z0-9]+)*\.gguf$/i.exec(file) ?? /[.-](F16|BF16|F32)\.gguf$/i.exec(file);
  if (match?.[1] === undefined) return null;
  // "4" from a Q4 name, "16" from F16 or BF16.
  return Number(match[1].replace(/\D/g, ""));
}

function fromQuantizationConfig(config: unknown): Quantization | undefined {
  const quantization = _field(config, "quantization_config");
  if (!_isObject(quantization)) return undefined;
  const loadIn4 = quantization.load_in_4bit === true;
  const loadIn8 = quantization.load_in_8bit === true;
  const method = _string(quantization.quant_method) ?? (loadIn4 || loadIn8 ? "bitsandbytes" : "unknown");
  const bits = _number(quantization.bits) ?? _number(quantization.w_bit) ?? (loadIn4 ? 4 : loadIn8 ? 8 : null);
  const value = `${method}${bits === null ? "" : `, ${bits}-bit`}`;
  return { bits, method, evidence: { field: "config.quantization_config", value } };
}

const isGguf = (name: string) => name.endsWith(".gguf");

/** How the weights are quantized, from the config, GGUF files and tags, or null. */
export function _quantization(context: _Context): Quantization | null {
  const fromConfig = fromQuantizationConfig(context.config);
  if (fromConfig !== undefined) return fromConfig;
  const { tags } = context;
  if (context.gguf !== undefined || tags.markers.gguf !== undefined) {
    const file = _findSibling(context, isGguf);
    // The file, else the tag, else the GGUF metadata itself (a record with neither lists no files and has no tag).
    const tag = tags.markers.gguf;
    const evidence =
      file !== undefined
        ? { field: "siblings", value: file }
        : tag !== undefined
          ? { field: "tags", value: tag }
          : { field: "gguf", value: "present" };
    return { bits: file === undefined ? null : ggufBits(file), method: "gguf", evidence };
  }
  if (tags.bitsTag !== undefined) {
    const method = tags.markers.bitsandbytes !== undefined ? "bitsandbytes" : "unknown";
    return { bits: tags.bitsTag.startsWith("4") ? 4 : 8, method, evidence: { field: "tags", value: tags.bitsTag } };
  }
  for (const marker of ["gptq", "awq", "exl2", "bitsandbytes"] as const) {
    const tag = tags.markers[marker];
    if (tag !== undefined) return { bits: null, method: marker, evidence: { field: "tags", value: tag } };
  }
  return null;
}

interface Count {
  readonly total: number | null;
  readonly stored: number | null;
  readonly active?: number;
  readonly note: QuantizationNote | null;
  readonly confidence: Confidence;
  readonly evidence: readonly Evidence[];
  readonly reason: string;
  readonly estimated?: true;
}

// Unpacks a quantized safetensors total from its per-dtype counts, or flags it when it cannot.
function unpacked(stored: number, perDtype: unknown, quantization: Quantization): Count {
  let corrected = 0;
  let changed = false;
  if (_isObject(perDtype)) {
    for (const [dtype, count] of Object.entries(perDtype)) {
      const factor = unpackFactor(dtype, quantization.method, quantization.bits);
      if (factor !== 1) changed = true;
      corrected += (_count(count) ?? 0) * factor;
    }
  }
  const evidence: Evidence[] = [{ field: "safetensors.total", value: String(stored) }, quantization.evidence];
  const { bits, method } = quantization;
  if (changed && Number.isSafeInteger(corrected) && corrected > 0) {
    evidence.push({ field: "safetensors.parameters", value: JSON.stringify(perDtype) });
    const reason = `${method} packs ${bits}-bit weights into wider integers, so safetensors.total (${stored}) undercounts; unpacking the packed dtypes gives about ${corrected} (quantization scales included, so a few per cent high)`;
    const note = { bits, method, treatment: "corrected" } as const;
    return { total: corrected, stored, note, confidence: "inferred", evidence, reason };
  }
  const reason = `the weights are quantized (${method}) and safetensors.total may count packed storage, not parameters; it could not be corrected from the per-dtype counts`;
  return {
    total: stored,
    stored,
    note: { bits, method, treatment: "flagged" },
    confidence: "inferred",
    evidence,
    reason,
  };
}

function fromWeights(context: _Context, quantization: Quantization | null): Count | undefined {
  const stored = _count(_field(context.safetensors, "total"));
  if (stored !== undefined) {
    if (quantization !== null) return unpacked(stored, _field(context.safetensors, "parameters"), quantization);
    const checked = checkedStored(context, stored);
    if (checked !== undefined) return checked;
    const evidence = [{ field: "safetensors.total", value: String(stored) }];
    const reason = "safetensors.total counts the stored parameters";
    return { total: stored, stored, note: null, confidence: "certain", evidence, reason };
  }
  const gguf = _count(_field(context.gguf, "total"));
  if (gguf === undefined) return undefined;
  const evidence: Evidence[] = [{ field: "gguf.total", value: String(gguf) }];
  if (quantization !== null) evidence.push(quantization.evidence);
  const note =
    quantization === null ? null : ({ bits: quantization.bits, method: "gguf", treatment: "exact" } as const);
  const reason = "gguf.total counts parameters (tensor elements), not bytes, so quantization does not change it";
  return { total: gguf, stored: gguf, note, confidence: "certain", evidence, reason };
}

// A stored total more than a quarter away from the registry's count of this very repository: older checkpoints
// store more than their parameters (GPT-2's kind keeps an untied copy of the output layer and each layer's
// attention mask: DialoGPT-small stores 175.6M values for 124.4M parameters), so the curated count is taken.
function checkedStored(context: _Context, stored: number): Count | undefined {
  const record = context.selfById ? fromRegistry(context, "self") : undefined;
  const total = record?.total;
  if (record === undefined || total === undefined || total === null) return undefined;
  if (Math.abs(stored - total) <= total / 4) return undefined;
  const reason = `safetensors.total (${stored}) is more than a quarter away from the registry's record of this checkpoint, which gives ${total} parameters: the stored tensors hold more than the parameters, or other ones`;
  return {
    ...record,
    stored,
    evidence: [...record.evidence, { field: "safetensors.total", value: String(stored) }],
    reason,
  };
}

function fromRegistry(context: _Context, which: "self" | "base"): Count | undefined {
  const known = which === "self" ? context.self : context.base;
  const total = known?.model.parameters.total;
  if (known === undefined || total === undefined || total === null) return undefined;
  const active = known.model.parameters.active;
  const whose =
    which === "self" ? "the registry's record of this checkpoint" : `the registry's record of its base ${known.name}`;
  return {
    total,
    stored: null,
    ...(active === undefined ? {} : { active }),
    note: null,
    confidence: "inferred",
    evidence: [_registryEvidence(known.model.id)],
    reason: `${whose} gives ${total} parameters`,
  };
}

function fromName(context: _Context): Count | undefined {
  const count = context.nameCount;
  if (count === undefined) return undefined;
  const reason = count.estimated
    ? `the name says ${count.text}: experts share attention and embeddings, so the total is estimated at about ${count.total}`
    : `the name says ${count.text}`;
  return {
    total: count.total,
    stored: null,
    ...(count.active === undefined ? {} : { active: count.active }),
    note: null,
    confidence: "inferred",
    evidence: [{ field: "id", value: count.text }],
    reason,
    ...(count.estimated ? { estimated: true } : {}),
  };
}

// How far a name's rounded count ("30B") may stray from the base's exact one (30.5B) and still name that size.
const ROUNDING = 0.25;

/**
 * The count in the name, or the registry's count of the base: the base's exact count when the name only rounds
 * it (a quantization's "30B-A3B"), the name's when it says another size (a slice or merge of the base).
 */
function fromNameOrBase(context: _Context): Count | undefined {
  const named = fromName(context);
  const base = fromRegistry(context, "base");
  if (named === undefined || named.total === null) return base;
  if (base === undefined || base.total === null) return named;
  return Math.abs(base.total - named.total) <= ROUNDING * base.total ? base : named;
}

const SHAPE_KEYS = ["num_hidden_layers", "hidden_size", "vocab_size", "intermediate_size"] as const;

// The standard transformer block: attention (4·h² when every head has its own keys and values, fewer with
// grouped queries) plus a feed-forward of two matrices (three when gated, as in Llama-style models), and the
// embedding matrix. Norms and biases are left out: under 1% at any size.
function fromConfigShapes(context: _Context): Count | undefined {
  const { config } = context;
  const [layers, hidden, vocab, intermediate] = SHAPE_KEYS.map((key) => _number(_field(config, key)));
  if (layers === undefined || hidden === undefined || vocab === undefined || !(layers > 0 && hidden > 0 && vocab > 0)) {
    return undefined;
  }
  const heads = _number(_field(config, "num_attention_heads"));
  const kvHeads = _number(_field(config, "num_key_value_heads")) ?? heads;
  const kvShare = heads !== undefined && kvHeads !== undefined && heads > 0 ? kvHeads / heads : 1;
  const attention = hidden * hidden * (2 + 2 * kvShare);
  const gated = /silu|swiglu|geglu/i.test(_string(_field(config, "hidden_act")) ?? "");
  const feedForward = (gated ? 3 : 2) * hidden * (intermediate ?? 4 * hidden);
  const total = Math.round(layers * (attention + feedForward) + vocab * hidden);
  if (!Number.isSafeInteger(total) || total <= 0) return undefined;
  const evidence = SHAPE_KEYS.map((key, index) => ({
    field: `config.${key}`,
    value: String([layers, hidden, vocab, intermediate][index]),
  }));
  const reason = `estimated from config.json shapes (${layers} layers of width ${hidden}, a vocabulary of ${vocab}): about ${total}`;
  return { total, stored: null, note: null, confidence: "inferred", evidence, reason, estimated: true };
}

/**
 * The parameter count, from the first signal that gives one: safetensors or GGUF totals, the registry's record
 * of the checkpoint, the count in its name, the registry's record of its base, an estimate from config.json.
 */
export function _parameters(context: _Context, quantization: Quantization | null): Finding<HubParameters> {
  const count =
    fromWeights(context, quantization) ??
    fromRegistry(context, "self") ??
    fromNameOrBase(context) ??
    fromConfigShapes(context);
  const active = _count(_field(context.config, "num_active_parameters")) ?? count?.active;
  const flagged =
    quantization === null
      ? null
      : ({ bits: quantization.bits, method: quantization.method, treatment: "flagged" } as const);
  if (count === undefined) {
    const value = parameterValue(null, null, active, flagged, false);
    return _finding(value, _UNKNOWN, [], "no weight totals, registry record, count in the name or config shapes");
  }
  const value = parameterValue(count.total, count.stored, active, count.note ?? flagged, count.estimated === true);
  return _finding(value, count.confidence, count.evidence, count.reason);
}

// One whole literal per combination of the optional fields, in the interface's order: every answer is kept, and
// a literal holds its fields in the object itself, where spreading optional parts in would add a second store.
function parameterValue(
  total: number | null,
  stored: number | null,
  active: number | undefined,
  quantization: QuantizationNote | null,
  estimated: boolean,
): HubParameters {
  if (active === undefined) {
    return estimated ? { total, stored, quantization, estimated } : { total, stored, quantization };
  }
  return estimated ? { total, stored, active, quantization, estimated } : { total, stored, active, quantization };
}
