/**
 * Keeping the full-text index (clause_search) in step with the clauses, from the only code that
 * writes clauses: the import and the restore. Both dialects index the view clause_text (a clause's
 * paragraph, sub-items and tail as one text). SQLite: an FTS5 table with that view as its external
 * content; FTS5 writes a new index segment every time it is flushed, and it is flushed at every
 * statement boundary that follows a change, so a whole batch of resolutions is indexed in one
 * statement. PostgreSQL: a narrow table of tsvectors, whose rows go with their clause.
 */
import { sql } from "kysely";
import type { Db } from "./handle.ts";

/** Adds the clauses of these resolutions to the index. Call once their clauses are written. */
export async function indexClauses(db: Db, resolutionIds: readonly number[]): Promise<void> {
  if (resolutionIds.length === 0) return;
  if (db.dialect === "postgres") {
    await sql`insert into clause_search (clause_id, search_vector)
      select id, to_tsvector('english', full_text) from clause_text
      where resolution_id in (${sql.join(resolutionIds)})`.execute(db.kysely);
    return;
  }
  await sql`insert into clause_search (rowid, full_text)
    select id, full_text from clause_text
    where resolution_id in (${sql.join(resolutionIds)})`.execute(db.kysely);
}

/**
 * Takes a resolution's clauses out of the index. Call before deleting them: SQLite needs their
 * text; PostgreSQL's index rows are deleted with their clauses.
 */
export async function unindexClauses(db: Db, resolutionId: number): Promise<void> {
  if (db.dialect !== "sqlite") return;
  await sql`insert into clause_search (clause_search, rowid, full_text)
    select 'delete', id, full_text from clause_text where resolution_id = ${resolutionId}`.execute(
    db.kysely,
  );
}

/** Rebuilds the whole index from the clauses (after a restore). */
export async function rebuildSearchIndex(db: Db): Promise<void> {
  if (db.dialect === "postgres") {
    await sql`delete from clause_search`.execute(db.kysely);
    await sql`insert into clause_search (clause_id, search_vector)
      select id, to_tsvector('english', full_text) from clause_text`.execute(db.kysely);
    return;
  }
  await sql`insert into clause_search (clause_search) values ('rebuild')`.execute(db.kysely);
}
