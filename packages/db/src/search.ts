/**
 * Full-text search over clause text: SQLite FTS5 or PostgreSQL (the tsvectors of clause_search).
 * Queries are read the way web search boxes read them, widened with the actor registry's names
 * (search-query.ts). Each hit comes with its snippet as plain text and the places of the matched
 * words in it (`marks`), for the page to highlight without reading any HTML.
 *
 * Relevance: how well the words fit the paragraph (bm25's weighting in SQLite, ts_rank in
 * PostgreSQL), times a weight for the part it stands in (an operative paragraph asks for action, a
 * preambular one recalls), times a bonus for a resolution whose title holds the words
 * (`rankingWeights`). Each hit says how its rank was made (`ranking`).
 *
 * A search reads a bounded number of matches whatever the size of the library (found by the scale
 * benchmark: ranking every clause of 100,000 resolutions that says "human rights", and counting
 * them, took most of a second). Matches are taken newest first, in windows of `windowSize`, and
 * ranked by relevance within each window: results are the newest window's best first, then the
 * next window's. A library whose matches fit in one window (any query on a library of a few
 * thousand resolutions but the commonest words) is ranked as a whole. The total is exact up to
 * a thousand matches; past it, `total` is that limit and `totalExact` false. Facet counts are
 * made over the same bounded set of matches.
 */

import { type RawBuilder, type SqlBool, sql } from "kysely";
import type { Db } from "./handle.ts";
import {
  fts5Of,
  parseSearchQuery,
  type SearchQuery,
  type SearchTerm,
  tsqueryOf,
  wantedTerms,
} from "./search-query.ts";
import { looksLikeSymbol, symbolMatching, symbolStartingOrEnding } from "./symbol-match.ts";
import { type Page, type PageRequest, pageOf } from "./values.ts";

export interface SearchFilters extends PageRequest {
  body?: string;
  year?: number;
  /** Only this resolution: its symbol, or any tail of it ("79/154"). */
  resolution?: string;
  /** Resolutions whose symbol starts with this ("A/RES/78/") or ends with it ("79/154"). */
  symbol?: string;
  kind?: "preambular" | "operative";
}

/** How a hit's relevance was made: rank = words x part x (1 + title x titleShare). */
export interface SearchRanking {
  /** How well the words fit the paragraph (bm25 or ts_rank): comparable within one list only. */
  words: number;
  /** The weight of the part the paragraph stands in (rankingWeights). */
  part: number;
  /** The share of the words the resolution's title holds, 0 to 1. */
  titleShare: number;
}

export interface SearchHit {
  symbol: string;
  title: string | null;
  body: string | null;
  year: number | null;
  /** The clause id: "op11". */
  clauseId: string;
  kind: "preambular" | "operative";
  /** The words around the matches, as plain text ("…" where text is left out). */
  snippet: string;
  /** Where the matched words stand in the snippet: [start, end) offsets. */
  marks: Array<[number, number]>;
  /** Higher is better; comparable within one result list only. */
  rank: number;
  ranking: SearchRanking;
}

/** A resolution whose symbol the words name, whole or by a tail ("79/154"). */
export interface SymbolHit {
  symbol: string;
  title: string | null;
  body: string | null;
  year: number | null;
}

export interface SearchPage extends Page<SearchHit> {
  /** False when there are more matches than `total` says (it then gives the count limit). */
  totalExact: boolean;
  /** On the first page, resolutions whose symbol the query names (up to five). */
  symbols: SymbolHit[];
  /** The weights every rank of this list was made with. */
  weights: typeof rankingWeights;
}

/** The weights of relevance, said in the page beside the results. */
export const rankingWeights = {
  /** An operative paragraph: what the resolution asks, decides, requests. */
  operative: 1,
  /** A preambular paragraph: what it recalls and bears in mind. */
  preambular: 0.6,
  /** Added per share of the words the title holds: a title holding every word adds half. */
  title: 0.5,
} as const;

/** Matches ranked together: the newest this many, then the next this many. */
const defaultWindow = 400;
/** Matches counted at most. */
const defaultCount = 1000;
/** PostgreSQL: clauses the window of several words is looked for in first, newest first. */
const defaultNewest = 80_000;
/** Resolutions named by symbol at most. */
const symbolHits = 5;

// Control characters cannot occur in clause text: the database marks matches with them, and they
// become offsets once taken out.
const open = "\u0002";
const close = "\u0003";

interface Candidate {
  id: number;
  /** Relevance within its window: higher is better. */
  score: number;
  ranking: SearchRanking;
}

/** A match as the window query reads it, before the weights. */
interface Scored {
  id: number;
  score: number;
  kind: "preambular" | "operative";
  title: string | null;
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
  /** PostgreSQL: how many of the newest clauses the window of several words is looked for in first. */
  newest?: number;
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
  const newestRows = Math.max(1, bounds.newest ?? defaultNewest);
  const dialect = db.dialect === "sqlite" ? sqliteSearch : postgresSearch;
  const parsed = parseSearchQuery(query);
  const symbols = offset === 0 ? await symbolsNamed(db, query, filters) : [];
  const empty = {
    items: [],
    total: 0,
    totalExact: true,
    limit,
    offset,
    symbols,
    weights: rankingWeights,
  };
  if (!parsed) return empty;
  const matches = dialect.matches(parsed, filterConditions(filters), newestRows);
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
  const terms = wantedGroups(parsed);
  const ranked: Array<Candidate & { rank: number }> = [];
  for (let w = 0; w * windowSize < windows.length; w++) {
    const window = windows
      .slice(w * windowSize, (w + 1) * windowSize)
      .map((s) => weighed(s, terms));
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
    return row ? [hitOf(row, c)] : [];
  });
  const n = counted.rows[0]?.n ?? 0;
  return { ...empty, items, total: Math.min(n, countLimit), totalExact: n <= countLimit };
}

/** Counts of the matches by body, year and kind of paragraph, each under the other filters. */
export interface SearchFacets {
  body: Array<{ value: string; count: number }>;
  year: Array<{ value: number; count: number }>;
  kind: Array<{ value: "preambular" | "operative"; count: number }>;
  /** False when the matches passed the count limit: the counts are of the newest matches only. */
  exact: boolean;
}

export async function searchFacets(
  db: Db,
  query: string,
  filters: Omit<SearchFilters, "limit" | "offset"> = {},
  bounds: SearchBounds = {},
): Promise<SearchFacets> {
  const countLimit = Math.max(1, bounds.count ?? defaultCount);
  const parsed = parseSearchQuery(query);
  if (!parsed) return { body: [], year: [], kind: [], exact: true };
  const dialect = db.dialect === "sqlite" ? sqliteSearch : postgresSearch;
  const id = db.dialect === "sqlite" ? "s.rowid" : "s.clause_id";
  const facet = async (column: "r.body" | "r.year" | "c.kind", without: keyof SearchFilters) => {
    const m = dialect.matches(parsed, filterConditions({ ...filters, [without]: undefined }));
    const { rows } = await sql<{ value: string | number | null; n: number }>`
      select ${sql.raw(column)} as value, cast(count(*) as integer) as n
      from (select ${sql.raw(id)} as id from ${m.from} where ${m.where}
            order by ${sql.raw(id)} desc limit ${countLimit + 1}) m
      join clauses c on c.id = m.id join resolutions r on r.id = c.resolution_id
      group by ${sql.raw(column)} order by n desc`.execute(db.kysely);
    const total = rows.reduce((sum, r) => sum + Number(r.n), 0);
    return { rows: rows.filter((r) => r.value !== null), exact: total <= countLimit };
  };
  const [body, year, kind] = await Promise.all([
    facet("r.body", "body"),
    facet("r.year", "year"),
    facet("c.kind", "kind"),
  ]);
  return {
    body: body.rows.map((r) => ({ value: String(r.value), count: Number(r.n) })),
    year: year.rows
      .map((r) => ({ value: Number(r.value), count: Number(r.n) }))
      .sort((a, b) => b.value - a.value),
    kind: kind.rows.map((r) => ({
      value: r.value === "preambular" ? "preambular" : "operative",
      count: Number(r.n),
    })),
    exact: body.exact && year.exact && kind.exact,
  };
}

/** Resolutions whose symbol the query is, whole or by its tail, under the body and year filters. */
async function symbolsNamed(db: Db, query: string, filters: SearchFilters): Promise<SymbolHit[]> {
  if (!looksLikeSymbol(query)) return [];
  const conditions = [symbolMatching(sql`r.symbol`, query)];
  if (filters.body) conditions.push(sql<SqlBool>`r.body = ${filters.body}`);
  if (filters.year !== undefined) conditions.push(sql<SqlBool>`r.year = ${filters.year}`);
  const { rows } = await sql<SymbolHit>`select r.symbol, r.title, r.body, r.year
    from resolutions r where ${sql.join(conditions, sql` and `)}
    order by r.symbol_sort limit ${symbolHits}`.execute(db.kysely);
  return rows;
}

/** The query's alternatives, each the terms that must all appear. */
const wantedGroups = (q: SearchQuery): SearchTerm[][] => (q.any.length ? q.any : [wantedTerms(q)]);

/** A match's relevance with the weights of its part and its title. */
function weighed(s: Scored, groups: readonly SearchTerm[][]): Candidate {
  const part = rankingWeights[s.kind];
  const titleShare = s.title ? Math.max(...groups.map((g) => shareInTitle(g, s.title ?? ""))) : 0;
  const ranking = { words: s.score, part, titleShare };
  return { id: s.id, score: s.score * part * (1 + rankingWeights.title * titleShare), ranking };
}

/** Words cut to a rough stem, so "victims" in a query meets "Victim" in a title. */
const stems = (text: string): string[] =>
  (text.toLocaleLowerCase("en").match(/[\p{L}\p{N}]+/gu) ?? []).map((w) =>
    w.length > 4 ? w.replace(/(ies|ing|ed|es|s)$/, "") : w,
  );

/** The share of the terms that the title holds (a term: any of its phrases, its words in order). */
export function shareInTitle(terms: readonly SearchTerm[], title: string): number {
  if (terms.length === 0) return 0;
  const words = ` ${stems(title).join(" ")} `;
  const held = terms.filter((t) =>
    t.phrases.some((p) => words.includes(` ${stems(p).join(" ")} `)),
  );
  return held.length / terms.length;
}

/** The matches of a query, as a FROM and a WHERE over the search index `s` (and `c`, `r`). */
interface Matches {
  from: RawBuilder<unknown>;
  where: RawBuilder<unknown>;
  /** What the database's full-text functions take: FTS5's query, or the tsquery. */
  query: RawBuilder<unknown>;
  /** PostgreSQL, for several words: the FROM over the newest `newestRows` of the index. */
  newest?: RawBuilder<unknown>;
}

interface DialectSearch {
  matches(query: SearchQuery, conditions: RawBuilder<unknown>[], newestRows?: number): Matches;
  /** `count` matches newest first, from the `skip`th, each with its relevance, kind and title. */
  candidates(db: Db, m: Matches, skip: number, count: number): Promise<Scored[]>;
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
    const match = fts5Of(query);
    return {
      from: indexFrom(sql`clause_search s`, "s.rowid", conditions),
      where: sql.join([sql`clause_search match ${match}`, ...conditions], sql` and `),
      query: sql`${match}`,
    };
  },
  async candidates(db, m, skip, count) {
    const { rows } = await sql<{
      id: number;
      marked: string;
      kind: Scored["kind"];
      title: string | null;
    }>`
      select w.id, w.marked, c.kind, r.title
      from (select s.rowid as id, highlight(clause_search, 0, ${open}, ${close}) as marked
            from ${m.from} where ${m.where} order by s.rowid desc limit ${count} offset ${skip}) w
      join clauses c on c.id = w.id join resolutions r on r.id = c.resolution_id
      order by w.id desc`.execute(db.kysely);
    const scores = new Map(scoreMarked(rows).map((c) => [c.id, c.score]));
    return rows.map((r) => ({
      id: r.id,
      score: scores.get(r.id) ?? 0,
      kind: r.kind,
      title: r.title,
    }));
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
 *
 * Several words ("climate change", a phrase "Secretary-General", "Member States") are estimated
 * as if they were independent, each as rare as alone: far too rare when they go together (366
 * matches guessed for 58,502 at 30,000 resolutions; 1,564 for 51,127 at 100,000), so the planner
 * read every match from the GIN index, row by row over the whole table, and sorted them
 * (110-480 ms). Their window is looked for first among the newest clauses (`defaultNewest`), a
 * bounded walk of their rows in order (10-20 ms at 100,000); when these hold the whole window,
 * those are the newest matches, else the planner's way is taken after all.
 */

/** Whether a query asks for several words together (a phrase, a hyphenated word, words and'ed). */
const severalWords = (q: SearchQuery) =>
  q.any.some(
    (group) =>
      group.length > 1 ||
      group.some((t) => t.phrases.some((p) => /[\p{L}\p{N}][^\p{L}\p{N}]+[\p{L}\p{N}]/u.test(p))),
  );

const postgresSearch: DialectSearch = {
  matches(query, conditions, newestRows = defaultNewest) {
    const tsquery = tsqueryOf(query);
    const newest = sql`(select clause_id, search_vector from clause_search
      order by clause_id desc limit ${newestRows}) s`;
    return {
      from: indexFrom(sql`clause_search s`, "s.clause_id", conditions),
      where: sql.join([sql`s.search_vector @@ ${tsquery}`, ...conditions], sql` and `),
      query: tsquery,
      ...(severalWords(query) ? { newest: indexFrom(newest, "s.clause_id", conditions) } : {}),
    };
  },
  async candidates(db, m, skip, count) {
    const window = async (from: RawBuilder<unknown>) => {
      const { rows } = await sql<Scored>`select w.clause_id as id,
          ts_rank(w.search_vector, ${m.query}, 1) as score, c.kind, r.title
        from (select s.clause_id, s.search_vector from ${from} where ${m.where}
              order by s.clause_id desc limit ${count} offset ${skip}) w
        join clauses c on c.id = w.clause_id join resolutions r on r.id = c.resolution_id
        order by w.clause_id desc`.execute(db.kysely);
      return rows.map((r) => ({ ...r, score: Number(r.score) }));
    };
    if (m.newest) {
      const near = await window(m.newest);
      if (near.length === count) return near;
    }
    return window(m.from);
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
export function scoreMarked(
  rows: ReadonlyArray<{ id: number; marked: string }>,
): Array<{ id: number; score: number }> {
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
 * Resolutions with a clause matching a search query, as a condition on `r.id` (the resolutions
 * table aliased `r`): for lists that filter by words without ranking them. Each matching clause's
 * resolution is read from a narrow index of clauses (migration 0018), not from the clauses' wide
 * rows, and SQLite is kept from reading each matching resolution's row (`+r.id`, no index of
 * it): it walks the list's own index in the list's order and keeps the resolutions found, so a
 * first page and a count touch the narrow indexes alone (at 20,000 resolutions, a common word's
 * list read 3,800 resolutions' and 12,000 clauses' rows, most of them from disk).
 * The matching resolutions are found once, here, and the list's page, count and facets test
 * against their ids: each of them matching the words again cost as much as the first (a common
 * word's list at 100,000 resolutions matched 59,000 clauses twice).
 */
export async function resolutionsMatching(db: Db, query: string): Promise<MatchedResolutions> {
  const parsed = parseSearchQuery(query);
  if (!parsed) return { condition: sql<SqlBool>`0 = 1`, ids: [] };
  if (db.dialect === "sqlite") {
    const { rows } = await sql<{ id: number }>`select distinct c.resolution_id as id
      from clauses c indexed by clauses_resolution_of
      where c.id in (select rowid from clause_search where clause_search match ${fts5Of(parsed)})`.execute(
      db.kysely,
    );
    const ids = rows.map((r) => r.id);
    return {
      condition: ids.length
        ? sql<SqlBool>`+r.id in (select value from json_each(${JSON.stringify(ids)}))`
        : sql<SqlBool>`0 = 1`,
      ids,
    };
  }
  const { rows } = await sql<{ id: number }>`select distinct c.resolution_id as id from clauses c
    where c.id in (select clause_id from clause_search where search_vector @@ ${tsqueryOf(parsed)})`.execute(
    db.kysely,
  );
  const ids = rows.map((r) => r.id);
  // Not a join: with the page's limit, PostgreSQL compared every resolution with every matching
  // clause (a second for a common word). An array of ids is a hash table it tests each resolution
  // against as it walks the list's index.
  return {
    condition: ids.length ? sql<SqlBool>`r.id = any(${ids})` : sql<SqlBool>`0 = 1`,
    ids,
  };
}

/** The resolutions a list's words match: their ids, and a condition on `r.id` that tests them. */
export interface MatchedResolutions {
  condition: RawBuilder<SqlBool>;
  /** Each matching resolution once. */
  ids: readonly number[];
}

/** Conditions on the clause `c` and its resolution `r`. */
function filterConditions(filters: SearchFilters): RawBuilder<unknown>[] {
  const conditions: RawBuilder<unknown>[] = [];
  if (filters.body) conditions.push(sql`r.body = ${filters.body}`);
  if (filters.year !== undefined) conditions.push(sql`r.year = ${filters.year}`);
  if (filters.resolution) conditions.push(symbolMatching(sql`r.symbol`, filters.resolution));
  if (filters.symbol) conditions.push(symbolStartingOrEnding(sql`r.symbol`, filters.symbol));
  if (filters.kind) conditions.push(sql`c.kind = ${filters.kind}`);
  return conditions;
}

function hitOf(row: HitRow, c: Candidate & { rank: number }): SearchHit {
  return {
    symbol: row.symbol,
    title: row.title,
    body: row.body,
    year: row.year,
    clauseId: row.clause_key,
    kind: row.kind,
    ...snippetOf(row.snippet),
    rank: c.rank,
    ranking: c.ranking,
  };
}

/** The database's marked snippet as plain text and the places of its marks. */
export function snippetOf(marked: string): { snippet: string; marks: Array<[number, number]> } {
  let snippet = "";
  const marks: Array<[number, number]> = [];
  let from = -1;
  for (const ch of marked) {
    if (ch === open) from = snippet.length;
    else if (ch === close) {
      if (from >= 0 && snippet.length > from) marks.push([from, snippet.length]);
      from = -1;
    } else snippet += ch;
  }
  return { snippet, marks };
}

/**
 * A search box's words as an FTS5 query: every term quoted (so no word is read as FTS5 syntax),
 * implicit AND, `or` between terms, -term as NOT, an actor's names as alternatives. Null when no
 * term is left to search for.
 */
export function ftsQuery(query: string): string | null {
  const parsed = parseSearchQuery(query);
  return parsed ? fts5Of(parsed) : null;
}
