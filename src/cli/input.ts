// Reading the files the command line is given: whole JSON or YAML documents (with a size limit), and NDJSON
// streams line by line (no limit on the file: memory stays constant; a limit on one line).
import { createReadStream } from "node:fs";
import type { FileHandle } from "node:fs/promises";
import { _wasClosed } from "./stdio.js";
import { _ERRORS, type _ErrorMessages } from "./text.js";

/** Whole documents larger than this are refused; stream them as NDJSON instead. */
export const MAX_DOCUMENT_BYTES = 16 * 1024 * 1024;

/**
 * One NDJSON line longer than this is refused: a Hub record is a few kilobytes.
 *
 * @example
 * ```ts
 * for await (const line of readLines("hub.ndjson")) handle(line); // each line at most MAX_LINE_BYTES
 * ```
 */
export const MAX_LINE_BYTES = 16 * 1024 * 1024;

const MB = 1024 * 1024;

/**
 * An error the command line reports in one line, with its exit code. The message is built from the messages
 * of a language, so the whole line can be shown in the user's language; `message` is the English one.
 *
 * @example
 * ```ts
 * throw new CliError((t) => t.empty("models.json"), EXIT.invalid);
 * ```
 */
export class CliError extends Error {
  override name = "CliError";
  readonly exitCode: number;
  readonly #render: (messages: _ErrorMessages) => string;
  constructor(render: (messages: _ErrorMessages) => string, exitCode: number) {
    super(render(_ERRORS.en));
    this.#render = render;
    this.exitCode = exitCode;
  }

  /** The message in the given language's words. */
  in(messages: _ErrorMessages): string {
    return this.#render(messages);
  }
}

/**
 * Exit codes, documented in docs/cli.md and in `--help`.
 *
 * @example
 * ```ts
 * process.exitCode = EXIT.usage; // 2
 * ```
 */
export const EXIT = { ok: 0, invalid: 1, usage: 2, io: 3, network: 4 } as const;

function pathLabel(path: string): (t: _ErrorMessages) => string {
  return (t) => (path === "-" ? t.standardInput : path);
}

function describeFsError(path: string, error: unknown): CliError {
  const code = error instanceof Error && "code" in error ? String(error.code) : "";
  const detail = error instanceof Error ? error.message : String(error);
  const label = pathLabel(path);
  return new CliError(
    (t) =>
      t.cannotRead(
        label(t),
        code === "ENOENT"
          ? t.noSuchFile
          : code === "EACCES" || code === "EPERM"
            ? t.permissionDenied
            : code === "EISDIR"
              ? t.isDirectory
              : detail,
      ),
    EXIT.io,
  );
}

function tooLargeError(path: string, size: number | null): CliError {
  const label = pathLabel(path);
  return new CliError(
    (t) => t.tooLarge(label(t), size === null ? null : (size / MB).toFixed(1), MAX_DOCUMENT_BYTES / MB),
    EXIT.io,
  );
}

/** Refuses to read standard input when it was closed (`<&-`): an empty read would look like an empty file. */
function assertStandardInputOpen(): void {
  if (_wasClosed(0)) throw new CliError((t) => t.stdinClosed, EXIT.io);
}

async function readAll(stream: NodeJS.ReadableStream, path: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = Buffer.from(chunk);
    size += buffer.length;
    if (size > MAX_DOCUMENT_BYTES) throw tooLargeError(path, null);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

/**
 * Reads a file (or standard input for "-") as UTF-8 text, refusing binary files and files over the limit.
 *
 * @example
 * ```ts
 * const text = await readText("-"); // standard input
 * ```
 */
export async function readText(path: string): Promise<string> {
  const label = pathLabel(path);
  let buffer: Buffer;
  if (path === "-") {
    assertStandardInputOpen();
    buffer = await readAll(process.stdin, path);
  } else {
    let handle: FileHandle | undefined;
    try {
      // Node's promise API for files loads its own modules (some ten milliseconds of start-up for a
      // command that reads no file); only the commands that read one load it.
      const { open } = await import("node:fs/promises");
      handle = await open(path, "r");
      const stat = await handle.stat();
      if (stat.isDirectory()) throw Object.assign(new Error("directory"), { code: "EISDIR" });
      if (stat.size > MAX_DOCUMENT_BYTES) throw tooLargeError(path, stat.size);
      buffer = await handle.readFile();
    } catch (error) {
      if (error instanceof CliError) throw error;
      throw describeFsError(path, error);
    } finally {
      await handle?.close();
    }
  }
  if (buffer.subarray(0, 8192).includes(0)) throw new CliError((t) => t.binary(label(t)), EXIT.io);
  // The decoder drops a byte order mark at the start of the text (and keeps one anywhere else).
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(buffer);
  } catch {
    throw new CliError((t) => t.notUtf8(label(t)), EXIT.io);
  }
}

function lineAndColumn(text: string, position: number): { line: number; column: number } {
  const before = text.slice(0, position);
  return { line: before.split("\n").length, column: position - before.lastIndexOf("\n") };
}

/**
 * Parses JSON, or YAML when the name says so or the text is not JSON-shaped; errors say where. The YAML parser
 * is loaded only for YAML.
 *
 * @example
 * ```ts
 * const document = await parseDocument(await readText("models.yaml"), "models.yaml");
 * ```
 */
export async function parseDocument(text: string, path: string): Promise<unknown> {
  const label = pathLabel(path);
  if (text.trim() === "") throw new CliError((t) => t.empty(label(t)), EXIT.invalid);
  const yaml = /\.ya?ml$/i.test(path) || !/^\s*[[{]/.test(text);
  if (!yaml) {
    try {
      return JSON.parse(text);
    } catch (error) {
      const message = firstLine(error instanceof Error ? error.message : String(error));
      const position = /position (\d+)/.exec(message)?.[1];
      const offset = position === undefined ? jsonErrorOffset(text) : Number(position);
      const at = offset === null ? null : lineAndColumn(text, offset);
      const detail = message.replace(/ in JSON at position \d+.*$/, "");
      throw new CliError(
        (t) => t.invalidJson(label(t), at === null ? null : t.position(at.line, at.column), detail),
        EXIT.invalid,
      );
    }
  }
  const { parse: parseYaml, YAMLParseError } = await import("./yaml.js");
  try {
    return parseYaml(text, { prettyErrors: true });
  } catch (error) {
    const at = error instanceof YAMLParseError ? error.linePos?.[0] : undefined;
    const detail = firstLine(error instanceof Error ? error.message : String(error)).replace(
      / at line \d+, column \d+:?$/,
      "",
    );
    throw new CliError(
      (t) => t.invalidYaml(label(t), at === undefined ? null : t.position(at.line, at.col), detail),
      EXIT.invalid,
    );
  }
}

function firstLine(message: string): string {
  return message.split("\n")[0]?.trim() ?? message;
}

/**
 * Where JSON text stops being valid, for messages: Node's JSON.parse does not always say. A recogniser of
 * the JSON grammar that only tracks the offset; it returns null when it finds nothing wrong.
 */
function jsonErrorOffset(text: string): number | null {
  let i = 0;
  const space = () => {
    while (i < text.length && " \t\n\r".includes(text.charAt(i))) i++;
  };
  const fail = (): never => {
    throw i;
  };
  const literal = (word: string) => {
    if (text.startsWith(word, i)) i += word.length;
    else fail();
  };
  const string = () => {
    i++;
    while (i < text.length && text.charAt(i) !== '"') {
      if (text.charAt(i) === "\\") i++;
      else if (text.charCodeAt(i) < 0x20) fail();
      i++;
    }
    if (i >= text.length) fail();
    i++;
  };
  const value = (): void => {
    space();
    const char = text.charAt(i);
    if (char === "{" || char === "[") {
      const close = char === "{" ? "}" : "]";
      i++;
      space();
      if (text.charAt(i) === close) {
        i++;
        return;
      }
      for (;;) {
        if (char === "{") {
          space();
          if (text.charAt(i) !== '"') fail();
          string();
          space();
          if (text.charAt(i) !== ":") fail();
          i++;
        }
        value();
        space();
        if (text.charAt(i) === ",") {
          i++;
          continue;
        }
        if (text.charAt(i) === close) {
          i++;
          return;
        }
        fail();
      }
    }
    if (char === '"') string();
    else if (char === "t") literal("true");
    else if (char === "f") literal("false");
    else if (char === "n") literal("null");
    else number();
  };
  const number = () => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i));
    if (match === null) fail();
    i += match?.[0].length ?? 0;
  };
  try {
    value();
    space();
    return i < text.length ? i : null;
  } catch (offset) {
    return typeof offset === "number" ? Math.min(offset, text.length) : null;
  }
}

/**
 * The lines of a file or of standard input, one at a time, read as the caller asks for them: the file is
 * never read further ahead than one chunk, so memory stays constant however large it is and however slowly
 * the lines are consumed. A directory, a binary file (a NUL byte in the first 8 KB), text that is not UTF-8 and a
 * line over {@link MAX_LINE_BYTES} end the stream with a {@link CliError} (exit code 3).
 *
 * @example
 * ```ts
 * for await (const line of readLines("-")) await _write(process.stdout, `${line.length}\n`);
 * ```
 */
export async function* readLines(path: string): AsyncGenerator<string> {
  const label = pathLabel(path);
  let stream: NodeJS.ReadableStream;
  if (path === "-") {
    assertStandardInputOpen();
    stream = process.stdin;
  } else {
    const file = createReadStream(path);
    try {
      await new Promise<void>((resolve, reject) => {
        file.once("ready", () => resolve());
        file.once("error", reject);
      });
    } catch (error) {
      throw describeFsError(path, error);
    }
    stream = file;
  }
  // Streaming, the decoder drops a byte order mark at the start of the stream only, even split across chunks.
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let pending = "";
  let line = 0;
  let sniffed = 0;
  try {
    for await (const chunk of stream) {
      const bytes = Buffer.from(chunk);
      if (sniffed < 8192) {
        if (bytes.subarray(0, 8192 - sniffed).includes(0)) throw new CliError((t) => t.binary(label(t)), EXIT.io);
        sniffed += bytes.length;
      }
      let text: string;
      try {
        text = decoder.decode(bytes, { stream: true });
      } catch {
        throw new CliError((t) => t.notUtf8(label(t)), EXIT.io);
      }
      if (text.includes("\n")) {
        const parts = (pending + text).split("\n");
        pending = parts.pop() ?? "";
        for (const part of parts) {
          line++;
          yield part.endsWith("\r") ? part.slice(0, -1) : part;
        }
      } else {
        // A long line across many chunks: append without splitting again (no quadratic copying).
        pending += text;
      }
      // UTF-16 length, at most the UTF-8 length: the check is never stricter than the documented limit.
      if (pending.length > MAX_LINE_BYTES) {
        const at = line + 1;
        throw new CliError((t) => t.lineTooLong(label(t), at, MAX_LINE_BYTES / MB), EXIT.io);
      }
    }
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw describeFsError(path, error);
  } finally {
    if ("destroy" in stream && typeof stream.destroy === "function" && stream !== process.stdin) stream.destroy();
  }
  try {
    pending += decoder.decode();
  } catch {
    throw new CliError((t) => t.notUtf8(label(t)), EXIT.io);
  }
  if (pending !== "") yield pending.endsWith("\r") ? pending.slice(0, -1) : pending;
}
