/**
 * A symbol as people type it: whole ("A/RES/79/154") or by any tail of it ("79/154", "RES/79/154",
 * "2388" for S/RES/2388 (2017), whose year in brackets may be left off). Case and spacing as
 * normalizeSymbol reads them.
 */
import { normalizeSymbol } from "@mandates/domain";
import { type RawBuilder, type SqlBool, sql } from "kysely";
import type { Db } from "./handle.ts";

/** Whether the words look like a symbol or its tail: a number, with slashes, letters and dots. */
export function looksLikeSymbol(text: string): boolean {
  const t = text.trim();
  return t.length <= 60 && /\d/.test(t) && /^[A-Za-z0-9./-]+(?: ?\(\d{4}\))?$/.test(t);
}

// LIKE's wildcards and its escape character, taken as themselves.
const likeEscaped = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * The symbols in `column` (the resolutions table's symbol) that are this symbol or end with it
 * after a slash, with or without the year in brackets. Symbols are stored upper case, so the
 * comparison is the same on both databases.
 */
export function symbolMatching(column: RawBuilder<unknown>, typed: string): RawBuilder<SqlBool> {
  const symbol = normalizeSymbol(typed);
  if (!symbol) return sql<SqlBool>`1 = 0`;
  const tail = likeEscaped(symbol);
  return sql<SqlBool>`(${column} = ${symbol}
    or ${column} like ${`%/${tail}`} escape '\\'
    or ${column} like ${`%/${tail} (%`} escape '\\')`;
}

/** Symbols starting with the typed text ("A/RES/78/"), or naming it by a tail ("79/154"). */
export function symbolStartingOrEnding(
  column: RawBuilder<unknown>,
  typed: string,
): RawBuilder<SqlBool> {
  // A prefix compared with substr, not LIKE: LIKE's case rules and wildcards differ by dialect.
  const prefix = typed.trim().toUpperCase();
  return sql<SqlBool>`(substr(${column}, 1, ${prefix.length}) = ${prefix} or ${symbolMatching(column, typed)})`;
}

/** At most this many resolutions answer one symbol's tail ("228" is A/RES/78/228, 80/228, ...). */
const tailMatches = 50;

/**
 * The stored symbols a typed symbol names: itself when the library holds it (read from the
 * symbol's index), else those it is a tail of, in order. The typed symbol alone when none is,
 * so that a filter by it finds nothing rather than everything.
 */
export async function symbolsNamed(db: Db, typed: string): Promise<string[]> {
  const symbol = normalizeSymbol(typed);
  const exact = await db.kysely
    .selectFrom("resolutions")
    .select("symbol")
    .where("symbol", "=", symbol)
    .executeTakeFirst();
  if (exact) return [symbol];
  const { rows } = await sql<{ symbol: string }>`select symbol from resolutions r
    where ${symbolMatching(sql`r.symbol`, typed)} order by r.symbol_sort limit ${tailMatches}`.execute(
    db.kysely,
  );
  return rows.length ? rows.map((r) => r.symbol) : [symbol];
}
