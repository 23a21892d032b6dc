/** Column shapes that differ by dialect, and checks shared by the migrations. */
import { type CreateTableBuilder, type RawBuilder, sql } from "kysely";
import type { DialectName } from "../handle.ts";

/** An integer id the database assigns: SQLite's rowid alias, PostgreSQL's serial. */
export function withId<T extends string>(
  table: CreateTableBuilder<T, never>,
  dialect: DialectName,
): CreateTableBuilder<T, "id"> {
  return dialect === "postgres"
    ? table.addColumn("id", "serial", (c) => c.primaryKey())
    : // AUTOINCREMENT: an id is never reused, even after a delete, so history rows stay unambiguous.
      table.addColumn("id", "integer", (c) => c.primaryKey().autoIncrement());
}

/** `column in ('a', 'b')`, for CHECK constraints over a closed vocabulary. */
export function oneOf(column: string, values: readonly string[]): RawBuilder<unknown> {
  return sql`${sql.ref(column)} in (${sql.join(values.map((v) => sql.lit(v)))})`;
}

/** A 0/1 flag (SQLite has no boolean; both dialects store the same). */
export const flag = (column: string): RawBuilder<unknown> => sql`${sql.ref(column)} in (0, 1)`;
