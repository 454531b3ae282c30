import { execFileSync } from "node:child_process";
import { Writable } from "node:stream";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { _wasClosed, _write, _writeFailure } from "./stdio.js";

// A stand-in for /proc, for the tests that need a descriptor this process cannot have: what each path under
// /proc/self reads as (a link's target or a file's text). Empty, the real file system answers.
const proc = vi.hoisted(() => new Map<string, string>());

vi.mock("node:fs", async (importOriginal) =>
  (await import("../../test/simulated-fs.js")).simulatedFs(await importOriginal(), proc),
);

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

// What Linux shows of a descriptor open on /dev/null, as `cat /proc/self/fdinfo/N` prints it: the access mode is
// the low two bits of the octal flags (0 read-only, 1 write-only, 2 both), here with O_LARGEFILE (0100000) set.
const fdinfo = (flags: string) => `pos:\t0\nflags:\t${flags}\nmnt_id:\t24\nino:\t3\n`;

describe("_wasClosed on a simulated /proc", () => {
  const platform = Object.getOwnPropertyDescriptor(process, "platform");
  // The /proc simulated is Linux's, whatever system runs the tests.
  beforeEach(() => {
    Object.defineProperty(process, "platform", { value: "linux", configurable: true });
  });
  afterEach(() => {
    proc.clear();
    if (platform !== undefined) Object.defineProperty(process, "platform", platform);
  });

  // Each descriptor in place: where its link points and the flags its fdinfo gives.
  const opened = (fd: 0 | 1, target: string, flags: string) => {
    proc.set(`/proc/self/fd/${fd}`, target);
    proc.set(`/proc/self/fdinfo/${fd}`, fdinfo(flags));
  };

  test.each([0, 1] as const)("says descriptor %i, /dev/null open for reading and writing, was closed", (fd) => {
    opened(fd, "/dev/null", "0100002");
    expect(_wasClosed(fd)).toBe(true);
    // The other descriptor is not in the stand-in: it reads as one that cannot be looked at.
    expect(_wasClosed(fd === 0 ? 1 : 0)).toBe(false);
  });

  test.each([
    ["/dev/null read-only, as `</dev/null` opens it", "/dev/null", "0100000"],
    ["/dev/null write-only, as `>/dev/null` opens it", "/dev/null", "0100001"],
    ["a pipe, open for reading and writing", "pipe:[1251087]", "0100002"],
    ["a file called null elsewhere", "/tmp/dev/null", "0100002"],
  ])("says a descriptor on %s was not closed", (_what, target, flags) => {
    opened(1, target, flags);
    expect(_wasClosed(1)).toBe(false);
  });

  test("reads the access mode from the low bits only, whatever other flags are set", () => {
    // O_CLOEXEC (02000000) and O_APPEND (02000) beside O_RDWR.
    opened(0, "/dev/null", "02102002");
    expect(_wasClosed(0)).toBe(true);
    opened(0, "/dev/null", "02102001");
    expect(_wasClosed(0)).toBe(false);
  });

  test("finds the flags on their own line, wherever it is", () => {
    proc.set("/proc/self/fd/1", "/dev/null");
    proc.set("/proc/self/fdinfo/1", "pos:\t0\nmnt_id:\t24\nflags:\t0100002\n");
    expect(_wasClosed(1)).toBe(true);
  });

  test("says false when /proc gives no flags for the descriptor", () => {
    proc.set("/proc/self/fd/1", "/dev/null");
    proc.set("/proc/self/fdinfo/1", "pos:\t0\nmnt_id:\t24\n");
    expect(_wasClosed(1)).toBe(false);
  });

  test("says false when the descriptor's flags cannot be read", () => {
    proc.set("/proc/self/fd/1", "/dev/null");
    expect(_wasClosed(1)).toBe(false);
  });

  test("says false on a system other than Linux, whatever /proc holds there", () => {
    opened(1, "/dev/null", "0100002");
    Object.defineProperty(process, "platform", { value: "freebsd", configurable: true });
    expect(_wasClosed(1)).toBe(false);
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
