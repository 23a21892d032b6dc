/**
 * Keeping SQLite's full-text index (clause_search, external content over clauses) in step with the
 * clauses, from the only code that writes clauses: the import and the restore. FTS5 writes a new
 * index segment every time it is flushed, and it is flushed at every statement boundary that
 * follows a change; indexing a whole batch of resolutions in one statement is what keeps bulk
 * imports fast. PostgreSQL needs none of this: its tsvector is a generated column.
 */
import { sql } from "kysely";
import type { Db } from "./handle.ts";

/** Adds the clauses of these resolutions to the index. Call once their clauses are written. */
export async function indexClauses(db: Db, resolutionIds: readonly number[]): Promise<void> {
  if (db.dialect !== "sqlite" || resolutionIds.length === 0) return;
  await sql`insert into clause_search (rowid, full_text)
    select id, full_text from clauses
    where resolution_id in (${sql.join(resolutionIds)})`.execute(db.kysely);
}

/** Takes a resolution's clauses out of the index. Call before deleting them: it needs their text. */
export async function unindexClauses(db: Db, resolutionId: number): Promise<void> {
  if (db.dialect !== "sqlite") return;
  await sql`insert into clause_search (clause_search, rowid, full_text)
    select 'delete', id, full_text from clauses where resolution_id = ${resolutionId}`.execute(
    db.kysely,
  );
}

/** Rebuilds the whole index from the clauses (after a restore). */
export async function rebuildSearchIndex(db: Db): Promise<void> {
  if (db.dialect !== "sqlite") return;
  await sql`insert into clause_search (clause_search) values ('rebuild')`.execute(db.kysely);
}
