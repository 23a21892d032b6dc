/**
 * Bulk import: many resolutions, committed in batches. Each resolution still stores whole or not
 * at all, so one bad text does not hold back the others: the symbols new to the library are
 * stored together (store-new.ts), and if that fails, or for a symbol already held, each item is
 * stored alone in a savepoint of its own. Committing a hundred at a time, and indexing the new
 * ones' clauses for search in one statement, spares the per-commit and per-flush costs that make
 * one-transaction-per-document imports about twice as slow. Items may
 * come from an async source (threads parsing files): a batch is taken as it arrives, so parsing
 * and storing overlap. Table statistics are refreshed at the end, so the planner does not treat
 * freshly filled tables as empty.
 */
import { normalizeSymbol, type Resolution } from "@mandates/domain";
import { type ControlledTransaction, sql } from "kysely";
import { RefusedError } from "../errors.ts";
import type { Db } from "../handle.ts";
import type { Database } from "../schema.ts";
import { indexClauses } from "../search-index.ts";
import { type PackedSource, packSource } from "../source-text.ts";
import { now } from "../values.ts";
import { changedText, type ImportResult, storeResolution } from "./import-resolution.ts";
import { storeNewResolutions } from "./store-new.ts";

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
  const outcomes = new Array<ImportResult | ImportFailure>(batch.length);
  const trx = await db.kysely.startTransaction().execute();
  const tx: Db = { kysely: trx, dialect: db.dialect };
  try {
    const fresh = await newSymbols(tx, batch);
    // New symbols together (store-new.ts); if that fails, every item alone, whole or not at all.
    const point = await trx.savepoint("batch").execute();
    try {
      const stamp = { by: options.user ?? "import", at: now() };
      const stored = await storeNewResolutions(
        { kysely: point, dialect: db.dialect },
        [...fresh].map(([i, symbol]) => {
          const item = batch[i] as ImportItem;
          return {
            resolution: item.resolution,
            symbol,
            packed: item.packed ?? packSource(item.resolution, item.sourceText ?? ""),
            source: item.source ?? null,
          };
        }),
        stamp,
      );
      // Indexed at once, in one statement: a later item of the batch may re-import one of them,
      // which takes its clauses out of the index first.
      await indexClauses(
        { kysely: point, dialect: db.dialect },
        stored.map((r) => r.resolutionId),
      );
      await point.releaseSavepoint("batch").execute();
      [...fresh.keys()].forEach((i, k) => {
        outcomes[i] = stored[k] as ImportResult;
      });
    } catch {
      const back = await point.rollbackToSavepoint("batch").execute();
      await back.releaseSavepoint("batch").execute();
      fresh.clear();
    }
    for (const [i, item] of batch.entries())
      if (!fresh.has(i)) outcomes[i] = await storeOne(trx, db.dialect, item, options);
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
 * The items whose symbol the library does not hold, by position in the batch, each symbol once
 * (a later item with the same symbol re-imports it, after it).
 */
async function newSymbols(db: Db, batch: readonly ImportItem[]): Promise<Map<number, string>> {
  const symbols = batch.map((item) =>
    item.resolution.symbol?.trim() ? normalizeSymbol(item.resolution.symbol) : null,
  );
  const named = [...new Set(symbols.filter((s): s is string => s !== null))];
  const held = new Set<string>();
  if (named.length > 0) {
    const rows = await db.kysely
      .selectFrom("resolutions")
      .select("symbol")
      .where("symbol", "in", named)
      .execute();
    for (const row of rows) held.add(row.symbol);
  }
  const fresh = new Map<number, string>();
  symbols.forEach((symbol, i) => {
    if (symbol === null || held.has(symbol)) return;
    held.add(symbol);
    fresh.set(i, symbol);
  });
  return fresh;
}

/** One item in a savepoint of its own: stored whole, or not at all and reported failed. */
async function storeOne(
  trx: ControlledTransaction<Database>,
  dialect: Db["dialect"],
  item: ImportItem,
  options: ImportManyOptions,
): Promise<ImportResult | ImportFailure> {
  const point = await trx.savepoint("resolution").execute();
  try {
    const db: Db = { kysely: point, dialect };
    const result = await storeResolution(db, item.resolution, {
      ...(item.packed ? { packed: item.packed } : { sourceText: item.sourceText }),
      source: item.source ?? null,
      ...(options.user === undefined ? {} : { user: options.user }),
    });
    if (changedText(result)) await indexClauses(db, [result.resolutionId]);
    await point.releaseSavepoint("resolution").execute();
    return result;
  } catch (error) {
    const back = await point.rollbackToSavepoint("resolution").execute();
    await back.releaseSavepoint("resolution").execute();
    return {
      status: "failed",
      symbol: item.resolution.symbol,
      source: item.source ?? null,
      error: error instanceof Error ? error : new Error(String(error)),
    };
  }
}

/**
 * Lets the query planner see the tables as they now are. PostgreSQL also folds the search index's
 * pending entries into the index proper: GIN queues new entries in a list that every search reads
 * through until autovacuum gets to it, which after a bulk load is thousands of clauses. And it
 * vacuums the tables lists count in, so that counts read their indexes alone (an index-only scan
 * needs the pages marked all-visible): at 100,000 resolutions, with autovacuum off or not yet
 * come, a tracker's total by status read every obligation row (370 ms, 170 ms after). The clauses
 * and the search index are vacuumed too: the library filtered by words maps each matching clause
 * to its resolution from an index of clauses (index-only: 17,800 row reads for 'refugees' at
 * 30,000 resolutions before, none after), and a search reads its matches' rows without first
 * setting their hint bits, which wrote to disk as it read.
 */
async function refreshStatistics(db: Db): Promise<void> {
  if (db.dialect === "sqlite") {
    // `pragma optimize` alone samples a few hundred rows of an index: at 20,000 resolutions it
    // guessed 2,001 obligations per status where all 271,717 shared one, and the tracker's
    // common filters walked the wrong index (200 ms against 0.5 ms). The tables lists read are
    // analysed on a sample large enough to see how values repeat, still bounded at any size.
    await sql`pragma analysis_limit = 20000`.execute(db.kysely);
    for (const table of ["obligations", "obligation_bearers", "resolutions"]) {
      await sql`analyze ${sql.table(table)}`.execute(db.kysely);
    }
    await sql`pragma analysis_limit = 0`.execute(db.kysely);
    await sql`pragma optimize`.execute(db.kysely);
    return;
  }
  await sql`vacuum (analyze) obligations, obligation_bearers, resolutions, clauses, clause_search`.execute(
    db.kysely,
  );
  // The other tables an import writes, each once: a plain `analyze` read the library's every table,
  // those just vacuumed again among them (3.1 s against 1.2 s after the GA corpus).
  await sql`analyze citations, footnotes, resolution_actors, obligation_history, actors`.execute(
    db.kysely,
  );
  await sql`select gin_clean_pending_list('clause_search_vector'::regclass)`.execute(db.kysely);
}
