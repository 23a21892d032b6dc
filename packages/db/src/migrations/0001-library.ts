/** The library: resolutions as parsed, their clauses, footnotes, citations and actors. */
import type { Kysely, Migration } from "kysely";
import type { DialectName } from "../handle.ts";
import { flag, oneOf, withId } from "./columns.ts";

export function library(dialect: DialectName): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await withId(db.schema.createTable("resolutions"), dialect)
        .addColumn("symbol", "text", (c) => c.notNull().unique())
        .addColumn("symbol_sort", "text", (c) => c.notNull())
        .addColumn("body", "text")
        .addColumn("title", "text")
        .addColumn("adopted", "text")
        .addColumn("year", "integer")
        .addColumn("session", "text")
        .addColumn("draft", "integer", (c) => c.notNull())
        .addColumn("distributed", "text")
        .addColumn("agenda_item", "text")
        .addColumn("origin", "text")
        .addColumn("meeting", "text")
        .addColumn("annexes", "text", (c) => c.notNull())
        .addColumn("warnings", "text", (c) => c.notNull())
        .addColumn("source", "text")
        .addColumn("source_text", "text", (c) => c.notNull())
        .addColumn("content_hash", "text", (c) => c.notNull())
        .addColumn("imported_at", "text", (c) => c.notNull())
        .addColumn("updated_at", "text", (c) => c.notNull())
        .addCheckConstraint("resolutions_draft_flag", flag("draft"))
        .execute();
      await db.schema
        .createIndex("resolutions_body_year")
        .on("resolutions")
        .columns(["body", "year"])
        .execute();
      await db.schema.createIndex("resolutions_year").on("resolutions").column("year").execute();
      await db.schema
        .createIndex("resolutions_symbol_sort")
        .on("resolutions")
        .column("symbol_sort")
        .execute();

      await withId(db.schema.createTable("clauses"), dialect)
        .addColumn("resolution_id", "integer", (c) =>
          c.notNull().references("resolutions.id").onDelete("cascade"),
        )
        .addColumn("position", "integer", (c) => c.notNull())
        .addColumn("clause_key", "text", (c) => c.notNull())
        .addColumn("kind", "text", (c) => c.notNull())
        .addColumn("number", "integer")
        .addColumn("lead", "text", (c) => c.notNull())
        .addColumn("verb", "text", (c) => c.notNull())
        .addColumn("verb_class", "text")
        .addColumn("strength", "integer")
        .addColumn("text", "text", (c) => c.notNull())
        .addColumn("items", "text", (c) => c.notNull())
        .addColumn("section_label", "text")
        .addColumn("section_heading", "text")
        .addColumn("tail", "text")
        .addColumn("full_text", "text", (c) => c.notNull())
        .addCheckConstraint("clauses_kind", oneOf("kind", ["preambular", "operative"]))
        // Not unique by clause_key: a parse may give two clauses one id (section numbering quirks).
        .addUniqueConstraint("clauses_position", ["resolution_id", "position"])
        .execute();

      await withId(db.schema.createTable("footnotes"), dialect)
        .addColumn("resolution_id", "integer", (c) =>
          c.notNull().references("resolutions.id").onDelete("cascade"),
        )
        .addColumn("position", "integer", (c) => c.notNull())
        .addColumn("marker", "text", (c) => c.notNull())
        .addColumn("text", "text", (c) => c.notNull())
        .addColumn("clause_key", "text")
        .addUniqueConstraint("footnotes_position", ["resolution_id", "position"])
        .execute();

      await withId(db.schema.createTable("citations"), dialect)
        .addColumn("resolution_id", "integer", (c) =>
          c.notNull().references("resolutions.id").onDelete("cascade"),
        )
        .addColumn("position", "integer", (c) => c.notNull())
        .addColumn("symbol", "text", (c) => c.notNull())
        .addColumn("text", "text", (c) => c.notNull())
        .addColumn("clause_key", "text")
        .addColumn("kind", "text", (c) => c.notNull())
        .addColumn("footnote", "text")
        .addColumn("cited_resolution_id", "integer", (c) =>
          c.references("resolutions.id").onDelete("set null"),
        )
        .addCheckConstraint(
          "citations_kind",
          oneOf("kind", ["resolution", "decision", "document", "treaty"]),
        )
        .addUniqueConstraint("citations_position", ["resolution_id", "position"])
        .execute();
      await db.schema.createIndex("citations_symbol").on("citations").column("symbol").execute();
      await db.schema
        .createIndex("citations_cited")
        .on("citations")
        .column("cited_resolution_id")
        .execute();

      await db.schema
        .createTable("actors")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("name", "text", (c) => c.notNull())
        .addColumn("short_name", "text")
        .addColumn("kind", "text", (c) => c.notNull())
        .addColumn("aliases", "text", (c) => c.notNull())
        .addColumn("registered", "integer", (c) => c.notNull())
        .addCheckConstraint("actors_registered_flag", flag("registered"))
        .execute();

      await db.schema
        .createTable("resolution_actors")
        .addColumn("resolution_id", "integer", (c) =>
          c.notNull().references("resolutions.id").onDelete("cascade"),
        )
        .addColumn("actor_id", "text", (c) => c.notNull().references("actors.id"))
        .addColumn("position", "integer", (c) => c.notNull())
        .addPrimaryKeyConstraint("resolution_actors_key", ["resolution_id", "actor_id"])
        .execute();
      await db.schema
        .createIndex("resolution_actors_actor")
        .on("resolution_actors")
        .column("actor_id")
        .execute();
    },
  };
}
