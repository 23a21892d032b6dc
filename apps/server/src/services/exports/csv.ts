/**
 * A tracker view as CSV (RFC 4180), written as it is read: a batch of rows at a time. Cells a
 * spreadsheet would run as a formula (text starting with =, +, -, @, a tab or a carriage return)
 * get a leading apostrophe, so an evidence note like "=HYPERLINK(...)" stays text (CSV injection).
 * A byte-order mark first, so that Excel reads the file as UTF-8.
 */
import type { ObligationView } from "@mandates/db";
import type { CellValue, ExportColumn } from "./columns.ts";

/** One cell as CSV: defused if it would run as a formula, quoted when it must be. */
export function csvCell(value: CellValue): string {
  if (value === null) return "";
  let text = typeof value === "boolean" ? (value ? "yes" : "no") : String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export async function* csvChunks(
  batches: AsyncIterable<ObligationView[]>,
  columns: readonly ExportColumn[],
  names: ReadonlyMap<string, string>,
): AsyncGenerator<string> {
  yield `\uFEFF${columns.map((c) => csvCell(c.header)).join(",")}\r\n`;
  for await (const batch of batches) {
    let chunk = "";
    for (const o of batch)
      chunk += `${columns.map((c) => csvCell(c.value(o, names))).join(",")}\r\n`;
    yield chunk;
  }
}
