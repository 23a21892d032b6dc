/**
 * Export and restore of the whole store as one JSON-serializable object: every row of every
 * table, in a stable order, with the schema version. The round trip is lossless (ids and
 * timestamps included), and works across dialects: a SQLite export restores into PostgreSQL.
 * What the database derives (the search index, a clause's search lines) is rebuilt, not exported,
 * and what it keeps compressed (the source texts) is exported as text: a dump reads the same
 * whatever the storage underneath (export-rows.ts).
 */
import { type Kysely, sql } from "kysely";
import { RefusedError } from "./errors.ts";
import { exportedRow, storedRow } from "./export-rows.ts";
import { type Db, inTransaction } from "./handle.ts";
import { insertRows } from "./insert-rows.ts";
import { restorableVersions, schemaVersion } from "./migrations/index.ts";
import type { Database } from "./schema.ts";
import { rebuildSearchIndex } from "./search-index.ts";
import { countAll } from "./values.ts";

export type TableName = keyof Database;
export type Row = Record<string, string | number | null>;

export interface DatabaseDump {
  format: "mandates-db";
  schemaVersion: string;
  tables: Record<TableName, Row[]>;
}

/** Tables in an order that satisfies their foreign keys, each with the columns that order rows. */
const tables: ReadonlyArray<readonly [TableName, readonly string[]]> = [
  ["actors", ["id"]],
  // Before obligations: an obligation's assignee is an account.
  ["users", ["id"]],
  ["resolutions", ["id"]],
  ["clauses", ["id"]],
  ["footnotes", ["id"]],
  ["citations", ["id"]],
  ["resolution_actors", ["resolution_id", "actor_id"]],
  ["obligations", ["id"]],
  ["obligation_bearers", ["obligation_id", "actor_id"]],
  ["obligation_corrections", ["obligation_id", "field"]],
  ["obligation_history", ["id"]],
  ["evidence", ["id"]],
  ["progress_notes", ["id"]],
  ["version_links", ["id"]],
  ["obligation_links", ["id"]],
  ["language_versions", ["id"]],
  ["sessions", ["token_hash"]],
  ["calendar_feeds", ["user_id"]],
  ["settings", ["name"]],
];

/** Tables whose id the database assigns: their PostgreSQL sequences must follow a restore. */
const withSerialId = new Set<TableName>([
  "resolutions",
  "clauses",
  "footnotes",
  "citations",
  "obligations",
  "obligation_history",
  "evidence",
  "progress_notes",
  "users",
  "version_links",
  "obligation_links",
  "language_versions",
]);

type AnyDb = Kysely<Record<string, Row>>;

export async function exportDatabase(db: Db): Promise<DatabaseDump> {
  const dump = { format: "mandates-db", schemaVersion, tables: {} } as DatabaseDump;
  const readAll = async (kysely: Kysely<Database>) => {
    const read = kysely as unknown as AnyDb;
    for (const [table, key] of tables) {
      const rows = (await read.selectFrom(table).selectAll().execute()) as Row[];
      dump.tables[table] = rows.map((row) => exportedRow(table, row)).sort(byKey(key));
    }
  };
  // One snapshot for all tables, so rows written during the export cannot half-appear.
  if (db.kysely.isTransaction) await readAll(db.kysely);
  else if (db.dialect === "postgres")
    await db.kysely.transaction().setIsolationLevel("repeatable read").execute(readAll);
  else await db.kysely.transaction().execute(readAll);
  return dump;
}

/** Plain code-unit order, the same whatever the database's collation. */
function byKey(key: readonly string[]) {
  return (a: Row, b: Row): number => {
    for (const column of key) {
      const x = a[column] ?? "";
      const y = b[column] ?? "";
      if (x < y) return -1;
      if (x > y) return 1;
    }
    return 0;
  };
}

/**
 * Restores a dump into an empty store (one that holds nothing but the seeded actor registry), in
 * one transaction. Refuses a store with data, or a dump of another schema version.
 */
export async function importDatabase(db: Db, dump: DatabaseDump): Promise<void> {
  if (dump?.format !== "mandates-db")
    throw new RefusedError("This is not a Mandates database export.");
  if (!restorableVersions.includes(dump.schemaVersion))
    throw new RefusedError(
      `This export has schema ${dump.schemaVersion}; this version of Mandates restores ${restorableVersions.join(" or ")} only.`,
    );
  await inTransaction(db, async (tx) => {
    const untyped = tx.kysely as unknown as AnyDb;
    for (const [table] of tables) {
      if (table === "actors") continue;
      const { n } = await untyped
        .selectFrom(table)
        .select(countAll().as("n"))
        .executeTakeFirstOrThrow();
      if (Number(n) > 0)
        throw new RefusedError(
          `The database is not empty (${table} has rows): restore into a new one.`,
        );
    }
    const { n: unregistered } = await tx.kysely
      .selectFrom("actors")
      .select(countAll().as("n"))
      .where("registered", "=", 0)
      .executeTakeFirstOrThrow();
    if (unregistered > 0)
      throw new RefusedError(
        "The database is not empty (actors were added): restore into a new one.",
      );
    // The registry seeded on open is replaced by the dump's actors, so the restore is exact.
    await tx.kysely.deleteFrom("actors").execute();
    for (const [table] of tables)
      await insertRows(
        tx,
        table,
        (dump.tables[table] ?? []).map((row) => storedRow(table, row)),
      );
    await rebuildSearchIndex(tx);
    if (tx.dialect === "postgres")
      for (const table of withSerialId)
        await sql`select setval(pg_get_serial_sequence(${table}, 'id'), coalesce(max(id), 0) + 1, false)
          from ${sql.table(table)}`.execute(tx.kysely);
  });
}
