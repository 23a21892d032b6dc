/**
 * PostgreSQL: the clause tsvectors move out of the clauses table into a narrow table of their own
 * (clause_search, the name SQLite's full-text table has). Ranking every match reads each matching
 * row's tsvector; on the wide clauses rows (text, sub-items, full text) that meant reading most of
 * the table for a common query, on the narrow rows a third of it. The import writes the index
 * as it writes clauses, as it already did for SQLite. SQLite: no change.
 */
import { type Kysely, type Migration, sql } from "kysely";
import type { DialectName } from "../handle.ts";

export function searchTable(dialect: DialectName): Migration {
  return {
    async up(db: Kysely<unknown>) {
      if (dialect !== "postgres") return;
      await sql`create table clause_search (
        clause_id integer primary key references clauses (id) on delete cascade,
        search_vector tsvector not null)`.execute(db);
      await sql`insert into clause_search (clause_id, search_vector)
        select id, search_vector from clauses`.execute(db);
      await sql`create index clause_search_vector on clause_search using gin (search_vector)`.execute(
        db,
      );
      await sql`alter table clauses drop column search_vector`.execute(db);
    },
  };
}
