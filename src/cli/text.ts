// The command line's own words, in English and Chinese. Dimension and value labels come from the taxonomy.
import type { Locale } from "../i18n.js";

/**
 * The command line's words for everything but errors, in English and Chinese.
 *
 * @example
 * ```ts
 * _MESSAGES.zh.errorPrefix; // "错误："
 * ```
 *
 * @internal
 */
export const _MESSAGES = {
  en: {
    overviewTitle: (count: number, families: number) =>
      `model-taxonomy — ${count} well-known AI models along six aspects, in ${families} families`,
    unknownCount: (count: number) => `unknown: ${count}`,
    topTasks: "Most common tasks",
    hint: [
      "Try:",
      "  model-taxonomy list --arch lstm              models by tag (see list --help)",
      "  model-taxonomy show gpt-2                    every tag of one model, with sources",
      '  model-taxonomy describe "GPT-3" --lang zh    one sentence about a model',
      '  model-taxonomy family "Llama 2"              a family and its members, with weight memory',
      "  model-taxonomy facets --domain nlp           counts per value, for the matching models",
      "  model-taxonomy validate my-models.yaml       check your own model metadata",
      "  model-taxonomy classify openai-community/gpt2  classify any Hugging Face model",
      "  model-taxonomy schema                        the JSON Schema of a model record",
    ],
    columns: {
      name: "Name",
      organization: "Organization",
      year: "Year",
      parameters: "Parameters",
      size: "Size",
      architecture: "Architecture",
      modalities: "Modalities",
      taskType: "Task type",
      training: "Training",
      family: "Family",
      members: "Members",
      weights: (bits: number) => `Weights (${bits}-bit)`,
    },
    noMatch: "No model matches these filters.",
    shown: (shown: number, total: number) => (shown === total ? `${total} models` : `${shown} of ${total} models`),
    unknown: "unknown",
    none: "none",
    fields: {
      id: "Id",
      aliases: "Aliases",
      organization: "Organization",
      year: "Year",
      parameters: "Parameters",
      weightMemory: "Weight memory",
      variant: "variant",
      active: "active",
      openWeights: "Open weights",
      license: "Licence",
      tasks: "Tasks",
      input: "Input",
      output: "Output",
      relation: "Relation",
      baseModel: "Base model",
      lineage: "Lineage",
      derivatives: "Built on it",
      sources: "Sources",
      links: "Links",
      description: "In a sentence",
      mixtureOfExperts: "mixture of experts",
    },
    yes: "yes",
    no: "no",
    bitsLabel: (bits: number) => `${bits}-bit`,
    familyRow: (name: string, members: number) => `${name} (${members === 1 ? "1 member" : `${members} members`})`,
    members: (count: number) => (count === 1 ? "1 member" : `${count} members`),
    familyCount: (count: number) => `${count} families`,
    valid: (count: number) => (count === 1 ? "1 record is valid." : `All ${count} records are valid.`),
    invalid: (bad: number, count: number) => `${bad} of ${count} records are invalid.`,
    warning: "warning",
    confidence: "confidence",
    evidence: "evidence",
    recordMissing: "Not enough is known to make a model record",
    recordReady: "Model record (valid for createRegistry)",
    errorPrefix: "error:",
  },
  zh: {
    overviewTitle: (count: number, families: number) =>
      `model-taxonomy — 按六个维度整理的 ${count} 个知名 AI 模型（${families} 个系列）`,
    unknownCount: (count: number) => `未知：${count}`,
    topTasks: "最常见的任务",
    hint: [
      "试试：",
      "  model-taxonomy list --arch lstm              按标签查找模型（见 list --help）",
      "  model-taxonomy show gpt-2                    查看一个模型的全部标签与来源",
      '  model-taxonomy describe "GPT-3" --lang zh    用一句话介绍模型',
      '  model-taxonomy family "Llama 2"              查看一个模型系列及其成员与权重内存',
      "  model-taxonomy facets --domain nlp           统计符合条件的模型在各取值上的数量",
      "  model-taxonomy validate my-models.yaml       校验你自己的模型元数据",
      "  model-taxonomy classify openai-community/gpt2  为任意 Hugging Face 模型分类",
      "  model-taxonomy schema                        输出模型记录的 JSON Schema",
    ],
    columns: {
      name: "名称",
      organization: "机构",
      year: "年份",
      parameters: "参数量",
      size: "规模",
      architecture: "架构",
      modalities: "模态",
      taskType: "任务类型",
      training: "训练方式",
      family: "系列",
      members: "成员数",
      weights: (bits: number) => `权重（${bits} 位）`,
    },
    noMatch: "没有符合这些条件的模型。",
    shown: (shown: number, total: number) =>
      shown === total ? `共 ${total} 个模型` : `显示 ${shown} / ${total} 个模型`,
    unknown: "未知",
    none: "无",
    fields: {
      id: "标识",
      aliases: "别名",
      organization: "机构",
      year: "年份",
      parameters: "参数量",
      weightMemory: "权重内存",
      variant: "版本",
      active: "激活",
      openWeights: "开放权重",
      license: "许可证",
      tasks: "任务",
      input: "输入",
      output: "输出",
      relation: "关系",
      baseModel: "基础模型",
      lineage: "谱系",
      derivatives: "衍生模型",
      sources: "来源",
      links: "链接",
      description: "一句话介绍",
      mixtureOfExperts: "混合专家",
    },
    yes: "是",
    no: "否",
    bitsLabel: (bits: number) => `${bits} 位`,
    familyRow: (name: string, members: number) => `${name}（共 ${members} 个成员）`,
    members: (count: number) => `共 ${count} 个成员`,
    familyCount: (count: number) => `共 ${count} 个系列`,
    valid: (count: number) => (count === 1 ? "1 条记录有效。" : `全部 ${count} 条记录均有效。`),
    invalid: (bad: number, count: number) => `${count} 条记录中有 ${bad} 条无效。`,
    warning: "警告",
    confidence: "可信度",
    evidence: "依据",
    recordMissing: "已知信息不足，无法生成模型记录",
    recordReady: "模型记录（可用于 createRegistry）",
    errorPrefix: "错误：",
  },
} as const satisfies Record<Locale, unknown>;

/**
 * The words of one language.
 *
 * @internal
 */
export type _Messages = (typeof _MESSAGES)[Locale];

/**
 * The locale from the environment: Chinese when LC_ALL, LC_MESSAGES or LANG starts with "zh".
 *
 * @internal
 */
export function _localeFromEnvironment(env: NodeJS.ProcessEnv): Locale {
  const setting = env.LC_ALL || env.LC_MESSAGES || env.LANG || "";
  return /^zh/i.test(setting) ? "zh" : "en";
}

/**
 * Quotes text a user typed for a message, shortened first: a megabyte of input makes no useful error.
 *
 * @example
 * ```ts
 * _quoteInput("gtp-2"); // "\"gtp-2\""
 * ```
 *
 * @internal
 */
export function _quoteInput(text: string, max = 80): string {
  const shown = text.length > max ? `${text.slice(0, max)}…` : text;
  return JSON.stringify(shown);
}

/**
 * Every error the command line reports, in English and Chinese: the whole line is in one language. Each entry
 * builds the message from its details; `_ERRORS.en` is also the `message` of the error objects.
 *
 * @example
 * ```ts
 * _ERRORS.zh.empty("models.json"); // "models.json：内容为空"
 * ```
 *
 * @internal
 */
export const _ERRORS = {
  en: {
    standardInput: "standard input",
    cannotRead: (label: string, reason: string) => `${label}: cannot read: ${reason}`,
    noSuchFile: "no such file",
    permissionDenied: "permission denied",
    isDirectory: "is a directory, not a file",
    tooLarge: (label: string, megabytes: string | null, limit: number) =>
      `${label}: ${megabytes === null ? "larger than" : `${megabytes} MB is larger than`} the ${limit} MB limit; split it, or for Hub records use classify --ndjson, which streams`,
    lineTooLong: (label: string, line: number, limit: number) =>
      `${label}: line ${line} is longer than ${limit} MB; one Hub record per line is far smaller`,
    binary: (label: string) => `${label}: looks like a binary file, not JSON or YAML text`,
    notUtf8: (label: string) => `${label}: is not UTF-8 text`,
    empty: (label: string) => `${label}: is empty`,
    invalidJson: (label: string, where: string | null, detail: string) =>
      `${label}: invalid JSON${where === null ? "" : ` (${where})`}: ${detail}`,
    invalidYaml: (label: string, where: string | null, detail: string) =>
      `${label}: invalid YAML${where === null ? "" : ` (${where})`}: ${detail}`,
    position: (line: number, column: number) => `line ${line}, column ${column}`,
    tooDeep: (label: string, limit: number) =>
      `${label}: nested deeper than ${limit} levels; a model record needs fewer than ten`,
    tooManyRecords: (label: string, count: number, limit: number) =>
      `${label}: ${count} records is more than the ${limit} that validate checks at once; split the file`,
    stdinClosed: "standard input is closed; pipe a file into it or name a file instead of -",
    stdoutClosed: "standard output is closed; redirect it to a file or to /dev/null instead",
    cannotWrite: (reason: string) => `cannot write to standard output: ${reason}`,
    noSpace: "no space left on the device",
    unknownCommand: (command: string, suggestion: string | null, commands: readonly string[]) =>
      `unknown command ${command}${suggestion === null ? "" : ` (did you mean ${suggestion}?)`}; the commands: ${commands.join(", ")} (see --help)`,
    unknownOption: (option: string, suggestion: string | null) =>
      `unknown option '${option}'${suggestion === null ? "" : ` (Did you mean ${suggestion}?)`}`,
    missingArgument: (argument: string) => `missing required argument '${argument}'`,
    missingOptionValue: (option: string) => `${option} needs a value`,
    conflictingOptions: (first: string, second: string) => `${first} cannot be used together with ${second}`,
    excessArguments: (command: string, expected: number, received: number) =>
      `${command} takes ${expected === 1 ? "1 argument" : `${expected} arguments`}, received ${received}`,
    invalidChoice: (option: string, value: string, choices: string) =>
      `${option}: ${value} is not allowed; choose one of ${choices}`,
    usage: (detail: string) => detail,
    unknownValue: (flag: string, value: string, allowed: readonly string[], suggestion: string | null) =>
      `unknown ${flag} value ${value}; valid values: ${allowed.join(", ")}${suggestion === null ? "" : ` (did you mean ${JSON.stringify(suggestion)}?)`}`,
    unknownOpenValue: (flag: string, value: string, suggestions: readonly string[]) =>
      `unknown ${flag} value ${value}${suggestions.length === 0 ? "" : `; did you mean ${suggestions.join(" or ")}?`} (model-taxonomy family lists them)`,
    unknownFamily: (name: string, suggestions: readonly string[]) =>
      `unknown family ${name}${suggestions.length === 0 ? "" : `; did you mean ${suggestions.join(" or ")}?`} (model-taxonomy family lists them)`,
    bitsWithoutWeights: "--bits needs --weights: it is the precision at which the weights must fit",
    numberBetween: (flag: string, min: number, max: number, value: string) =>
      `${flag} expects a number from ${min} to ${max}, received ${value}`,
    malformedRange: (value: string, example: string) =>
      `malformed range ${value}; write MIN..MAX, MIN.. or ..MAX, such as ${example}`,
    wholeNumber: (flag: string, min: number, value: string, max: number | null = null) =>
      `${flag} expects a whole number${min > 0 ? ` of at least ${min}` : ""}${max === null ? "" : ` and at most ${max}`}, received ${value}`,
    unknownSortKey: (value: string, keys: readonly string[]) =>
      `--sort: unknown key ${value}; valid keys: ${keys.join(", ")} (prefix with - to reverse)`,
    unknownModel: (query: string, suggestions: readonly string[]) =>
      `unknown model ${query}${suggestions.length === 0 ? "" : `; did you mean ${suggestions.length === 1 ? suggestions[0] : `${suggestions.slice(0, -1).join(", ")} or ${suggestions.at(-1)}`}?`}`,
    notRepoId: (value: string) =>
      `expected a Hub repository id such as "openai-community/gpt2", a file or -, received ${value}`,
    notEndpoint: (value: string) => `--endpoint: expected an http(s) URL, received ${value}`,
    hub: {
      unauthorized: (where: string, hasToken: boolean) =>
        `${where}: 401 unauthorized — the model is private or gated, or does not exist; ${hasToken ? "check the token" : "pass a token"}`,
      forbidden: (where: string) =>
        `${where}: 403 forbidden — the token may not read this model (gated: accept its conditions on the Hub first)`,
      notFound: (where: string) => `${where}: 404 — no such model`,
      rateLimited: (where: string, seconds: number | null) =>
        `${where}: 429 too many requests${seconds === null ? "" : `; retry after ${seconds} s`}`,
      http: (where: string, status: number | null) => `${where}: the Hub answered ${status ?? "an error"}`,
      timeout: (where: string, ms: number) => `${where}: no answer within ${ms} ms`,
      aborted: (where: string) => `${where}: the request was aborted`,
      network: (where: string, reason: string | null) =>
        `${where}: the Hub could not be reached${reason === null ? "" : ` (${reason})`}`,
      malformed: (where: string) => `${where}: the response is not valid JSON (cut short, or not the model API)`,
      tooLarge: (where: string, limit: number) =>
        `${where}: the response is larger than ${limit} MB, far more than any model's metadata`,
    },
    unexpected: (detail: string) => `unexpected failure: ${detail}`,
  },
  zh: {
    standardInput: "标准输入",
    cannotRead: (label: string, reason: string) => `${label}：无法读取：${reason}`,
    noSuchFile: "文件不存在",
    permissionDenied: "没有权限",
    isDirectory: "这是目录，不是文件",
    tooLarge: (label: string, megabytes: string | null, limit: number) =>
      `${label}：${megabytes === null ? "" : `${megabytes} MB，`}超过 ${limit} MB 的上限；请拆分文件，Hub 记录可用 classify --ndjson 流式处理`,
    lineTooLong: (label: string, line: number, limit: number) =>
      `${label}：第 ${line} 行超过 ${limit} MB；一行一条 Hub 记录远小于此`,
    binary: (label: string) => `${label}：看起来是二进制文件，不是 JSON 或 YAML 文本`,
    notUtf8: (label: string) => `${label}：不是 UTF-8 文本`,
    empty: (label: string) => `${label}：内容为空`,
    // The parsers explain in English only; the Chinese line says where, which is what one needs to fix it.
    invalidJson: (label: string, where: string | null, _detail: string) =>
      `${label}：JSON 无效${where === null ? "" : `（${where}）`}`,
    invalidYaml: (label: string, where: string | null, _detail: string) =>
      `${label}：YAML 无效${where === null ? "" : `（${where}）`}`,
    position: (line: number, column: number) => `第 ${line} 行第 ${column} 列`,
    tooDeep: (label: string, limit: number) => `${label}：嵌套超过 ${limit} 层；一条模型记录不到十层`,
    tooManyRecords: (label: string, count: number, limit: number) =>
      `${label}：共 ${count} 条记录，超过 validate 一次可校验的 ${limit} 条；请拆分文件`,
    stdinClosed: "标准输入已关闭；请通过管道输入文件，或用文件名代替 -",
    stdoutClosed: "标准输出已关闭；请重定向到文件或 /dev/null",
    cannotWrite: (reason: string) => `无法写入标准输出：${reason}`,
    noSpace: "设备空间不足",
    unknownCommand: (command: string, suggestion: string | null, commands: readonly string[]) =>
      `未知命令 ${command}${suggestion === null ? "" : `（是不是 ${suggestion}？）`}；可用命令：${commands.join("、")}（见 --help）`,
    unknownOption: (option: string, suggestion: string | null) =>
      `未知选项 ${option}${suggestion === null ? "" : `；是不是 ${suggestion}？`}`,
    missingArgument: (argument: string) => `缺少参数 <${argument}>`,
    missingOptionValue: (option: string) => `${option} 需要一个值`,
    conflictingOptions: (first: string, second: string) => `${first} 不能与 ${second} 同时使用`,
    excessArguments: (command: string, expected: number, received: number) =>
      `${command} 只接受 ${expected} 个参数，实际收到 ${received} 个`,
    invalidChoice: (option: string, value: string, choices: string) => `${option}：不允许 ${value}；可选值：${choices}`,
    usage: (detail: string) => `用法错误：${detail}`,
    unknownValue: (flag: string, value: string, allowed: readonly string[], suggestion: string | null) =>
      `${flag} 的值 ${value} 未知；有效值：${allowed.join(", ")}${suggestion === null ? "" : `（是不是 ${JSON.stringify(suggestion)}？）`}`,
    unknownOpenValue: (flag: string, value: string, suggestions: readonly string[]) =>
      `${flag} 的值 ${value} 未知${suggestions.length === 0 ? "" : `；是不是 ${suggestions.join("、")}？`}（model-taxonomy family 列出全部系列）`,
    unknownFamily: (name: string, suggestions: readonly string[]) =>
      `未知模型系列 ${name}${suggestions.length === 0 ? "" : `；是不是 ${suggestions.join("、")}？`}（model-taxonomy family 列出全部系列）`,
    bitsWithoutWeights: "--bits 需要与 --weights 一起使用：它是权重须装入内存时的精度",
    numberBetween: (flag: string, min: number, max: number, value: string) =>
      `${flag} 需要 ${min} 到 ${max} 之间的数，收到的是 ${value}`,
    malformedRange: (value: string, example: string) =>
      `范围 ${value} 格式不对；请写成 MIN..MAX、MIN.. 或 ..MAX，例如 ${example}`,
    wholeNumber: (flag: string, min: number, value: string, max: number | null = null) =>
      `${flag} 需要一个${min > 0 ? `不小于 ${min} 的` : ""}${max === null ? "" : `不大于 ${max} 的`}整数，收到的是 ${value}`,
    unknownSortKey: (value: string, keys: readonly string[]) =>
      `--sort：未知的排序键 ${value}；有效的键：${keys.join(", ")}（前加 - 表示倒序）`,
    unknownModel: (query: string, suggestions: readonly string[]) =>
      `未知模型 ${query}${suggestions.length === 0 ? "" : `；是不是 ${suggestions.join("、")}？`}`,
    notRepoId: (value: string) => `需要 Hub 仓库 ID（如 "openai-community/gpt2"）、文件或 -，收到的是 ${value}`,
    notEndpoint: (value: string) => `--endpoint：需要 http(s) 网址，收到的是 ${value}`,
    hub: {
      unauthorized: (where: string, hasToken: boolean) =>
        `${where}：401 未授权——模型是私有或受限的，或者不存在；${hasToken ? "请检查令牌" : "请提供令牌"}`,
      forbidden: (where: string) => `${where}：403 禁止访问——此令牌无权读取该模型（受限模型须先在 Hub 上同意其条款）`,
      notFound: (where: string) => `${where}：404——没有这个模型`,
      rateLimited: (where: string, seconds: number | null) =>
        `${where}：429 请求过多${seconds === null ? "" : `；请 ${seconds} 秒后重试`}`,
      http: (where: string, status: number | null) => `${where}：Hub 返回了 ${status ?? "错误"}`,
      timeout: (where: string, ms: number) => `${where}：${ms} 毫秒内没有应答`,
      aborted: (where: string) => `${where}：请求已中止`,
      network: (where: string, reason: string | null) =>
        `${where}：无法连接 Hub${reason === null ? "" : `（${reason}）`}`,
      malformed: (where: string) => `${where}：响应不是有效的 JSON（被截断，或不是模型 API）`,
      tooLarge: (where: string, limit: number) => `${where}：响应超过 ${limit} MB，远大于任何模型的元数据`,
    },
    unexpected: (detail: string) => `意外错误：${detail}`,
  },
} as const;

/**
 * The error messages of one language.
 *
 * @internal
 */
export type _ErrorMessages = (typeof _ERRORS)["en"] | (typeof _ERRORS)["zh"];

/**
 * The locale the arguments ask for with `--lang en|zh` (anywhere before `--`), else the environment's: used
 * for errors, which can happen before commander has read the flag or when it refused it.
 *
 * @example
 * ```ts
 * _localeFromArguments(["show", "gtp-2", "--lang", "zh"], {}); // "zh"
 * ```
 *
 * @internal
 */
export function _localeFromArguments(argv: readonly string[], env: NodeJS.ProcessEnv): Locale {
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index];
    if (arg === "--") break;
    const value = arg === "--lang" ? argv[index + 1] : arg?.startsWith("--lang=") ? arg.slice(7) : undefined;
    if (value === "en" || value === "zh") return value;
  }
  return _localeFromEnvironment(env);
}
