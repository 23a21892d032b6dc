/**
 * `mandates ingest PATH...`: parses and stores resolutions (files, or folders of .txt, .xml and
 * .docx files) in the local library, or with --server in a running server's. Re-importing a
 * symbol updates it and keeps its tracking. Texts that are not resolutions found inside a folder
 * (an amendment, a README) are skipped; a file named on the command line that cannot be stored
 * counts as failed.
 */
import { openDatabase } from "@mandates/db";
import { importText, type TextImportResult } from "@mandates/server";
import { findFiles } from "../files.ts";
import { ExitCode, type Io, UsageError } from "../io.ts";
import { progressBar } from "../progress.ts";
import { describeInputError, readInput } from "../read-input.ts";
import { remoteSession } from "../remote.ts";
import { commandArgs } from "./options.ts";
import { isParseError } from "./parse.ts";

type Store = (text: string, source: string) => Promise<TextImportResult>;

interface Tally {
  stored: number;
  updated: number;
  unchanged: number;
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

  let store: Store;
  let close: () => Promise<void>;
  if (values.server) {
    const remote = await remoteSession(values.server, values.user, io);
    store = (text, source) =>
      remote.client.resolutions.import.mutate({ text, source, ...(symbol ? { symbol } : {}) });
    close = async () => {};
  } else {
    const db = await openDatabase({ env: io.env });
    store = (text, source) =>
      importText(db, { text, source, symbol: symbol ?? null, user: io.env.USER || "cli" });
    close = () => db.close();
  }

  const tally: Tally = { stored: 0, updated: 0, unchanged: 0, skipped: [], failed: [] };
  const bar = progressBar(files.length, io.stderr, io.isTty ?? false);
  try {
    for (const file of files) {
      await ingestOne(file.path, file.named, store, tally);
      bar.tick(file.path);
    }
  } finally {
    bar.done();
    await close();
  }
  report(tally, io);
  return tally.failed.length > 0 ? ExitCode.failed : ExitCode.ok;
}

async function ingestOne(path: string, named: boolean, store: Store, tally: Tally): Promise<void> {
  const input = await readInput(path);
  if (!input.ok) {
    (named ? tally.failed : tally.skipped).push(describeInputError(input.error));
    return;
  }
  try {
    const result = await store(input.value.text, path);
    tally[result.status]++;
  } catch (error) {
    const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
    // Inside a folder, a text the parser refuses is not a resolution to store: skip it.
    if (isParseError(error) && !named) tally.skipped.push(`${path}: ${message}`);
    else tally.failed.push(`${path}: ${message}`);
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
  io.stdout(
    `${tally.stored} stored, ${tally.updated} updated, ${tally.unchanged} unchanged, ${tally.skipped.length} skipped, ${tally.failed.length} failed\n`,
  );
}
