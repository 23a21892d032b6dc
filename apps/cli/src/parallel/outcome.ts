/**
 * What happened to one input of `mandates parse` or `mandates ingest`, and the printed forms that
 * need no parser: what a command's own thread handles while reading threads parse (parse-one.ts
 * reads and parses). Kept apart so that a batch does not load the parser in the thread that only
 * prints or stores.
 */
import type { PackedSource } from "@mandates/db/source-text";
import type { Resolution } from "@mandates/domain";

/** The name inputs read from standard input go by in messages. */
export const STDIN_NAME = "-";

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
