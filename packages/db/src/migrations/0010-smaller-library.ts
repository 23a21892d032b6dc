/**
 * A library half the size, found by the scale benchmark (114 MB for 26 MB of GA texts before):
 * - Each clause kept its text twice: `text`, and again in `full_text` with its sub-items and tail,
 *   for search. Now `more_text` holds only the sub-items and tail (null for most clauses), and the
 *   view `clause_text` puts the two back together for search: SQLite's full-text table reads its
 *   content from that view, PostgreSQL indexes and highlights the same expression.
 * - The source text is kept compressed (`source_deflated`, raw DEFLATE, about a third of the
 *   text); `getSourceText`, exports and restores read and write it as text, as before.
 * SQLite runs this in a transaction of its own (Kysely does not wrap SQLite migrations).
 */
import { type Kysely, type Migration, sql } from "kysely";
import type { DialectName } from "../handle.ts";
import { packSourceText } from "../source-text.ts";

/** The text search reads: the paragraph, then its sub-items and tail. */
const clauseTextSql = (alias: string) => {
  const c = (column: string) => sql.ref(`${alias}.${column}`);
  return sql<string>`case when ${c("more_text")} is null then ${c("text")}
    when ${c("text")} = '' then ${c("more_text")}
    else ${c("text")} || ${sql.lit("\n")} || ${c("more_text")} end`;
};

export function smallerLibrary(dialect: DialectName): Migration {
  return {
    async up(db: Kysely<unknown>) {
      if (dialect === "sqlite") await db.transaction().execute((trx) => sqlite(trx));
      else await postgres(db);
    },
  };
}

async function sqlite(db: Kysely<unknown>) {
  await sql`alter table clauses add column more_text text`.execute(db);
  await fillMoreText(db);
  await sql`drop table clause_search`.execute(db);
  await sql`create view clause_text as
    select c.id, c.resolution_id, ${clauseTextSql("c")} as full_text from clauses c`.execute(db);
  await sql`create virtual table clause_search using fts5(
    full_text, content = 'clause_text', content_rowid = 'id',
    tokenize = 'porter unicode61 remove_diacritics 2')`.execute(db);
  await sql`insert into clause_search (clause_search) values ('rebuild')`.execute(db);
  await sql`alter table clauses drop column full_text`.execute(db);

  await sql`alter table resolutions add column source_deflated blob`.execute(db);
  await packSources(db);
  await sql`alter table resolutions drop column source_text`.execute(db);
}

async function postgres(db: Kysely<unknown>) {
  await sql`alter table clauses add column more_text text`.execute(db);
  await fillMoreText(db);
  await sql`alter table clauses drop column full_text`.execute(db);
  await sql`create view clause_text as
    select c.id, c.resolution_id, ${clauseTextSql("c")} as full_text from clauses c`.execute(db);

  await sql`alter table resolutions add column source_deflated bytea`.execute(db);
  await packSources(db);
  await sql`alter table resolutions alter column source_deflated set not null`.execute(db);
  // Compressed already: PostgreSQL need not try to compress it again.
  await sql`alter table resolutions alter column source_deflated set storage external`.execute(db);
  await sql`alter table resolutions drop column source_text`.execute(db);
}

/**
 * full_text was the text, then a newline and the sub-items and tail; or, for a clause without text
 * of its own, the sub-items and tail alone.
 */
async function fillMoreText(db: Kysely<unknown>) {
  await sql`update clauses set more_text = case
      when full_text = text then null
      when text = '' then full_text
      else substr(full_text, length(text) + 2) end`.execute(db);
}

/** Compresses the stored texts, a few hundred at a time (they are read into memory to be packed). */
async function packSources(db: Kysely<unknown>) {
  let after = 0;
  for (;;) {
    const { rows } = await sql<{ id: number; source_text: string }>`
      select id, source_text from resolutions where id > ${after} order by id limit 200`.execute(
      db,
    );
    if (rows.length === 0) return;
    for (const row of rows)
      await sql`update resolutions set source_deflated = ${packSourceText(row.source_text)}
        where id = ${row.id}`.execute(db);
    after = rows.at(-1)?.id ?? after;
  }
}
