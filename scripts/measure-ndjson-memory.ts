/**
 * Measures the peak memory of `model-taxonomy classify --ndjson` when its reader is slow: the input is a file of
 * Hub records (the test fixtures, repeated with fresh ids), and the reader sleeps before it reads a byte. A
 * command that ignores backpressure holds all of its output in memory meanwhile; one that waits for the pipe to
 * drain holds one buffer.
 *
 * Usage: `npm run measure:ndjson -- [lines] [sleep-ms]` (builds first), default 150,000
 * lines and 4,000 ms. Prints one JSON line: lines in and out, exit code, peak RSS in MB. Linux only (it reads
 * the child's peak resident size, VmHWM, from /proc).
 */
import { spawn } from "node:child_process";
import { once } from "node:events";
import { createWriteStream, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { pathToFileURL } from "node:url";

const root = resolve(import.meta.dirname, "..");

/** What one measurement found. */
export interface NdjsonMemoryMeasurement {
  readonly linesIn: number;
  readonly linesOut: number;
  readonly exitCode: number | null;
  readonly peakRssMegabytes: number;
  readonly seconds: number;
}

/** The Hub records of the test fixtures, one JSON text each. */
function _fixtureRecords(): string[] {
  const folder = join(root, "test", "fixtures", "huggingface");
  return readdirSync(folder)
    .filter((name) => name.endsWith(".json"))
    .map((name) => JSON.stringify(JSON.parse(readFileSync(join(folder, name), "utf8"))));
}

/** Writes `lines` Hub records, one a line, each with its own id, and returns the file's path. */
async function _writeInput(folder: string, lines: number): Promise<string> {
  const records = _fixtureRecords();
  const path = join(folder, "hub.ndjson");
  const file = createWriteStream(path);
  for (let index = 0; index < lines; index++) {
    const record = records[index % records.length] ?? "{}";
    const line = `${record.replace(/"id":"([^"]*)"/, `"id":"$1-${index}"`)}\n`;
    if (!file.write(line)) await once(file, "drain");
  }
  file.end();
  await once(file, "finish");
  return path;
}

function _peakRssMegabytes(pid: number): number {
  try {
    const kilobytes = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
    return kilobytes === undefined ? 0 : Number(kilobytes) / 1024;
  } catch {
    return 0; // the process has just ended
  }
}

/**
 * Runs `classify --ndjson` over `lines` records into a reader that sleeps `sleepMs` before reading, and returns
 * the child's peak resident memory.
 *
 * @example
 * ```ts
 * const { peakRssMegabytes } = await measureNdjsonMemory(150_000, 4_000);
 * ```
 */
export async function measureNdjsonMemory(lines: number, sleepMs: number): Promise<NdjsonMemoryMeasurement> {
  const folder = mkdtempSync(join(tmpdir(), "model-taxonomy-ndjson-"));
  try {
    const input = await _writeInput(folder, lines);
    const started = Date.now();
    const child = spawn(process.execPath, [join(root, "dist", "cli.js"), "classify", input, "--ndjson"], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    const pid = child.pid ?? 0;
    let peak = 0;
    const sampler = setInterval(() => {
      peak = Math.max(peak, _peakRssMegabytes(pid));
    }, 50);
    const exited = once(child, "close");
    // The slow reader: nothing is read until the sleep is over.
    child.stdout.pause();
    await sleep(sleepMs);
    let linesOut = 0;
    child.stdout.on("data", (chunk: Buffer) => {
      peak = Math.max(peak, _peakRssMegabytes(pid));
      for (const byte of chunk) if (byte === 0x0a) linesOut++;
    });
    child.stdout.resume();
    const [exitCode] = await exited;
    clearInterval(sampler);
    return {
      linesIn: lines,
      linesOut,
      exitCode: typeof exitCode === "number" ? exitCode : null,
      peakRssMegabytes: Math.round(peak),
      seconds: Math.round((Date.now() - started) / 100) / 10,
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const lines = Number(process.argv[2] ?? 150_000);
  const sleepMs = Number(process.argv[3] ?? 4_000);
  console.log(JSON.stringify(await measureNdjsonMemory(lines, sleepMs)));
}
