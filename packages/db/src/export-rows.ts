/**
 * Rows as a dump holds them and as the tables keep them, where the two differ: a resolution's
 * source text (and a language version's) is kept compressed and dumped as text; a clause's search lines (`more_text`) are
 * derived from its sub-items and tail, so dumps leave them out and a restore derives them again.
 * Dumps from before 0010 hold `source_text` and `full_text` columns: they restore the same way.
 */
import type { ClauseItem } from "@mandates/domain";
import { clauseMoreText } from "./import/resolution-rows.ts";
import type { Database } from "./schema.ts";
import { packSourceText, unpackSourceText } from "./source-text.ts";

type Row = Record<string, string | number | null>;
type StoredValue = Row[string] | Uint8Array;

export function exportedRow(table: keyof Database, row: Record<string, StoredValue>): Row {
  if (table === "resolutions" || table === "language_versions") {
    const { source_deflated, ...rest } = row;
    return { ...(rest as Row), source_text: unpackSourceText(source_deflated as Uint8Array) };
  }
  if (table === "clauses") {
    const { more_text: _, ...rest } = row;
    return rest as Row;
  }
  return row as Row;
}

export function storedRow(table: keyof Database, row: Row): Record<string, StoredValue> {
  if (table === "resolutions" || table === "language_versions") {
    const { source_text, ...rest } = row;
    return { ...rest, source_deflated: packSourceText(String(source_text ?? "")) };
  }
  if (table === "clauses") {
    const { full_text: _full, more_text: _more, ...rest } = row;
    const items = JSON.parse(String(row.items ?? "[]")) as ClauseItem[];
    const tail = typeof row.tail === "string" ? row.tail : undefined;
    return { ...rest, more_text: clauseMoreText({ items, tail }) };
  }
  return row;
}
