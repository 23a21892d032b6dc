/**
 * Annexes as content: a paragraph of an annexed declaration or programme of action is a clause of
 * the resolution marked with the annex it belongs to ("annex1"), so the reader shows it under the
 * annex's heading and lists never count it among the resolution's own paragraphs. Null for the
 * resolution's own clauses, and for every clause stored before (their annexes were kept as text
 * only; a re-import reads them as clauses).
 */
import type { Kysely, Migration } from "kysely";

export function clauseAnnex(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable("clauses").addColumn("annex", "text").execute();
    },
  };
}
