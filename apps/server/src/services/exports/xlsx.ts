/**
 * A tracker view as an Excel workbook, streamed: exceljs's streaming writer puts each row into the
 * zip as it comes, so the workbook is never whole in memory. Columns are typed (numbers, dates,
 * true/false), the header row is bold with a filter, and the panes are frozen below it. One sheet
 * in all, or one per resolution (the rows then come in the order of the resolutions' symbols).
 */
import type { Writable } from "node:stream";
import type { ObligationView } from "@mandates/db";
import ExcelJS from "exceljs";
import type { CellValue, ExportColumn } from "./columns.ts";

export type SheetLayout = "one" | "per-resolution";

function cellOf(column: ExportColumn, value: CellValue): ExcelJS.CellValue {
  if (value === null) return null;
  if (column.type === "date" && typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value))
    return new Date(`${value}T00:00:00Z`);
  // A workbook keeps text as text: a cell starting with "=" is not a formula unless written as one.
  return value;
}

/** A sheet name Excel accepts: at most 31 characters, none of []:*?/\, unique in the workbook. */
export function sheetName(symbol: string, taken: Set<string>): string {
  const base = symbol.replace(/[[\]:*?/\\]/g, "-").slice(0, 31) || "Sheet";
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base.slice(0, 27)} (${n})`;
  taken.add(name.toLowerCase());
  return name;
}

export async function writeXlsx(
  output: Writable,
  batches: AsyncIterable<ObligationView[]>,
  columns: readonly ExportColumn[],
  names: ReadonlyMap<string, string>,
  layout: SheetLayout = "one",
): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: output,
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.creator = "Mandates";
  const taken = new Set<string>();
  let sheet: ExcelJS.Worksheet | null = null;
  let sheetSymbol: string | null = null;
  const open = (name: string) => {
    const opened = workbook.addWorksheet(sheetName(name, taken), {
      views: [{ state: "frozen", ySplit: 1, xSplit: 0 }],
    });
    opened.columns = columns.map((c) => ({
      header: c.header,
      key: c.key,
      width: c.width,
      ...(c.type === "date" ? { style: { numFmt: "yyyy-mm-dd" } } : {}),
    }));
    const header = opened.getRow(1);
    header.font = { bold: true };
    opened.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
    header.commit();
    return opened;
  };
  for await (const batch of batches) {
    for (const o of batch) {
      if (layout === "per-resolution" ? sheetSymbol !== o.resolution.symbol : !sheet) {
        sheet?.commit();
        sheetSymbol = o.resolution.symbol;
        sheet = open(layout === "per-resolution" ? o.resolution.symbol : "Obligations");
      }
      sheet?.addRow(columns.map((c) => cellOf(c, c.value(o, names)))).commit();
    }
  }
  if (!sheet) open("Obligations").commit();
  else sheet.commit();
  await workbook.commit();
}
