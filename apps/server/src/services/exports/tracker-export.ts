/**
 * A tracker view (its filters) as a CSV or .xlsx file, streamed: rows are read a batch at a time
 * and written as they come. The one piece of code behind the API's downloads, `mandates export`
 * and the web app's export buttons. Readers without an account get public fields only.
 */
import { PassThrough, Readable } from "node:stream";
import { type Db, listActors, type ObligationFilters, trackerRows } from "@mandates/db";
import { exportColumns } from "./columns.ts";
import { csvChunks } from "./csv.ts";
import { type SheetLayout, writeXlsx } from "./xlsx.ts";

export type TrackerFormat = "csv" | "xlsx";

export const trackerMediaTypes: Record<TrackerFormat, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

export interface TrackerExport {
  format: TrackerFormat;
  filters: ObligationFilters;
  /** Signed in: every field; not: public fields only, no assignee column. */
  signedIn: boolean;
  /** For .xlsx: one sheet in all (default), or one per resolution. */
  sheets?: SheetLayout;
  /** At most this many obligations (the first in the view's order). */
  max?: number;
}

export async function trackerExport(db: Db, options: TrackerExport): Promise<Readable> {
  const names = new Map((await listActors(db)).map((a) => [a.id, a.shortName ?? a.name]));
  const columns = exportColumns(options.signedIn);
  // One sheet per resolution needs each resolution's rows together: in the order of the symbols.
  const filters: ObligationFilters =
    options.format === "xlsx" && options.sheets === "per-resolution"
      ? { ...options.filters, sort: "symbol", direction: "asc" }
      : options.filters;
  const rows = trackerRows(db, filters, {
    publicOnly: !options.signedIn,
    ...(options.max === undefined ? {} : { max: options.max }),
  });
  if (options.format === "csv") return Readable.from(csvChunks(rows, columns, names));
  const out = new PassThrough();
  writeXlsx(out, rows, columns, names, options.sheets ?? "one").catch((error: unknown) =>
    out.destroy(error instanceof Error ? error : new Error(String(error))),
  );
  return out;
}

/** "mandates-obligations-2026-12-04.csv": what the download is saved as. */
export function trackerFileName(format: TrackerFormat, today = new Date()): string {
  return `mandates-obligations-${today.toISOString().slice(0, 10)}.${format}`;
}
