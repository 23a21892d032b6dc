/**
 * `mandates export --format csv|xlsx|docx`: a tracker view as a spreadsheet, or a report draft for
 * a resolution as a Word document, from the library file, with the same code the server's
 * downloads use (@mandates/server's exports). Written to --out FILE, else to standard output.
 * The operator's tool: every field, assignees included.
 */
import { createWriteStream } from "node:fs";
import { Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { type ObligationFilters, openDatabase, trackingStatuses } from "@mandates/db";
import { reportDocx, reportDraft, trackerExport } from "@mandates/server";
import { ExitCode, type Io, UsageError } from "../io.ts";

export const viewFormats = ["csv", "xlsx", "docx"] as const;
export type ViewFormat = (typeof viewFormats)[number];

export interface ViewOptions {
  format: ViewFormat;
  out?: string;
  resolution?: string;
  actor?: string;
  lead?: string;
  status?: string;
  sheets?: string;
}

function filtersOf(options: ViewOptions): ObligationFilters {
  const status = options.status;
  if (status !== undefined && !(trackingStatuses as readonly string[]).includes(status))
    throw new UsageError(`--status: one of ${trackingStatuses.join(", ")}`, "export");
  return {
    ...(options.resolution ? { resolution: options.resolution } : {}),
    ...(options.actor ? { actor: options.actor } : {}),
    ...(options.lead ? { lead: options.lead } : {}),
    ...(status ? { status: status as ObligationFilters["status"] & string } : {}),
  };
}

export async function exportView(options: ViewOptions, io: Io): Promise<number> {
  if (
    options.sheets !== undefined &&
    options.sheets !== "one" &&
    options.sheets !== "per-resolution"
  )
    throw new UsageError('--sheets: "one" or "per-resolution"', "export");
  if (options.format === "docx" && !options.resolution)
    throw new UsageError(
      "a report draft is for one resolution: --resolution A/RES/78/228",
      "export",
    );
  const filters = filtersOf(options);
  const db = await openDatabase({ env: io.env });
  try {
    const target = options.out
      ? createWriteStream(options.out)
      : new Writable({
          write(chunk: Buffer, _encoding, done) {
            if (io.stdoutBytes) io.stdoutBytes(new Uint8Array(chunk));
            else io.stdout(chunk.toString("utf8"));
            done();
          },
        });
    if (options.format === "docx") {
      const draft = await reportDraft(db, options.resolution ?? "");
      if (!draft) {
        io.stderr(`mandates export: no resolution ${options.resolution} in the library\n`);
        return ExitCode.failed;
      }
      const bytes = await reportDocx(draft);
      await pipeline(async function* () {
        yield bytes;
      }, target);
    } else {
      const stream = await trackerExport(db, {
        format: options.format,
        filters,
        signedIn: true,
        ...(options.sheets ? { sheets: options.sheets as "one" | "per-resolution" } : {}),
      });
      await pipeline(stream, target);
    }
    if (options.out) io.stderr(`Wrote ${options.out}.\n`);
    return ExitCode.ok;
  } finally {
    await db.close();
  }
}
