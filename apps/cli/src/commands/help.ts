/** `mandates help [COMMAND]`, `mandates --help`: usage text. */
import { ExitCode, type Io, UsageError } from "../io.ts";

export const usage = `Usage: mandates <command> [options]

Reads UN resolutions into clauses, actors and obligations.

Commands:
  parse FILE...   Parse resolution texts (plain text, UTF-8) and print them as JSON or an outline
  schema [TYPE]   Print the JSON Schema of the output (Resolution, Clause, Obligation, Actor)
  help [COMMAND]  Show this help, or a command's

Options:
  -h, --help      Show help

Run 'mandates help parse' for the options of a command.
`;

export const commandUsage: Readonly<Record<string, string>> = {
  parse: `Usage: mandates parse [options] FILE...

Parses each FILE ("-" reads standard input) and prints what it holds.

Options:
  --format json   One file: a JSON object; several files: a JSON array in input order (default)
  --format text   A readable outline: header, clauses, obligations, counts, warnings
  --jsonl         One compact JSON line per file, in input order, with a "file" field; a file that
                  cannot be read or parsed gives {"file": ..., "error": ...} and the batch goes on
                  (same as --format jsonl)
  -h, --help      Show this help

Inputs must be plain text in UTF-8 (a BOM is fine; UTF-16 with a BOM is decoded), at most 20 MB.
PDF and Word files are refused: extract their text first.

Exit status: 0 all parsed; 1 an input could not be read or parsed; 2 usage error; 70 internal error.
`,
  schema: `Usage: mandates schema [TYPE]

Prints the JSON Schema (draft 2020-12) of the output types as one JSON object keyed by type name,
or only TYPE's schema (Resolution, Clause, Obligation, Actor).
`,
  help: `Usage: mandates help [COMMAND]

Shows the usage of mandates, or of COMMAND.
`,
};

export async function helpCommand(args: string[], io: Io): Promise<number> {
  const [topic, ...rest] = args.filter((a) => a !== "--help" && a !== "-h");
  if (rest.length > 0) throw new UsageError(`too many arguments: ${rest.join(" ")}`, "help");
  if (topic === undefined) {
    io.stdout(usage);
    return ExitCode.ok;
  }
  const text = commandUsage[topic];
  if (!text) throw new UsageError(`unknown command '${topic}'`);
  io.stdout(text);
  return ExitCode.ok;
}
