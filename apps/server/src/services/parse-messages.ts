/** What the parser pool and its threads say to each other (parser-pool.ts, parse-worker.ts). */
import type { Resolution } from "@mandates/domain";
import type { ParseOptions } from "@mandates/parser";

export interface ParseRequest {
  text: string;
  options: ParseOptions;
}

/** The resolution read; the ParseError's message; or another error, a bug of the parser's. */
export type ParseReply =
  | { resolution: Resolution }
  | { refused: string }
  | { failed: { message: string; stack: string } };
