/**
 * What every repository function receives: the Kysely instance and which dialect it speaks, for
 * the few places where SQLite and PostgreSQL need different SQL (full-text search, sequences).
 */
import type { Kysely } from "kysely";
import type { Database } from "./schema.ts";

export type DialectName = "sqlite" | "postgres";

export interface Db {
  readonly kysely: Kysely<Database>;
  readonly dialect: DialectName;
}

/**
 * Runs `work` in one transaction, or inside the caller's when `db` is already in one, so that
 * repository functions compose: an import that fails half-way leaves nothing behind.
 */
export function inTransaction<T>(db: Db, work: (tx: Db) => Promise<T>): Promise<T> {
  if (db.kysely.isTransaction) return work(db);
  return db.kysely.transaction().execute((trx) => work({ kysely: trx, dialect: db.dialect }));
}
