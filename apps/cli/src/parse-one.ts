/**
 * One input of `mandates parse` or `mandates ingest`, read, checked and parsed: what happened to
 * it, and the forms it is printed in. The same code runs in the main thread (one file, standard
 * input) and in the reading threads of a batch (parallel/read-worker.ts), so a file prints the
 * same either way.
 */
import type { PackedSource } from "@mandates/db/source-text";
import type { Resolution } from "@mandates/domain";
import { formatOutline } from "./format-text.ts";
import { describeInputError, readInput, STDIN_NAME } from "./read-input.ts";

/** What a caller wants of a parsed input: the resolution, or one of the printed forms. */
export type Rendering = "resolution" | "json" | "jsonl" | "text";

/** What happened to one input. */
export type Outcome =
  | {
      file: string;
      ok: true;
      /** For the "resolution" rendering. */
      resolution?: Resolution;
      /** The text parsed (for "resolution", which stores it beside the structure)... */
      text?: string;
      /** ...or that text packed for the library, by a reading thread. */
      packed?: PackedSource;
      /** The printed form, for the other renderings... */
      printed?: string;
      /** ...or, from a reading thread, a --jsonl line as UTF-8, its newline included. */
      line?: Uint8Array;
    }
  | {
      file: string;
      ok: false;
      /** An input-check code ("empty", "pdf", ...), "parse-error", or "internal-error". */
      code: string;
      /** One line, naming the file. */
      message: string;
      /** The parser's stack, for an internal error (shown with MANDATES_DEBUG=1). */
      stack?: string;
    };

export type Parse = (text: string) => Resolution;

/**
 * The parser refuses texts that are not resolutions with its ParseError. Matched by name so that
 * this works whether or not the parser exports the class, and across module copies and threads.
 */
export function isParseError(error: unknown): error is Error {
  return error instanceof Error && error.name === "ParseError";
}

export async function parseOne(
  file: string,
  rendering: Rendering,
  parse: Parse,
  stdin?: AsyncIterable<Uint8Array | string>,
): Promise<Outcome> {
  const input = await readInput(file, stdin ? { stdin } : {});
  if (!input.ok) {
    return { file, ok: false, code: input.error.code, message: describeInputError(input.error) };
  }
  const name = file === STDIN_NAME ? "standard input" : file;
  let resolution: Resolution;
  try {
    resolution = parse(input.value.text);
  } catch (error) {
    if (isParseError(error)) {
      return {
        file,
        ok: false,
        code: "parse-error",
        message: `${name}: ${firstLine(error.message)}`,
      };
    }
    // A bug in the parser on this text: report it as such, and go on with the other inputs.
    const message = error instanceof Error ? error.message : String(error);
    return {
      file,
      ok: false,
      code: "internal-error",
      message: `${name}: the parser failed: ${firstLine(message)}`,
      ...(error instanceof Error && error.stack ? { stack: error.stack } : {}),
    };
  }
  if (rendering === "resolution") return { file, ok: true, resolution, text: input.value.text };
  return { file, ok: true, printed: printed(file, resolution, rendering) };
}

function printed(file: string, resolution: Resolution, rendering: Rendering): string {
  switch (rendering) {
    case "jsonl":
      return JSON.stringify({ file, ...resolution });
    case "json":
      return JSON.stringify(resolution, null, 2);
    default:
      return formatOutline(resolution);
  }
}

/** The --jsonl line of an input that could not be read or parsed. */
export const errorLine = (outcome: Extract<Outcome, { ok: false }>): string =>
  JSON.stringify({ file: outcome.file, error: outcome.message, code: outcome.code });

/**
 * Pretty-printed objects as the pretty-printed array of them, the same text
 * JSON.stringify(array, null, 2) gives: each object one level deeper. A raw newline occurs in
 * printed JSON only between tokens, never inside a string, so it can be indented as is.
 */
export function prettyArray(objects: readonly string[]): string {
  if (objects.length === 0) return "[]";
  return `[\n  ${objects.map((o) => o.replaceAll("\n", "\n  ")).join(",\n  ")}\n]`;
}

export function firstLine(text: string): string {
  return text.split("\n")[0]?.trim() || "(no message)";
}
