/**
 * Obligations and their tracking: what the parser extracted, what a person corrected, status,
 * evidence, notes, and the append-only history of every change.
 */
import { type Kysely, type Migration, sql } from "kysely";
import type { DialectName } from "../handle.ts";
import { correctableFields, historyChanges, trackingStatuses } from "../schema.ts";
import { flag, oneOf, withId } from "./columns.ts";

export function obligations(dialect: DialectName): Migration {
  return {
    async up(db: Kysely<unknown>) {
      // No cascade from resolutions: an obligation's history must outlive any attempt to delete it.
      await withId(db.schema.createTable("obligations"), dialect)
        .addColumn("resolution_id", "integer", (c) => c.notNull().references("resolutions.id"))
        .addColumn("position", "integer", (c) => c.notNull())
        .addColumn("obligation_key", "text", (c) => c.notNull())
        .addColumn("clause_key", "text", (c) => c.notNull())
        .addColumn("verb", "text", (c) => c.notNull())
        .addColumn("verb_text", "text", (c) => c.notNull())
        .addColumn("verb_class", "text", (c) => c.notNull())
        .addColumn("strength", "integer", (c) => c.notNull())
        .addColumn("bearers", "text", (c) => c.notNull())
        .addColumn("bearer_text", "text", (c) => c.notNull())
        .addColumn("action", "text", (c) => c.notNull())
        .addColumn("condition", "text")
        .addColumn("deadline", "text")
        .addColumn("recurrence", "text")
        .addColumn("report_to", "text")
        .addColumn("span_start", "integer", (c) => c.notNull())
        .addColumn("span_end", "integer", (c) => c.notNull())
        .addColumn("effective_verb", "text", (c) => c.notNull())
        .addColumn("effective_strength", "integer", (c) => c.notNull())
        .addColumn("due_date", "text")
        .addColumn("due_date_by_person", "integer", (c) => c.notNull().defaultTo(0))
        .addColumn("status", "text", (c) => c.notNull().defaultTo("no-indication"))
        .addColumn("assignee", "text")
        .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
        .addColumn("withdrawn_at", "text")
        .addColumn("created_at", "text", (c) => c.notNull())
        .addColumn("updated_at", "text", (c) => c.notNull())
        .addCheckConstraint("obligations_strength", sql`strength between 1 and 5`)
        .addCheckConstraint(
          "obligations_effective_strength",
          sql`effective_strength between 1 and 5`,
        )
        .addCheckConstraint("obligations_status", oneOf("status", trackingStatuses))
        .addCheckConstraint("obligations_due_date_by_person_flag", flag("due_date_by_person"))
        .execute();
      await db.schema
        .createIndex("obligations_resolution")
        .on("obligations")
        .column("resolution_id")
        .execute();
      await db.schema
        .createIndex("obligations_due_date")
        .on("obligations")
        .column("due_date")
        .execute();
      await db.schema
        .createIndex("obligations_status")
        .on("obligations")
        .column("status")
        .execute();
      await db.schema
        .createIndex("obligations_verb")
        .on("obligations")
        .column("effective_verb")
        .execute();
      await db.schema
        .createIndex("obligations_strength")
        .on("obligations")
        .column("effective_strength")
        .execute();

      await db.schema
        .createTable("obligation_bearers")
        .addColumn("obligation_id", "integer", (c) =>
          c.notNull().references("obligations.id").onDelete("cascade"),
        )
        .addColumn("actor_id", "text", (c) => c.notNull().references("actors.id"))
        .addColumn("position", "integer", (c) => c.notNull())
        .addPrimaryKeyConstraint("obligation_bearers_key", ["obligation_id", "actor_id"])
        .execute();
      await db.schema
        .createIndex("obligation_bearers_actor")
        .on("obligation_bearers")
        .columns(["actor_id", "obligation_id"])
        .execute();

      await db.schema
        .createTable("obligation_corrections")
        .addColumn("obligation_id", "integer", (c) =>
          c.notNull().references("obligations.id").onDelete("cascade"),
        )
        .addColumn("field", "text", (c) => c.notNull())
        .addColumn("value", "text", (c) => c.notNull())
        .addColumn("corrected_by", "text", (c) => c.notNull())
        .addColumn("corrected_at", "text", (c) => c.notNull())
        .addPrimaryKeyConstraint("obligation_corrections_key", ["obligation_id", "field"])
        .addCheckConstraint("obligation_corrections_field", oneOf("field", correctableFields))
        .execute();

      await withId(db.schema.createTable("obligation_history"), dialect)
        .addColumn("obligation_id", "integer", (c) => c.notNull().references("obligations.id"))
        .addColumn("changed_at", "text", (c) => c.notNull())
        .addColumn("changed_by", "text", (c) => c.notNull())
        .addColumn("change", "text", (c) => c.notNull())
        .addColumn("field", "text", (c) => c.notNull())
        .addColumn("from_value", "text")
        .addColumn("to_value", "text")
        .addCheckConstraint("obligation_history_change", oneOf("change", historyChanges))
        .execute();
      await db.schema
        .createIndex("obligation_history_obligation")
        .on("obligation_history")
        .column("obligation_id")
        .execute();
      await appendOnly(db, dialect, "obligation_history");

      await withId(db.schema.createTable("evidence"), dialect)
        .addColumn("obligation_id", "integer", (c) =>
          c.notNull().references("obligations.id").onDelete("cascade"),
        )
        .addColumn("url", "text")
        .addColumn("document_symbol", "text")
        .addColumn("note", "text")
        .addColumn("date", "text")
        .addColumn("added_by", "text", (c) => c.notNull())
        .addColumn("added_at", "text", (c) => c.notNull())
        .addCheckConstraint(
          "evidence_says_something",
          sql`url is not null or document_symbol is not null or note is not null`,
        )
        .execute();
      await db.schema
        .createIndex("evidence_obligation")
        .on("evidence")
        .column("obligation_id")
        .execute();

      await withId(db.schema.createTable("progress_notes"), dialect)
        .addColumn("obligation_id", "integer", (c) =>
          c.notNull().references("obligations.id").onDelete("cascade"),
        )
        .addColumn("text", "text", (c) => c.notNull())
        .addColumn("written_by", "text", (c) => c.notNull())
        .addColumn("written_at", "text", (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex("progress_notes_obligation")
        .on("progress_notes")
        .column("obligation_id")
        .execute();
    },
  };
}

/** The database itself refuses to update or delete a history row, whoever asks. */
async function appendOnly(db: Kysely<unknown>, dialect: DialectName, table: string) {
  const message = `${table} is append-only`;
  if (dialect === "sqlite") {
    for (const event of ["update", "delete"])
      await sql`create trigger ${sql.id(`${table}_no_${event}`)} before ${sql.raw(event)} on ${sql.table(table)}
        begin select raise(abort, ${sql.lit(message)}); end`.execute(db);
    return;
  }
  await sql`create function refuse_history_change() returns trigger language plpgsql as $$
    begin raise exception ${sql.lit(message)}; end $$`.execute(db);
  await sql`create trigger ${sql.id(`${table}_append_only`)} before update or delete on ${sql.table(table)}
    for each row execute function refuse_history_change()`.execute(db);
}
