/**
 * Full-text search over clause text: SQLite FTS5 (bm25 ranking, snippet()) or PostgreSQL
 * (ts_rank, ts_headline over the tsvectors of clause_search). Queries are read the way web search boxes read
 * them: words must all appear, "quoted phrases" stay together, `or` between words, -word excludes.
 * Snippets come back HTML-escaped with the matches inside <mark>…</mark>.
 */

import { normalizeSymbol } from "@mandates/domain";
import { type RawBuilder, type SqlBool, sql } from "kysely";
import type { Db } from "./handle.ts";
import { type Page, type PageRequest, pageOf } from "./values.ts";

export interface SearchFilters extends PageRequest {
  body?: string;
  year?: number;
  /** Only this resolution (a symbol). */
  resolution?: string;
  kind?: "preambular" | "operative";
}

export interface SearchHit {
  symbol: string;
  title: string | null;
  body: string | null;
  year: number | null;
  /** The clause id: "op11". */
  clauseId: string;
  kind: "preambular" | "operative";
  /** HTML: escaped text with the matches in <mark>…</mark>. */
  snippet: string;
  /** Higher is better; comparable within one result list only. */
  rank: number;
}

// Control characters cannot occur in clause text: the database marks matches with them, and they
// become <mark> tags only after the text around them is escaped.
const open = "\u0002";
const close = "\u0003";

interface HitRow {
  symbol: string;
  title: string | null;
  body: string | null;
  year: number | null;
  clause_key: string;
  kind: "preambular" | "operative";
  snippet: string;
  rank: number;
}

export async function search(
  db: Db,
  query: string,
  filters: SearchFilters = {},
): Promise<Page<SearchHit>> {
  const { limit, offset } = pageOf(filters, 20);
  const found =
    db.dialect === "sqlite"
      ? await searchSqlite(db, query, filters, limit, offset)
      : await searchPostgres(db, query, filters, limit, offset);
  return { items: found.rows.map(hitOf), total: found.total, limit, offset };
}

/**
 * FTS5 ranks inside the index when the query orders by `rank` alone, and then computes snippets
 * only for the rows of the page; the clause and resolution columns are joined for those rows
 * only. Filters become a set of clause ids checked per match (the unary + keeps SQLite from
 * turning that set into one full-text lookup per id).
 */
async function searchSqlite(
  db: Db,
  query: string,
  filters: SearchFilters,
  limit: number,
  offset: number,
) {
  const match = ftsQuery(query);
  if (!match) return { rows: [], total: 0 };
  const conditions = filterConditions(filters);
  const filter =
    conditions.length === 0
      ? sql``
      : sql` and +s.rowid in (select c.id from clauses c join resolutions r on r.id = c.resolution_id
          where ${sql.join(conditions, sql` and `)})`;
  const { rows } = await sql<HitRow>`select r.symbol, r.title, r.body, r.year, c.clause_key, c.kind,
      hit.snippet, hit.rank
    from (select s.rowid as id, snippet(clause_search, 0, ${open}, ${close}, '…', 32) as snippet,
            -s.rank as rank
          from clause_search s where clause_search match ${match}${filter}
          order by s.rank limit ${limit} offset ${offset}) hit
    join clauses c on c.id = hit.id join resolutions r on r.id = c.resolution_id
    order by hit.rank desc, c.id`.execute(db.kysely);
  const count = await sql<{ total: number }>`select count(*) as total from clause_search s
    where clause_search match ${match}${filter}`.execute(db.kysely);
  return { rows, total: Number(count.rows[0]?.total ?? 0) };
}

/**
 * ts_rank for every match (the order needs it) and the total in the same pass, over the narrow
 * rows of clause_search; the clauses and resolutions are joined for every match only when a filter
 * needs them. ts_headline, which re-reads the text, runs only for the rows of the page. The rank
 * is divided by the logarithm of the clause's length, as bm25 does in SQLite, so that a long
 * clause does not win only by repeating the words.
 */
async function searchPostgres(
  db: Db,
  query: string,
  filters: SearchFilters,
  limit: number,
  offset: number,
) {
  if (query.trim() === "") return { rows: [], total: 0 };
  const tsquery = sql`websearch_to_tsquery('english', ${query})`;
  const conditions = filterConditions(filters);
  const matches =
    conditions.length === 0
      ? sql`clause_search s where s.search_vector @@ ${tsquery}`
      : sql`clause_search s join clauses c on c.id = s.clause_id
          join resolutions r on r.id = c.resolution_id
          where ${sql.join([sql`s.search_vector @@ ${tsquery}`, ...conditions], sql` and `)}`;
  const options = `StartSel=${open}, StopSel=${close}, MaxWords=40, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "`;
  const { rows } = await sql<HitRow & { total: number }>`select r.symbol, r.title, r.body, r.year,
      c.clause_key, c.kind, hit.rank, hit.total,
      ts_headline('english', t.full_text, ${tsquery}, ${options}) as snippet
    from (select s.clause_id, ts_rank(s.search_vector, ${tsquery}, 1) as rank,
            cast(count(*) over () as integer) as total
          from ${matches}
          order by rank desc, s.clause_id limit ${limit} offset ${offset}) hit
    join clauses c on c.id = hit.clause_id join resolutions r on r.id = c.resolution_id
    join clause_text t on t.id = c.id
    order by hit.rank desc, hit.clause_id`.execute(db.kysely);
  if (rows[0] || offset === 0) return { rows, total: rows[0]?.total ?? 0 };
  // A page past the end has no row to carry the total.
  const count = await sql<{ total: number }>`select cast(count(*) as integer) as total
    from ${matches}`.execute(db.kysely);
  return { rows, total: count.rows[0]?.total ?? 0 };
}

/**
 * Clauses matching a search query, as a condition on `c.id` (the clauses table aliased `c`): for
 * lists that filter by words without ranking them.
 */
export function clausesMatching(db: Db, query: string): RawBuilder<SqlBool> {
  if (db.dialect === "sqlite") {
    const match = ftsQuery(query);
    return match
      ? sql<SqlBool>`c.id in (select rowid from clause_search where clause_search match ${match})`
      : sql<SqlBool>`0 = 1`;
  }
  return sql<SqlBool>`c.id in (select clause_id from clause_search
    where search_vector @@ websearch_to_tsquery('english', ${query}))`;
}

/** Conditions on the clause `c` and its resolution `r`. */
function filterConditions(filters: SearchFilters): RawBuilder<unknown>[] {
  const conditions: RawBuilder<unknown>[] = [];
  if (filters.body) conditions.push(sql`r.body = ${filters.body}`);
  if (filters.year !== undefined) conditions.push(sql`r.year = ${filters.year}`);
  if (filters.resolution) conditions.push(sql`r.symbol = ${normalizeSymbol(filters.resolution)}`);
  if (filters.kind) conditions.push(sql`c.kind = ${filters.kind}`);
  return conditions;
}

function hitOf(row: HitRow): SearchHit {
  return {
    symbol: row.symbol,
    title: row.title,
    body: row.body,
    year: row.year,
    clauseId: row.clause_key,
    kind: row.kind,
    snippet: markedHtml(row.snippet),
    rank: Number(row.rank),
  };
}

const escapes: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

function markedHtml(text: string): string {
  return text
    .replace(/[&<>"']/g, (c) => escapes[c] ?? c)
    .replaceAll(open, "<mark>")
    .replaceAll(close, "</mark>");
}

/**
 * A search box's words as an FTS5 query: every term quoted (so no word is read as FTS5 syntax),
 * implicit AND, `or` between terms, -term as NOT. Null when no term is left to search for.
 */
export function ftsQuery(query: string): string | null {
  const tokens = query.match(/-?"[^"]*"?|\S+/g) ?? [];
  const wanted: string[] = [];
  const unwanted: string[] = [];
  let orNext = false;
  for (const token of tokens) {
    if (/^or$/i.test(token)) {
      orNext = wanted.length > 0;
      continue;
    }
    const negated = token.startsWith("-");
    const words = token.replace(/^-/, "").replace(/"/g, "").trim();
    if (!/[\p{L}\p{N}]/u.test(words)) continue;
    const phrase = `"${words}"`;
    if (negated) unwanted.push(phrase);
    else if (orNext) wanted.push(`OR ${phrase}`);
    else wanted.push(phrase);
    orNext = false;
  }
  if (wanted.length === 0) return null;
  if (unwanted.length === 0) return wanted.join(" ");
  return `(${wanted.join(" ")}) ${unwanted.map((p) => `NOT ${p}`).join(" ")}`;
}
