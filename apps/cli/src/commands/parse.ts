/**
 * `mandates parse FILE...`: reads each input, parses it, and prints the resolutions as JSON (one
 * object, or an array for several files), JSON lines (one per file, errors included, for batches)
 * or a readable outline. A bad input never stops a batch: it is reported and the next file is read.
 */
import type { Resolution } from "@mandates/domain";
import { parseResolution } from "@mandates/parser";
import { formatOutline } from "../format-text.ts";
import { ExitCode, type Io, UsageError } from "../io.ts";
import { describeInputError, readInput, STDIN_NAME } from "../read-input.ts";
import { commandArgs } from "./options.ts";

type Format = "json" | "jsonl" | "text";
const formats: readonly Format[] = ["json", "jsonl", "text"];

/** What happened to one input. */
type Outcome =
  | { file: string; ok: true; resolution: Resolution }
  | {
      file: string;
      ok: false;
      /** An input-check code ("empty", "pdf", ...), "parse-error", or "internal-error". */
      code: string;
      /** One line, naming the file. */
      message: string;
      cause?: unknown;
    };

/**
 * The parser refuses texts that are not resolutions with its ParseError. Matched by name so that
 * this works whether or not the parser exports the class, and across module copies.
 */
export function isParseError(error: unknown): error is Error {
  return error instanceof Error && error.name === "ParseError";
}

export interface ParseCommandDeps {
  parse: (text: string) => Resolution;
}

export async function parseCommand(
  args: string[],
  io: Io,
  deps: ParseCommandDeps = { parse: parseResolution },
): Promise<number> {
  const given = commandArgs("parse", io, {
    args,
    options: { format: { type: "string" }, jsonl: { type: "boolean" } },
    positionals: true,
  });
  if (!given) return ExitCode.ok;
  const { values, positionals } = given;
  const format = chooseFormat(values.format, values.jsonl ?? false);
  if (positionals.length === 0) {
    throw new UsageError(
      "no input file (name one or more files, or - for standard input)",
      "parse",
    );
  }
  if (positionals.filter((f) => f === STDIN_NAME).length > 1) {
    throw new UsageError("standard input (-) can be read only once", "parse");
  }

  const several = positionals.length > 1;
  const parsed: Resolution[] = [];
  let failed = false;
  let internal = false;
  for (const [index, file] of positionals.entries()) {
    const outcome = await parseOne(file, io, deps);
    if (!outcome.ok) {
      failed = true;
      if (outcome.code === "internal-error") {
        internal = true;
        io.stderr(`mandates: internal error: ${outcome.message}\n`);
        if (io.env.MANDATES_DEBUG === "1" && outcome.cause instanceof Error) {
          io.stderr(`${outcome.cause.stack ?? ""}\n`);
        }
      } else if (format !== "jsonl") {
        io.stderr(`mandates: ${outcome.message}\n`);
      }
    }
    switch (format) {
      case "jsonl":
        io.stdout(
          `${JSON.stringify(
            outcome.ok
              ? { file, ...outcome.resolution }
              : { file, error: outcome.message, code: outcome.code },
          )}\n`,
        );
        break;
      case "text":
        if (outcome.ok) {
          const header = several ? `${index > 0 ? "\n" : ""}==> ${file} <==\n` : "";
          io.stdout(header + formatOutline(outcome.resolution));
        }
        break;
      case "json":
        if (outcome.ok) parsed.push(outcome.resolution);
        break;
    }
  }
  if (format === "json") {
    // One file: the object itself. Several: an array of those that parsed, in input order (the
    // failures are on stderr and in the exit code; --jsonl keeps a line for each input instead).
    if (several) io.stdout(`${JSON.stringify(parsed, null, 2)}\n`);
    else if (parsed[0]) io.stdout(`${JSON.stringify(parsed[0], null, 2)}\n`);
  }
  if (internal) return ExitCode.internal;
  return failed ? ExitCode.failed : ExitCode.ok;
}

function chooseFormat(format: string | undefined, jsonl: boolean): Format {
  if (format !== undefined && !formats.includes(format as Format)) {
    throw new UsageError(`unknown format '${format}' (use ${formats.join(", ")})`, "parse");
  }
  if (jsonl && format !== undefined && format !== "jsonl") {
    throw new UsageError(`--jsonl and --format ${format} cannot be used together`, "parse");
  }
  return jsonl ? "jsonl" : ((format as Format | undefined) ?? "json");
}

async function parseOne(file: string, io: Io, deps: ParseCommandDeps): Promise<Outcome> {
  const input = await readInput(file, { stdin: io.stdin });
  if (!input.ok) {
    return { file, ok: false, code: input.error.code, message: describeInputError(input.error) };
  }
  const name = file === STDIN_NAME ? "standard input" : file;
  try {
    return { file, ok: true, resolution: deps.parse(input.value.text) };
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
      cause: error,
    };
  }
}

function firstLine(text: string): string {
  return text.split("\n")[0]?.trim() || "(no message)";
}
