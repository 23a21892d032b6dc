/**
 * The tracker's total for one actor's obligations filtered by their own columns (a strength, a
 * status, a due date): each of the actor's bearer rows is looked up in a narrow index by
 * obligation that holds those columns, instead of in the obligations' wide rows. At 100,000
 * resolutions Member States bear 170,000 obligations: counting those of strength 4 and up read as
 * many rows scattered over 700 MB, 118 -> 52 ms CPU on SQLite (found by the scale benchmark,
 * bench/scale.ts). Statistics are refreshed, so the planner weighs the index by what it holds.
 */
import { type Kysely, type Migration, sql } from "kysely";

export function actorCounts(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await sql`create index obligations_filtered_by_id
        on obligations (id, withdrawn_at, effective_strength, status, due_date)`.execute(db);
      await sql`analyze obligations`.execute(db);
    },
  };
}
