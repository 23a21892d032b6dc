/**
 * Whether the server is inside an import's write transaction right now, seen from the database
 * alone: so that a kill can land in the middle of storing a resolution, not only while it is
 * parsed. SQLite: another connection cannot take the write lock (BEGIN IMMEDIATE is refused at
 * once), twice in a row, since a session's one-row write holds it only for an instant. PostgreSQL:
 * a backend of this database holds a transaction id after writing to the library's tables.
 */
import { type DatabaseHandle, type DialectName, openDatabase } from "@mandates/db";
import type { TestDatabase } from "@mandates/db/testing";
import { sql } from "kysely";

export interface WriteProbe {
  writing(): Promise<boolean>;
  close(): Promise<void>;
}

export async function openWriteProbe(
  dialect: DialectName,
  database: TestDatabase,
): Promise<WriteProbe> {
  if (dialect === "postgres")
    return {
      async writing() {
        const { rows } = await sql<{ n: number | string }>`
          select count(*) as n from pg_stat_activity
          where datname = current_database() and pid <> pg_backend_pid()
            and backend_xid is not null
            and query ~* '(resolutions|clauses|obligations|footnotes|citations)'`.execute(
          database.db.kysely,
        );
        return Number(rows[0]?.n ?? 0) > 0;
      },
      close: async () => {},
    };
  const file = database.env.MANDATES_DB;
  if (!file) throw new Error("an SQLite test database without a file");
  const probe: DatabaseHandle = await openDatabase({ file });
  await sql`pragma busy_timeout = 0`.execute(probe.kysely);
  const locked = async () => {
    try {
      await sql`begin immediate`.execute(probe.kysely);
    } catch (error) {
      if ((error as { code?: string }).code === "SQLITE_BUSY") return true;
      throw error;
    }
    await sql`rollback`.execute(probe.kysely);
    return false;
  };
  return {
    async writing() {
      if (!(await locked())) return false;
      await new Promise((resolve) => setTimeout(resolve, 2));
      return locked();
    },
    close: () => probe.close(),
  };
}
