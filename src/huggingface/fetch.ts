/**
 * Fetching Hub metadata, and classifying many models as a stream.
 *
 * @module
 */
import { _deepFreeze } from "../_freeze.js";
import { InvalidArgumentError, ModelTaxonomyError } from "../errors.js";
import { classifyHuggingFaceModel, type HuggingFaceClassification } from "./classify.js";

/**
 * The public Hugging Face Hub.
 *
 * @example
 * ```ts
 * DEFAULT_HUB_ENDPOINT; // "https://huggingface.co"
 * ```
 */
export const DEFAULT_HUB_ENDPOINT = "https://huggingface.co";

/**
 * Why a fetch failed.
 *
 * @example
 * ```ts
 * HUB_ERROR_CODES.includes("not-found"); // true
 * ```
 */
export const HUB_ERROR_CODES = /* @__PURE__ */ _deepFreeze([
  "unauthorized",
  "forbidden",
  "not-found",
  "rate-limited",
  "http",
  "timeout",
  "aborted",
  "network",
  "malformed-response",
  "response-too-large",
] as const);

/**
 * A {@link HUB_ERROR_CODES} value.
 *
 * @example
 * ```ts
 * const code: HubErrorCode = "rate-limited";
 * ```
 */
export type HubErrorCode = (typeof HUB_ERROR_CODES)[number];

/**
 * Thrown by {@link fetchHuggingFaceModel}. `code` says what went wrong; the message says it in words and never
 * contains the token.
 *
 * @example
 * ```ts
 * try {
 *   await fetchHuggingFaceModel("acme/private-model");
 * } catch (error) {
 *   if (error instanceof HuggingFaceHubError && error.code === "unauthorized") console.error("pass a token");
 * }
 * ```
 */
export class HuggingFaceHubError extends ModelTaxonomyError {
  static override readonly _brand: string = "HuggingFaceHubError";
  override name = "HuggingFaceHubError";
  readonly code: HubErrorCode;
  /** The repository id that was asked for. */
  readonly modelId: string;
  /** The HTTP status, when the Hub answered. */
  readonly status: number | null;
  /** For `rate-limited`: seconds to wait before trying again, when the Hub said. */
  readonly retryAfterSeconds: number | null;

  constructor(
    code: HubErrorCode,
    modelId: string,
    message: string,
    details: { status?: number; retryAfterSeconds?: number | null; cause?: unknown } = {},
  ) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.code = code;
    this.modelId = modelId;
    this.status = details.status ?? null;
    this.retryAfterSeconds = details.retryAfterSeconds ?? null;
  }
}

/**
 * Options of {@link fetchHuggingFaceModel}.
 *
 * @example
 * ```ts
 * const options: FetchHuggingFaceModelOptions = { token: process.env.HF_TOKEN, timeoutMs: 5_000 };
 * await fetchHuggingFaceModel("meta-llama/Llama-3.1-8B", options);
 * ```
 */
export interface FetchHuggingFaceModelOptions {
  /** The Hub to ask: a mirror or a private hub. Default {@link DEFAULT_HUB_ENDPOINT}. */
  readonly endpoint?: string;
  /** An access token, for private and gated models. Sent as a bearer token; never logged or shown. */
  readonly token?: string;
  /** The fetch to use (a polyfill, a mock, a proxying fetch). Default: the global `fetch`. */
  readonly fetch?: typeof globalThis.fetch;
  /** Aborts the request. */
  readonly signal?: AbortSignal;
  /** Gives up after this many milliseconds. Default 10,000. */
  readonly timeoutMs?: number;
  /** Refuses a response body larger than this many bytes. Default 16 MiB. */
  readonly maxResponseBytes?: number;
}

/**
 * The largest response body {@link fetchHuggingFaceModel} reads by default: 16 MiB. The model API answers with a
 * few kilobytes, a few hundred for a repository of thousands of files; a larger body is not model metadata, and
 * reading it whole would only fill memory.
 *
 * @example
 * ```ts
 * await fetchHuggingFaceModel("acme/model", { maxResponseBytes: MAX_HUB_RESPONSE_BYTES / 4 });
 * ```
 */
export const MAX_HUB_RESPONSE_BYTES = 16 * 1024 * 1024;

/**
 * The metadata of one model and its classification.
 *
 * @example
 * ```ts
 * const { info, classification }: FetchedHuggingFaceModel = await fetchHuggingFaceModel("openai-community/gpt2");
 * ```
 */
export interface FetchedHuggingFaceModel {
  readonly info: unknown;
  readonly classification: HuggingFaceClassification;
}

const REPO_ID = /^[A-Za-z0-9][\w.-]*(\/[A-Za-z0-9][\w.-]*)?$/;

/** An endpoint as it may be shown: no user name, password, query or fragment (any may hold a secret). */
export interface _Endpoint {
  /** Where requests go: the endpoint's path, `/api/models/{id}` after it, and its query kept. */
  readonly url: (path: string) => string;
  /** The endpoint without credentials, query or fragment, for messages. */
  readonly shown: string;
  /** The `user:password` the URL carried, sent as Basic authentication when there is no token. */
  readonly basic: string | null;
  /** The secrets the URL carried, to be blanked out of any message. */
  readonly secrets: readonly string[];
}

/**
 * Reads an endpoint URL for {@link fetchHuggingFaceModel}: `null` when it is not an http(s) URL.
 *
 * @example
 * ```ts
 * _parseEndpoint("https://user:pass@hub.example/mirror/?region=eu")?.shown; // "https://hub.example/mirror"
 * ```
 */
export function _parseEndpoint(endpoint: string): _Endpoint | null {
  let parsed: URL;
  try {
    parsed = new URL(endpoint);
  } catch {
    return null;
  }
  // An http(s) URL always has a host: the URL parser refuses "http://" and reads "http:///x" as the host "x".
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return null;
  const user = decodePart(parsed.username);
  const password = decodePart(parsed.password);
  const base = parsed.pathname.replace(/\/+$/, "");
  const search = parsed.search;
  const origin = `${parsed.protocol}//${parsed.host}`;
  return {
    url: (path) => `${origin}${base}${path}${search}`,
    shown: `${origin}${base}`,
    basic: user === "" && password === "" ? null : `${user}:${password}`,
    secrets: [user, password, parsed.username, parsed.password, search.slice(1)].filter((secret) => secret.length > 2),
  };
}

function decodePart(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/** Base64 of UTF-8 text, as Basic authentication wants it (`btoa` alone takes only Latin-1). */
function base64(text: string): string {
  return btoa(Array.from(new TextEncoder().encode(text), (byte) => String.fromCharCode(byte)).join(""));
}

function blank(text: string, secrets: readonly string[]): string {
  return secrets.reduce((result, secret) => result.split(secret).join("***"), text);
}

/** Reads a body up to `limit` bytes; `null` when it is larger. */
async function readBody(response: Response, limit: number): Promise<string | null> {
  const declared = Number(response.headers.get("content-length") ?? Number.NaN);
  if (declared > limit) {
    await response.body?.cancel();
    return null;
  }
  if (response.body === null) return "";
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let size = 0;
  let text = "";
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

function retryAfter(header: string | null): number | null {
  if (header === null) return null;
  const seconds = Number(header);
  // A number is a delay or nothing: Date.parse would read "-3" as a date in the year -3.
  if (Number.isFinite(seconds)) return seconds >= 0 ? seconds : null;
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

/**
 * Fetches a model's metadata from the Hub (`GET {endpoint}/api/models/{id}`) and classifies it.
 *
 * @param id - The repository id, such as `"openai-community/gpt2"`.
 * @param options - Endpoint, token, fetch implementation, abort signal and timeout.
 * @returns The metadata and its classification.
 * @throws {@link HuggingFaceHubError} with `code` `unauthorized` (401: private, gated or missing; pass a
 *   token), `forbidden` (403: the token may not read it), `not-found` (404), `rate-limited` (429, with
 *   `retryAfterSeconds`), `http` (other statuses), `timeout`, `aborted`, `network`, `malformed-response`
 *   (the body is not JSON, or was cut short) or `response-too-large` (over `maxResponseBytes`).
 *   {@link InvalidArgumentError} for an id that is not a repository id, or an endpoint that is not an http(s) URL.
 *
 * @example
 * ```ts
 * const { classification } = await fetchHuggingFaceModel("openai-community/gpt2");
 * classification.record; // a model record, ready for createRegistry
 * ```
 */
export async function fetchHuggingFaceModel(
  id: string,
  options: FetchHuggingFaceModelOptions = {},
): Promise<FetchedHuggingFaceModel> {
  if (typeof id !== "string" || !REPO_ID.test(id) || id.includes("..")) {
    throw new InvalidArgumentError(
      "id",
      `expected a Hub repository id such as "openai-community/gpt2", received ${JSON.stringify(id)}`,
    );
  }
  const endpoint =
    typeof options.endpoint === "string" || options.endpoint === undefined
      ? _parseEndpoint(options.endpoint ?? DEFAULT_HUB_ENDPOINT)
      : null;
  if (endpoint === null) {
    // The value is not echoed: a malformed URL can still hold a password.
    throw new InvalidArgumentError("options.endpoint", "expected an http(s) URL such as https://huggingface.co");
  }
  const maxResponseBytes = options.maxResponseBytes ?? MAX_HUB_RESPONSE_BYTES;
  if (!Number.isSafeInteger(maxResponseBytes) || maxResponseBytes <= 0) {
    throw new InvalidArgumentError(
      "options.maxResponseBytes",
      `expected a positive whole number of bytes, received ${String(options.maxResponseBytes)}`,
    );
  }
  const timeoutMs = options.timeoutMs ?? 10_000;
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) {
    throw new InvalidArgumentError(
      "options.timeoutMs",
      `expected a positive number of milliseconds, received ${String(options.timeoutMs)}`,
    );
  }
  const doFetch = options.fetch ?? globalThis.fetch;
  if (typeof doFetch !== "function") {
    throw new InvalidArgumentError("options.fetch", "no fetch is available here; pass one in options.fetch");
  }
  const url = endpoint.url(`/api/models/${id.split("/").map(encodeURIComponent).join("/")}`);
  const where = `${id} (${endpoint.shown})`;
  const secrets = [...endpoint.secrets, ...(options.token === undefined ? [] : [options.token])];

  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onAbort = () => controller.abort();
  if (options.signal?.aborted === true) controller.abort();
  options.signal?.addEventListener("abort", onAbort, { once: true });

  const failed = (error: unknown): HuggingFaceHubError => {
    if (timedOut) return new HuggingFaceHubError("timeout", id, `${where}: no answer within ${timeoutMs} ms`);
    if (options.signal?.aborted === true)
      return new HuggingFaceHubError("aborted", id, `${where}: the request was aborted`);
    const detail = error instanceof Error ? error.message : String(error);
    // A network error message can echo request details; keep any token or password out of it.
    const safe = blank(detail, secrets);
    return new HuggingFaceHubError("network", id, `${where}: the Hub could not be reached (${safe})`, { cause: error });
  };

  try {
    let response: Response;
    try {
      response = await doFetch(url, {
        headers: {
          accept: "application/json",
          ...(options.token !== undefined
            ? { authorization: `Bearer ${options.token}` }
            : endpoint.basic !== null
              ? { authorization: `Basic ${base64(endpoint.basic)}` }
              : {}),
        },
        signal: controller.signal,
      });
    } catch (error) {
      throw failed(error);
    }
    const status = response.status;
    if (!response.ok) {
      const base = { status };
      switch (status) {
        case 401:
          throw new HuggingFaceHubError(
            "unauthorized",
            id,
            `${where}: 401 unauthorized — the model is private or gated, or does not exist; ${options.token === undefined ? "pass a token" : "check the token"}`,
            base,
          );
        case 403:
          throw new HuggingFaceHubError(
            "forbidden",
            id,
            `${where}: 403 forbidden — the token may not read this model (gated: accept its conditions on the Hub first)`,
            base,
          );
        case 404:
          throw new HuggingFaceHubError("not-found", id, `${where}: 404 — no such model`, base);
        case 429: {
          const retryAfterSeconds = retryAfter(response.headers.get("retry-after"));
          const wait = retryAfterSeconds === null ? "" : `; retry after ${retryAfterSeconds} s`;
          throw new HuggingFaceHubError("rate-limited", id, `${where}: 429 too many requests${wait}`, {
            status,
            retryAfterSeconds,
          });
        }
        default:
          throw new HuggingFaceHubError(
            "http",
            id,
            `${where}: the Hub answered ${status} ${response.statusText}`.trim(),
            base,
          );
      }
    }
    let text: string | null;
    try {
      text = await readBody(response, maxResponseBytes);
    } catch (error) {
      throw failed(error);
    }
    if (text === null) {
      throw new HuggingFaceHubError(
        "response-too-large",
        id,
        `${where}: the response is larger than ${maxResponseBytes} bytes, far more than any model's metadata`,
        { status },
      );
    }
    let info: unknown;
    try {
      info = JSON.parse(text);
    } catch {
      throw new HuggingFaceHubError(
        "malformed-response",
        id,
        `${where}: the response is not valid JSON (${text.length} characters; cut short or not the model API)`,
        { status },
      );
    }
    return { info, classification: classifyHuggingFaceModel(info) };
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener("abort", onAbort);
  }
}

/**
 * Classifies many Hub records as a stream: one result per input, in order, holding only one record at a time.
 * Feed it the records of a Hub dump, parsed line by line.
 *
 * @param records - Parsed API responses, from an array, a generator or an async iterable.
 * @returns An async iterable of classifications.
 *
 * @example
 * ```ts
 * for await (const result of classifyHuggingFaceModels(readRecords())) {
 *   console.log(result.id, result.architecture.value?.family ?? "unknown");
 * }
 * ```
 */
export async function* classifyHuggingFaceModels(
  records: Iterable<unknown> | AsyncIterable<unknown>,
): AsyncGenerator<HuggingFaceClassification, void, undefined> {
  if (
    records === null ||
    typeof records !== "object" ||
    !(Symbol.iterator in records || Symbol.asyncIterator in records)
  ) {
    throw new InvalidArgumentError("records", "expected an iterable or async iterable of Hub records");
  }
  for await (const record of records) yield classifyHuggingFaceModel(record);
}
