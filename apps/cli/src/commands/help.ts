/** `mandates help [COMMAND]`, `mandates --help`: usage text. */
import { ExitCode, type Io, UsageError } from "../io.ts";

export const usage = `Usage: mandates <command> [options]

Reads UN resolutions into clauses, actors and obligations.

Commands:
  parse FILE...   Parse resolutions (text, Akoma Ntoso XML, Word or PDF) and print them as JSON or an outline
  schema [TYPE]   Print the JSON Schema of the output (Resolution, Clause, Obligation, Actor)
  diff A B        Compare two versions paragraph by paragraph (files, or symbols in the library)
  ingest PATH...  Parse and store resolutions (files, or folders of .txt, .xml, .docx, .pdf) in the library
  serve           Run the server (API, calendar) on the library
  start           Fill an empty library with the starter texts, then serve it
  user add NAME   Create an account (also: user password NAME, user list)
  export          Write the whole library as JSON (to stdout, or --out FILE), or with --format
                  csv|xlsx|docx a tracker view or a report draft
  import FILE     Restore an export into an empty library
  digest send     Mail the digest of what is overdue and due to those who opted in (also: digest show NAME)
  help [COMMAND]  Show this help, or a command's

Options:
  -h, --help      Show help

Run 'mandates help parse' for the options of a command.
`;

export const commandUsage: Readonly<Record<string, string>> = {
  diff: `Usage: mandates diff [options] A B

Compares two versions of a text, A the earlier (a draft and its adopted text, or two resolutions
of a series), paragraph by paragraph: unchanged, changed (the words changed shown as [-dropped-]
and {+added+}), moved, added, dropped. A and B are files (text, XML, Word, PDF) or symbols of
resolutions in the library (./data/mandates.db, MANDATES_DB or DATABASE_URL).

Options:
  --format text   A header with the counts, then each paragraph that is not unchanged (default)
  --format json   { from, to, changes: [{ fate, from, to, likeness, words, text }], counts }
  -h, --help      Show this help
`,
  parse: `Usage: mandates parse [options] FILE...

Parses each FILE ("-" reads standard input) and prints what it holds.

Options:
  --format json   One file: a JSON object; several files: a JSON array in input order (default)
  --format text   A readable outline: header, clauses, obligations, counts, warnings
  --jsonl         One compact JSON line per file, in input order, with a "file" field; a file that
                  cannot be read or parsed gives {"file": ..., "error": ...} and the batch goes on
                  (same as --format jsonl)
  -h, --help      Show this help

Inputs are a resolution's PDF (its text layer is read: a scanned PDF is refused), the text
extracted from it, its Akoma Ntoso XML (AKN4UN, as the UN publishes it), or a Word file (.docx:
list numbers are read as Word shows them); text in UTF-8 (a BOM is fine; UTF-16 with a BOM is
decoded); at most 20 MB, and a PDF at most 500 pages read in 10 s. Older Word files (.doc) are
refused: save them as .docx or extract their text first.

Exit status: 0 all parsed; 1 an input could not be read or parsed; 2 usage error; 70 internal error.
`,
  schema: `Usage: mandates schema [TYPE]

Prints the JSON Schema (draft 2020-12) of the output types as one JSON object keyed by type name,
or only TYPE's schema (Resolution, Clause, Obligation, Actor).
`,
  ingest: `Usage: mandates ingest [options] PATH...

Parses each file (inside folders: every .txt, .xml, .docx and .pdf file, recursively; .xml is read
as Akoma Ntoso, .docx as Word, .pdf as PDF) and stores it in the library: ./data/mandates.db, the SQLite file in
MANDATES_DB, or PostgreSQL when DATABASE_URL is set.
A symbol already stored is updated; its tracking, evidence, notes and corrections are kept.
Texts inside folders that are not resolutions (amendments, READMEs) are skipped.

Options:
  --server URL    Store through a running server instead (signs in as --user NAME or
                  MANDATES_USER, with the password in MANDATES_PASSWORD)
  --user NAME     The account to sign in with, with --server
  --symbol SYMBOL The symbol to keep one file under when its text prints none (a draft
                  from a Word file); a symbol the text prints wins
  -h, --help      Show this help

Prints "N stored, N updated, N unchanged, N skipped, N failed". Exit status 1 if any failed.
`,
  serve: `Usage: mandates serve [--port N] [--host ADDRESS]

Serves the library: the tRPC API under /trpc, GET /healthz, GET /calendar.ics[?actor=ID].
The port is --port, else PORT, else 3000; the address 127.0.0.1 unless --host is given.
The library is ./data/mandates.db, MANDATES_DB, or PostgreSQL when DATABASE_URL is set.
On the first start of an empty library an admin account is created and its password printed.
`,
  start: `Usage: mandates start [--port N] [--host ADDRESS]

What \`pnpm start\` runs. On an empty library, first imports the seed resolution and the
corpus's resolutions on trafficking in persons (from ../shared beside the repository, or
MANDATES_SHARED), then serves the web app and the API like \`mandates serve\`.
`,
  user: `Usage: mandates user add USERNAME [--role viewer|editor|admin] [--admin] [--name NAME]
                                 [--actors ID,ID]
       mandates user password USERNAME
       mandates user list

Creates an account in the local library, or gives one a new password (which ends every session
of the account). --actors limits an editor to the obligations of those actors (e.g. --actors
unodc). The password is MANDATES_PASSWORD (10 characters or more), or a generated one, printed
once.
`,
  export: `Usage: mandates export [--out FILE]
       mandates export --format csv|xlsx|docx [filters] [--out FILE]

Without --format: writes every row of the library as one JSON document, to standard output or
FILE (readable by its owner only: it holds password hashes).

With --format: the obligations of the tracker as a spreadsheet, or a report draft:
  --format csv         One row per obligation (cells a spreadsheet would run as formulas defused)
  --format xlsx        An Excel workbook: typed columns, a frozen header row
  --format docx        A report draft for --resolution, in the layout of the UN's reports
  --resolution SYMBOL  Only this resolution (required with docx)
  --actor ID           Only obligations this actor bears (an id from the Actors page: unodc)
  --lead ID            Only obligations this actor leads
  --status STATUS      Only this status (completed, in-progress, not-implemented, ...)
  --sheets per-resolution   For xlsx: one sheet per resolution (default: one sheet)
  -o, --out FILE       Write to FILE instead of standard output
`,
  digest: `Usage: mandates digest send [--user USERNAME]
       mandates digest show USERNAME

send: mails each account that opted in (on its account page) its digest of what is overdue and
what falls due in the next 30 days in its scope, now, through the SMTP relay of MANDATES_SMTP_URL
(smtp://user:pass@host:587; sender MANDATES_MAIL_FROM; links to MANDATES_PUBLIC_URL). With --user,
only that account's. A digest with nothing in it is not sent.
show: prints an account's digest as the mail's text.
`,
  import: `Usage: mandates import FILE

Restores an export made by 'mandates export' into an empty library (refused otherwise).
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
