/**
 * What people record about an obligation: status, assignee, due date, corrections and
 * confirmations of what the parser extracted, evidence and progress notes. Every change appends
 * to the obligation's history in the same transaction.
 *
 * Changes to the obligation's own fields carry the version the person read (optimistic
 * concurrency): a stale version is refused with StaleVersionError and nothing is written.
 * Evidence and notes are appended without a version: two people adding evidence never conflict.
 *
 * Every write takes the caller's scope (scope.ts) and checks it in its own transaction, on the
 * obligation row it has just read and locked: an editor limited to some actors changes only what
 * those actors bear, and corrects bearers only within them.
 */
import { dueDateOf } from "./due-date.ts";
import { InvalidValueError, NotFoundError, StaleVersionError } from "./errors.ts";
import { type Db, inTransaction } from "./handle.ts";
import { appendHistory, type HistoryEntry } from "./history.ts";
import {
  checkedValue,
  effectiveColumns,
  effectiveValues,
  extractedValues,
  personValues,
  sameValue,
  writeBearers,
} from "./obligation-values.ts";
import {
  type Evidence,
  getObligation,
  type ObligationDetail,
  type ProgressNote,
} from "./obligations.ts";
import {
  type CorrectableField,
  correctableFields,
  type ObligationRow,
  type ObligationUpdate,
  type TrackingStatus,
  trackingStatuses,
  type Visibility,
  visibilities,
} from "./schema.ts";
import {
  checkBearersChange,
  checkLeadChange,
  checkMayEdit,
  type EditScope,
  locked,
} from "./scope.ts";
import { now, toJson } from "./values.ts";

type Change = Pick<HistoryEntry, "change" | "field" | "from" | "to">;

export interface Edit {
  set: ObligationUpdate;
  history: Change[];
}

interface Versioned {
  expectedVersion: number;
  /** Who makes the change, as history records it. */
  user: string;
  /** The editor's scope; null or absent for no limit. */
  scope?: EditScope | null;
}

/**
 * Applies `edit` to the obligation if it is still at `expectedVersion`, raises the version and
 * appends the history, all in one transaction; returns the obligation as it now stands.
 */
async function editObligation(
  db: Db,
  obligationId: number,
  { expectedVersion, user, scope }: Versioned,
  edit: (tx: Db, row: ObligationRow, at: string) => Promise<Edit>,
): Promise<ObligationDetail> {
  const at = now();
  await inTransaction(db, async (tx) => {
    const row = await editableRow(tx, obligationId, scope);
    if (row.version !== expectedVersion)
      throw new StaleVersionError(obligationId, expectedVersion, row.version);
    const { set, history } = await edit(tx, row, at);
    if (history.length === 0) return;
    // The version in the WHERE clause makes the check and the write one step: a writer that
    // got in between leaves no row to update here.
    const result = await tx.kysely
      .updateTable("obligations")
      .set({ ...set, version: expectedVersion + 1, updated_at: at })
      .where("id", "=", obligationId)
      .where("version", "=", expectedVersion)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) {
      const current = await tx.kysely
        .selectFrom("obligations")
        .select("version")
        .where("id", "=", obligationId)
        .executeTakeFirst();
      throw new StaleVersionError(obligationId, expectedVersion, current?.version ?? row.version);
    }
    await appendHistory(
      tx,
      history.map((h) => ({ ...h, obligationId, by: user, at })),
    );
  });
  const updated = await getObligation(db, obligationId);
  if (!updated) throw new NotFoundError("obligation", obligationId);
  return updated;
}

/** What may be set on one obligation, or on many at once (bulk.ts). */
export interface TrackingFields {
  status?: TrackingStatus;
  /** The account that follows it up (a user id); null clears it. */
  assigneeId?: number | null;
  /** The actor that leads the work (an actor id); null gives the lead back to the first bearer. */
  lead?: string | null;
  /** YYYY-MM-DD set by a person; null returns to the date derived from the deadline. */
  dueDate?: string | null;
}

export interface TrackingChange extends Versioned, TrackingFields {}

/** Refuses values no obligation may take, before any transaction opens. */
export function checkTrackingFields(change: TrackingFields): void {
  if (change.status !== undefined && !trackingStatuses.includes(change.status))
    throw new InvalidValueError(`status: one of ${trackingStatuses.join(", ")}`);
  if (change.dueDate != null && !isIsoDate(change.dueDate))
    throw new InvalidValueError("dueDate: a date as YYYY-MM-DD, or null");
}

export async function updateTracking(
  db: Db,
  obligationId: number,
  change: TrackingChange,
): Promise<ObligationDetail> {
  checkTrackingFields(change);
  return editObligation(db, obligationId, change, (tx, row) =>
    trackingEdit(tx, row, change, change.scope),
  );
}

/**
 * The columns and history entries that setting `change` on `row` makes, once the values are
 * checked against the store (the account and the actor exist) and the lead against the scope.
 */
export async function trackingEdit(
  tx: Db,
  row: ObligationRow,
  change: TrackingFields,
  scope: EditScope | null | undefined,
): Promise<Edit> {
  const set: ObligationUpdate = {};
  const history: Change[] = [];
  if (change.status !== undefined && change.status !== row.status) {
    set.status = change.status;
    history.push({ change: "tracking", field: "status", from: row.status, to: change.status });
  }
  if (change.assigneeId !== undefined && change.assigneeId !== row.assignee_id) {
    const [before, after] = await Promise.all([
      usernameOf(tx, row.assignee_id),
      usernameOf(tx, change.assigneeId),
    ]);
    if (change.assigneeId !== null && after === null)
      throw new InvalidValueError(`assignee: no account ${change.assigneeId}`);
    set.assignee_id = change.assigneeId;
    history.push({ change: "tracking", field: "assignee", from: before, to: after });
  }
  if (change.lead !== undefined && change.lead !== row.lead_actor_id) {
    if (change.lead !== null) await checkActors(tx, [change.lead], "lead");
    const { bearers } = await effectiveOf(tx, row);
    await checkLeadChange(tx, scope, bearers, change.lead);
    set.lead_actor_id = change.lead;
    history.push({
      change: "tracking",
      field: "lead",
      from: row.lead_actor_id ?? bearers[0] ?? null,
      to: change.lead ?? bearers[0] ?? null,
    });
  }
  if (change.dueDate !== undefined) {
    const byPerson = change.dueDate !== null;
    const dueDate = byPerson ? change.dueDate : dueDateOf((await effectiveOf(tx, row)).deadline);
    if (dueDate !== row.due_date || (byPerson ? 1 : 0) !== row.due_date_by_person) {
      set.due_date = dueDate;
      set.due_date_by_person = byPerson ? 1 : 0;
      history.push({ change: "tracking", field: "dueDate", from: row.due_date, to: dueDate });
    }
  }
  return { set, history };
}

/** History names the account by its username, which outlives a change of display name. */
async function usernameOf(tx: Db, id: number | null | undefined): Promise<string | null> {
  if (id == null) return null;
  const user = await tx.kysely
    .selectFrom("users")
    .select("username")
    .where("id", "=", id)
    .executeTakeFirst();
  return user?.username ?? null;
}

/** The obligation's row, locked, once the scope allows changing it. */
export async function editableRow(
  tx: Db,
  obligationId: number,
  scope: EditScope | null | undefined,
): Promise<ObligationRow> {
  const row = await locked(
    tx,
    tx.kysely.selectFrom("obligations").selectAll().where("id", "=", obligationId),
  ).executeTakeFirst();
  if (!row) throw new NotFoundError("obligation", obligationId);
  if (scope) await checkMayEdit(tx, scope, (await effectiveOf(tx, row)).bearers, row.lead_actor_id);
  return row;
}

export async function effectiveOf(db: Db, row: ObligationRow) {
  const corrections = await db.kysely
    .selectFrom("obligation_corrections")
    .selectAll()
    .where("obligation_id", "=", row.id)
    .execute();
  const person = personValues(corrections);
  return effectiveValues(extractedValues(row), person);
}

export interface Correction extends Versioned {
  field: CorrectableField;
  value: unknown;
}

/** A person's value for one extracted field; it survives re-imports until reverted. */
export async function correctObligation(
  db: Db,
  obligationId: number,
  correction: Correction,
): Promise<ObligationDetail> {
  if (!correctableFields.includes(correction.field))
    throw new InvalidValueError(`field: one of ${correctableFields.join(", ")}`);
  const value = checkedValue(correction.field, correction.value);
  return editObligation(db, obligationId, correction, async (tx, row, at) => {
    const before = await effectiveOf(tx, row);
    if (correction.field === "bearers") {
      await checkActors(tx, value as string[]);
      await checkBearersChange(
        tx,
        correction.scope,
        before.bearers,
        value as string[],
        row.lead_actor_id,
      );
    }
    await tx.kysely
      .insertInto("obligation_corrections")
      .values({
        obligation_id: row.id,
        field: correction.field,
        value: toJson(value),
        corrected_by: correction.user,
        corrected_at: at,
      })
      .onConflict((oc) =>
        oc
          .columns(["obligation_id", "field"])
          .doUpdateSet({ value: toJson(value), corrected_by: correction.user, corrected_at: at }),
      )
      .execute();
    return refreshEffective(tx, row, before, correction.field);
  });
}

/** Removes a person's value: the field shows the parser's again. */
export async function revertCorrection(
  db: Db,
  obligationId: number,
  revert: Versioned & { field: CorrectableField },
): Promise<ObligationDetail> {
  return editObligation(db, obligationId, revert, async (tx, row) => {
    const before = await effectiveOf(tx, row);
    const removed = await tx.kysely
      .deleteFrom("obligation_corrections")
      .where("obligation_id", "=", row.id)
      .where("field", "=", revert.field)
      .executeTakeFirst();
    if (Number(removed.numDeletedRows) === 0) return { set: {}, history: [] };
    // The value it returns to is checked like a correction (the transaction undoes the delete).
    if (revert.field === "bearers")
      await checkBearersChange(
        tx,
        revert.scope,
        before.bearers,
        extractedValues(row).bearers,
        row.lead_actor_id,
      );
    return refreshEffective(tx, row, before, revert.field);
  });
}

/** After a person's value changed: the history entry, and the effective columns and bearers. */
async function refreshEffective(
  tx: Db,
  row: ObligationRow,
  before: Awaited<ReturnType<typeof effectiveOf>>,
  field: CorrectableField,
): Promise<Edit> {
  const change = "correction";
  const after = await effectiveOf(tx, row);
  const set = effectiveColumns(after, row);
  const history: Change[] = [{ change, field, from: before[field], to: after[field] }];
  if (set.due_date !== row.due_date)
    history.push({ change, field: "dueDate", from: row.due_date, to: set.due_date });
  if (!sameValue("bearers", before.bearers, after.bearers))
    await writeBearers(tx, row.id, after.bearers);
  return { set, history };
}

/**
 * A person agrees with the values shown (all correctable fields unless `fields` says which):
 * they are stored as the person's, so a re-import that extracts something else will not
 * replace them, and the review flags say "confirmed".
 */
export async function confirmObligation(
  db: Db,
  obligationId: number,
  confirmation: Versioned & { fields?: readonly CorrectableField[] },
): Promise<ObligationDetail> {
  const fields = confirmation.fields ?? correctableFields;
  return editObligation(db, obligationId, confirmation, async (tx, row, at) => {
    const current = await effectiveOf(tx, row);
    const history: Change[] = [];
    for (const field of fields) {
      const value = toJson(current[field]);
      await tx.kysely
        .insertInto("obligation_corrections")
        .values({
          obligation_id: row.id,
          field,
          value,
          corrected_by: confirmation.user,
          corrected_at: at,
        })
        .onConflict((oc) =>
          oc
            .columns(["obligation_id", "field"])
            .doUpdateSet({ value, corrected_by: confirmation.user, corrected_at: at }),
        )
        .execute();
      history.push({ change: "confirmation", field, from: current[field], to: current[field] });
    }
    return { set: {}, history };
  });
}

async function checkActors(db: Db, ids: readonly string[], field = "bearers") {
  if (ids.length === 0) return;
  const found = await db.kysely.selectFrom("actors").select("id").where("id", "in", ids).execute();
  const known = new Set(found.map((a) => a.id));
  const unknown = ids.filter((id) => !known.has(id));
  if (unknown.length > 0) throw new InvalidValueError(`${field}: no actor ${unknown.join(", ")}`);
}

export interface NewEvidence {
  url?: string | null;
  documentSymbol?: string | null;
  note?: string | null;
  /** YYYY-MM-DD: the date of the evidence itself (a report's date). */
  date?: string | null;
  /** Internal (the default) or public: only public evidence reaches readers without an account. */
  visibility?: Visibility;
  user: string;
  scope?: EditScope | null;
}

/** Links are shown to others as clickable: web addresses only, never javascript: or data:. */
export const evidenceLinkRule = "an evidence link must start with http:// or https://";

function isWebLink(url: string): boolean {
  if (!/^https?:\/\//i.test(url)) return false;
  try {
    new URL(url);
    return true;
  } catch {
    return false;
  }
}

/** The evidence's fields as stored, checked: at least one of link, symbol or note; a web link. */
export function checkedEvidence(evidence: Omit<NewEvidence, "user" | "scope">) {
  const url = evidence.url?.trim() || null;
  const documentSymbol = evidence.documentSymbol?.trim() || null;
  const note = evidence.note?.trim() || null;
  const date = evidence.date ?? null;
  const visibility = evidence.visibility ?? "internal";
  if (!url && !documentSymbol && !note)
    throw new InvalidValueError("evidence: a URL, a document symbol or a note");
  if (url && !isWebLink(url)) throw new InvalidValueError(evidenceLinkRule);
  if (date !== null && !isIsoDate(date)) throw new InvalidValueError("evidence date: YYYY-MM-DD");
  checkVisibility(visibility);
  return { url, documentSymbol, note, date, visibility };
}

export function checkVisibility(visibility: string): asserts visibility is Visibility {
  if (!(visibilities as readonly string[]).includes(visibility))
    throw new InvalidValueError(`visibility: one of ${visibilities.join(", ")}`);
}

export async function addEvidence(
  db: Db,
  obligationId: number,
  evidence: NewEvidence,
): Promise<Evidence> {
  const { url, documentSymbol, note, date, visibility } = checkedEvidence(evidence);
  const at = now();
  return inTransaction(db, async (tx) => {
    await editableRow(tx, obligationId, evidence.scope);
    const { id } = await tx.kysely
      .insertInto("evidence")
      .values({
        obligation_id: obligationId,
        url,
        document_symbol: documentSymbol,
        note,
        date,
        added_by: evidence.user,
        added_at: at,
        visibility,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    const stored: Evidence = {
      id,
      url,
      documentSymbol,
      note,
      date,
      visibility,
      addedBy: evidence.user,
      addedAt: at,
    };
    await appendHistory(tx, [
      {
        obligationId,
        by: evidence.user,
        at,
        change: "evidence",
        field: "evidence",
        to: { id, url, documentSymbol, note, date, visibility },
      },
    ]);
    return stored;
  });
}

export async function addNote(
  db: Db,
  obligationId: number,
  note: { text: string; visibility?: Visibility; user: string; scope?: EditScope | null },
): Promise<ProgressNote> {
  const text = note.text.trim();
  if (!text) throw new InvalidValueError("note: some text");
  const visibility = note.visibility ?? "internal";
  checkVisibility(visibility);
  const at = now();
  return inTransaction(db, async (tx) => {
    await editableRow(tx, obligationId, note.scope);
    const { id } = await tx.kysely
      .insertInto("progress_notes")
      .values({
        obligation_id: obligationId,
        text,
        written_by: note.user,
        written_at: at,
        visibility,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    // The history keeps internal notes' text from readers without an account (visibility.ts).
    await appendHistory(tx, [
      {
        obligationId,
        by: note.user,
        at,
        change: "note",
        field: "note",
        to: { id, text, visibility },
      },
    ]);
    return { id, text, visibility, writtenBy: note.user, writtenAt: at };
  });
}

export function isIsoDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));
}
