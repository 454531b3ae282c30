// `classify <hub-id|file|->`: classifies Hugging Face models from Hub metadata, with the evidence for each
// answer. The Hub code is loaded only here.
import type { Command } from "commander";
import { _ARCHITECTURE_DIMENSION, _FRAMEWORK_DIMENSION } from "../../dimensions/architecture.js";
import { _DOMAIN_DIMENSION } from "../../dimensions/domain.js";
import { _DIMENSION_LIST, type DimensionId } from "../../dimensions/index.js";
import { _MODALITY_CLASS_DIMENSION, _MODALITY_DIMENSION } from "../../dimensions/modality.js";
import { _SIZE_CLASS_DIMENSION, formatParameterCount } from "../../dimensions/scale.js";
import { _TASK_DIMENSION, _TASK_TYPE_DIMENSION } from "../../dimensions/task.js";
import { _TRAINING_METHOD_DIMENSION, _TRAINING_RELATION_DIMENSION } from "../../dimensions/training.js";
import type { HuggingFaceClassification } from "../../huggingface/classify.js";
import type { _Cli, _CliContext } from "../context.js";
import { _int } from "../flags.js";
import { _json, _label, _modalitySummary, _pad, _truncate } from "../format.js";
import { _helpAfter } from "../help.js";
import { CliError, EXIT, parseDocument, readLines, readText } from "../input.js";
import { _write } from "../stdio.js";
import { _ERRORS, _quoteInput } from "../text.js";

interface ClassifyFlags {
  readonly json?: boolean;
  readonly ndjson?: boolean;
  readonly endpoint?: string;
  readonly token?: string;
  readonly timeout?: number;
  readonly lang?: string;
  readonly color?: boolean;
}

interface Finding {
  readonly confidence: string;
  readonly evidence: readonly { readonly field: string; readonly value: string }[];
  readonly reason: string;
}

function printFinding(ctx: _CliContext, label: string, value: string, finding: Finding): void {
  const paint =
    finding.confidence === "certain"
      ? ctx.color.green
      : finding.confidence === "inferred"
        ? ctx.color.yellow
        : ctx.color.red;
  ctx.out(`${ctx.color.bold(_pad(label, 18))} ${value}  [${paint(finding.confidence)}]`);
  const evidence = finding.evidence.map((item) => `${item.field}=${_truncate(item.value, 60)}`).join("; ");
  ctx.out(ctx.color.dim(`${" ".repeat(19)}${finding.reason}${evidence === "" ? "" : ` (${evidence})`}`));
}

// The answer of each finding in words: labels of the dimension's values, or "unknown".
function answers(ctx: _CliContext, result: HuggingFaceClassification): [DimensionId | "parameters", string, Finding][] {
  const unknown = ctx.text.unknown;
  const one = (dimension: DimensionId, value: string | null) =>
    value === null ? unknown : _label(ctx, dimension, value);
  const list = (dimension: DimensionId, values: readonly string[]) =>
    values.map((value) => _label(ctx, dimension, value)).join(", ") || unknown;
  const { parameters, training, architecture, modalities } = result;
  const quantization = parameters.value.quantization;
  const bits = quantization?.bits === null || quantization === null ? "" : ` ${quantization.bits}-bit`;
  const trainingParts =
    training.value === null
      ? []
      : [
          _label(ctx, _TRAINING_METHOD_DIMENSION.id, training.value.method),
          training.value.relation === undefined
            ? ""
            : _label(ctx, _TRAINING_RELATION_DIMENSION.id, training.value.relation),
          training.value.baseModel ?? "",
        ];
  const architectureParts =
    architecture.value === null
      ? []
      : [
          _label(ctx, _ARCHITECTURE_DIMENSION.id, architecture.value.family),
          architecture.value.mixtureOfExperts === true ? "MoE" : "",
          architecture.value.framework === undefined
            ? ""
            : _label(ctx, _FRAMEWORK_DIMENSION.id, architecture.value.framework),
        ];
  const joined = (parts: readonly string[], separator: string) =>
    parts.length === 0 ? unknown : parts.filter((part) => part !== "").join(separator);
  return [
    [_TASK_DIMENSION.id, list(_TASK_DIMENSION.id, result.tasks.value), result.tasks],
    [_TASK_TYPE_DIMENSION.id, one(_TASK_TYPE_DIMENSION.id, result.taskType.value), result.taskType],
    [_MODALITY_DIMENSION.id, modalities.value === null ? unknown : _modalitySummary(modalities.value), modalities],
    [_MODALITY_CLASS_DIMENSION.id, one(_MODALITY_CLASS_DIMENSION.id, result.modalityClass.value), result.modalityClass],
    [
      "parameters",
      `${formatParameterCount(parameters.value.total, unknown)}${quantization === null ? "" : ` (${quantization.method}${bits}, ${quantization.treatment})`}`,
      parameters,
    ],
    [_SIZE_CLASS_DIMENSION.id, one(_SIZE_CLASS_DIMENSION.id, result.sizeClass.value), result.sizeClass],
    [_TRAINING_METHOD_DIMENSION.id, joined(trainingParts, " · "), training],
    [_DOMAIN_DIMENSION.id, list(_DOMAIN_DIMENSION.id, result.domains.value), result.domains],
    [_ARCHITECTURE_DIMENSION.id, joined(architectureParts, ", "), architecture],
  ];
}

function printClassification(ctx: _CliContext, result: HuggingFaceClassification): void {
  const labelOf = (key: string) =>
    key === "parameters"
      ? ctx.text.fields.parameters
      : (_DIMENSION_LIST.find((dimension) => dimension.id === key)?.label[ctx.locale] ?? key);
  ctx.out(ctx.color.bold(result.id ?? "(no id)"));
  for (const [key, value, finding] of answers(ctx, result)) printFinding(ctx, labelOf(key), value, finding);
  ctx.out();
  if (result.record === null) {
    ctx.out(`${ctx.text.recordMissing}:`);
    for (const reason of result.missing) ctx.out(`  - ${reason}`);
  } else {
    ctx.out(`${ctx.text.recordReady}:`);
    ctx.out(JSON.stringify(result.record, null, 2));
  }
}

async function classifyStream(source: string): Promise<number> {
  const { classifyHuggingFaceModel } = await import("../../huggingface/classify.js");
  let failures = 0;
  let line = 0;
  for await (const text of readLines(source)) {
    line++;
    if (text.trim() === "") continue;
    let output: string;
    try {
      output = JSON.stringify(classifyHuggingFaceModel(JSON.parse(text)));
    } catch (error) {
      failures++;
      output = JSON.stringify({
        line,
        error: `invalid JSON: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
    // Waiting for a slow reader here is what keeps memory constant: nothing is read ahead of what is written.
    await _write(process.stdout, `${output}\n`);
  }
  return failures === 0 ? EXIT.ok : EXIT.invalid;
}

function isFile(source: string): boolean {
  return (
    source === "-" || /\.(json|ya?ml|ndjson|jsonl)$/i.test(source) || source.startsWith(".") || source.startsWith("/")
  );
}

async function classifyFromHub(source: string, flags: ClassifyFlags): Promise<HuggingFaceClassification> {
  if (!/^[A-Za-z0-9][\w.-]*(\/[A-Za-z0-9][\w.-]*)?$/.test(source) || source.includes(".."))
    throw new CliError((t) => t.notRepoId(_quoteInput(source)), EXIT.usage);
  const { _parseEndpoint, fetchHuggingFaceModel } = await import("../../huggingface/fetch.js");
  if (flags.endpoint !== undefined && _parseEndpoint(flags.endpoint) === null)
    throw new CliError((t) => t.notEndpoint(t === _ERRORS.zh ? "（无效网址）" : "(not a URL)"), EXIT.usage);
  const token = flags.token ?? process.env.HF_TOKEN;
  const fetched = await fetchHuggingFaceModel(source, {
    ...(flags.endpoint === undefined ? {} : { endpoint: flags.endpoint }),
    ...(token === undefined || token === "" ? {} : { token }),
    ...(flags.timeout === undefined ? {} : { timeoutMs: flags.timeout }),
  });
  return fetched.classification;
}

async function classify(ctx: _CliContext, source: string, flags: ClassifyFlags): Promise<number> {
  if (flags.ndjson === true) return classifyStream(source);
  let results: HuggingFaceClassification[];
  if (isFile(source)) {
    const document = await parseDocument(await readText(source), source);
    const { classifyHuggingFaceModel } = await import("../../huggingface/classify.js");
    results = (Array.isArray(document) ? document : [document]).map((info) => classifyHuggingFaceModel(info));
  } else {
    results = [await classifyFromHub(source, flags)];
  }
  if (flags.json === true) {
    _json(ctx, results.length === 1 ? results[0] : results);
    return EXIT.ok;
  }
  for (const [index, result] of results.entries()) {
    if (index > 0) ctx.out();
    printClassification(ctx, result);
  }
  return EXIT.ok;
}

/**
 * Defines `classify <source>`.
 *
 * @example
 * ```ts
 * _defineClassify(program, cli);
 * ```
 *
 * @internal
 */
export function _defineClassify(program: Command, cli: _Cli): void {
  cli
    .common(
      program
        .command("classify")
        .argument(
          "<source>",
          'a Hub repo id (fetched from the Hub), a JSON file of API responses, or "-" for standard input',
        )
        .description("Classify a Hugging Face model from its Hub metadata, with the evidence for each answer."),
    )
    .option("--json", "print the classification as JSON")
    .option("--ndjson", "read one Hub record per line and write one classification per line (streams: any size)")
    .option("--endpoint <url>", "a Hub mirror or private hub (default https://huggingface.co)")
    .option("--token <token>", "access token for private or gated models (default: $HF_TOKEN)")
    .option("--timeout <ms>", "give up after this many milliseconds (default 10000)", _int("--timeout", 1))
    .addHelpText(
      "after",
      _helpAfter([
        "model-taxonomy classify openai-community/gpt2",
        "model-taxonomy classify meta-llama/Llama-3.1-8B --token $HF_TOKEN --json",
        "model-taxonomy classify ./api-response.json",
        "model-taxonomy classify hub-dump.ndjson --ndjson > classified.ndjson",
      ]),
    )
    .action(async (source: string, options: ClassifyFlags) => {
      cli.exit(await classify(cli.context(options), source, options));
    });
}
