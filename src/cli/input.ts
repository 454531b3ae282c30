// Reading the files the command line is given: whole JSON or YAML documents (with a size limit), and NDJSON
// streams line by line (no limit: memory stays constant).
import { createReadStream, type ReadStream } from "node:fs";
import { open } from "node:fs/promises";
import { createInterface } from "node:readline";
import { parse as parseYaml, YAMLParseError } from "yaml";

/** Whole documents larger than this are refused; stream them as NDJSON instead. */
export const MAX_DOCUMENT_BYTES = 16 * 1024 * 1024;

/** An error the command line reports in one line, with its exit code. */
export class CliError extends Error {
  override name = "CliError";
  readonly exitCode: number;
  constructor(message: string, exitCode: number) {
    super(message);
    this.exitCode = exitCode;
  }
}

/** Exit codes, documented in the README and in `--help`. */
export const EXIT = { ok: 0, invalid: 1, usage: 2, io: 3, network: 4 } as const;

function _describeFsError(path: string, error: unknown): CliError {
  const code = error instanceof Error && "code" in error ? String(error.code) : "";
  const reason =
    code === "ENOENT"
      ? "no such file"
      : code === "EACCES" || code === "EPERM"
        ? "permission denied"
        : code === "EISDIR"
          ? "is a directory, not a file"
          : error instanceof Error
            ? error.message
            : String(error);
  return new CliError(`${path}: cannot read: ${reason}`, EXIT.io);
}

async function _readAll(stream: NodeJS.ReadableStream, label: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === "string" ? Buffer.from(chunk) : Buffer.from(chunk);
    size += buffer.length;
    if (size > MAX_DOCUMENT_BYTES) {
      throw new CliError(
        `${label}: larger than ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB; split it, or for Hub records use classify --ndjson, which streams`,
        EXIT.io,
      );
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

/** Reads a file (or standard input for "-") as UTF-8 text, refusing binary files and files over the limit. */
export async function readText(path: string): Promise<string> {
  const label = path === "-" ? "standard input" : path;
  let buffer: Buffer;
  if (path === "-") {
    buffer = await _readAll(process.stdin, label);
  } else {
    let handle: Awaited<ReturnType<typeof open>> | undefined;
    try {
      handle = await open(path, "r");
      const stat = await handle.stat();
      if (stat.isDirectory()) throw Object.assign(new Error("directory"), { code: "EISDIR" });
      if (stat.size > MAX_DOCUMENT_BYTES) {
        throw new CliError(
          `${label}: ${(stat.size / 1024 / 1024).toFixed(1)} MB is larger than the ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB limit; split it, or for Hub records use classify --ndjson, which streams`,
          EXIT.io,
        );
      }
      buffer = await handle.readFile();
    } catch (error) {
      if (error instanceof CliError) throw error;
      throw _describeFsError(path, error);
    } finally {
      await handle?.close();
    }
  }
  if (buffer.subarray(0, 8192).includes(0)) {
    throw new CliError(`${label}: looks like a binary file, not JSON or YAML text`, EXIT.io);
  }
  const text = new TextDecoder("utf-8", { fatal: false }).decode(buffer);
  if (text.includes("\uFFFD") && !buffer.toString("latin1").includes("\uFFFD")) {
    throw new CliError(`${label}: is not UTF-8 text`, EXIT.io);
  }
  return text.replace(/^\uFEFF/, "");
}

function _lineAndColumn(text: string, position: number): string {
  const before = text.slice(0, position);
  const line = before.split("\n").length;
  const column = position - before.lastIndexOf("\n");
  return `line ${line}, column ${column}`;
}

/** Parses JSON, or YAML when the name says so or the text is not JSON-shaped; errors say where. */
export function parseDocument(text: string, path: string): unknown {
  const label = path === "-" ? "standard input" : path;
  if (text.trim() === "") throw new CliError(`${label}: is empty`, EXIT.invalid);
  const yaml = /\.ya?ml$/i.test(path) || !/^\s*[[{]/.test(text);
  if (!yaml) {
    try {
      return JSON.parse(text);
    } catch (error) {
      const message = _firstLine(error instanceof Error ? error.message : String(error));
      const position = /position (\d+)/.exec(message)?.[1];
      const offset = position === undefined ? _jsonErrorOffset(text) : Number(position);
      const where = offset === null ? "" : ` (${_lineAndColumn(text, offset)})`;
      throw new CliError(
        `${label}: invalid JSON${where}: ${message.replace(/ in JSON at position \d+.*$/, "")}`,
        EXIT.invalid,
      );
    }
  }
  try {
    return parseYaml(text, { prettyErrors: true });
  } catch (error) {
    if (error instanceof YAMLParseError) {
      const at = error.linePos?.[0];
      const where = at === undefined ? "" : ` (line ${at.line}, column ${at.col})`;
      const message = _firstLine(error.message).replace(/ at line \d+, column \d+:?$/, "");
      throw new CliError(`${label}: invalid YAML${where}: ${message}`, EXIT.invalid);
    }
    throw new CliError(
      `${label}: invalid YAML: ${_firstLine(error instanceof Error ? error.message : String(error))}`,
      EXIT.invalid,
    );
  }
}

function _firstLine(message: string): string {
  return message.split("\n")[0]?.trim() ?? message;
}

/**
 * Where JSON text stops being valid, for messages: Node's JSON.parse does not always say. A recogniser of
 * the JSON grammar that only tracks the offset; it returns null when it finds nothing wrong.
 */
function _jsonErrorOffset(text: string): number | null {
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

/** The lines of a file or of standard input, one at a time. */
export async function* readLines(path: string): AsyncGenerator<string> {
  let stream: NodeJS.ReadableStream = process.stdin;
  if (path !== "-") {
    const file: ReadStream = createReadStream(path, { encoding: "utf8" });
    await new Promise<void>((resolve, reject) => {
      file.once("open", () => resolve());
      file.once("error", (error: Error) => reject(_describeFsError(path, error)));
    });
    stream = file;
  }
  const lines = createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) yield line;
}
