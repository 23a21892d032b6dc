/**
 * `mandates ingest PATH...`: parses and stores resolutions (files, or folders of .txt, .xml and
 * .docx files) in the local library, or with --server in a running server's. Re-importing a
 * symbol updates it and keeps its tracking. Texts that are not resolutions found inside a folder
 * (an amendment, a README) are skipped; a file named on the command line that cannot be stored
 * counts as failed.
 *
 * Locally, threads read and parse the files across the cores (parallel/readers.ts) while this
 * thread stores them a hundred to a transaction (importResolutions), each resolution whole or not
 * at all, in the order the files were found.
 */
import {
  type ImportFailure,
  type ImportItem,
  type ImportResult,
  importResolutions,
  linkVersions,
  openDatabase,
} from "@mandates/db";
import { normalizeSymbol } from "@mandates/domain";
import type { TextImportResult } from "@mandates/server";
import { type FoundFile, findFiles } from "../files.ts";
import { ExitCode, type Io, UsageError } from "../io.ts";
import { isParseError, type Outcome } from "../parallel/outcome.ts";
import { readers } from "../parallel/readers.ts";
import { type ProgressBar, progressBar } from "../progress.ts";
import { remoteSession } from "../remote.ts";
import { commandArgs } from "./options.ts";

/** Resolutions per transaction of a local ingest. */
const batchSize = 100;

interface Tally {
  stored: number;
  updated: number;
  unchanged: number;
  /** Of those stored or updated, texts kept as another language's version of a resolution held. */
  versions: number;
  skipped: string[];
  failed: string[];
}

export async function ingestCommand(args: string[], io: Io): Promise<number> {
  const given = commandArgs("ingest", io, {
    args,
    options: { server: { type: "string" }, user: { type: "string" }, symbol: { type: "string" } },
    positionals: true,
  });
  if (!given) return ExitCode.ok;
  const { values, positionals } = given;
  if (positionals.length === 0) throw new UsageError("name one or more files or folders", "ingest");
  const files = await findFiles(positionals);
  if (files.length === 0) {
    io.stderr("mandates ingest: no .txt, .xml or .docx files in the folders given.\n");
    return ExitCode.failed;
  }
  // A symbol belongs to one text: it is for a file that prints none (a draft from a Word file).
  const symbol = values.symbol?.trim() || undefined;
  if (values.symbol !== undefined && (!symbol || files.length !== 1))
    throw new UsageError("--symbol SYMBOL goes with exactly one file", "ingest");

  const tally: Tally = {
    stored: 0,
    updated: 0,
    unchanged: 0,
    versions: 0,
    skipped: [],
    failed: [],
  };
  const bar = progressBar(files.length, io.stderr, io.isTty ?? false);
  try {
    if (values.server)
      await ingestRemote(files, values.server, values.user, symbol, io, tally, bar);
    else await ingestLocal(files, symbol, io, tally, bar);
  } finally {
    bar.done();
  }
  report(tally, io);
  return tally.failed.length > 0 ? ExitCode.failed : ExitCode.ok;
}

async function ingestLocal(
  files: readonly FoundFile[],
  symbol: string | undefined,
  io: Io,
  tally: Tally,
  bar: ProgressBar,
): Promise<void> {
  const db = await openDatabase({ env: io.env });
  const named = new Map(files.map((f) => [f.path, f.named]));
  const read = readers(files.length, {
    rendering: "resolution",
    env: io.env,
    // This thread stores while the others parse.
    busy: true,
    // Two batches ahead: threads parse the next batch while this one is stored.
    ahead: 2 * batchSize,
    ...(symbol ? { symbol } : {}),
  });
  /** The files that parsed, as the store takes them; the others are tallied on the way. */
  async function* parsed(): AsyncGenerator<ImportItem> {
    for await (const outcome of read.outcomes(files.map((f) => f.path))) {
      const item = importItem(outcome, symbol);
      if (item) yield item;
      else {
        refused(outcome, named.get(outcome.file) ?? true, tally);
        bar.tick(outcome.file);
      }
    }
  }
  try {
    await importResolutions(db, parsed(), {
      user: io.env.USER || "cli",
      batchSize,
      discardResults: true,
      onResult: (result, item) => {
        stored(result, item.source ?? "", tally);
        bar.tick(item.source ?? "");
      },
    });
    // Drafts, renewals and repeated obligations linked once the whole batch is in.
    await linkVersions(db);
  } finally {
    await read.close();
    await db.close();
  }
}

function importItem(outcome: Outcome, symbol: string | undefined): ImportItem | null {
  if (!outcome.ok || !outcome.resolution) return null;
  const resolution = outcome.resolution;
  if (!resolution.symbol && symbol) resolution.symbol = normalizeSymbol(symbol);
  return {
    resolution,
    source: outcome.file,
    ...(outcome.packed ? { packed: outcome.packed } : { sourceText: outcome.text ?? "" }),
  };
}

/** A file that could not be read or parsed: inside a folder, a text that is not a resolution is skipped. */
function refused(outcome: Outcome, named: boolean, tally: Tally): void {
  if (outcome.ok) return;
  const bug = outcome.code === "internal-error";
  (named || bug ? tally.failed : tally.skipped).push(outcome.message);
}

function stored(result: ImportResult | ImportFailure, path: string, tally: Tally): void {
  if (result.status === "failed")
    tally.failed.push(`${path}: ${result.error.message.split("\n")[0]}`);
  else counted(result, tally);
}

function counted(result: ImportResult, tally: Tally): void {
  tally[result.status]++;
  if (result.languageVersion && result.status !== "unchanged") tally.versions++;
}

/** Through a running server's API, one file after the other: the server parses them. */
async function ingestRemote(
  files: readonly FoundFile[],
  server: string,
  user: string | undefined,
  symbol: string | undefined,
  io: Io,
  tally: Tally,
  bar: ProgressBar,
): Promise<void> {
  const remote = await remoteSession(server, user, io);
  // Loaded here only: reading a file checks it with the parser's format tests, and a local ingest
  // leaves reading to its threads.
  const { describeInputError, readInput } = await import("../read-input.ts");
  for (const file of files) {
    const input = await readInput(file.path);
    if (!input.ok)
      (file.named ? tally.failed : tally.skipped).push(describeInputError(input.error));
    else {
      try {
        const result: TextImportResult = await remote.client.resolutions.import.mutate({
          text: input.value.text,
          source: file.path,
          ...(symbol ? { symbol } : {}),
        });
        counted(result, tally);
      } catch (error) {
        const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
        // Inside a folder, a text the parser refuses is not a resolution to store: skip it.
        if (isParseError(error) && !file.named) tally.skipped.push(`${file.path}: ${message}`);
        else tally.failed.push(`${file.path}: ${message}`);
      }
    }
    bar.tick(file.path);
  }
}

function report(tally: Tally, io: Io): void {
  for (const line of tally.failed) io.stderr(`failed: ${line}\n`);
  if (tally.skipped.length)
    io.stderr(
      `skipped ${tally.skipped.length} texts that are not resolutions (MANDATES_VERBOSE=1 lists them)\n`,
    );
  if (io.env.MANDATES_VERBOSE === "1")
    for (const line of tally.skipped) io.stderr(`skipped: ${line}\n`);
  // A text in another language than its resolution's is kept beside it, its obligations shared.
  const versions = tally.versions ? ` (${tally.versions} as another language's text)` : "";
  io.stdout(
    `${tally.stored} stored, ${tally.updated} updated${versions}, ${tally.unchanged} unchanged, ${tally.skipped.length} skipped, ${tally.failed.length} failed\n`,
  );
}
