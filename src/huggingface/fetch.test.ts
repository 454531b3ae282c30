import { describe, expect, test } from "vitest";
import { InvalidArgumentError } from "../errors.js";
import {
  classifyHuggingFaceModels,
  fetchHuggingFaceModel,
  HuggingFaceHubError,
  MAX_HUB_RESPONSE_BYTES,
} from "./fetch.js";

const gpt2 = JSON.stringify({ id: "openai-community/gpt2", pipeline_tag: "text-generation" });

/** A fetch that records what it was asked and answers with the given body. */
function fakeFetch(body: () => Response): {
  fetch: typeof globalThis.fetch;
  calls: { url: string; init?: RequestInit }[];
} {
  const calls: { url: string; init?: RequestInit }[] = [];
  const fetch: typeof globalThis.fetch = async (input, init) => {
    calls.push({ url: String(input), ...(init === undefined ? {} : { init }) });
    return body();
  };
  return { fetch, calls };
}

/** A body of `chunks` chunks of `size` bytes, with no length header: only counting can stop it. */
function endlessBody(chunks: number, size: number): { response: Response; pulled: () => number } {
  let pulled = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled >= chunks) {
        controller.close();
        return;
      }
      pulled++;
      controller.enqueue(new Uint8Array(size).fill(0x20));
    },
  });
  return { response: new Response(stream, { status: 200 }), pulled: () => pulled };
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected a rejection");
}

describe("fetchHuggingFaceModel", () => {
  test("stops reading a body over maxResponseBytes and says so with the code response-too-large", async () => {
    const body = endlessBody(1000, 64 * 1024);
    const { fetch } = fakeFetch(() => body.response);
    const error = await rejection(fetchHuggingFaceModel("acme/huge", { fetch, maxResponseBytes: 1024 * 1024 }));
    expect(error).toBeInstanceOf(HuggingFaceHubError);
    expect(error).toMatchObject({ code: "response-too-large", modelId: "acme/huge", status: 200 });
    // It read a little past the limit, not the 64 MB on offer.
    expect(body.pulled()).toBeLessThan(20);
  });

  test("refuses a body whose declared length is over the limit without reading it", async () => {
    const body = endlessBody(10, 1024);
    const { fetch } = fakeFetch(
      () =>
        new Response(body.response.body, {
          status: 200,
          headers: { "content-length": String(MAX_HUB_RESPONSE_BYTES + 1) },
        }),
    );
    await expect(fetchHuggingFaceModel("acme/huge", { fetch })).rejects.toMatchObject({ code: "response-too-large" });
    const bodiless = fakeFetch(
      () => new Response(null, { status: 200, headers: { "content-length": String(MAX_HUB_RESPONSE_BYTES + 1) } }),
    );
    await expect(fetchHuggingFaceModel("acme/huge", { fetch: bodiless.fetch })).rejects.toMatchObject({
      code: "response-too-large",
    });
  });

  test("reads a body exactly at the limit", async () => {
    const { fetch } = fakeFetch(() => new Response(gpt2, { status: 200 }));
    const fetched = await fetchHuggingFaceModel("openai-community/gpt2", {
      fetch,
      maxResponseBytes: new TextEncoder().encode(gpt2).length,
    });
    expect(fetched.classification.id).toBe("openai-community/gpt2");
  });

  test.each([0, -1, 1.5, Number.NaN])("rejects maxResponseBytes %s", async (maxResponseBytes) => {
    const error = await rejection(fetchHuggingFaceModel("acme/x", { maxResponseBytes }));
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect(error).toMatchObject({
      argument: "options.maxResponseBytes",
      problem: `expected a positive whole number of bytes, received ${maxResponseBytes}`,
    });
  });

  test("keeps the endpoint's path and query string when it builds the URL", async () => {
    const { fetch, calls } = fakeFetch(() => new Response(gpt2, { status: 200 }));
    await fetchHuggingFaceModel("openai-community/gpt2", { fetch, endpoint: "https://hub.example/mirror/?region=eu" });
    expect(calls[0]?.url).toBe("https://hub.example/mirror/api/models/openai-community/gpt2?region=eu");
  });

  test("never puts the endpoint's credentials in the URL or a message, and sends them as Basic authentication", async () => {
    const { fetch, calls } = fakeFetch(() => new Response("{}", { status: 404 }));
    const error = await rejection(
      fetchHuggingFaceModel("acme/x", { fetch, endpoint: "https://alice:s3cret@hub.example/?key=k3y-value" }),
    );
    expect(calls[0]?.url).toBe("https://hub.example/api/models/acme/x?key=k3y-value");
    expect(new Headers(calls[0]?.init?.headers).get("authorization")).toBe(`Basic ${btoa("alice:s3cret")}`);
    expect(error).toBeInstanceOf(HuggingFaceHubError);
    const message = error instanceof Error ? error.message : "";
    expect(message).toBe("acme/x (https://hub.example): 404 — no such model");
  });

  test("blanks the endpoint's password out of a network error that echoes it", async () => {
    const fetch: typeof globalThis.fetch = async (input) => {
      throw new TypeError(`connect failed for ${String(input)} as alice:s3cret`);
    };
    const error = await rejection(
      fetchHuggingFaceModel("acme/x", { fetch, endpoint: "https://alice:s3cret@hub.example" }),
    );
    expect(error).toMatchObject({
      code: "network",
      message:
        "acme/x (https://hub.example): the Hub could not be reached (connect failed for https://hub.example/api/models/acme/x as ***:***)",
    });
  });

  test("blanks a query-string secret out of a message, and leaves credentials of two characters", async () => {
    // Two characters are too common a text to blank out of a message without garbling it.
    const fetch: typeof globalThis.fetch = async () => {
      throw new TypeError("proxy refused key=k3y-value for user ab");
    };
    const error = await rejection(
      fetchHuggingFaceModel("acme/x", { fetch, endpoint: "https://ab:s3cret@hub.example/?key=k3y-value" }),
    );
    expect(error).toMatchObject({
      message: "acme/x (https://hub.example): the Hub could not be reached (proxy refused *** for user ab)",
    });
  });

  test("rejects an endpoint that is not an http(s) URL without echoing it", async () => {
    const error = await rejection(fetchHuggingFaceModel("acme/x", { endpoint: "ftp://alice:s3cret@hub.example" }));
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect(error instanceof Error ? error.message : "").not.toMatch(/s3cret/);
  });

  test("rejects an endpoint that is not a string, even a URL object, before any request", async () => {
    let requests = 0;
    const fetch = async () => {
      requests++;
      return new Response("{}");
    };
    for (const endpoint of [new URL("https://hub.example"), 42, null]) {
      // @ts-expect-error the endpoint is a string
      const error = await rejection(fetchHuggingFaceModel("acme/x", { fetch, endpoint }));
      expect(error).toBeInstanceOf(InvalidArgumentError);
    }
    expect(requests).toBe(0);
  });
});

const HTTP_URL = "expected an http(s) URL such as https://huggingface.co";

describe("fetchHuggingFaceModel with a fake fetch", () => {
  const answer = (status: number, body = "{}", init: ResponseInit = {}) =>
    fakeFetch(() => new Response(body, { status, ...init }));

  test("asks for JSON at /api/models/{id}, each part of the id encoded, with the token as a bearer token", async () => {
    const { fetch, calls } = answer(200, gpt2);
    const fetched = await fetchHuggingFaceModel("openai-community/gpt2", { fetch, token: "hf_abc" });
    expect(calls[0]?.url).toBe("https://huggingface.co/api/models/openai-community/gpt2");
    const headers = new Headers(calls[0]?.init?.headers);
    expect(headers.get("accept")).toBe("application/json");
    expect(headers.get("authorization")).toBe("Bearer hf_abc");
    expect(fetched.info).toEqual(JSON.parse(gpt2));
    expect(fetched.classification.tasks.value).toEqual(["text-generation"]);
    await fetchHuggingFaceModel("gpt2", { fetch });
    expect(calls[1]?.url).toBe("https://huggingface.co/api/models/gpt2");
    expect(new Headers(calls[1]?.init?.headers).has("authorization")).toBe(false);
  });

  test("prefers a token to the endpoint's credentials, and encodes credentials beyond Latin-1 as UTF-8", async () => {
    const { fetch, calls } = answer(200, gpt2);
    await fetchHuggingFaceModel("acme/x", { fetch, token: "hf_abc", endpoint: "https://alice:s3cret@hub.example" });
    expect(new Headers(calls[0]?.init?.headers).get("authorization")).toBe("Bearer hf_abc");
    await fetchHuggingFaceModel("acme/x", { fetch, endpoint: "https://j%C3%B6rg:p%C3%A4ss@hub.example" });
    const sent = new Headers(calls[1]?.init?.headers).get("authorization") ?? "";
    expect(sent.startsWith("Basic ")).toBe(true);
    expect(new TextDecoder().decode(Uint8Array.from(atob(sent.slice(6)), (char) => char.charCodeAt(0)))).toBe(
      "jörg:päss",
    );
    await fetchHuggingFaceModel("acme/x", { fetch, endpoint: "https://alice@hub.example" });
    expect(new Headers(calls[2]?.init?.headers).get("authorization")).toBe(`Basic ${btoa("alice:")}`);
    // A password alone (a token in the URL), and a user name whose escape is malformed, kept as written.
    await fetchHuggingFaceModel("acme/x", { fetch, endpoint: "https://:s3cret@hub.example" });
    expect(new Headers(calls[3]?.init?.headers).get("authorization")).toBe(`Basic ${btoa(":s3cret")}`);
    await fetchHuggingFaceModel("acme/x", { fetch, endpoint: "https://al%ZZice:s3cret@hub.example" });
    expect(new Headers(calls[4]?.init?.headers).get("authorization")).toBe(`Basic ${btoa("al%ZZice:s3cret")}`);
  });

  test.each([
    [
      401,
      undefined,
      "unauthorized",
      "acme/x (https://huggingface.co): 401 unauthorized — the model is private or gated, or does not exist; pass a token",
    ],
    [
      401,
      "hf_abc",
      "unauthorized",
      "acme/x (https://huggingface.co): 401 unauthorized — the model is private or gated, or does not exist; check the token",
    ],
    [
      403,
      undefined,
      "forbidden",
      "acme/x (https://huggingface.co): 403 forbidden — the token may not read this model (gated: accept its conditions on the Hub first)",
    ],
    [404, undefined, "not-found", "acme/x (https://huggingface.co): 404 — no such model"],
    [503, undefined, "http", "acme/x (https://huggingface.co): the Hub answered 503 Service Unavailable"],
  ] as const)("maps the status %s (token %s) to %s", async (status, token, code, message) => {
    const { fetch } = answer(status, "{}", { statusText: status === 503 ? "Service Unavailable" : "" });
    const error = await rejection(
      fetchHuggingFaceModel("acme/x", { fetch, ...(token === undefined ? {} : { token }) }),
    );
    expect(error).toBeInstanceOf(HuggingFaceHubError);
    expect(error).toMatchObject({ code, status, modelId: "acme/x", retryAfterSeconds: null, message });
    // Only a failure to reach the Hub has a cause.
    expect(error).not.toHaveProperty("cause");
  });

  test("leaves no trailing space when the Hub gives no status text", async () => {
    const { fetch } = answer(502);
    await expect(fetchHuggingFaceModel("acme/x", { fetch })).rejects.toThrow(/: the Hub answered 502$/);
  });

  test.each([
    ["17", 17, "; retry after 17 s"],
    ["0", 0, "; retry after 0 s"],
    ["-3", null, ""],
    ["soon", null, ""],
    [null, null, ""],
  ] as const)("reads the retry-after %s of a rate limit", async (header, seconds, wait) => {
    const { fetch } = answer(429, "{}", header === null ? {} : { headers: { "retry-after": header } });
    const error = await rejection(fetchHuggingFaceModel("acme/x", { fetch }));
    expect(error).toMatchObject({
      code: "rate-limited",
      status: 429,
      retryAfterSeconds: seconds,
      message: `acme/x (https://huggingface.co): 429 too many requests${wait}`,
    });
  });

  test("reads a retry-after date as the seconds left until it, never fewer than none", async () => {
    const inTwoMinutes = new Date(Date.now() + 120_000).toUTCString();
    const { fetch } = answer(429, "{}", { headers: { "retry-after": inTwoMinutes } });
    const error = await rejection(fetchHuggingFaceModel("acme/x", { fetch }));
    const seconds = error instanceof HuggingFaceHubError ? (error.retryAfterSeconds ?? -1) : -1;
    expect(seconds).toBeGreaterThan(100);
    expect(seconds).toBeLessThanOrEqual(120);
    const past = answer(429, "{}", { headers: { "retry-after": "Wed, 21 Oct 2015 07:28:00 GMT" } });
    expect(await rejection(fetchHuggingFaceModel("acme/x", { fetch: past.fetch }))).toMatchObject({
      retryAfterSeconds: 0,
    });
  });

  test("reports a body that is not JSON, or no body at all, as a malformed response", async () => {
    const truncated = answer(200, '{"id":"acme/x","pipeline_tag":"text-gen');
    expect(await rejection(fetchHuggingFaceModel("acme/x", { fetch: truncated.fetch }))).toMatchObject({
      code: "malformed-response",
      status: 200,
      message:
        "acme/x (https://huggingface.co): the response is not valid JSON (39 characters; cut short or not the model API)",
    });
    const empty = fakeFetch(() => new Response(null, { status: 200 }));
    expect(await rejection(fetchHuggingFaceModel("acme/x", { fetch: empty.fetch }))).toMatchObject({
      code: "malformed-response",
      message:
        "acme/x (https://huggingface.co): the response is not valid JSON (0 characters; cut short or not the model API)",
    });
  });

  test("decodes a body sent in several chunks, characters split between them included", async () => {
    const bytes = new TextEncoder().encode(JSON.stringify({ id: "acme/modèle", pipeline_tag: "fill-mask" }));
    const split = bytes.indexOf(0xc3) + 1;
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes.slice(0, split));
        controller.enqueue(bytes.slice(split));
        controller.close();
      },
    });
    const { fetch } = fakeFetch(() => new Response(stream, { status: 200 }));
    const fetched = await fetchHuggingFaceModel("acme/x", { fetch });
    expect(fetched.classification.id).toBe("acme/modèle");
  });

  test("refuses a body one byte over the limit, and names the limit", async () => {
    const { fetch } = fakeFetch(() => new Response(gpt2, { status: 200 }));
    const limit = new TextEncoder().encode(gpt2).length - 1;
    expect(await rejection(fetchHuggingFaceModel("acme/x", { fetch, maxResponseBytes: limit }))).toMatchObject({
      code: "response-too-large",
      message: `acme/x (https://huggingface.co): the response is larger than ${limit} bytes, far more than any model's metadata`,
    });
    const declared = fakeFetch(
      () => new Response(gpt2, { status: 200, headers: { "content-length": String(limit + 1) } }),
    );
    await expect(
      fetchHuggingFaceModel("acme/x", { fetch: declared.fetch, maxResponseBytes: limit + 1 }),
    ).resolves.toBeDefined();
  });

  test("reports a body that fails while it is read as a network failure", async () => {
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.error(new Error("connection reset"));
      },
    });
    const { fetch } = fakeFetch(() => new Response(stream, { status: 200 }));
    expect(await rejection(fetchHuggingFaceModel("acme/x", { fetch }))).toMatchObject({
      code: "network",
      message: "acme/x (https://huggingface.co): the Hub could not be reached (connection reset)",
    });
  });

  test("reports what a fetch throws that is not an Error", async () => {
    const fetch: typeof globalThis.fetch = async () => {
      throw "offline";
    };
    const error = await rejection(fetchHuggingFaceModel("acme/x", { fetch }));
    expect(error).toMatchObject({
      code: "network",
      message: "acme/x (https://huggingface.co): the Hub could not be reached (offline)",
    });
    expect(error instanceof Error ? error.cause : undefined).toBe("offline");
  });

  test("aborts at once when the signal given is already aborted, and stops listening to it after", async () => {
    const seen: (AbortSignal | null | undefined)[] = [];
    const fetch: typeof globalThis.fetch = async (_input, init) => {
      seen.push(init?.signal);
      if (init?.signal?.aborted === true) throw new DOMException("aborted", "AbortError");
      return new Response(gpt2, { status: 200 });
    };
    const controller = new AbortController();
    controller.abort();
    expect(await rejection(fetchHuggingFaceModel("acme/x", { fetch, signal: controller.signal }))).toMatchObject({
      code: "aborted",
      message: "acme/x (https://huggingface.co): the request was aborted",
    });
    expect(seen[0]?.aborted).toBe(true);
    const later = new AbortController();
    await fetchHuggingFaceModel("acme/x", { fetch, signal: later.signal });
    later.abort();
    expect(seen[1]?.aborted).toBe(false);
  });

  test("gives up after timeoutMs, and says so", async () => {
    const fetch: typeof globalThis.fetch = (_input, init) =>
      new Promise((_, reject) => init?.signal?.addEventListener("abort", () => reject(new Error("aborted"))));
    expect(await rejection(fetchHuggingFaceModel("acme/x", { fetch, timeoutMs: 20 }))).toMatchObject({
      code: "timeout",
      message: "acme/x (https://huggingface.co): no answer within 20 ms",
    });
  });

  test.each([
    [
      "an id that is not a string",
      42,
      {},
      "id",
      'expected a Hub repository id such as "openai-community/gpt2", received 42',
    ],
    [
      "an id with ..",
      "acme/..",
      {},
      "id",
      'expected a Hub repository id such as "openai-community/gpt2", received "acme/.."',
    ],
    [
      "an id with two slashes",
      "a/b/c",
      {},
      "id",
      'expected a Hub repository id such as "openai-community/gpt2", received "a/b/c"',
    ],
    ["an endpoint that is not a string", "acme/x", { endpoint: 42 }, "options.endpoint", HTTP_URL],
    ["an endpoint that is not a URL", "acme/x", { endpoint: "hub" }, "options.endpoint", HTTP_URL],
    ["an endpoint without a host", "acme/x", { endpoint: "http://" }, "options.endpoint", HTTP_URL],
    ["an endpoint with another scheme", "acme/x", { endpoint: "file:///hub" }, "options.endpoint", HTTP_URL],
    [
      "a timeout of zero",
      "acme/x",
      { timeoutMs: 0 },
      "options.timeoutMs",
      "expected a positive number of milliseconds, received 0",
    ],
    [
      "a timeout that is not finite",
      "acme/x",
      { timeoutMs: Number.POSITIVE_INFINITY },
      "options.timeoutMs",
      "expected a positive number of milliseconds, received Infinity",
    ],
    [
      "a fetch that is not a function",
      "acme/x",
      { fetch: "fetch" },
      "options.fetch",
      "no fetch is available here; pass one in options.fetch",
    ],
  ])("rejects %s before any request", async (_, id, options, argument, problem) => {
    // @ts-expect-error the arguments are wrong on purpose
    const error = await rejection(fetchHuggingFaceModel(id, options));
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect(error).toMatchObject({ argument, problem });
  });

  test("accepts an http endpoint with a path, and a timeout under a millisecond", async () => {
    const { fetch, calls } = answer(200, gpt2);
    await fetchHuggingFaceModel("acme/x", { fetch, endpoint: "http://127.0.0.1:8080/hub///", timeoutMs: 0.5 });
    expect(calls[0]?.url).toBe("http://127.0.0.1:8080/hub/api/models/acme/x");
  });
});

describe("HuggingFaceHubError", () => {
  test("carries the brand other copies of the library recognise it by: its class's name, then its base's", () => {
    const error = new HuggingFaceHubError("not-found", "acme/x", "acme/x: 404 — no such model");
    expect(Reflect.get(error, Symbol.for("model-taxonomy.error-brand"))).toEqual([
      "HuggingFaceHubError",
      "ModelTaxonomyError",
    ]);
  });
});

describe("classifyHuggingFaceModels", () => {
  test.each([null, "acme/x", 42, { id: "acme/x" }])(
    "rejects %j, which is not an iterable of records",
    async (records) => {
      // @ts-expect-error not an iterable of records
      const error = await rejection(classifyHuggingFaceModels(records).next());
      expect(error).toBeInstanceOf(InvalidArgumentError);
      expect(error).toMatchObject({
        argument: "records",
        problem: "expected an iterable or async iterable of Hub records",
      });
    },
  );
});
