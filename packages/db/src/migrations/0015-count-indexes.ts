/**
 * Counts and lists that read narrow indexes instead of wide rows at 100,000 resolutions (found by
 * the scale benchmark, bench/scale.ts, where a tracker filtered by status took 1.4 s to count its
 * 1.3 million obligations and the library of one body 0.7 s to sort its 67,000 resolutions):
 * - the library of one body by symbol, read from an index in that order, and the tracker by
 *   symbol from one that holds which resolutions are superseded drafts (the tracker leaves
 *   their obligations out);
 * - the tracker's totals by status and by due date counted from indexes that hold the columns
 *   counted, "in force" (withdrawn_at) among them, so no row is read;
 * - the resolutions' counts of obligations added up from an index that holds them beside what
 *   lists leave out (superseded drafts) and filter by (body, year), and the superseded drafts,
 *   few, found in it, so a count can take their obligations off instead of reading every
 *   obligation's resolution.
 * Statistics are refreshed for both tables, so the planners weigh the new indexes by what they
 * hold (an index without them looks selective to SQLite).
 */
import { type Kysely, type Migration, sql } from "kysely";

export function countIndexes(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await sql`create index resolutions_body_symbol on resolutions (body, symbol_sort)`.execute(
        db,
      );
      await sql`create index resolutions_symbol_superseded
        on resolutions (symbol_sort, superseded_by)`.execute(db);
      await sql`create index resolutions_counts
        on resolutions (superseded_by, body, year, obligation_count)`.execute(db);
      await sql`create index obligations_count_status
        on obligations (status, withdrawn_at)`.execute(db);
      await sql`create index obligations_count_due
        on obligations (due_date, withdrawn_at, status)`.execute(db);
      await sql`analyze resolutions`.execute(db);
      await sql`analyze obligations`.execute(db);
    },
  };
}
