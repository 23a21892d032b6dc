/**
 * `mandates export [--out FILE]` and `mandates import FILE`: the whole library as one JSON
 * document (every row of every table), and its restoration into an empty library. The round trip
 * is lossless. The export holds password and session hashes, so its file is readable by its owner
 * only (mode 0600). With --format csv|xlsx|docx, `export` writes a tracker view or a report draft
 * instead (export-view.ts).
 */
import { randomBytes } from "node:crypto";
import { chmod, readFile, rename, rm, writeFile } from "node:fs/promises";
import {
  type DatabaseDump,
  exportDatabase,
  importDatabase,
  linkVersions,
  openDatabase,
} from "@mandates/db";
import { ExitCode, type Io, UsageError } from "../io.ts";
import { exportView, type ViewFormat, viewFormats } from "./export-view.ts";
import { commandArgs } from "./options.ts";

export async function exportCommand(args: string[], io: Io): Promise<number> {
  const given = commandArgs("export", io, {
    args,
    options: {
      out: { type: "string", short: "o" },
      format: { type: "string" },
      resolution: { type: "string" },
      actor: { type: "string" },
      lead: { type: "string" },
      status: { type: "string" },
      sheets: { type: "string" },
    },
  });
  if (!given) return ExitCode.ok;
  const { values } = given;
  if (values.format !== undefined) {
    if (!(viewFormats as readonly string[]).includes(values.format))
      throw new UsageError(`--format: one of ${viewFormats.join(", ")}`, "export");
    const { format, ...rest } = values;
    return exportView({ ...rest, format: format as ViewFormat }, io);
  }
  const viewOnly = (["resolution", "actor", "lead", "status", "sheets"] as const).find(
    (name) => values[name] !== undefined,
  );
  if (viewOnly)
    throw new UsageError(`--${viewOnly} goes with --format csv, xlsx or docx`, "export");
  const db = await openDatabase({ env: io.env });
  try {
    const json = `${JSON.stringify(await exportDatabase(db))}\n`;
    if (values.out) {
      await writePrivateFile(values.out, json);
      io.stderr(`Wrote ${values.out} (${(json.length / 1e6).toFixed(1)} MB).\n`);
    } else io.stdout(json);
    return ExitCode.ok;
  } finally {
    await db.close();
  }
}

/**
 * Writes `text` to `file` with mode 0600, whatever the file's mode was before: a new file beside it,
 * created 0600, then renamed over it. No moment exists where the export is readable by others, and
 * an interrupted export leaves the previous file whole.
 */
export async function writePrivateFile(file: string, text: string): Promise<void> {
  const temporary = `${file}.${randomBytes(6).toString("hex")}.tmp`;
  try {
    await writeFile(temporary, text, { mode: 0o600, flag: "wx" });
    // The mode given at creation is narrowed by the umask only; chmod makes it exactly 0600.
    await chmod(temporary, 0o600);
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

export async function importCommand(args: string[], io: Io): Promise<number> {
  const given = commandArgs("import", io, {
    args,
    options: {},
    positionals: true,
  });
  if (!given) return ExitCode.ok;
  const { positionals } = given;
  const [file, ...extra] = positionals;
  if (!file || extra.length)
    throw new UsageError("name one export file: mandates import FILE", "import");
  let dump: DatabaseDump;
  try {
    dump = JSON.parse(await readFile(file, "utf8")) as DatabaseDump;
  } catch (error) {
    io.stderr(
      `mandates import: ${file}: ${error instanceof SyntaxError ? "not a JSON export" : (error as Error).message}\n`,
    );
    return ExitCode.failed;
  }
  const db = await openDatabase({ env: io.env });
  try {
    await importDatabase(db, dump);
    // An export made before versions were linked holds no links, and imports now link only
    // around the text they bring: the whole library is linked here, once.
    if (!dump.tables.version_links?.length && dump.tables.resolutions?.length) {
      const linked = await linkVersions(db);
      const drafts = linked.drafts.printed + linked.drafts.byTitleAndText;
      io.stdout(
        `Restored ${file}; linked ${drafts} drafts to their adopted text, ${linked.renewals} resolutions to the one they renew, ${linked.obligations} obligations to an earlier one.\n`,
      );
    } else io.stdout(`Restored ${file}.\n`);
    return ExitCode.ok;
  } catch (error) {
    if (
      error instanceof Error &&
      (error.name === "RefusedError" || error.name === "InvalidValueError")
    ) {
      io.stderr(`mandates import: ${error.message}\n`);
      return ExitCode.failed;
    }
    throw error;
  } finally {
    await db.close();
  }
}
