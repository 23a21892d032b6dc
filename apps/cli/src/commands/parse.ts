/**
 * `mandates parse FILE...`: reads each input, parses it, and prints the resolutions as JSON (one
 * object, or an array for several files), JSON lines (one per file, errors included, for batches)
 * or a readable outline. A bad input never stops a batch: it is reported and the next file is read.
 * A batch is read and parsed in threads across the cores (parallel/readers.ts) and printed as it
 * goes, in the order the files were named.
 */
import { ExitCode, type Io, UsageError } from "../io.ts";
import { errorLine, type Parse, prettyArray, STDIN_NAME } from "../parallel/outcome.ts";
import { readers } from "../parallel/readers.ts";
import { commandArgs } from "./options.ts";

export { isParseError } from "../parallel/outcome.ts";

type Format = "json" | "jsonl" | "text";
const formats: readonly Format[] = ["json", "jsonl", "text"];

export interface ParseCommandDeps {
  /** A parser to run in this thread instead of the real one in threads (tests). */
  parse?: Parse;
}

export async function parseCommand(
  args: string[],
  io: Io,
  deps: ParseCommandDeps = {},
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
  const printed: string[] = [];
  let failed = false;
  let internal = false;
  let index = 0;
  const read = readers(positionals.length, {
    rendering: format,
    stdin: io.stdin,
    env: io.env,
    ...(deps.parse ? { parse: deps.parse } : {}),
  });
  try {
    for await (const outcome of read.outcomes(positionals)) {
      const file = outcome.file;
      if (!outcome.ok) {
        failed = true;
        if (outcome.code === "internal-error") {
          internal = true;
          io.stderr(`mandates: internal error: ${outcome.message}\n`);
          if (io.env.MANDATES_DEBUG === "1" && outcome.stack) io.stderr(`${outcome.stack}\n`);
        } else if (format !== "jsonl") {
          io.stderr(`mandates: ${outcome.message}\n`);
        }
      }
      switch (format) {
        case "jsonl":
          if (outcome.ok && outcome.line) writeBytes(io, outcome.line);
          else io.stdout(`${outcome.ok ? outcome.printed : errorLine(outcome)}\n`);
          break;
        case "text":
          if (outcome.ok) {
            const header = several ? `${index > 0 ? "\n" : ""}==> ${file} <==\n` : "";
            io.stdout(header + outcome.printed);
          }
          break;
        case "json":
          if (outcome.ok) printed.push(outcome.printed ?? "");
          break;
      }
      index++;
    }
  } finally {
    await read.close();
  }
  if (format === "json") {
    // One file: the object itself. Several: an array of those that parsed, in input order (the
    // failures are on stderr and in the exit code; --jsonl keeps a line for each input instead).
    if (several) io.stdout(`${prettyArray(printed)}\n`);
    else if (printed[0] !== undefined) io.stdout(`${printed[0]}\n`);
  }
  if (internal) return ExitCode.internal;
  return failed ? ExitCode.failed : ExitCode.ok;
}

const decoder = new TextDecoder();

function writeBytes(io: Io, bytes: Uint8Array): void {
  if (io.stdoutBytes) io.stdoutBytes(bytes);
  else io.stdout(decoder.decode(bytes));
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
