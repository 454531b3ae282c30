/**
 * `node:fs` with a stand-in for /proc and for files the system refuses to open, for tests that need a descriptor or
 * a permission their own process cannot have. Used from a test file's `vi.mock("node:fs", …)`, with maps made by
 * `vi.hoisted` so that the test can fill them.
 *
 * @example
 * ```ts
 * const proc = vi.hoisted(() => new Map<string, string>());
 * vi.mock("node:fs", async (importOriginal) =>
 *   (await import("../../test/simulated-fs.js")).simulatedFs(await importOriginal(), proc),
 * );
 * ```
 */
import type * as NodeFs from "node:fs";
import { PassThrough } from "node:stream";

/**
 * `fs` with `readlinkSync` and `readFileSync` answered from `proc` (what each path reads as: a link's target or a
 * file's text; a path it lacks fails as a missing file does) while `proc` holds anything, and `createReadStream`
 * failing with the code `refused` gives a path (as for a user the file's permissions refuse).
 */
export function simulatedFs(
  fs: typeof NodeFs,
  proc: ReadonlyMap<string, string>,
  refused: ReadonlyMap<string, string> = new Map(),
) {
  const read = (path: string): string => {
    const text = proc.get(path);
    if (text === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: "ENOENT" });
    return text;
  };
  return {
    ...fs,
    createReadStream: (...args: Parameters<typeof fs.createReadStream>) => {
      const path = String(args[0]);
      const code = refused.get(path);
      if (code === undefined) return fs.createReadStream(...args);
      const stream = new PassThrough();
      const error = Object.assign(new Error(`${code}: open '${path}'`), { code, syscall: "open", path });
      queueMicrotask(() => stream.destroy(error));
      return stream;
    },
    readlinkSync: (...args: Parameters<typeof fs.readlinkSync>) =>
      proc.size === 0 ? fs.readlinkSync(...args) : read(String(args[0])),
    readFileSync: (...args: Parameters<typeof fs.readFileSync>) =>
      proc.size === 0 ? fs.readFileSync(...args) : read(String(args[0])),
  };
}
