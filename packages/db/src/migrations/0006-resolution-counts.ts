/**
 * The library's list shows each resolution's clause and obligation counts. Counting them per row
 * on every page cost more than the page itself; the counts now live on the resolution row, set by
 * the import, which is the only writer of clauses and of withdrawals.
 */
import { type Kysely, type Migration, sql } from "kysely";

export function resolutionCounts(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .alterTable("resolutions")
        .addColumn("clause_count", "integer", (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema
        .alterTable("resolutions")
        .addColumn("obligation_count", "integer", (c) => c.notNull().defaultTo(0))
        .execute();
      await sql`
        update resolutions set
          clause_count = (select count(*) from clauses where clauses.resolution_id = resolutions.id),
          obligation_count = (select count(*) from obligations
            where obligations.resolution_id = resolutions.id and obligations.withdrawn_at is null)`.execute(
        db,
      );
    },
  };
}
