/**
 * Changing what was recorded as evidence, and who may read notes: evidence is edited or withdrawn
 * (kept in the table with who withdrew it and when, and in the history, never deleted), and a note
 * or a piece of evidence is made public or internal. Each change checks the caller's scope on the
 * obligation inside its transaction, like every tracking write, and appends to its history.
 */
import { InvalidValueError, NotFoundError } from "./errors.ts";
import { type Db, inTransaction } from "./handle.ts";
import { appendHistory } from "./history.ts";
import type { Evidence, ProgressNote } from "./obligations.ts";
import type { EvidenceRow, ProgressNoteRow, Visibility } from "./schema.ts";
import type { EditScope } from "./scope.ts";
import { checkedEvidence, checkVisibility, editableRow, type NewEvidence } from "./tracking.ts";
import { now } from "./values.ts";

interface Caller {
  user: string;
  scope?: EditScope | null;
}

const evidenceOf = (e: EvidenceRow): Evidence => ({
  id: e.id,
  url: e.url,
  documentSymbol: e.document_symbol,
  note: e.note,
  date: e.date,
  visibility: e.visibility,
  addedBy: e.added_by,
  addedAt: e.added_at,
});

/** What history keeps of a piece of evidence. */
const recorded = (e: Evidence) => ({
  id: e.id,
  url: e.url,
  documentSymbol: e.documentSymbol,
  note: e.note,
  date: e.date,
  visibility: e.visibility,
});

/** The evidence row, locked with its obligation once the scope allows changing it. */
async function editableEvidence(tx: Db, evidenceId: number, scope: EditScope | null | undefined) {
  const found = await tx.kysely
    .selectFrom("evidence")
    .select("obligation_id")
    .where("id", "=", evidenceId)
    .executeTakeFirst();
  if (!found) throw new NotFoundError("evidence", evidenceId);
  await editableRow(tx, found.obligation_id, scope);
  const row = await tx.kysely
    .selectFrom("evidence")
    .selectAll()
    .where("id", "=", evidenceId)
    .executeTakeFirstOrThrow();
  if (row.withdrawn_at !== null)
    throw new InvalidValueError(`Evidence ${evidenceId} was withdrawn; add it again instead.`);
  return row;
}

/** Replaces a piece of evidence's fields (all of them: what is left out is cleared). */
export async function editEvidence(
  db: Db,
  evidenceId: number,
  change: Omit<NewEvidence, "user" | "scope"> & Caller,
): Promise<Evidence> {
  const values = checkedEvidence(change);
  const at = now();
  return inTransaction(db, async (tx) => {
    const row = await editableEvidence(tx, evidenceId, change.scope);
    const before = evidenceOf(row);
    const after: Evidence = { ...before, ...values };
    if (JSON.stringify(recorded(before)) === JSON.stringify(recorded(after))) return before;
    await tx.kysely
      .updateTable("evidence")
      .set({
        url: values.url,
        document_symbol: values.documentSymbol,
        note: values.note,
        date: values.date,
        visibility: values.visibility,
      })
      .where("id", "=", evidenceId)
      .execute();
    await appendHistory(tx, [
      {
        obligationId: row.obligation_id,
        by: change.user,
        at,
        change: "evidence",
        field: "evidence",
        from: recorded(before),
        to: recorded(after),
      },
    ]);
    return after;
  });
}

/** Withdraws a piece of evidence: no longer shown as evidence, kept with who and when. */
export async function withdrawEvidence(db: Db, evidenceId: number, caller: Caller): Promise<void> {
  const at = now();
  await inTransaction(db, async (tx) => {
    const row = await editableEvidence(tx, evidenceId, caller.scope);
    await tx.kysely
      .updateTable("evidence")
      .set({ withdrawn_at: at, withdrawn_by: caller.user })
      .where("id", "=", evidenceId)
      .execute();
    await appendHistory(tx, [
      {
        obligationId: row.obligation_id,
        by: caller.user,
        at,
        change: "evidence",
        field: "evidence",
        from: recorded(evidenceOf(row)),
        to: null,
      },
    ]);
  });
}

const noteOf = (n: ProgressNoteRow): ProgressNote => ({
  id: n.id,
  text: n.text,
  visibility: n.visibility,
  writtenBy: n.written_by,
  writtenAt: n.written_at,
});

/** Makes a progress note public or internal again. */
export async function setNoteVisibility(
  db: Db,
  noteId: number,
  visibility: Visibility,
  caller: Caller,
): Promise<ProgressNote> {
  checkVisibility(visibility);
  const at = now();
  return inTransaction(db, async (tx) => {
    const found = await tx.kysely
      .selectFrom("progress_notes")
      .selectAll()
      .where("id", "=", noteId)
      .executeTakeFirst();
    if (!found) throw new NotFoundError("note", noteId);
    await editableRow(tx, found.obligation_id, caller.scope);
    if (found.visibility === visibility) return noteOf(found);
    await tx.kysely
      .updateTable("progress_notes")
      .set({ visibility })
      .where("id", "=", noteId)
      .execute();
    await appendHistory(tx, [
      {
        obligationId: found.obligation_id,
        by: caller.user,
        at,
        change: "note",
        field: "noteVisibility",
        from: { id: noteId, visibility: found.visibility },
        to: { id: noteId, visibility },
      },
    ]);
    return { ...noteOf(found), visibility };
  });
}
