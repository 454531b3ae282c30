/**
 * Fetching Hub metadata, and classifying many models as a stream.
 *
 * @module
 */
import { _deepFreeze } from "../_freeze.js";
import { _ERROR_BRAND, InvalidArgumentError, ModelTaxonomyError } from "../errors.js";
import { classifyHuggingFaceModel, type HuggingFaceClassification } from "./classify.js";

/** The public Hugging Face Hub. */
export const DEFAULT_HUB_ENDPOINT = "https://huggingface.co";

/** Why a fetch failed. */
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
] as const);

/** A {@link HUB_ERROR_CODES} value. */
export type HubErrorCode = (typeof HUB_ERROR_CODES)[number];

/**
 * Thrown by {@link fetchHuggingFaceModel}. `code` says what went wrong; the message says it in words and never
 * contains the token.
 */
export class HuggingFaceHubError extends ModelTaxonomyError {
  static override readonly [_ERROR_BRAND]: string = "HuggingFaceHubError";
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

/** Options of {@link fetchHuggingFaceModel}. */
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
}

/** The metadata of one model and its classification. */
export interface FetchedHuggingFaceModel {
  readonly info: unknown;
  readonly classification: HuggingFaceClassification;
}

const _REPO_ID = /^[A-Za-z0-9][\w.-]*(\/[A-Za-z0-9][\w.-]*)?$/;

function _retryAfter(header: string | null): number | null {
  if (header === null) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds;
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
 *   `retryAfterSeconds`), `http` (other statuses), `timeout`, `aborted`, `network`, or `malformed-response`
 *   (the body is not JSON, or was cut short). {@link InvalidArgumentError} for an id that is not a repository id.
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
  if (typeof id !== "string" || !_REPO_ID.test(id) || id.includes("..")) {
    throw new InvalidArgumentError(
      "id",
      `expected a Hub repository id such as "openai-community/gpt2", received ${JSON.stringify(id)}`,
    );
  }
  const endpoint = (options.endpoint ?? DEFAULT_HUB_ENDPOINT).replace(/\/+$/, "");
  if (!/^https?:\/\/[^/]/.test(endpoint)) {
    throw new InvalidArgumentError(
      "options.endpoint",
      `expected an http(s) URL, received ${JSON.stringify(options.endpoint)}`,
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
  const url = `${endpoint}/api/models/${id.split("/").map(encodeURIComponent).join("/")}`;
  const where = `${id} (${endpoint})`;

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
    // A network error message can echo request details; keep any token out of it.
    const safe = options.token === undefined ? detail : detail.split(options.token).join("***");
    return new HuggingFaceHubError("network", id, `${where}: the Hub could not be reached (${safe})`, { cause: error });
  };

  try {
    let response: Response;
    try {
      response = await doFetch(url, {
        headers: {
          accept: "application/json",
          ...(options.token === undefined ? {} : { authorization: `Bearer ${options.token}` }),
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
          const retryAfterSeconds = _retryAfter(response.headers.get("retry-after"));
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
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      throw failed(error);
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
