/**
 * Resolutions the library does not hold yet, stored together: a statement per table for a whole
 * batch, instead of a dozen per resolution. On PostgreSQL each statement is a round trip to the
 * server, and in a bulk load almost every symbol is new. It writes exactly the rows that storing
 * each one alone (storeResolution) writes, and runs in the caller's transaction: if any of it
 * fails, the caller rolls it all back and stores the resolutions one by one, each whole or not at
 * all.
 */
import type { Resolution } from "@mandates/domain";
import { sql } from "kysely";
import { ensureActors } from "../actors.ts";
import type { Db } from "../handle.ts";
import { appendHistory } from "../history.ts";
import { insertRows, insertRowsReturning } from "../insert-rows.ts";
import type { PackedSource } from "../source-text.ts";
import type { ImportResult } from "./import-resolution.ts";
import {
  citationRows,
  clauseRows,
  footnoteRows,
  resolutionActorRows,
  resolutionRow,
} from "./resolution-rows.ts";
import {
  newBearerRows,
  newObligationEntry,
  newObligationRow,
  type Stamp,
} from "./store-obligations.ts";

export interface NewResolution {
  resolution: Resolution;
  /** Normalized, and not in the library. */
  symbol: string;
  packed: PackedSource;
  source: string | null;
}

export async function storeNewResolutions(
  db: Db,
  news: readonly NewResolution[],
  stamp: Stamp,
): Promise<ImportResult[]> {
  if (news.length === 0) return [];
  await ensureActors(
    db,
    news.flatMap((n) => n.resolution.actors),
    news.flatMap((n) => n.resolution.obligations.flatMap((o) => o.bearers)),
  );
  const inserted = await insertRowsReturning<"resolutions", { id: number; symbol: string }>(
    db,
    "resolutions",
    news.map((n) => ({
      ...resolutionRow(n.resolution, n.symbol, {
        packedSource: n.packed.packed,
        source: n.source,
        hash: n.packed.contentHash,
        at: stamp.at,
      }),
      imported_at: stamp.at,
    })),
    ["id", "symbol"],
  );
  const idOfSymbol = new Map(inserted.map((r) => [r.symbol, r.id]));
  const stored = news.map((n) => {
    const id = idOfSymbol.get(n.symbol);
    if (id === undefined) throw new Error(`${n.symbol} was not stored.`);
    return { ...n, id };
  });

  await insertRows(
    db,
    "clauses",
    stored.flatMap((s) => clauseRows(s.id, s.resolution.clauses)),
  );
  await insertRows(
    db,
    "footnotes",
    stored.flatMap((s) => footnoteRows(s.id, s.resolution)),
  );
  await insertRows(
    db,
    "citations",
    stored.flatMap((s) => citationRows(s.id, s.resolution)),
  );
  await insertRows(
    db,
    "resolution_actors",
    stored.flatMap((s) => resolutionActorRows(s.id, s.resolution)),
  );

  const obligations = await insertRowsReturning<
    "obligations",
    { id: number; resolution_id: number; position: number }
  >(
    db,
    "obligations",
    stored.flatMap((s) =>
      s.resolution.obligations.map((o, position) => newObligationRow(s.id, o, position, stamp)),
    ),
    ["id", "resolution_id", "position"],
  );
  const obligationIds = new Map(obligations.map((o) => [`${o.resolution_id}:${o.position}`, o.id]));
  const placed = stored.flatMap((s) =>
    s.resolution.obligations.map((obligation, position) => {
      const id = obligationIds.get(`${s.id}:${position}`);
      if (id === undefined) throw new Error(`An obligation of ${s.symbol} was not stored.`);
      return { id, obligation };
    }),
  );
  await insertRows(
    db,
    "obligation_bearers",
    placed.flatMap((p) => newBearerRows(p.id, p.obligation)),
  );
  await appendHistory(
    db,
    placed.map((p) => newObligationEntry(p.id, p.obligation, stamp)),
  );
  await linkCitations(
    db,
    stored.map((s) => s.id),
  );

  return stored.map((s) => ({
    status: "stored",
    resolutionId: s.id,
    symbol: s.symbol,
    clausesAdded: s.resolution.clauses.length,
    clausesRemoved: 0,
    obligationsAdded: s.resolution.obligations.length,
    obligationsRemoved: 0,
    obligationsKept: 0,
  }));
}

/**
 * Links citations both ways, as storing each resolution alone does: these resolutions' citations
 * to the resolutions stored, and earlier citations of their symbols to them.
 */
async function linkCitations(db: Db, ids: readonly number[]) {
  const these = sql.join(ids);
  await sql`update citations set cited_resolution_id =
      (select r.id from resolutions r where r.symbol = citations.symbol)
    where resolution_id in (${these})`.execute(db.kysely);
  await sql`update citations set cited_resolution_id =
      (select r.id from resolutions r where r.symbol = citations.symbol)
    where cited_resolution_id is null
      and symbol in (select symbol from resolutions where id in (${these}))`.execute(db.kysely);
}
