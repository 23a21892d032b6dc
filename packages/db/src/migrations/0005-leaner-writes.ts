/**
 * Cheaper imports, found by the import benchmark:
 * - Status, verb and strength split obligations into a handful of large groups. Their indexes
 *   cost every import and led PostgreSQL's planner into slow bitmap plans; lists narrow by actor,
 *   resolution or due date instead.
 * - Search filters (by resolution, by kind of clause) read a narrow index, not the wide clause rows.
 * - SQLite's full-text index is no longer kept by triggers, which flushed it once per resolution:
 *   the import code indexes the clauses it writes, in one statement per batch (search-index.ts).
 */
import { type Kysely, type Migration, sql } from "kysely";
import type { DialectName } from "../handle.ts";

export function leanerWrites(dialect: DialectName): Migration {
  return {
    async up(db: Kysely<unknown>) {
      for (const index of ["obligations_status", "obligations_verb", "obligations_strength"])
        await db.schema.dropIndex(index).ifExists().execute();
      await db.schema
        .createIndex("clauses_resolution_kind")
        .ifNotExists()
        .on("clauses")
        .columns(["resolution_id", "kind"])
        .execute();
      if (dialect === "sqlite")
        for (const trigger of [
          "clauses_search_insert",
          "clauses_search_delete",
          "clauses_search_update",
        ])
          await sql`drop trigger if exists ${sql.id(trigger)}`.execute(db);
    },
  };
}
