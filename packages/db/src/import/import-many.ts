/**
 * Bulk import: many resolutions, committed in batches. Each resolution still stores whole or not
 * at all (a savepoint each), so one bad text does not hold back the others. Committing a hundred
 * at a time, and indexing their clauses for search in one statement, spares the per-commit and
 * per-flush costs that make one-transaction-per-document imports about twice as slow. Items may
 * come from an async source (threads parsing files): a batch is taken as it arrives, so parsing
 * and storing overlap. Table statistics are refreshed at the end, so the planner does not treat
 * freshly filled tables as empty.
 */
import type { Resolution } from "@mandates/domain";
import { sql } from "kysely";
import { RefusedError } from "../errors.ts";
import type { Db } from "../handle.ts";
import { indexClauses } from "../search-index.ts";
import type { PackedSource } from "../source-text.ts";
import { type ImportResult, storeResolution } from "./import-resolution.ts";

export interface ImportItem {
  resolution: Resolution;
  /** The text it was parsed from; or `packed`, that text packed ahead (packSource). */
  sourceText?: string;
  packed?: PackedSource;
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
  /** Told of each item once its batch is committed (progress, tallies). */
  onResult?: (result: ImportResult | ImportFailure, item: ImportItem) => void;
  /** Leave the results out of the returned list (a long import need not hold them all). */
  discardResults?: boolean;
}

export async function importResolutions(
  db: Db,
  items: Iterable<ImportItem> | AsyncIterable<ImportItem>,
  options: ImportManyOptions = {},
): Promise<Array<ImportResult | ImportFailure>> {
  if (db.kysely.isTransaction)
    throw new RefusedError(
      "importResolutions commits its own batches: call it outside a transaction.",
    );
  const size = Math.max(1, options.batchSize ?? 100);
  const results: Array<ImportResult | ImportFailure> = [];
  let batch: ImportItem[] = [];
  for await (const item of items) {
    batch.push(item);
    if (batch.length < size) continue;
    await storeBatch(db, batch, options, results);
    batch = [];
  }
  if (batch.length > 0) await storeBatch(db, batch, options, results);
  await refreshStatistics(db);
  return results;
}

async function storeBatch(
  db: Db,
  batch: readonly ImportItem[],
  options: ImportManyOptions,
  results: Array<ImportResult | ImportFailure>,
): Promise<void> {
  const outcomes: Array<ImportResult | ImportFailure> = [];
  const trx = await db.kysely.startTransaction().execute();
  const written: number[] = [];
  try {
    for (const item of batch) {
      const point = await trx.savepoint("resolution").execute();
      try {
        const result = await storeResolution(
          { kysely: point, dialect: db.dialect },
          item.resolution,
          {
            ...(item.packed ? { packed: item.packed } : { sourceText: item.sourceText }),
            source: item.source ?? null,
            ...(options.user === undefined ? {} : { user: options.user }),
          },
        );
        await point.releaseSavepoint("resolution").execute();
        outcomes.push(result);
        if (result.status !== "unchanged") written.push(result.resolutionId);
      } catch (error) {
        const back = await point.rollbackToSavepoint("resolution").execute();
        await back.releaseSavepoint("resolution").execute();
        outcomes.push({
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
  outcomes.forEach((outcome, i) => {
    options.onResult?.(outcome, batch[i] as ImportItem);
    if (!options.discardResults) results.push(outcome);
  });
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
