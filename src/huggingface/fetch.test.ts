import { describe, expect, test } from "vitest";
import { InvalidArgumentError } from "../errors.js";
import { fetchHuggingFaceModel, HuggingFaceHubError, MAX_HUB_RESPONSE_BYTES } from "./fetch.js";

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
    await expect(fetchHuggingFaceModel("acme/x", { maxResponseBytes })).rejects.toBeInstanceOf(InvalidArgumentError);
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
    expect(error).toMatchObject({ code: "network" });
    expect(error instanceof Error ? error.message : "").not.toMatch(/s3cret/);
  });

  test("rejects an endpoint that is not an http(s) URL without echoing it", async () => {
    const error = await rejection(fetchHuggingFaceModel("acme/x", { endpoint: "ftp://alice:s3cret@hub.example" }));
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect(error instanceof Error ? error.message : "").not.toMatch(/s3cret/);
  });
});
