/**
 * Reading obligations: filtered, sorted, paginated lists; one actor's obligations with counts for
 * its dashboard; the calendar of due dates; one obligation with its evidence and notes; its history.
 * Obligations withdrawn by a re-import are left out of lists, counts and calendars.
 */
import { normalizeSymbol } from "@mandates/domain";
import { type Expression, type ExpressionBuilder, type SqlBool, sql } from "kysely";
import { getActor, type StoredActor } from "./actors.ts";
import { settledStatuses } from "./due-date.ts";
import { NotFoundError } from "./errors.ts";
import type { Db } from "./handle.ts";
import {
  joinedObligations,
  type ObligationView,
  obligationViews,
  selectObligations,
} from "./obligation-view.ts";
import {
  type Database,
  type HistoryChange,
  type TrackingStatus,
  trackingStatuses,
  type Visibility,
} from "./schema.ts";
import { symbolsNamed } from "./symbol-match.ts";
import {
  countAll,
  fromJsonOrNull,
  type Page,
  type PageRequest,
  pageOf,
  today as todayUtc,
} from "./values.ts";

export type ObligationSort = "due" | "strength" | "adopted" | "symbol";

export interface ObligationFilters extends PageRequest {
  /** Obligations this actor bears (effective bearers). */
  actor?: string;
  /** Canonical verb: "requests". */
  verb?: string;
  /** Exactly this strength, or a range. */
  strength?: number | { min?: number; max?: number };
  status?: TrackingStatus | readonly TrackingStatus[];
  /** Due on or after / on or before (YYYY-MM-DD). */
  dueFrom?: string;
  dueTo?: string;
  /** Only overdue ones (true) or only those not overdue (false), as of `today`. */
  overdue?: boolean;
  /** YYYY-MM-DD; the current UTC date by default. What "overdue" is measured against. */
  today?: string;
  body?: string;
  /** Year of adoption (of distribution for drafts). */
  year?: number;
  /** Only this resolution: its symbol, or any tail of it ("79/154"; "228" takes each it ends). */
  resolution?: string;
  /**
   * Also obligations of drafts superseded by their adopted text: left out by default, so each
   * mandate counts once (its adopted text's); a resolution asked for by symbol shows them anyway.
   */
  superseded?: boolean;
  /** Assigned to this account (a user id), or to nobody ("none"). */
  assignee?: number | "none";
  /** Led by this actor: the lead a person chose, else the first bearer. */
  lead?: string;
  /**
   * Borne or led by one of these actors: what an editor limited to them may work on (scope.ts's
   * rule, as a filter). An empty list matches nothing.
   */
  scope?: readonly string[];
  sort?: ObligationSort;
  direction?: "asc" | "desc";
}

type ObligationQuery = ReturnType<typeof joinedObligations>;
/** Conditions on the obligation `o` alone: they hold with or without its resolution joined. */
type RowEb = ExpressionBuilder<Database & { o: Database["obligations"] }, "o">;

/**
 * A column as a filter compares it. `unindexed`: with SQLite's unary plus, which keeps the planner
 * from reading the filter's index instead of walking the list's own (see listObligations).
 */
const column = <T>(name: string, unindexed: boolean) =>
  unindexed ? sql<T>`+${sql.ref(name)}` : sql<T>`${sql.ref(name)}`;

const overdueCondition = (eb: RowEb, today: string, unindexed = false) =>
  eb.and([
    eb(column<string | null>("o.due_date", unindexed), "is not", null),
    eb(column<string | null>("o.due_date", unindexed), "<", today),
    eb(column<string>("o.status", unindexed), "not in", settledStatuses),
  ]);

/**
 * How a list asks for one actor's obligations: "in", the actor's bearer rows read first (a rare
 * actor); "exists", each obligation checked as an index gives them in the list's order (a common
 * actor, whose first page comes after a few hundred checks, where reading its 200,000 bearer rows
 * and sorting them took a second at 100,000 resolutions).
 */
type BearerCheck = "in" | "exists";

/**
 * The filters on the obligation's own columns and bearers: those in force among them. `walked`:
 * the sort whose index the page walks; the other columns are compared without their indexes.
 */
function rowCondition(
  eb: RowEb,
  f: ObligationFilters,
  today: string,
  bearers: BearerCheck = "in",
  walked?: ObligationSort,
): Expression<SqlBool> {
  const off = walked !== undefined;
  const verb = column<string>("o.effective_verb", off);
  const strength = column<number>("o.effective_strength", off && walked !== "strength");
  const status = column<string>("o.status", off);
  const due = column<string | null>("o.due_date", off);
  const assignee = column<number | null>("o.assignee_id", off);
  const lead = column<string | null>("o.lead_actor_id", off);
  // Never unindexed: the list's indexes hold the obligations in force, and say so by this test.
  const c: Expression<SqlBool>[] = [eb("o.withdrawn_at", "is", null)];
  if (f.actor !== undefined) {
    const actor = f.actor;
    c.push(
      bearers === "exists"
        ? eb.exists(
            eb
              .selectFrom("obligation_bearers as b")
              .select("b.obligation_id")
              .whereRef("b.obligation_id", "=", "o.id")
              .where("b.actor_id", "=", actor),
          )
        : eb(
            "o.id",
            "in",
            eb
              .selectFrom("obligation_bearers")
              .select("obligation_id")
              .where("actor_id", "=", actor),
          ),
    );
  }
  if (f.verb !== undefined) c.push(eb(verb, "=", f.verb.toLowerCase()));
  if (typeof f.strength === "number") c.push(eb(strength, "=", f.strength));
  else if (f.strength) {
    if (f.strength.min !== undefined) c.push(eb(strength, ">=", f.strength.min));
    if (f.strength.max !== undefined) c.push(eb(strength, "<=", f.strength.max));
  }
  if (typeof f.status === "string") c.push(eb(status, "=", f.status));
  else if (f.status) c.push(f.status.length ? eb(status, "in", f.status) : sql<SqlBool>`1 = 0`);
  if (f.dueFrom !== undefined) c.push(eb(due, ">=", f.dueFrom));
  if (f.dueTo !== undefined) c.push(eb(due, "<=", f.dueTo));
  if (f.overdue === true) c.push(overdueCondition(eb, today, off));
  if (f.overdue === false) c.push(eb.not(overdueCondition(eb, today, off)));
  if (f.assignee === "none") c.push(eb(assignee, "is", null));
  else if (f.assignee !== undefined) c.push(eb(assignee, "=", f.assignee));
  if (f.lead !== undefined) {
    const leader = f.lead;
    c.push(
      eb.or([
        eb(lead, "=", leader),
        eb.and([
          eb(lead, "is", null),
          eb(
            "o.id",
            "in",
            eb
              .selectFrom("obligation_bearers")
              .select("obligation_id")
              .where("actor_id", "=", leader)
              .where("position", "=", 0),
          ),
        ]),
      ]),
    );
  }
  if (f.scope !== undefined) {
    const actors = [...f.scope];
    c.push(
      actors.length === 0
        ? sql<SqlBool>`1 = 0`
        : eb.or([
            eb(lead, "in", actors),
            eb(
              "o.id",
              "in",
              eb
                .selectFrom("obligation_bearers")
                .select("obligation_id")
                .where("actor_id", "in", actors),
            ),
          ]),
    );
  }
  return eb.and(c);
}

/** How many of the filters are on the obligations' own columns (not on their resolutions). */
function rowFilterCount(f: ObligationFilters): number {
  return [
    f.actor,
    f.verb,
    f.strength,
    f.status,
    f.dueFrom,
    f.dueTo,
    f.overdue,
    f.assignee,
    f.lead,
    f.scope,
  ].filter((v) => v !== undefined).length;
}

const byResolution = (f: ObligationFilters) =>
  f.body !== undefined || f.year !== undefined || f.resolution !== undefined;

function filtered(
  query: ObligationQuery,
  f: Resolved,
  today: string,
  bearers: BearerCheck = "in",
  walked?: ObligationSort,
  resolutionRows = true,
): ObligationQuery {
  let q = query.where((eb) => rowCondition(eb, f, today, bearers, walked));
  if (!f.superseded && f.resolution === undefined)
    q = resolutionRows
      ? q.where(column<number | null>("r.superseded_by", walked !== undefined), "is", null)
      : // The few superseded drafts, from an index (migration 0015): no resolution's row read.
        q.where("o.resolution_id", "not in", (eb) =>
          eb.selectFrom("resolutions").select("id").where("superseded_by", "is not", null),
        );
  if (f.body !== undefined) q = q.where("r.body", "=", f.body);
  if (f.year !== undefined) q = q.where("r.year", "=", f.year);
  if (f.resolution !== undefined) q = q.where("r.symbol", "in", namedSymbols(f));
  return q;
}

/** Filters with the symbols their resolution names looked up (symbolsNamed). */
type Resolved = ObligationFilters & { symbols?: readonly string[] };

async function resolved(db: Db, f: ObligationFilters): Promise<Resolved> {
  return f.resolution === undefined ? f : { ...f, symbols: await symbolsNamed(db, f.resolution) };
}

const namedSymbols = (f: Resolved): readonly string[] =>
  f.symbols ?? [normalizeSymbol(f.resolution ?? "")];

/**
 * Obligations in force (`o`) with their resolutions (`r`) that the filters match (paging and
 * sorting aside): what the overview and the digest count and group.
 */
export const matchingObligations = (db: Db, filters: ObligationFilters, today: string) =>
  filtered(joinedObligations(db), filters, today);

function sorted(
  q: ObligationQuery,
  sort: ObligationSort,
  direction: "asc" | "desc",
): ObligationQuery {
  // Missing dates go last either way; SQLite and PostgreSQL disagree on where nulls sort.
  switch (sort) {
    case "due":
      q = q.orderBy(sql`o.due_date is null`).orderBy("o.due_date", direction);
      break;
    case "strength":
      q = q.orderBy("o.effective_strength", direction);
      break;
    case "adopted":
      q = q.orderBy(sql`r.adopted is null`).orderBy("r.adopted", direction);
      break;
    case "symbol":
      q = q.orderBy("r.symbol_sort", direction).orderBy("o.position", direction);
      break;
  }
  return q.orderBy("o.id");
}

/**
 * The page is chosen on ids alone, and only then are the page's full rows read: sorting thousands
 * of wide rows to keep fifty is waste. Sorted by due date or strength (ascending), the ids come in
 * order from an index of the obligations in force (migration 0011), so a first page reads about
 * a page of rows however large the library. The total is counted apart (countObligations).
 *
 * SQLite misjudges how many obligations a filter matches (an actor's, a status): for a common one
 * it reads every match and sorts them. It is told, from the total, which it counts first anyway
 * (its reads run one after the other): from `bounds.common` matches on, the list's index is
 * walked (joinedObligations "walk", BearerCheck "exists"), unless a filter on the resolutions
 * (body, year) narrows it: due dates follow years, so a year's first page may lie far down the
 * index, and reading that year's resolutions first is the better way. By symbol, the index of the
 * resolutions in that order is walked, each one's obligations in their order. Walking, the
 * filters' own columns are compared without their indexes (`column`): the statistics an import
 * leaves (pragma optimize samples a few hundred rows) can make a status that every obligation has
 * look rare, and the planner then read all 270,000 obligations of a 20,000-resolution library and
 * sorted them (300 ms, 0.7 ms walking). PostgreSQL's planner makes that choice itself, and counts
 * beside the page.
 */
export async function listObligations(
  db: Db,
  filters: ObligationFilters = {},
  bounds: { common?: number } = {},
): Promise<Page<ObligationView>> {
  const { limit, offset } = pageOf(filters);
  filters = await resolved(db, filters);
  const today = filters.today ?? todayUtc();
  const sort = filters.sort ?? "due";
  const counting = countObligations(db, filters, today);
  const common = db.dialect === "sqlite" && (await counting) >= (bounds.common ?? commonMatches);
  const walk = common && (sort === "due" || sort === "strength") && !byResolution(filters);
  // By symbol, the resolutions' index in that order is walked, each one's obligations in order.
  const walked = common && sort !== "adopted" && !byResolution(filters) ? sort : undefined;
  // Sorted by the obligations' own columns and filtered by them alone, SQLite's page needs nothing
  // of the resolutions: left joined and unused, the join is dropped, and no resolution row is read
  // (reading one per match was most of an actor's first page: 88 -> 26 ms CPU at 20,000).
  // PostgreSQL, asked so, hashed every obligation in force against the actor's few instead.
  const alone =
    db.dialect === "sqlite" && (sort === "due" || sort === "strength") && !byResolution(filters);
  const [page, total] = await Promise.all([
    sorted(
      filtered(
        joinedObligations(db, walk || alone ? "walk" : "planned"),
        filters,
        today,
        common ? "exists" : "in",
        walked,
        !alone,
      ),
      sort,
      filters.direction ?? "asc",
    )
      .select("o.id")
      .limit(limit)
      .offset(offset)
      .execute(),
    counting,
  ]);
  const ids = page.map((p) => p.id);
  const rows = ids.length ? await selectObligations(db).where("o.id", "in", ids).execute() : [];
  const order = new Map(ids.map((id, i) => [id, i]));
  rows.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  return { items: await obligationViews(db, rows, today), total, limit, offset };
}

/** From this many matches on, SQLite reads a page by walking the list's index. */
const commonMatches = 10_000;

/**
 * How many obligations the filters match. Filtered by resolution alone (body, year, symbol) or not
 * at all, the total is the sum of the resolutions' counts of obligations in force, which the import
 * keeps on each resolution: a tracker of a million obligations counts a hundred thousand numbers,
 * not a million rows. Filtered by the obligations' own columns alone, they are counted from
 * indexes of those columns (migration 0015) without reading their resolutions, and the few of
 * superseded drafts are counted apart and taken off; one actor's are its bearer rows less those
 * of withdrawn obligations. Filtered both ways, the rows are counted with their resolutions.
 */
async function countObligations(db: Db, f: Resolved, today: string): Promise<number> {
  const rowFilters = rowFilterCount(f);
  if (rowFilters === 0) {
    let q = db.kysely.selectFrom("resolutions as r");
    if (!f.superseded && f.resolution === undefined) q = q.where("r.superseded_by", "is", null);
    if (f.body !== undefined) q = q.where("r.body", "=", f.body);
    if (f.year !== undefined) q = q.where("r.year", "=", f.year);
    if (f.resolution !== undefined) q = q.where("r.symbol", "in", namedSymbols(f));
    const { total } = await q
      .select(sql<number>`cast(coalesce(sum(r.obligation_count), 0) as integer)`.as("total"))
      .executeTakeFirstOrThrow();
    return total;
  }
  if (byResolution(f)) {
    const { total } = await filtered(joinedObligations(db), f, today)
      .select(countAll().as("total"))
      .executeTakeFirstOrThrow();
    return total;
  }
  const actor = f.actor;
  const inForce =
    rowFilters === 1 && actor !== undefined
      ? db.kysely
          .selectFrom("obligation_bearers as b")
          .where("b.actor_id", "=", actor)
          .where("b.obligation_id", "not in", (eb) =>
            eb.selectFrom("obligations").select("id").where("withdrawn_at", "is not", null),
          )
          .select(countAll().as("n"))
      : db.kysely
          .selectFrom("obligations as o")
          .where((eb) => rowCondition(eb, f, today))
          .select(countAll().as("n"));
  const [all, superseded] = await Promise.all([
    inForce.executeTakeFirstOrThrow(),
    f.superseded
      ? { n: 0 }
      : db.kysely
          .selectFrom("obligations as o")
          .where("o.resolution_id", "in", (eb) =>
            eb.selectFrom("resolutions").select("id").where("superseded_by", "is not", null),
          )
          .where((eb) => rowCondition(eb, f, today, "exists"))
          .select(countAll().as("n"))
          .executeTakeFirstOrThrow(),
  ]);
  return all.n - superseded.n;
}

/** Obligations due between two days (inclusive), soonest first: the calendar. */
export function dueBetween(
  db: Db,
  from: string,
  to: string,
  options: { actor?: string; today?: string; superseded?: boolean } & PageRequest = {},
): Promise<Page<ObligationView>> {
  return listObligations(db, {
    ...options,
    dueFrom: from,
    dueTo: to,
    sort: "due",
    direction: "asc",
  });
}

export type StatusCounts = Record<TrackingStatus, number>;

export interface ActorObligations {
  actor: StoredActor;
  obligations: Page<ObligationView>;
  byStatus: StatusCounts;
  /** Keys "1" to "5". */
  byStrength: Record<string, number>;
  overdue: number;
  /** Per year of adoption, for a chart over time; a null year holds undated drafts. */
  byYear: Array<{ year: number | null; total: number; byStatus: StatusCounts }>;
}

const noStatuses = (): StatusCounts =>
  Object.fromEntries(trackingStatuses.map((s) => [s, 0])) as StatusCounts;

/** One actor's obligations across resolutions, with counts for its dashboard. */
export async function actorObligations(
  db: Db,
  actorId: string,
  options: Omit<ObligationFilters, "actor"> = {},
): Promise<ActorObligations> {
  const actor = await getActor(db, actorId);
  if (!actor) throw new NotFoundError("actor", actorId);
  const today = options.today ?? todayUtc();
  const borne = filtered(
    joinedObligations(db),
    { actor: actorId, ...(options.superseded ? { superseded: true } : {}) },
    today,
  );
  const [obligations, statusRows, strengthRows, yearRows, overdueRow] = await Promise.all([
    listObligations(db, { ...options, actor: actorId, today }),
    borne
      .select(["o.status", countAll().as("n")])
      .groupBy("o.status")
      .execute(),
    borne
      .select(["o.effective_strength as strength", countAll().as("n")])
      .groupBy("o.effective_strength")
      .execute(),
    borne
      .select(["r.year", "o.status", countAll().as("n")])
      .groupBy(["r.year", "o.status"])
      .orderBy("r.year")
      .execute(),
    borne
      .select(countAll().as("n"))
      .where((eb) => overdueCondition(eb, today))
      .executeTakeFirstOrThrow(),
  ]);
  const byStatus = noStatuses();
  for (const r of statusRows) byStatus[r.status] = r.n;
  const byStrength: Record<string, number> = { "1": 0, "2": 0, "3": 0, "4": 0, "5": 0 };
  for (const r of strengthRows) byStrength[String(r.strength)] = r.n;
  const years = new Map<
    number | null,
    { year: number | null; total: number; byStatus: StatusCounts }
  >();
  for (const r of yearRows) {
    const entry = years.get(r.year) ?? { year: r.year, total: 0, byStatus: noStatuses() };
    entry.byStatus[r.status] += r.n;
    entry.total += r.n;
    years.set(r.year, entry);
  }
  const byYear = [...years.values()].sort((a, b) => (a.year ?? Infinity) - (b.year ?? Infinity));
  return { actor, obligations, byStatus, byStrength, overdue: overdueRow.n, byYear };
}

export interface Evidence {
  id: number;
  url: string | null;
  documentSymbol: string | null;
  note: string | null;
  date: string | null;
  visibility: Visibility;
  /** A username; empty for readers without an account (visibility.ts). */
  addedBy: string;
  addedAt: string;
}

export interface ProgressNote {
  id: number;
  text: string;
  visibility: Visibility;
  /** A username; empty for readers without an account (visibility.ts). */
  writtenBy: string;
  writtenAt: string;
}

export interface ObligationDetail extends ObligationView {
  evidence: Evidence[];
  notes: ProgressNote[];
}

/** One obligation, withdrawn or not, with its evidence (withdrawn evidence left out) and notes. */
export async function getObligation(
  db: Db,
  id: number,
  options: { today?: string } = {},
): Promise<ObligationDetail | null> {
  const row = await selectObligations(db).where("o.id", "=", id).executeTakeFirst();
  if (!row) return null;
  const [[view], evidence, notes] = await Promise.all([
    obligationViews(db, [row], options.today ?? todayUtc()),
    db.kysely
      .selectFrom("evidence")
      .selectAll()
      .where("obligation_id", "=", id)
      .where("withdrawn_at", "is", null)
      .orderBy("id")
      .execute(),
    db.kysely
      .selectFrom("progress_notes")
      .selectAll()
      .where("obligation_id", "=", id)
      .orderBy("id")
      .execute(),
  ]);
  if (!view) return null;
  return {
    ...view,
    evidence: evidence.map((e) => ({
      id: e.id,
      url: e.url,
      documentSymbol: e.document_symbol,
      note: e.note,
      date: e.date,
      visibility: e.visibility,
      addedBy: e.added_by,
      addedAt: e.added_at,
    })),
    notes: notes.map((n) => ({
      id: n.id,
      text: n.text,
      visibility: n.visibility,
      writtenBy: n.written_by,
      writtenAt: n.written_at,
    })),
  };
}

export interface HistoryRecord {
  id: number;
  at: string;
  /** A user id, or "import". */
  by: string;
  change: HistoryChange;
  field: string;
  from: unknown;
  to: unknown;
}

/** Every change to one obligation, oldest first. */
export async function obligationHistory(db: Db, obligationId: number): Promise<HistoryRecord[]> {
  const exists = await db.kysely
    .selectFrom("obligations")
    .select("id")
    .where("id", "=", obligationId)
    .executeTakeFirst();
  if (!exists) throw new NotFoundError("obligation", obligationId);
  const rows = await db.kysely
    .selectFrom("obligation_history")
    .selectAll()
    .where("obligation_id", "=", obligationId)
    .orderBy("id")
    .execute();
  return rows.map((r) => ({
    id: r.id,
    at: r.changed_at,
    by: r.changed_by,
    change: r.change,
    field: r.field,
    from: fromJsonOrNull(r.from_value),
    to: fromJsonOrNull(r.to_value),
  }));
}

/**
 * The ids of the obligations the filters match, in the list's order, at most `max` (paging
 * ignored): what a bulk edit "of all matching this filter" and an export read first. Ids alone are
 * small; the rows are read a batch at a time after (obligationsByIds).
 */
export async function matchingObligationIds(
  db: Db,
  filters: ObligationFilters,
  max: number,
): Promise<number[]> {
  const today = filters.today ?? todayUtc();
  filters = await resolved(db, filters);
  const rows = await sorted(
    filtered(joinedObligations(db), filters, today),
    filters.sort ?? "due",
    filters.direction ?? "asc",
  )
    .select("o.id")
    .limit(max)
    .execute();
  return rows.map((r) => r.id);
}

/** The obligations of these ids, in the order given (ids not found are left out). */
export async function obligationsByIds(
  db: Db,
  ids: readonly number[],
  today: string = todayUtc(),
): Promise<ObligationView[]> {
  if (ids.length === 0) return [];
  const rows = await selectObligations(db)
    .where("o.id", "in", [...ids])
    .execute();
  const order = new Map(ids.map((id, i) => [id, i]));
  rows.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  return obligationViews(db, rows, today);
}
