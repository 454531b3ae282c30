// The standard streams: noticing one that was closed before the program started, and writing with
// backpressure so a slow reader never makes the program hold its output in memory.
import { once } from "node:events";
import { readFileSync, readlinkSync } from "node:fs";

/**
 * Whether standard stream `fd` was closed when the program started (`>&-`, `<&-`). Node.js puts /dev/null,
 * opened for reading and writing, in the place of a closed standard descriptor before any of our code runs; a
 * shell redirection opens /dev/null for reading only or for writing only, so the two can be told apart. Only
 * Linux shows a descriptor's open flags (in /proc); elsewhere this says false.
 *
 * @example
 * ```ts
 * if (_wasClosed(1)) throw new CliError((t) => t.stdoutClosed, EXIT.io);
 * ```
 *
 * @internal
 */
export function _wasClosed(fd: 0 | 1): boolean {
  if (process.platform !== "linux") return false;
  try {
    if (readlinkSync(`/proc/self/fd/${fd}`) !== "/dev/null") return false;
    const flags = /^flags:\s*([0-7]+)$/m.exec(readFileSync(`/proc/self/fdinfo/${fd}`, "utf8"))?.[1];
    // O_ACCMODE is the low two bits; O_RDWR is 2.
    return flags !== undefined && (Number.parseInt(flags, 8) & 0o3) === 0o2;
  } catch {
    return false;
  }
}

/**
 * Writes text to a stream and, when the stream's buffer is full, waits until it drains: a loop that awaits
 * each write holds at most one buffer of output, whatever the reader's speed. A failed stream settles the wait
 * too (its "error" listener decides what happens next).
 *
 * @example
 * ```ts
 * for (const line of lines) await _write(process.stdout, `${line}\n`);
 * ```
 *
 * @internal
 */
export async function _write(stream: NodeJS.WritableStream, text: string): Promise<void> {
  if (stream.write(text)) return;
  const controller = new AbortController();
  try {
    await Promise.race([
      once(stream, "drain", { signal: controller.signal }),
      once(stream, "close", { signal: controller.signal }),
    ]);
  } catch {
    // The stream failed: its error listener reports it and ends the program.
  } finally {
    controller.abort();
  }
}

/**
 * The error code of a failed write (ENOSPC, EBADF, EPIPE, …), or null for any other error.
 *
 * @example
 * ```ts
 * process.stdout.on("error", (error) => _writeFailure(error) === "EPIPE" && process.exit(0));
 * ```
 *
 * @internal
 */
export function _writeFailure(error: unknown): string | null {
  if (!(error instanceof Error) || !("code" in error) || typeof error.code !== "string") return null;
  return "syscall" in error && error.syscall === "write" ? error.code : null;
}
