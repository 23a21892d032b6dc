/**
 * The overview: what a person following up mandates looks at first. What is overdue, what falls
 * due in the next 90 days, what is assigned to them, what people changed lately, and how far the
 * work has come by lead entity and by resolution. Within a limited editor's scope (the actors
 * they work for) when given one; readers without an account get only what is public (no
 * assignees, no names, no internal notes or evidence in the recent changes; visibility.ts).
 */
import { sql } from "kysely";
import { settledStatuses } from "./due-date.ts";
import type { Db } from "./handle.ts";
import type { ObligationView } from "./obligation-view.ts";
import {
  type HistoryRecord,
  listObligations,
  matchingObligations,
  type ObligationFilters,
  obligationsByIds,
  type StatusCounts,
} from "./obligations.ts";
import { type HistoryChange, type TrackingStatus, trackingStatuses } from "./schema.ts";
import { countAll, fromJsonOrNull, today as todayUtc } from "./values.ts";
import { publicHistory, publicObligation } from "./visibility.ts";

/** How far ahead "due soon" looks. */
export const dueSoonDays = 90;

export interface OverviewOptions {
  /** YYYY-MM-DD; the current UTC date by default. */
  today?: string;
  /** The reader's account, for "assigned to me"; null or absent for a reader without one. */
  userId?: number | null;
  /** Only obligations these actors bear or lead (a limited editor's scope); absent: the library. */
  scope?: readonly string[];
  /** Also obligations of superseded drafts. */
  superseded?: boolean;
  /** How many obligations each list and progress table shows (totals count them all); 10. */
  limit?: number;
  /** For a reader without an account: public fields only. */
  publicOnly?: boolean;
}

/** Some of a longer list, with how many there are in all. */
export interface OverviewList {
  total: number;
  items: ObligationView[];
}

/** The last change a person made to an obligation. */
export interface RecentChange {
  obligation: ObligationView;
  at: string;
  /** A username; empty for readers without an account. */
  by: string;
  change: HistoryChange;
  field: string;
  from: unknown;
  to: unknown;
}

/** How far the work has come for one lead entity or one resolution. */
export interface Progress {
  /** An actor id, or a resolution symbol. */
  id: string;
  /** The actor's short name or name; the resolution's title. */
  label: string;
  total: number;
  overdue: number;
  byStatus: StatusCounts;
}

export interface Overview {
  today: string;
  /** The last day "due soon" looks at. */
  dueUntil: string;
  /** The scope the overview was limited to (actor ids), or null for the whole library. */
  scope: string[] | null;
  overdue: OverviewList;
  dueSoon: OverviewList;
  /** Open obligations assigned to the reader; null without an account. */
  assignedToMe: OverviewList | null;
  recentlyChanged: RecentChange[];
  /** Every obligation counted once, under its lead entity (the first bearer unless chosen). */
  byActor: Progress[];
  /** How many lead entities there are in all (byActor shows the largest). */
  actorCount: number;
  byResolution: Progress[];
  resolutionCount: number;
  totals: { total: number; overdue: number; byStatus: StatusCounts };
}

const open: TrackingStatus[] = trackingStatuses.filter((s) => !settledStatuses.includes(s));

const noStatuses = (): StatusCounts =>
  Object.fromEntries(trackingStatuses.map((s) => [s, 0])) as StatusCounts;

/** YYYY-MM-DD, `days` after `day`. */
export function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export async function overview(db: Db, options: OverviewOptions = {}): Promise<Overview> {
  const today = options.today ?? todayUtc();
  const limit = Math.max(1, Math.min(options.limit ?? 10, 50));
  const dueUntil = addDays(today, dueSoonDays);
  const base: ObligationFilters = {
    today,
    limit,
    ...(options.scope ? { scope: options.scope } : {}),
    ...(options.superseded ? { superseded: true } : {}),
  };
  const userId = options.publicOnly ? null : (options.userId ?? null);
  const [overdue, dueSoon, assignedToMe, recentlyChanged, byActor, byResolution] =
    await Promise.all([
      listObligations(db, { ...base, overdue: true, sort: "due" }),
      listObligations(db, {
        ...base,
        dueFrom: today,
        dueTo: dueUntil,
        status: open,
        sort: "due",
      }),
      userId === null
        ? null
        : listObligations(db, { ...base, assignee: userId, status: open, sort: "due" }),
      recentChanges(db, base, today, limit, options.publicOnly ?? false),
      progressByActor(db, base, today),
      progressByResolution(db, base, today),
    ]);
  const shown = (items: ObligationView[]) =>
    options.publicOnly ? items.map(publicObligation) : items;
  const totals = { total: 0, overdue: 0, byStatus: noStatuses() };
  for (const a of byActor) {
    totals.total += a.total;
    totals.overdue += a.overdue;
    for (const s of trackingStatuses) totals.byStatus[s] += a.byStatus[s];
  }
  const named = byActor.filter((a) => a.id !== "");
  return {
    today,
    dueUntil,
    scope: options.scope ? [...options.scope] : null,
    overdue: { total: overdue.total, items: shown(overdue.items) },
    dueSoon: { total: dueSoon.total, items: shown(dueSoon.items) },
    assignedToMe: assignedToMe && { total: assignedToMe.total, items: assignedToMe.items },
    recentlyChanged,
    byActor: named.slice(0, limit),
    actorCount: named.length,
    byResolution: byResolution.slice(0, limit),
    resolutionCount: byResolution.length,
    totals,
  };
}

interface GroupRow {
  id: string | null;
  label: string | null;
  status: TrackingStatus;
  n: number;
  late: number;
}

/** Rows of (group, status, count, overdue count) summed per group, largest first. */
function progressOf(rows: readonly GroupRow[]): Progress[] {
  const groups = new Map<string, Progress>();
  for (const r of rows) {
    const id = r.id ?? "";
    const entry = groups.get(id) ?? {
      id,
      label: r.label ?? id,
      total: 0,
      overdue: 0,
      byStatus: noStatuses(),
    };
    entry.byStatus[r.status] += r.n;
    entry.total += r.n;
    entry.overdue += r.late;
    groups.set(id, entry);
  }
  return [...groups.values()].sort(
    (a, b) => b.total - a.total || a.label.localeCompare(b.label) || a.id.localeCompare(b.id),
  );
}

/** Overdue as a count beside each group's status counts. */
const lateCount = (today: string) =>
  sql<number>`cast(sum(case when o.due_date is not null and o.due_date < ${today} and o.status not in (${sql.join(settledStatuses)}) then 1 else 0 end) as integer)`;

/** Each obligation under its lead: the actor a person chose, else its first bearer. */
async function progressByActor(
  db: Db,
  filters: ObligationFilters,
  today: string,
): Promise<Progress[]> {
  const lead = sql<string | null>`coalesce(o.lead_actor_id, fb.actor_id)`;
  const rows = await matchingObligations(db, filters, today)
    .leftJoin("obligation_bearers as fb", (join) =>
      join.onRef("fb.obligation_id", "=", "o.id").on("fb.position", "=", 0),
    )
    .select([lead.as("id"), "o.status", countAll().as("n"), lateCount(today).as("late")])
    .groupBy([lead, "o.status"])
    .execute();
  const ids = [...new Set(rows.map((r) => r.id).filter((id): id is string => id !== null))];
  const names = new Map<string, string>();
  for (let i = 0; i < ids.length; i += 500) {
    const actors = await db.kysely
      .selectFrom("actors")
      .select(["id", "name", "short_name"])
      .where("id", "in", ids.slice(i, i + 500))
      .execute();
    for (const a of actors) names.set(a.id, a.short_name ?? a.name);
  }
  return progressOf(
    rows.map((r) => ({ ...r, label: r.id === null ? null : (names.get(r.id) ?? r.id) })),
  );
}

async function progressByResolution(
  db: Db,
  filters: ObligationFilters,
  today: string,
): Promise<Progress[]> {
  const rows = await matchingObligations(db, filters, today)
    .select([
      "r.symbol as id",
      "r.title as label",
      "o.status",
      countAll().as("n"),
      lateCount(today).as("late"),
    ])
    .groupBy(["r.symbol", "r.title", "o.status"])
    .execute();
  return progressOf(rows);
}

/**
 * The obligations people changed last (imports aside), each with its latest change. For readers
 * without an account, changes they may not see (assignees, internal notes and evidence) are left
 * out and names removed, as on an obligation's page.
 */
async function recentChanges(
  db: Db,
  filters: ObligationFilters,
  today: string,
  limit: number,
  publicOnly: boolean,
): Promise<RecentChange[]> {
  let q = matchingObligations(db, filters, today)
    .innerJoin("obligation_history as h", "h.obligation_id", "o.id")
    .where("h.change", "<>", "import");
  if (publicOnly) q = q.where("h.field", "<>", "assignee");
  // Several changes of one obligation come together (a bulk edit, a form saving three fields):
  // reading twenty changes per obligation shown leaves room for them.
  const rows = await q
    .select([
      "h.id",
      "h.obligation_id",
      "h.changed_at",
      "h.changed_by",
      "h.change",
      "h.field",
      "h.from_value",
      "h.to_value",
    ])
    .orderBy("h.id", "desc")
    .limit(limit * 20)
    .execute();
  const records = rows.map((r): HistoryRecord & { obligationId: number } => ({
    id: r.id,
    obligationId: r.obligation_id,
    at: r.changed_at,
    by: r.changed_by,
    change: r.change,
    field: r.field,
    from: fromJsonOrNull(r.from_value),
    to: fromJsonOrNull(r.to_value),
  }));
  // publicHistory keeps each record's other fields (its obligation) as they were.
  const visible = publicOnly ? (publicHistory(records) as typeof records) : records;
  const latest = new Map<number, (typeof visible)[number]>();
  for (const r of visible) {
    if (!latest.has(r.obligationId)) latest.set(r.obligationId, r);
    if (latest.size === limit) break;
  }
  const obligations = await obligationsByIds(db, [...latest.keys()], today);
  return obligations.map((o) => {
    const r = latest.get(o.id) as (typeof visible)[number];
    return {
      obligation: publicOnly ? publicObligation(o) : o,
      at: r.at,
      by: r.by,
      change: r.change,
      field: r.field,
      from: r.from,
      to: r.to,
    };
  });
}
