/**
 * Bulk import: many resolutions, committed in batches. Each resolution still stores whole or not
 * at all (a savepoint each), so one bad text does not hold back the others. Committing a hundred
 * at a time, and indexing their clauses for search in one statement, spares the per-commit and
 * per-flush costs that make one-transaction-per-document imports about twice as slow. Table
 * statistics are refreshed at the end, so the planner does not treat freshly filled tables as
 * empty.
 */
import type { Resolution } from "@mandates/domain";
import { sql } from "kysely";
import { RefusedError } from "../errors.ts";
import type { Db } from "../handle.ts";
import { indexClauses } from "../search-index.ts";
import { type ImportResult, storeResolution } from "./import-resolution.ts";

export interface ImportItem {
  resolution: Resolution;
  sourceText: string;
  source?: string | null;
}

/** An item that could not be stored; the others were. */
export interface ImportFailure {
  status: "failed";
  symbol: string | null;
  source: string | null;
  error: Error;
}

export interface ImportManyOptions {
  /** Who imports, as history records it; "import" by default. */
  user?: string;
  /** Resolutions per transaction; 100 by default. */
  batchSize?: number;
}

export async function importResolutions(
  db: Db,
  items: Iterable<ImportItem>,
  options: ImportManyOptions = {},
): Promise<Array<ImportResult | ImportFailure>> {
  if (db.kysely.isTransaction)
    throw new RefusedError(
      "importResolutions commits its own batches: call it outside a transaction.",
    );
  const size = Math.max(1, options.batchSize ?? 100);
  const all = [...items];
  const results: Array<ImportResult | ImportFailure> = [];
  for (let start = 0; start < all.length; start += size) {
    const trx = await db.kysely.startTransaction().execute();
    const written: number[] = [];
    try {
      for (const item of all.slice(start, start + size)) {
        const point = await trx.savepoint("resolution").execute();
        try {
          const result = await storeResolution(
            { kysely: point, dialect: db.dialect },
            item.resolution,
            {
              sourceText: item.sourceText,
              source: item.source ?? null,
              ...(options.user === undefined ? {} : { user: options.user }),
            },
          );
          await point.releaseSavepoint("resolution").execute();
          results.push(result);
          if (result.status !== "unchanged") written.push(result.resolutionId);
        } catch (error) {
          const back = await point.rollbackToSavepoint("resolution").execute();
          await back.releaseSavepoint("resolution").execute();
          results.push({
            status: "failed",
            symbol: item.resolution.symbol,
            source: item.source ?? null,
            error: error instanceof Error ? error : new Error(String(error)),
          });
        }
      }
      await indexClauses({ kysely: trx, dialect: db.dialect }, written);
      await trx.commit().execute();
    } catch (error) {
      await trx.rollback().execute();
      throw error;
    }
  }
  await refreshStatistics(db);
  return results;
}

/**
 * Lets the query planner see the tables as they now are. PostgreSQL also folds the search index's
 * pending entries into the index proper: GIN queues new entries in a list that every search reads
 * through until autovacuum gets to it, which after a bulk load is thousands of clauses.
 */
async function refreshStatistics(db: Db): Promise<void> {
  if (db.dialect === "sqlite") {
    await sql`pragma optimize`.execute(db.kysely);
    return;
  }
  await sql`analyze`.execute(db.kysely);
  await sql`select gin_clean_pending_list('clause_search_vector'::regclass)`.execute(db.kysely);
}
