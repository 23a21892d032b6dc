/**
 * The few resolutions one text's version links can touch, found through indexes rather than by
 * reading the library: texts by symbol, the texts of one session, the adopted texts that print a
 * draft's symbol above their enacting formula, those that cite a resolution, and the links
 * already stored around some texts.
 */
import { baseDraftSymbol, sessionOfSymbol, sessionSymbolPrefixes } from "@mandates/domain";
import { type Expression, type SqlBool, sql } from "kysely";
import type { Db } from "../handle.ts";

/** Chunks of an IN list: both databases take 500 values at once comfortably. */
async function inChunks<T, R>(values: readonly T[], read: (chunk: T[]) => Promise<R[]>) {
  const unique = [...new Set(values)];
  const out: R[] = [];
  for (let i = 0; i < unique.length; i += 500) out.push(...(await read(unique.slice(i, i + 500))));
  return out;
}

/** The ids of the resolutions the library holds under these symbols. */
export async function idsOfSymbols(db: Db, symbols: readonly string[]): Promise<number[]> {
  const rows = await inChunks(symbols, (chunk) =>
    db.kysely.selectFrom("resolutions").select("id").where("symbol", "in", chunk).execute(),
  );
  return rows.map((r) => r.id);
}

/**
 * Symbols beginning with `prefix`. SQLite compares text byte by byte, so a range of its symbol
 * index holds them; PostgreSQL's order follows the database's collation, where only LIKE is sure.
 */
function startsWith(db: Db, prefix: string): Expression<SqlBool> {
  const symbol = sql.ref("symbol");
  if (db.dialect === "postgres")
    return sql<SqlBool>`${symbol} like ${`${prefix.replace(/[\\%_]/g, "\\$&")}%`}`;
  const next = prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1);
  return sql<SqlBool>`(${symbol} >= ${prefix} and ${symbol} < ${next})`;
}

export interface SessionText {
  id: number;
  symbol: string;
  title: string | null;
  draft: boolean;
}

/** The texts of one General Assembly session, drafts and adopted, as sessionOfSymbol reads it. */
export async function textsOfSession(db: Db, session: number): Promise<SessionText[]> {
  const prefixes = sessionSymbolPrefixes(session);
  if (!prefixes.length) return [];
  const rows = await db.kysely
    .selectFrom("resolutions")
    .select(["id", "symbol", "title", "draft"])
    .where((eb) => eb.or(prefixes.map((p) => startsWith(db, p))))
    .execute();
  return rows
    .filter((r) => sessionOfSymbol(r.symbol) === session)
    .map((r) => ({ id: r.id, symbol: r.symbol, title: r.title, draft: r.draft === 1 }));
}

/**
 * The texts that print one of these drafts above their enacting formula: its symbol, or for a
 * draft without revision or addendum one of those ("A/80/L.8/Add.1" is read as A/80/L.8 when the
 * library has no such addendum).
 */
export async function printersOf(db: Db, draftSymbols: readonly string[]): Promise<number[]> {
  const drafts = new Set(draftSymbols);
  const bases = draftSymbols.filter((s) => baseDraftSymbol(s) === s);
  const rows = await inChunks(draftSymbols, async (chunk) => {
    const chunkBases = chunk.filter((s) => baseDraftSymbol(s) === s);
    return db.kysely
      .selectFrom("citations")
      .select(["resolution_id", "symbol"])
      .where("clause_key", "is", null)
      .where("footnote", "is", null)
      .where((eb) =>
        eb.or([eb("symbol", "in", chunk), ...chunkBases.map((s) => startsWith(db, `${s}/`))]),
      )
      .execute();
  });
  const baseSet = new Set(bases);
  return [
    ...new Set(
      rows
        .filter((r) => drafts.has(r.symbol) || baseSet.has(baseDraftSymbol(r.symbol)))
        .map((r) => r.resolution_id),
    ),
  ];
}

/** The texts that cite one of these resolutions. */
export async function citersOf(db: Db, symbols: readonly string[]): Promise<number[]> {
  const rows = await inChunks(symbols, (chunk) =>
    db.kysely
      .selectFrom("citations")
      .select("resolution_id")
      .where("kind", "=", "resolution")
      .where("symbol", "in", chunk)
      .execute(),
  );
  return [...new Set(rows.map((r) => r.resolution_id))];
}

export interface StoredVersionLink {
  kind: "adopted-as" | "renewed-by";
  from: number;
  to: number;
}

/** The version links stored from or to these resolutions. */
export async function versionLinksAround(
  db: Db,
  resolutionIds: readonly number[],
): Promise<StoredVersionLink[]> {
  const rows = await inChunks(resolutionIds, (chunk) =>
    db.kysely
      .selectFrom("version_links")
      .select(["kind", "from_resolution_id", "to_resolution_id"])
      // By kind first, as the pair's unique index is ordered.
      .where((eb) =>
        eb.or([
          eb.and([eb("kind", "=", "adopted-as"), eb("from_resolution_id", "in", chunk)]),
          eb.and([eb("kind", "=", "renewed-by"), eb("from_resolution_id", "in", chunk)]),
          eb("to_resolution_id", "in", chunk),
        ]),
      )
      .execute(),
  );
  return rows.map((r) => ({ kind: r.kind, from: r.from_resolution_id, to: r.to_resolution_id }));
}
