import { execFileSync } from "node:child_process";
import { Writable } from "node:stream";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { _wasClosed, _write, _writeFailure } from "./stdio.js";

/** A stream that takes one chunk at a time and accepts it only when `release` is called. */
function slowStream() {
  const chunks: string[] = [];
  let release = () => {};
  const stream = new Writable({
    highWaterMark: 4,
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk.toString("utf8"));
      release = () => done();
    },
  });
  return { stream, chunks, release: () => release() };
}

describe("_write", () => {
  test("returns at once while the stream takes more", async () => {
    // A stream that never finishes a write: it never drains either, so only a write that does not wait settles.
    const chunks: string[] = [];
    const stream = new Writable({
      write(chunk: Buffer) {
        chunks.push(chunk.toString("utf8"));
      },
    });
    let settled = false;
    void _write(stream, "a\n").then(() => {
      settled = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(chunks).toEqual(["a\n"]);
    expect(settled).toBe(true);
  });

  test("waits for the stream to drain when its buffer is full", async () => {
    const { stream, chunks, release } = slowStream();
    let settled = false;
    const written = _write(stream, "more than four bytes").then(() => {
      settled = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(chunks).toEqual(["more than four bytes"]);
    expect(settled).toBe(false);
    release();
    await written;
    expect(settled).toBe(true);
  });

  test("leaves no listener behind, however many times it waited", async () => {
    const { stream, release } = slowStream();
    const [drain, close] = [stream.listenerCount("drain"), stream.listenerCount("close")];
    // More waits than the ten listeners after which Node warns of a leak.
    for (let round = 0; round < 12; round++) {
      const written = _write(stream, "more than four bytes");
      await new Promise((resolve) => setTimeout(resolve, 1));
      release();
      await written;
    }
    expect(stream.listenerCount("drain")).toBe(drain);
    expect(stream.listenerCount("close")).toBe(close);
  });

  test("settles when the stream closes instead of draining", async () => {
    const { stream } = slowStream();
    const written = _write(stream, "more than four bytes");
    stream.destroy();
    await expect(written).resolves.toBeUndefined();
  });

  test("settles when the stream fails", async () => {
    const { stream } = slowStream();
    stream.on("error", () => {});
    const written = _write(stream, "more than four bytes");
    stream.destroy(new Error("EPIPE"));
    await expect(written).resolves.toBeUndefined();
  });
});

describe("_wasClosed", () => {
  test("says a standard stream open as it is here was not closed", () => {
    expect(_wasClosed(0)).toBe(false);
    expect(_wasClosed(1)).toBe(false);
  });

  // Node opens /dev/null for reading and writing in place of a standard stream the parent closed: only a child
  // started with its input closed shows it. Input read from /dev/null, opened read-only, was not closed.
  test.runIf(process.platform === "linux")("says a standard input its parent closed was closed", () => {
    const tsx = fileURLToPath(new URL("../../node_modules/.bin/tsx", import.meta.url));
    const module = fileURLToPath(new URL("./stdio.ts", import.meta.url));
    const script = `import(${JSON.stringify(module)}).then((m) => process.stdout.write(String(m._wasClosed(0))))`;
    const run = (redirect: string) =>
      execFileSync("sh", ["-c", `"$0" -e "$1" ${redirect}`, tsx, script], { encoding: "utf8" });
    expect(run("<&-")).toBe("true");
    expect(run("</dev/null")).toBe("false");
  });
});

describe("_writeFailure", () => {
  const failed = (code: unknown, syscall: unknown) => Object.assign(new Error("failed"), { code, syscall });

  test.each([
    [failed("ENOSPC", "write"), "ENOSPC"],
    [failed("EPIPE", "write"), "EPIPE"],
    [failed("EIO", "read"), null],
    [failed(28, "write"), null],
    [new Error("no code"), null],
    [{ code: "ENOSPC", syscall: "write" }, null],
    ["ENOSPC", null],
  ])("reads %o as %s", (error, code) => {
    expect(_writeFailure(error)).toBe(code);
  });
});
