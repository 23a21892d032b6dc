/**
 * Full-text search over clause text: SQLite FTS5 or PostgreSQL (the tsvectors of clause_search).
 * Queries are read the way web search boxes read them: words must all appear, "quoted phrases"
 * stay together, `or` between words, -word excludes. Snippets come back HTML-escaped with the
 * matches inside <mark>…</mark>.
 *
 * A search reads a bounded number of matches whatever the size of the library (found by the scale
 * benchmark: ranking every clause of 100,000 resolutions that says "human rights", and counting
 * them, took most of a second). Matches are taken newest first, in windows of `windowSize`, and
 * ranked by relevance within each window: results are the newest window's best first, then the
 * next window's. A library whose matches fit in one window (any query on a library of a few
 * thousand resolutions but the commonest words) is ranked as a whole. The total is exact up to
 * a thousand matches; past it, `total` is that limit and `totalExact` false.
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

export interface SearchPage extends Page<SearchHit> {
  /** False when there are more matches than `total` says (it then gives the count limit). */
  totalExact: boolean;
}

/** Matches ranked together: the newest this many, then the next this many. */
const defaultWindow = 400;
/** Matches counted at most. */
const defaultCount = 1000;

// Control characters cannot occur in clause text: the database marks matches with them, and they
// become <mark> tags only after the text around them is escaped.
const open = "\u0002";
const close = "\u0003";

interface Candidate {
  id: number;
  /** Relevance within its window: higher is better. */
  score: number;
}

interface HitRow {
  id: number;
  symbol: string;
  title: string | null;
  body: string | null;
  year: number | null;
  clause_key: string;
  kind: "preambular" | "operative";
  snippet: string;
}

/** The bounds of the work a search does; tests set them low to see what happens past them. */
export interface SearchBounds {
  window?: number;
  count?: number;
}

export async function search(
  db: Db,
  query: string,
  filters: SearchFilters = {},
  bounds: SearchBounds = {},
): Promise<SearchPage> {
  const { limit, offset } = pageOf(filters, 20);
  const windowSize = Math.max(1, bounds.window ?? defaultWindow);
  const countLimit = Math.max(1, bounds.count ?? defaultCount);
  const dialect = db.dialect === "sqlite" ? sqliteSearch : postgresSearch;
  const matches = dialect.matches(query, filterConditions(filters));
  if (!matches) return { items: [], total: 0, totalExact: true, limit, offset };
  // The windows the page falls in, ranked; then the page's hits read in full.
  const first = Math.floor(offset / windowSize);
  const last = Math.floor((offset + limit - 1) / windowSize);
  const [windows, counted] = await Promise.all([
    dialect.candidates(db, matches, first * windowSize, (last - first + 1) * windowSize),
    sql<{ n: number }>`select cast(count(*) as integer) as n from
      (select 1 from ${matches.from} where ${matches.where} limit ${countLimit + 1}) m`.execute(
      db.kysely,
    ),
  ]);
  const ranked: Array<Candidate & { rank: number }> = [];
  for (let w = 0; w * windowSize < windows.length; w++) {
    const window = windows.slice(w * windowSize, (w + 1) * windowSize);
    window.sort((a, b) => b.score - a.score || b.id - a.id);
    // Monotone along the whole list: a window's ranks all lie below the window before it.
    for (const c of window) ranked.push({ ...c, rank: c.score / (1 + c.score) - (first + w) });
  }
  const start = offset - first * windowSize;
  const page = ranked.slice(start, start + limit);
  const rows = page.length
    ? await dialect.hits(
        db,
        matches,
        page.map((c) => c.id),
      )
    : [];
  const byId = new Map(rows.map((r) => [r.id, r]));
  const items = page.flatMap((c) => {
    const row = byId.get(c.id);
    return row ? [hitOf(row, c.rank)] : [];
  });
  const n = counted.rows[0]?.n ?? 0;
  return { items, total: Math.min(n, countLimit), totalExact: n <= countLimit, limit, offset };
}

/** The matches of a query, as a FROM and a WHERE over the search index `s` (and `c`, `r`). */
interface Matches {
  from: RawBuilder<unknown>;
  where: RawBuilder<unknown>;
  /** What the database's full-text functions take: FTS5's query, or the tsquery. */
  query: RawBuilder<unknown>;
}

interface DialectSearch {
  matches(query: string, conditions: RawBuilder<unknown>[]): Matches | null;
  /** `count` matches newest first, from the `skip`th, each with its relevance. */
  candidates(db: Db, m: Matches, skip: number, count: number): Promise<Candidate[]>;
  /** These clauses, with their resolution and a snippet. */
  hits(db: Db, m: Matches, ids: readonly number[]): Promise<HitRow[]>;
}

/** FROM the index, joined to clauses and resolutions only when a filter needs them. */
const indexFrom = (index: RawBuilder<unknown>, id: string, conditions: RawBuilder<unknown>[]) =>
  conditions.length === 0
    ? index
    : sql`${index} join clauses c on c.id = ${sql.raw(id)} join resolutions r on r.id = c.resolution_id`;

/**
 * SQLite: FTS5 gives matches newest first (by rowid, descending) at the cost of the ones read.
 * FTS5's own ranking (bm25) weighs each word by how many clauses of the whole index hold it, which
 * reads the whole index for a common word; relevance here is bm25's term weighting computed on
 * the window alone, from the matches FTS5 marks (highlight()).
 */
const sqliteSearch: DialectSearch = {
  matches(query, conditions) {
    const match = ftsQuery(query);
    if (!match) return null;
    return {
      from: indexFrom(sql`clause_search s`, "s.rowid", conditions),
      where: sql.join([sql`clause_search match ${match}`, ...conditions], sql` and `),
      query: sql`${match}`,
    };
  },
  async candidates(db, m, skip, count) {
    const { rows } = await sql<{ id: number; marked: string }>`
      select s.rowid as id, highlight(clause_search, 0, ${open}, ${close}) as marked
      from ${m.from} where ${m.where} order by s.rowid desc limit ${count} offset ${skip}`.execute(
      db.kysely,
    );
    return scoreMarked(rows);
  },
  async hits(db, m, ids) {
    const { rows } = await sql<HitRow>`select c.id, r.symbol, r.title, r.body, r.year,
        c.clause_key, c.kind, s.snippet
      from (select rowid as id, snippet(clause_search, 0, ${open}, ${close}, '…', 32) as snippet
            from clause_search where clause_search match ${m.query} and rowid in (${sql.join(ids)})) s
      join clauses c on c.id = s.id join resolutions r on r.id = c.resolution_id`.execute(
      db.kysely,
    );
    return rows;
  },
};

/**
 * PostgreSQL: the newest matches by clause id (the planner walks the index backwards for a common
 * word, or reads the GIN index for a rare one), ranked by ts_rank over the log of their length,
 * as bm25 does in SQLite, so that a long clause does not win only by repeating the words.
 */
const postgresSearch: DialectSearch = {
  matches(query, conditions) {
    if (query.trim() === "") return null;
    const tsquery = sql`websearch_to_tsquery('english', ${query})`;
    return {
      from: indexFrom(sql`clause_search s`, "s.clause_id", conditions),
      where: sql.join([sql`s.search_vector @@ ${tsquery}`, ...conditions], sql` and `),
      query: tsquery,
    };
  },
  async candidates(db, m, skip, count) {
    const { rows } = await sql<Candidate>`select w.clause_id as id,
        ts_rank(w.search_vector, ${m.query}, 1) as score
      from (select s.clause_id, s.search_vector from ${m.from} where ${m.where}
            order by s.clause_id desc limit ${count} offset ${skip}) w`.execute(db.kysely);
    return rows.map((r) => ({ id: r.id, score: Number(r.score) }));
  },
  async hits(db, m, ids) {
    const options = `StartSel=${open}, StopSel=${close}, MaxWords=40, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "`;
    const { rows } = await sql<HitRow>`select c.id, r.symbol, r.title, r.body, r.year,
        c.clause_key, c.kind, ts_headline('english', t.full_text, ${m.query}, ${options}) as snippet
      from clauses c join resolutions r on r.id = c.resolution_id
      join clause_text t on t.id = c.id
      where c.id in (${sql.join(ids)})`.execute(db.kysely);
    return rows;
  },
};

/**
 * bm25 over a window of matches: each marked word or phrase a term, weighted by how few of the
 * window's clauses hold it, its count damped and the clause's length normalized (k1 1.2, b 0.75).
 */
export function scoreMarked(rows: ReadonlyArray<{ id: number; marked: string }>): Candidate[] {
  const marks = new RegExp(`${open}([^${close}]*)${close}`, "g");
  const clauses = rows.map((row) => {
    const terms = new Map<string, number>();
    for (const [, term = ""] of row.marked.matchAll(marks)) {
      const key = term.toLowerCase();
      terms.set(key, (terms.get(key) ?? 0) + 1);
    }
    const length = row.marked.split(/\s+/).filter(Boolean).length;
    return { id: row.id, terms, length };
  });
  const average = clauses.reduce((sum, c) => sum + c.length, 0) / Math.max(1, clauses.length);
  const holding = new Map<string, number>();
  for (const c of clauses)
    for (const term of c.terms.keys()) holding.set(term, (holding.get(term) ?? 0) + 1);
  return clauses.map((c) => {
    let score = 0;
    const norm = 1.2 * (0.25 + (0.75 * c.length) / Math.max(1, average));
    for (const [term, count] of c.terms) {
      const n = holding.get(term) ?? 1;
      const idf = Math.log(1 + (clauses.length - n + 0.5) / (n + 0.5));
      score += (idf * count * 2.2) / (count + norm);
    }
    return { id: c.id, score };
  });
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

function hitOf(row: HitRow, rank: number): SearchHit {
  return {
    symbol: row.symbol,
    title: row.title,
    body: row.body,
    year: row.year,
    clauseId: row.clause_key,
    kind: row.kind,
    snippet: markedHtml(row.snippet),
    rank,
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
