// Every failure as one line of the user's language on standard error, without secrets, and its exit code.
// The error classes of the Hub client and of the registry are loaded only when such an error is reported.
import { type Command, CommanderError } from "commander";
import { _closest } from "../_text.js";
import { InvalidArgumentError, ModelTaxonomyError } from "../errors.js";
import type { HuggingFaceHubError } from "../huggingface/fetch.js";
import type { Locale } from "../i18n.js";
import { _takeFlagError } from "./flags.js";
import { CliError, EXIT } from "./input.js";
import { _writeFailure } from "./stdio.js";
import { _ERRORS, type _ErrorMessages, _MESSAGES, _quoteInput } from "./text.js";

/**
 * What `classify` was asked to use, so that messages name the endpoint without its secrets.
 *
 * @example
 * ```ts
 * const request: _RequestDetails = { endpoint: undefined, token: process.env.HF_TOKEN };
 * ```
 *
 * @internal
 */
export interface _RequestDetails {
  readonly endpoint: string | undefined;
  readonly token: string | undefined;
}

/**
 * The error for a command that does not exist, with the closest command name.
 *
 * @example
 * ```ts
 * throw _unknownCommand(program, "lsit"); // unknown command "lsit" (did you mean list?)
 * ```
 *
 * @internal
 */
export function _unknownCommand(program: Command, command: string): CliError {
  const names = program.commands.flatMap((candidate) => [candidate.name(), ...candidate.aliases()]);
  // Only short words get a suggestion: edit distance on a long argument is work for nothing.
  const close = command.length > 32 ? undefined : _closest(command, names, 1)[0];
  const commands = program.commands.map((candidate) => candidate.name());
  return new CliError(
    (t) => t.unknownCommand(_quoteInput(command), close === undefined ? null : close, commands),
    EXIT.usage,
  );
}

const quoted = (name: string) => name.replace(/ <.*$/, "");

// commander's messages, read apart by code: its words are English, ours are in the user's language.
const COMMANDER_MESSAGES: Readonly<Record<string, (text: string) => ((t: _ErrorMessages) => string) | undefined>> = {
  "commander.unknownOption": (text) => {
    const match = /unknown option '([^']+)'(?:\s*\(Did you mean ([^?]+)\?\))?/.exec(text);
    if (match === null) return undefined;
    const [, option = "", suggestion] = match;
    return (t) => t.unknownOption(option, suggestion ?? null);
  },
  "commander.missingArgument": (text) => {
    const argument = /missing required argument '([^']+)'/.exec(text)?.[1];
    return argument === undefined ? undefined : (t) => t.missingArgument(argument);
  },
  "commander.optionMissingArgument": (text) => {
    const option = /option '([^']+)' argument missing/.exec(text)?.[1];
    return option === undefined ? undefined : (t) => t.missingOptionValue(quoted(option));
  },
  "commander.conflictingOption": (text) => {
    const match = /option '([^']+)' cannot be used with option '([^']+)'/.exec(text);
    if (match === null) return undefined;
    const [first, second] = [quoted(match[1] ?? ""), quoted(match[2] ?? "")];
    return (t) => t.conflictingOptions(first, second);
  },
  "commander.excessArguments": (text) => {
    const match = /too many arguments(?: for '([^']+)')?\. Expected (\d+) arguments? but got (\d+)/.exec(text);
    if (match === null) return undefined;
    const [command, expected, received] = [match[1] ?? "model-taxonomy", Number(match[2]), Number(match[3])];
    return (t) => t.excessArguments(command, expected, received);
  },
  "commander.invalidArgument": (text) => {
    const flagError = _takeFlagError();
    if (flagError !== undefined) return (t) => flagError.in(t);
    const match = /option '([^']+)' argument '([^']*)' is invalid\. Allowed choices are (.*)\.$/.exec(text);
    if (match === null) return undefined;
    const [option, value, choices] = [quoted(match[1] ?? ""), _quoteInput(match[2] ?? ""), match[3] ?? ""];
    return (t) => t.invalidChoice(option, value, choices);
  },
};

function commanderMessage(error: CommanderError): (t: _ErrorMessages) => string {
  const text = error.message.replace(/^error: /, "");
  return COMMANDER_MESSAGES[error.code]?.(text) ?? ((t) => t.usage(text));
}

async function hubMessage(
  error: HuggingFaceHubError,
  request: _RequestDetails,
): Promise<(t: _ErrorMessages) => string> {
  const { _parseEndpoint, MAX_HUB_RESPONSE_BYTES } = await import("../huggingface/fetch.js");
  const endpoint = _parseEndpoint(request.endpoint ?? "https://huggingface.co")?.shown ?? "";
  const where = `${error.modelId} (${endpoint})`;
  const hasToken = request.token !== undefined && request.token !== "";
  switch (error.code) {
    case "unauthorized":
      return (t) => t.hub.unauthorized(where, hasToken);
    case "forbidden":
      return (t) => t.hub.forbidden(where);
    case "not-found":
      return (t) => t.hub.notFound(where);
    case "rate-limited":
      return (t) => t.hub.rateLimited(where, error.retryAfterSeconds);
    case "http":
      return (t) => t.hub.http(where, error.status);
    case "timeout":
      return (t) => t.hub.timeout(where, Number(/(\d+) ms/.exec(error.message)?.[1] ?? 0));
    case "aborted":
      return (t) => t.hub.aborted(where);
    case "network": {
      // The system's error code (ECONNREFUSED, ENOTFOUND, …) says what failed in any language.
      const reason = systemErrorCode(error.cause) ?? systemErrorCode(Reflect.get(Object(error.cause), "cause"));
      return (t) => t.hub.network(where, reason);
    }
    case "malformed-response":
      return (t) => t.hub.malformed(where);
    case "response-too-large":
      return (t) => t.hub.tooLarge(where, MAX_HUB_RESPONSE_BYTES / 1024 / 1024);
  }
}

function systemErrorCode(error: unknown): string | null {
  const code: unknown = error instanceof Error ? Reflect.get(error, "code") : undefined;
  return typeof code === "string" && /^E[A-Z_]+$/.test(code) ? code : null;
}

// The message and exit code of errors whose classes live in modules loaded on demand.
async function loadedErrorMessage(
  error: unknown,
  request: _RequestDetails,
): Promise<{ render: (t: _ErrorMessages) => string; code: number } | undefined> {
  if (!(error instanceof ModelTaxonomyError)) return undefined;
  if (error.name === "HuggingFaceHubError") {
    const { HuggingFaceHubError } = await import("../huggingface/fetch.js");
    if (error instanceof HuggingFaceHubError) {
      const refused = error.code === "not-found" || error.code === "unauthorized" || error.code === "forbidden";
      return { render: await hubMessage(error, request), code: refused ? EXIT.invalid : EXIT.network };
    }
  }
  if (error.name === "UnknownModelError") {
    const { UnknownModelError } = await import("../registry/create.js");
    if (error instanceof UnknownModelError) {
      const suggestions = error.suggestions.map((name) => JSON.stringify(name));
      return { render: (t) => t.unknownModel(_quoteInput(error.query), suggestions), code: EXIT.invalid };
    }
  }
  return undefined;
}

function knownErrorMessage(error: unknown): { render: (t: _ErrorMessages) => string; code: number } {
  if (error instanceof CommanderError) return { render: commanderMessage(error), code: EXIT.usage };
  if (error instanceof CliError) return { render: (t) => error.in(t), code: error.exitCode };
  if (error instanceof InvalidArgumentError) return { render: (t) => t.usage(error.message), code: EXIT.usage };
  const write = _writeFailure(error);
  if (write !== null) return { render: (t) => t.cannotWrite(write === "ENOSPC" ? t.noSpace : write), code: EXIT.io };
  if (error instanceof ModelTaxonomyError) return { render: (t) => t.usage(error.message), code: EXIT.invalid };
  const detail = error instanceof Error ? error.message : String(error);
  return { render: (t) => t.unexpected(detail), code: EXIT.invalid };
}

/**
 * Reports an error in one line of the user's language, without secrets; resolves to the exit code.
 *
 * @example
 * ```ts
 * return await _reportError(error, "zh", { endpoint: undefined, token: undefined });
 * ```
 *
 * @internal
 */
export async function _reportError(error: unknown, locale: Locale, request: _RequestDetails): Promise<number> {
  if (
    error instanceof CommanderError &&
    ["commander.helpDisplayed", "commander.version", "commander.help"].includes(error.code)
  )
    return EXIT.ok;
  const { render, code } = (await loadedErrorMessage(error, request)) ?? knownErrorMessage(error);
  const secrets = [request.token, ...(await endpointSecrets(request.endpoint))].filter(
    (secret): secret is string => secret !== undefined && secret.length > 2,
  );
  const safe = secrets.reduce((text, secret) => text.split(secret).join("***"), render(_ERRORS[locale]));
  process.stderr.write(`${_MESSAGES[locale].errorPrefix} ${safe.replace(/\s*\n\s*/g, " ")}\n`);
  return code;
}

async function endpointSecrets(endpoint: string | undefined): Promise<readonly string[]> {
  if (endpoint === undefined) return [];
  const { _parseEndpoint } = await import("../huggingface/fetch.js");
  return _parseEndpoint(endpoint)?.secrets ?? [];
}
