/**
 * A resolution's language versions: one symbol, one text per official language read. The
 * resolution's own rows (clauses, obligations, tracking) are those of the text first imported,
 * whose language the resolution now records; each other language's text is kept beside it, with
 * its clauses as read and, for each of its obligations, the stored obligation it reads as (the
 * same operative paragraph and verb): the obligation stays one object, tracked once.
 */
import { type Kysely, type Migration, sql } from "kysely";
import type { DialectName } from "../handle.ts";
import { oneOf, withId } from "./columns.ts";

/** The languages the parser reads (packages/domain's Language). */
const languages = ["en", "fr", "es"] as const;

export function languageVersions(dialect: DialectName): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await sql`alter table resolutions add column language text not null default 'en'`.execute(db);
      await withId(db.schema.createTable("language_versions"), dialect)
        .addColumn("resolution_id", "integer", (c) =>
          c.notNull().references("resolutions.id").onDelete("cascade"),
        )
        .addColumn("language", "text", (c) => c.notNull())
        .addColumn("title", "text")
        .addColumn("source", "text")
        .addColumn("source_deflated", dialect === "postgres" ? "bytea" : "blob", (c) => c.notNull())
        .addColumn("content_hash", "text", (c) => c.notNull())
        // JSON: the clauses as read in this language (Clause[]), and its footnotes.
        .addColumn("clauses", "text", (c) => c.notNull())
        .addColumn("footnotes", "text", (c) => c.notNull())
        // JSON: each obligation read in this language, with the stored one it reads as.
        .addColumn("obligations", "text", (c) => c.notNull())
        .addColumn("imported_by", "text", (c) => c.notNull())
        .addColumn("imported_at", "text", (c) => c.notNull())
        .addColumn("updated_at", "text", (c) => c.notNull())
        .addCheckConstraint("language_versions_language", oneOf("language", languages))
        .addUniqueConstraint("language_versions_one", ["resolution_id", "language"])
        .execute();
    },
  };
}
