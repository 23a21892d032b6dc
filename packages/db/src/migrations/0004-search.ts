/**
 * Full-text search over clauses. SQLite: an FTS5 table with clauses as its external content,
 * kept in sync by triggers (snippet() needs the content, which a contentless table lacks).
 * PostgreSQL: a stored tsvector column generated from the same text, under a GIN index.
 * Both stem English words (FTS5's porter tokenizer, PostgreSQL's english configuration).
 */
import { type Kysely, type Migration, sql } from "kysely";
import type { DialectName } from "../handle.ts";

export function search(dialect: DialectName): Migration {
  return {
    async up(db: Kysely<unknown>) {
      if (dialect === "postgres") {
        await sql`alter table clauses add column search_vector tsvector
          generated always as (to_tsvector('english', full_text)) stored`.execute(db);
        await sql`create index clauses_search on clauses using gin (search_vector)`.execute(db);
        return;
      }
      await sql`create virtual table clause_search using fts5(
        full_text, content = 'clauses', content_rowid = 'id',
        tokenize = 'porter unicode61 remove_diacritics 2')`.execute(db);
      await sql`create trigger clauses_search_insert after insert on clauses begin
        insert into clause_search (rowid, full_text) values (new.id, new.full_text); end`.execute(
        db,
      );
      await sql`create trigger clauses_search_delete after delete on clauses begin
        insert into clause_search (clause_search, rowid, full_text)
        values ('delete', old.id, old.full_text); end`.execute(db);
      await sql`create trigger clauses_search_update after update of full_text on clauses begin
        insert into clause_search (clause_search, rowid, full_text)
        values ('delete', old.id, old.full_text);
        insert into clause_search (rowid, full_text) values (new.id, new.full_text); end`.execute(
        db,
      );
    },
  };
}
