/** Appending to an obligation's history: who changed which field, when, from what to what. */
import type { Db } from "./handle.ts";
import { insertRows } from "./insert-rows.ts";
import type { HistoryChange } from "./schema.ts";

export interface HistoryEntry {
  obligationId: number;
  by: string;
  at: string;
  change: HistoryChange;
  /** In the API's words: "status", "dueDate", "bearers", "evidence", "obligation", ... */
  field: string;
  /** Omitted or null when there was nothing before. */
  from?: unknown;
  to?: unknown;
}

const encode = (value: unknown): string | null =>
  value === undefined || value === null ? null : JSON.stringify(value);

export async function appendHistory(db: Db, entries: readonly HistoryEntry[]): Promise<void> {
  const rows = entries.map((e) => ({
    obligation_id: e.obligationId,
    changed_at: e.at,
    changed_by: e.by,
    change: e.change,
    field: e.field,
    from_value: encode(e.from),
    to_value: encode(e.to),
  }));
  await insertRows(db, "obligation_history", rows);
}
