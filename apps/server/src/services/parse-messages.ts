/** What the parser pool and its threads say to each other (parser-pool.ts, parse-worker.ts). */
import type { Resolution } from "@mandates/domain";
import type { ParseOptions } from "@mandates/parser";

/** A text to parse, or a PDF to read (its pages' text) and parse. */
export type ParseRequest =
  | { text: string; options: ParseOptions }
  | { pdf: Uint8Array; options: ParseOptions };

/**
 * The resolution read (with the text read from the PDF, for a PDF); the ParseError's message; or
 * another error, a bug of the parser's.
 */
export type ParseReply =
  | { resolution: Resolution; text?: string }
  | { refused: string }
  | { failed: { message: string; stack: string } };
