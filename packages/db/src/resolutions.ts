/** Reading resolutions: a filtered list, and one resolution with everything stored about it. */
import type { Annex, Clause, ClauseItem, Footnote, Reference } from "@mandates/domain";
import { normalizeSymbol, undocsUrl } from "@mandates/domain";
import { sql } from "kysely";
import { actorOf, type StoredActor } from "./actors.ts";
import type { Db } from "./handle.ts";
import {
  type ObligationView,
  obligationViews,
  type ResolutionRef,
  selectObligations,
} from "./obligation-view.ts";
import type { ClauseRow, ResolutionRow } from "./schema.ts";
import { type MatchedResolutions, resolutionsMatching } from "./search.ts";
import { unpackSourceText } from "./source-text.ts";
import { symbolStartingOrEnding } from "./symbol-match.ts";
import {
  countAll,
  fromJson,
  type Page,
  type PageRequest,
  pageOf,
  today as todayUtc,
} from "./values.ts";

export interface ResolutionFilters extends PageRequest {
  body?: string;
  year?: number;
  /** Symbols starting with this ("A/RES/78/"), or ending with it after a slash ("79/154"). */
  symbol?: string;
  /** Resolutions with a clause matching these words (search syntax). */
  words?: string;
  draft?: boolean;
  sort?: "symbol" | "adopted";
  direction?: "asc" | "desc";
}

/** What names a resolution in lists and on its page. */
export interface ResolutionHeading extends ResolutionRef {
  session: string | null;
  draft: boolean;
}

export interface ResolutionSummary extends ResolutionHeading {
  clauseCount: number;
  obligationCount: number;
}

function headingOf(
  r: Pick<
    ResolutionRow,
    "id" | "symbol" | "title" | "body" | "adopted" | "year" | "session" | "draft"
  >,
): ResolutionHeading {
  return {
    id: r.id,
    symbol: r.symbol,
    title: r.title,
    body: r.body,
    adopted: r.adopted,
    year: r.year,
    session: r.session,
    draft: r.draft === 1,
  };
}

type ListFilters = Omit<ResolutionFilters, "limit" | "offset" | "sort">;

/** The filters with the resolutions their words match found once, for every query that uses them. */
type Resolved = Omit<ListFilters, "words"> & { words?: MatchedResolutions };

async function resolved(db: Db, filters: ListFilters): Promise<Resolved> {
  const { words, ...rest } = filters;
  return words === undefined ? rest : { ...rest, words: await resolutionsMatching(db, words) };
}

/** The resolutions the filters keep (no order, no page). */
function filtered(db: Db, filters: Resolved) {
  let base = db.kysely.selectFrom("resolutions as r");
  if (filters.body !== undefined) base = base.where("r.body", "=", filters.body);
  if (filters.year !== undefined) base = base.where("r.year", "=", filters.year);
  if (filters.draft !== undefined) base = base.where("r.draft", "=", filters.draft ? 1 : 0);
  if (filters.symbol) base = base.where(symbolStartingOrEnding(sql`r.symbol`, filters.symbol));
  if (filters.words !== undefined) base = base.where(filters.words.condition);
  return base;
}

/** Filtered by words alone, the total is how many resolutions they match: nothing to count. */
const onlyWords = (f: Resolved): readonly number[] | null =>
  f.body === undefined && f.year === undefined && f.draft === undefined && !f.symbol
    ? (f.words?.ids ?? null)
    : null;

/** How many resolutions each body and each year has, each counted under the other filters. */
export interface ResolutionFacets {
  body: Array<{ value: string; count: number }>;
  year: Array<{ value: number; count: number }>;
}

export async function resolutionFacets(
  db: Db,
  filters: Omit<ResolutionFilters, "limit" | "offset" | "sort" | "direction"> = {},
): Promise<ResolutionFacets> {
  const f = await resolved(db, filters);
  const [body, year] = await Promise.all([
    filtered(db, { ...f, body: undefined })
      .select(["r.body as value", countAll().as("count")])
      .where("r.body", "is not", null)
      .groupBy("r.body")
      .orderBy("count", "desc")
      .execute(),
    filtered(db, { ...f, year: undefined })
      .select(["r.year as value", countAll().as("count")])
      .where("r.year", "is not", null)
      .groupBy("r.year")
      .orderBy("r.year", "desc")
      .execute(),
  ]);
  return {
    body: body.map((r) => ({ value: String(r.value), count: Number(r.count) })),
    year: year.map((r) => ({ value: Number(r.value), count: Number(r.count) })),
  };
}

export async function listResolutions(
  db: Db,
  filters: ResolutionFilters = {},
): Promise<Page<ResolutionSummary>> {
  const { limit, offset } = pageOf(filters);
  const f = await resolved(db, filters);
  const base = filtered(db, f);
  const matched = onlyWords(f);
  const direction = filters.direction ?? (filters.sort === "adopted" ? "desc" : "asc");
  let page = base
    .select([
      "r.id",
      "r.symbol",
      "r.title",
      "r.body",
      "r.adopted",
      "r.year",
      "r.session",
      "r.draft",
      "r.clause_count",
      "r.obligation_count",
    ])
    .limit(limit)
    .offset(offset);
  page =
    filters.sort === "adopted"
      ? page
          .orderBy(sql`r.adopted is null`)
          .orderBy("r.adopted", direction)
          .orderBy("r.symbol_sort")
      : page.orderBy("r.symbol_sort", direction);
  const [rows, count] = await Promise.all([
    page.execute(),
    matched
      ? { total: matched.length }
      : base.select(countAll().as("total")).executeTakeFirstOrThrow(),
  ]);
  return {
    items: rows.map((r) => ({
      ...headingOf(r),
      clauseCount: r.clause_count,
      obligationCount: r.obligation_count,
    })),
    total: count.total,
    limit,
    offset,
  };
}

/** A reference with the stored resolution it cites, when the library holds it. */
export interface StoredReference extends Reference {
  cited: { id: number; symbol: string; title: string | null } | null;
  /** Outside the library: the UN's public address of the document (undocs.org), when it has one. */
  address: string | null;
}

/** A resolution citing this one, with the clauses that cite it (null: the front matter). */
export interface CitingResolution {
  id: number;
  symbol: string;
  title: string | null;
  adopted: string | null;
  clauses: Array<string | null>;
}

export interface ResolutionDetail extends ResolutionHeading {
  distributed: string | null;
  agendaItem: string | null;
  origin: string | null;
  meeting: string | null;
  annexes: Annex[];
  warnings: string[];
  source: string | null;
  importedAt: string;
  updatedAt: string;
  clauses: Clause[];
  footnotes: Footnote[];
  references: StoredReference[];
  citedBy: CitingResolution[];
  actors: StoredActor[];
  /** In force, in the order of the text. */
  obligations: ObligationView[];
  /** No longer in the text since a re-import; their tracking is kept. */
  withdrawnObligations: ObligationView[];
}

export async function getResolution(
  db: Db,
  symbol: string,
  options: { today?: string } = {},
): Promise<ResolutionDetail | null> {
  // The source text and the clauses' search text are the largest columns and the page needs
  // neither: the source has its own call (getSourceText).
  const r = await db.kysely
    .selectFrom("resolutions")
    .select(resolutionColumns)
    .where("symbol", "=", normalizeSymbol(symbol))
    .executeTakeFirst();
  if (!r) return null;
  const [clauses, footnotes, references, citing, actors, obligations] = await Promise.all([
    db.kysely
      .selectFrom("clauses")
      .select(clauseColumns)
      .where("resolution_id", "=", r.id)
      .orderBy("position")
      .execute(),
    db.kysely
      .selectFrom("footnotes")
      .selectAll()
      .where("resolution_id", "=", r.id)
      .orderBy("position")
      .execute(),
    db.kysely
      .selectFrom("citations as c")
      .leftJoin("resolutions as cited", "cited.id", "c.cited_resolution_id")
      .selectAll("c")
      .select(["cited.symbol as cited_symbol", "cited.title as cited_title"])
      .where("c.resolution_id", "=", r.id)
      .orderBy("c.position")
      .execute(),
    db.kysely
      .selectFrom("citations as c")
      .innerJoin("resolutions as citing", "citing.id", "c.resolution_id")
      .select([
        "citing.id",
        "citing.symbol",
        "citing.title",
        "citing.adopted",
        "citing.symbol_sort",
        "c.clause_key",
      ])
      .where("c.cited_resolution_id", "=", r.id)
      .orderBy("citing.symbol_sort")
      .orderBy("c.position")
      .execute(),
    db.kysely
      .selectFrom("resolution_actors as ra")
      .innerJoin("actors as a", "a.id", "ra.actor_id")
      .selectAll("a")
      .where("ra.resolution_id", "=", r.id)
      .orderBy("ra.position")
      .execute(),
    selectObligations(db)
      .where("o.resolution_id", "=", r.id)
      .orderBy("o.position")
      .orderBy("o.id")
      .execute(),
  ]);
  const views = await obligationViews(db, obligations, options.today ?? todayUtc());
  const citedBy = new Map<number, CitingResolution>();
  for (const c of citing) {
    const entry = citedBy.get(c.id) ?? {
      id: c.id,
      symbol: c.symbol,
      title: c.title,
      adopted: c.adopted,
      clauses: [],
    };
    if (!entry.clauses.includes(c.clause_key)) entry.clauses.push(c.clause_key);
    citedBy.set(c.id, entry);
  }
  return {
    ...headingOf(r),
    distributed: r.distributed,
    agendaItem: r.agenda_item,
    origin: r.origin,
    meeting: r.meeting,
    annexes: annexesOf(r.annexes),
    warnings: fromJson<string[]>(r.warnings),
    source: r.source,
    importedAt: r.imported_at,
    updatedAt: r.updated_at,
    clauses: clauses.map(clauseOf),
    footnotes: footnotes.map((f) => ({ marker: f.marker, text: f.text, clause: f.clause_key })),
    references: references.map((c) => ({
      symbol: c.symbol,
      text: c.text,
      clause: c.clause_key,
      kind: c.kind,
      ...(c.footnote === null ? {} : { footnote: c.footnote }),
      cited:
        c.cited_resolution_id === null || c.cited_symbol === null
          ? null
          : { id: c.cited_resolution_id, symbol: c.cited_symbol, title: c.cited_title },
      address: c.cited_resolution_id === null && c.kind !== "treaty" ? undocsUrl(c.symbol) : null,
    })),
    citedBy: [...citedBy.values()],
    actors: actors.map(actorOf),
    obligations: views.filter((o) => o.withdrawnAt === null),
    withdrawnObligations: views.filter((o) => o.withdrawnAt !== null),
  };
}

/** The text a resolution was parsed from. */
export async function getSourceText(db: Db, symbol: string): Promise<string | null> {
  const row = await db.kysely
    .selectFrom("resolutions")
    .select("source_deflated")
    .where("symbol", "=", normalizeSymbol(symbol))
    .executeTakeFirst();
  return row ? unpackSourceText(row.source_deflated) : null;
}

const resolutionColumns = [
  "id",
  "symbol",
  "title",
  "body",
  "adopted",
  "year",
  "session",
  "draft",
  "distributed",
  "agenda_item",
  "origin",
  "meeting",
  "annexes",
  "warnings",
  "source",
  "imported_at",
  "updated_at",
] as const;

const clauseColumns = [
  "clause_key",
  "kind",
  "number",
  "lead",
  "verb",
  "verb_class",
  "strength",
  "text",
  "items",
  "section_label",
  "section_heading",
  "tail",
  "annex",
] as const;

/**
 * The annexes as stored. Those imported before annexes had ids and titles get the id their place
 * gives ("annex1") and no title.
 */
function annexesOf(json: string): Annex[] {
  return fromJson<Array<Partial<Annex> & Pick<Annex, "heading" | "text">>>(json).map((a, i) => ({
    id: a.id ?? `annex${i + 1}`,
    heading: a.heading,
    title: a.title ?? null,
    text: a.text,
  }));
}

function clauseOf(c: Pick<ClauseRow, (typeof clauseColumns)[number]>): Clause {
  return {
    id: c.clause_key,
    kind: c.kind,
    number: c.number,
    lead: c.lead,
    verb: c.verb,
    verbClass: c.verb_class as Clause["verbClass"],
    strength: c.strength,
    text: c.text,
    items: fromJson<ClauseItem[]>(c.items),
    section:
      c.section_label === null
        ? null
        : { label: c.section_label, heading: c.section_heading ?? "" },
    ...(c.tail === null ? {} : { tail: c.tail }),
    ...(c.annex === null ? {} : { annex: c.annex }),
  };
}
