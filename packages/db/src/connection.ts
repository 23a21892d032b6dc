/**
 * Opening the store: embedded SQLite by default (zero setup), PostgreSQL when a connection string
 * is given. Migrations run and the actor registry is seeded on every open, so a handle is ready.
 */
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import SQLite from "better-sqlite3";
import { Kysely, PostgresDialect, type SqliteDatabase, SqliteDialect } from "kysely";
import { Pool } from "pg";
import { seedActorRegistry } from "./actors.ts";
import type { Db, DialectName } from "./handle.ts";
import { migrateToLatest } from "./migrations/index.ts";
import type { Database } from "./schema.ts";

export interface OpenOptions {
  /** A PostgreSQL connection string. Wins over `file` and the environment. */
  databaseUrl?: string;
  /** The SQLite file. Wins over the environment. */
  file?: string;
  /** Where DATABASE_URL and MANDATES_DB are read; process.env by default. */
  env?: Readonly<Record<string, string | undefined>>;
  /** Migrate only up to this schema version (tests of a migration); the latest by default. */
  schemaVersion?: string;
}

export interface DatabaseHandle extends Db {
  close(): Promise<void>;
}

/** Where an embedded database lives when nobody says: relative to the process's directory. */
export const defaultDatabaseFile = "data/mandates.db";

/**
 * Opens (creating if need be) the database: PostgreSQL for `databaseUrl`, SQLite for `file`, else
 * DATABASE_URL, else the SQLite file MANDATES_DB, else ./data/mandates.db.
 */
export async function openDatabase(options: OpenOptions = {}): Promise<DatabaseHandle> {
  const env = options.env ?? process.env;
  const url = options.databaseUrl ?? (options.file ? undefined : env.DATABASE_URL);
  const handle = url
    ? openPostgres(url)
    : openSqlite(options.file ?? env.MANDATES_DB ?? defaultDatabaseFile);
  try {
    await migrateToLatest(handle.kysely as Kysely<unknown>, handle.dialect, options.schemaVersion);
    await seedActorRegistry(handle);
  } catch (error) {
    await handle.close();
    throw error;
  }
  return handle;
}

function openSqlite(file: string): DatabaseHandle {
  const memory = file === ":memory:";
  const path = memory ? file : resolve(file);
  if (!memory) mkdirSync(dirname(path), { recursive: true });
  const database = new SQLite(path);
  // WAL lets readers (the server) go on while a writer (an import) works.
  database.pragma("journal_mode = WAL");
  // In WAL mode NORMAL loses no committed transaction on a crash of the process, only on power loss.
  database.pragma("synchronous = NORMAL");
  database.pragma("foreign_keys = ON");
  // A second process (the CLI beside the server) waits for the write lock instead of failing.
  database.pragma("busy_timeout = 5000");
  // 64 MiB of pages, not SQLite's 2 MiB: a library of 100,000 resolutions keeps the index pages
  // imports and lists touch most in memory (found by the scale benchmark). Taken only as used.
  database.pragma("cache_size = -65536");
  return handleOf(
    new Kysely<Database>({
      dialect: new SqliteDialect({ database: withStatementCache(database) }),
    }),
    "sqlite",
  );
}

/**
 * better-sqlite3 compiles every statement Kysely sends, and compiling a multi-row insert costs
 * more than running it. The same texts keep coming back (insert-rows.ts makes sure of it), so
 * compiled statements are kept, the few hundred most recently used.
 */
function withStatementCache(database: SQLite.Database, size = 500): SqliteDatabase {
  const cache = new Map<string, SQLite.Statement>();
  return {
    close: () => database.close(),
    prepare(sql: string) {
      const statement = cache.get(sql) ?? database.prepare(sql);
      cache.delete(sql);
      cache.set(sql, statement);
      if (cache.size > size) cache.delete(cache.keys().next().value ?? "");
      return statement;
    },
  };
}

function openPostgres(connectionString: string): DatabaseHandle {
  const pool = new Pool({ connectionString, max: 10 });
  // An idle connection the server closes (a restart, an administrator) is dropped by the pool and
  // replaced on next use; the pool re-emits the error, and an unheard 'error' would end the process.
  pool.on("error", () => {});
  return handleOf(new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }), "postgres");
}

function handleOf(kysely: Kysely<Database>, dialect: DialectName): DatabaseHandle {
  return { kysely, dialect, close: () => kysely.destroy() };
}
