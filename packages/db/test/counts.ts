/** Row counts of every table, to show that a failed operation left nothing behind. */
import { type Db, exportDatabase } from "../src/index.ts";

export async function rowCounts(db: Db): Promise<Record<string, number>> {
  const { tables } = await exportDatabase(db);
  return Object.fromEntries(Object.entries(tables).map(([table, rows]) => [table, rows.length]));
}
