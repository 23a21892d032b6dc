/**
 * A fresh, empty database per test file and dialect. SQLite: a file in a temporary folder.
 * PostgreSQL: a new database on the server of DATABASE_URL (or the local one), dropped after.
 * PostgreSQL must be reachable: an unreachable server fails the suite rather than skipping it.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Client } from "pg";
import { type DatabaseHandle, type DialectName, openDatabase } from "../src/index.ts";

export const dialects: readonly DialectName[] = ["sqlite", "postgres"];

const server = process.env.DATABASE_URL || "postgres://postgres@127.0.0.1:5432/postgres";

export interface TestDatabase {
  db: DatabaseHandle;
  /** What another process needs in its environment to open the same database. */
  env: Record<string, string>;
  /** Closes the handle and removes the database. */
  drop(): Promise<void>;
}

export async function freshDatabase(
  dialect: DialectName,
  options: { schemaVersion?: string } = {},
): Promise<TestDatabase> {
  if (dialect === "sqlite") {
    const folder = mkdtempSync(join(tmpdir(), "mandates-db-"));
    const file = join(folder, "test.db");
    const db = await openDatabase({ file, ...options });
    return {
      db,
      env: { MANDATES_DB: file },
      drop: async () => {
        await db.close();
        rmSync(folder, { recursive: true, force: true });
      },
    };
  }
  const name = `mandates_test_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  await onServer(`create database ${name}`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  const db = await openDatabase({ databaseUrl: url.toString(), ...options });
  return {
    db,
    env: { DATABASE_URL: url.toString() },
    drop: async () => {
      // A test may have closed the handle already (to open the database again).
      await db.close().catch(() => {});
      await onServer(`drop database if exists ${name} with (force)`, name);
    },
  };
}

/** Runs a statement on the server; with `closing`, first waits a moment for that database's sessions to end. */
async function onServer(statement: string, closing?: string) {
  const client = new Client({ connectionString: server });
  await client.connect();
  try {
    for (let i = 0; closing && i < 50; i++) {
      const { rows } = await client.query(
        "select count(*)::int as n from pg_stat_activity where datname = $1",
        [closing],
      );
      if (rows[0]?.n === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await client.query(statement);
  } finally {
    await client.end();
  }
}
