/**
 * A symbol as people type it: whole ("A/RES/79/154") or by any tail of it ("79/154", "RES/79/154",
 * "2388" for S/RES/2388 (2017), whose year in brackets may be left off). Case and spacing as
 * normalizeSymbol reads them.
 */
import { normalizeSymbol } from "@mandates/domain";
import { type RawBuilder, type SqlBool, sql } from "kysely";

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
