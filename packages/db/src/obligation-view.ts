/**
 * What readers of an obligation get: the effective values (a person's, else the parser's) at the
 * top, the parser's values and per-field review flags beside them, and the tracking state.
 */
import type { Recurrence } from "@mandates/domain";
import { isOverdue } from "./due-date.ts";
import type { Db } from "./handle.ts";
import {
  type ExtractedColumns,
  effectiveValues,
  extractedValues,
  type FieldReview,
  type ObligationValues,
  type PersonValue,
  personValues,
  reviewOf,
} from "./obligation-values.ts";
import type {
  CorrectableField,
  ObligationCorrectionRow,
  ObligationRow,
  TrackingStatus,
} from "./schema.ts";
import { fromJsonOrNull } from "./values.ts";

export interface ResolutionRef {
  id: number;
  symbol: string;
  title: string | null;
  body: string | null;
  adopted: string | null;
  year: number | null;
}

/** The account an obligation is assigned to, as lists show it. */
export interface Assignee {
  id: number;
  username: string;
  displayName: string;
}

export interface ObligationView extends ObligationValues {
  id: number;
  /** The parser's id: "op11.1". */
  key: string;
  /** The clause it sits in: "op11". */
  clause: string;
  resolution: ResolutionRef;
  verbText: string;
  verbClass: string;
  bearerText: string;
  condition: string | null;
  recurrence: Recurrence | null;
  reportTo: string | null;
  span: [number, number];
  /** What the parser extracted, whatever a person said since. */
  extracted: ObligationValues;
  /** Per field: extracted only, confirmed by a person, or corrected by one. */
  review: Record<CorrectableField, FieldReview>;
  /** A person's values, with who gave them and when. */
  corrections: Partial<Record<CorrectableField, PersonValue>>;
  status: TrackingStatus;
  /** The account that follows it up; null: nobody yet. */
  assignee: Assignee | null;
  /** The actor that leads the work: a person's choice, else the first bearer (null: none named). */
  lead: string | null;
  /** A person chose the lead; false: the first bearer leads by default. */
  leadByPerson: boolean;
  dueDate: string | null;
  dueDateByPerson: boolean;
  overdue: boolean;
  version: number;
  /** When a re-import no longer found it in the text; null while it is in force. */
  withdrawnAt: string | null;
  createdAt: string;
  updatedAt: string;
}

/** An obligation row with its resolution's columns, as the list queries select them. */
export type ObligationWithResolution = ObligationRow & {
  resolution_symbol: string;
  resolution_title: string | null;
  resolution_body: string | null;
  resolution_adopted: string | null;
  resolution_year: number | null;
  assignee_username: string | null;
  assignee_display_name: string | null;
};

/**
 * Obligations (`o`) joined to their resolutions (`r`), nothing selected yet. Every obligation has
 * its resolution. By default the database chooses which to read first. "walk" reads obligations
 * first, in the order of the index the list is sorted by, and each one's resolution after: SQLite
 * keeps that order for a left join, and otherwise, for a filter that matches many obligations,
 * reads every match and sorts them where the first page lies near the start of the index (found
 * by the scale benchmark: a second and more at 100,000 resolutions). The default asks that the
 * resolution be found, which makes the join an inner one, free to be read either way.
 */
export function joinedObligations(db: Db, order: "planned" | "walk" = "planned") {
  const q = db.kysely
    .selectFrom("obligations as o")
    .leftJoin("resolutions as r", "r.id", "o.resolution_id");
  return order === "walk" ? q : q.where("r.id", "is not", null);
}

/** Obligations with their resolution's columns; callers add filters, order and limits. */
export function selectObligations(db: Db) {
  return db.kysely
    .selectFrom("obligations as o")
    .innerJoin("resolutions as r", "r.id", "o.resolution_id")
    .leftJoin("users as u", "u.id", "o.assignee_id")
    .selectAll("o")
    .select([
      "u.username as assignee_username",
      "u.display_name as assignee_display_name",
      "r.symbol as resolution_symbol",
      "r.title as resolution_title",
      "r.body as resolution_body",
      "r.adopted as resolution_adopted",
      "r.year as resolution_year",
    ]);
}

/** Reads the corrections of these obligations in one query and builds their views. */
export async function obligationViews(
  db: Db,
  rows: readonly ObligationWithResolution[],
  today: string,
): Promise<ObligationView[]> {
  if (rows.length === 0) return [];
  const corrections = await db.kysely
    .selectFrom("obligation_corrections")
    .selectAll()
    .where(
      "obligation_id",
      "in",
      rows.map((r) => r.id),
    )
    .execute();
  const byObligation = new Map<number, ObligationCorrectionRow[]>();
  for (const c of corrections) {
    const list = byObligation.get(c.obligation_id) ?? [];
    list.push(c);
    byObligation.set(c.obligation_id, list);
  }
  return rows.map((row) => obligationView(row, byObligation.get(row.id) ?? [], today));
}

export function obligationView(
  row: ObligationWithResolution,
  corrections: readonly ObligationCorrectionRow[],
  today: string,
): ObligationView {
  const extracted = extractedValues(row as ExtractedColumns);
  const person = personValues(corrections);
  const effective = effectiveValues(extracted, person);
  return {
    id: row.id,
    key: row.obligation_key,
    clause: row.clause_key,
    resolution: {
      id: row.resolution_id,
      symbol: row.resolution_symbol,
      title: row.resolution_title,
      body: row.resolution_body,
      adopted: row.resolution_adopted,
      year: row.resolution_year,
    },
    ...effective,
    verbText: row.verb_text,
    verbClass: row.verb_class,
    bearerText: row.bearer_text,
    condition: row.condition,
    recurrence: fromJsonOrNull<Recurrence>(row.recurrence),
    reportTo: row.report_to,
    span: [row.span_start, row.span_end],
    extracted,
    review: reviewOf(extracted, person),
    corrections: person,
    status: row.status,
    assignee:
      row.assignee_id !== null && row.assignee_username !== null
        ? {
            id: row.assignee_id,
            username: row.assignee_username,
            displayName: row.assignee_display_name ?? row.assignee_username,
          }
        : null,
    lead: row.lead_actor_id ?? effective.bearers[0] ?? null,
    leadByPerson: row.lead_actor_id !== null,
    dueDate: row.due_date,
    dueDateByPerson: row.due_date_by_person === 1,
    overdue: row.withdrawn_at === null && isOverdue(row.due_date, row.status, today),
    version: row.version,
    withdrawnAt: row.withdrawn_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
