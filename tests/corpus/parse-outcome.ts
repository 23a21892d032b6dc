/**
 * Runs the parser on one text and says how it went: parsed, refused with a ParseError (a
 * sentence for the user: "The text is empty."), or failed unexpectedly (any other exception:
 * a TypeError or RangeError escaping the parser is a bug).
 */
import type { Resolution } from "@mandates/domain";
import * as parser from "@mandates/parser";

export type ParseOutcome =
  | { kind: "parsed"; resolution: Resolution; milliseconds: number }
  | { kind: "refused"; message: string; milliseconds: number }
  | { kind: "unexpected"; message: string; milliseconds: number };

/**
 * The parser's refusal class, when @mandates/parser exports one. Until it does, an error named
 * "ParseError" is taken as one (the parser's own class sets that name).
 */
const exportedParseError = (parser as unknown as Record<string, unknown>).ParseError;

export function isParseError(error: unknown): boolean {
  if (typeof exportedParseError === "function") return error instanceof exportedParseError;
  return error instanceof Error && error.name === "ParseError";
}

/** A short, one-line description of an error, with where it came from for unexpected ones. */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return `non-Error thrown: ${String(error)}`;
  const where = error.stack?.split("\n").find((line) => line.trim().startsWith("at "));
  return where && !isParseError(error)
    ? `${error.name}: ${error.message} (${where.trim()})`
    : `${error.name}: ${error.message}`;
}

export function tryParse(text: string): ParseOutcome {
  const started = performance.now();
  try {
    const resolution = parser.parseResolution(text);
    return { kind: "parsed", resolution, milliseconds: performance.now() - started };
  } catch (error) {
    const milliseconds = performance.now() - started;
    return isParseError(error)
      ? { kind: "refused", message: (error as Error).message, milliseconds }
      : { kind: "unexpected", message: describeError(error), milliseconds };
  }
}
