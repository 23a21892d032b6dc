/**
 * Which resolution each clause belongs to, in a narrow index by clause: the library filtered by
 * words maps each clause the search index matches to its resolution from it instead of from the
 * clauses' wide rows (found by the scale benchmark, bench/scale.ts: a common word's list at
 * 20,000 resolutions read 12,000 clause rows, most of them from disk, to find 3,800 resolutions).
 */
import { type Kysely, type Migration, sql } from "kysely";

export function clauseResolutions(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await sql`create index clauses_resolution_of on clauses (id, resolution_id)`.execute(db);
    },
  };
}
