/**
 * Lists that stay fast at 100,000 resolutions (found by the scale benchmark, bench/scale.ts): the
 * first page of a list is read from an index in the list's order instead of sorting every row that
 * matches. Indexes of obligations cover only those in force, the ones lists show.
 * - The tracker by due date (its default), dates missing last; by strength.
 * - A resolution's obligations in order: the tracker by symbol, one resolution's obligations.
 * - The library by adoption date, newest first (its other order, by symbol, has its index), and
 *   the counts of obligations in force by body and year, which the tracker's total adds up
 *   (obligations.ts) instead of counting rows.
 */
import { type Kysely, type Migration, sql } from "kysely";

export function listIndexes(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await sql`create index obligations_in_force_due
        on obligations ((due_date is null), due_date, id) where withdrawn_at is null`.execute(db);
      await sql`create index obligations_in_force_strength
        on obligations (effective_strength, id) where withdrawn_at is null`.execute(db);
      await sql`create index obligations_in_force_position
        on obligations (resolution_id, position) where withdrawn_at is null`.execute(db);
      await sql`create index resolutions_adopted
        on resolutions ((adopted is null), adopted desc, symbol_sort)`.execute(db);
      await sql`drop index resolutions_body_year`.execute(db);
      await sql`create index resolutions_body_year
        on resolutions (body, year, obligation_count)`.execute(db);
    },
  };
}
