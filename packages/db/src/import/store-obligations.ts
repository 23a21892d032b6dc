/**
 * Storing the obligations of an import. A first import adds them all. A re-import matches each
 * new obligation to a stored one (obligation-matching.ts) and then:
 * - kept: the parser's columns are rewritten, tracking, evidence, notes, history and a person's
 *   corrections stay; changes to extracted values and to the derived due date enter the history;
 * - removed: marked withdrawn (withdrawn_at), never deleted, so their tracking and history stay
 *   readable; lists, counts and calendars leave them out;
 * - added: inserted with status "no-indication", or revived when they match a withdrawn one.
 */
import type { Obligation } from "@mandates/domain";
import type { Db } from "../handle.ts";
import { appendHistory, type HistoryEntry } from "../history.ts";
import { insertRows, insertRowsReturning } from "../insert-rows.ts";
import {
  effectiveColumns,
  effectiveValues,
  extractedValues,
  personValues,
  sameValue,
  writeBearers,
} from "../obligation-values.ts";
import { correctableFields, type ObligationRow } from "../schema.ts";
import { fromJson } from "../values.ts";
import { matchObligations } from "./obligation-matching.ts";
import { extractedColumns } from "./resolution-rows.ts";

export interface ObligationChanges {
  added: number;
  removed: number;
  kept: number;
}

export interface Stamp {
  by: string;
  at: string;
}

interface Incoming {
  obligation: Obligation;
  position: number;
  clause: string;
  verb: string;
  bearers: readonly string[];
}

interface Stored {
  row: ObligationRow;
  clause: string;
  verb: string;
  bearers: readonly string[];
}

export async function storeObligations(
  db: Db,
  resolutionId: number,
  obligations: readonly Obligation[],
  stamp: Stamp,
  isNew = false,
): Promise<ObligationChanges> {
  // A resolution stored for the first time has none to match.
  const rows = isNew
    ? []
    : await db.kysely
        .selectFrom("obligations")
        .selectAll()
        .where("resolution_id", "=", resolutionId)
        .orderBy("position")
        .execute();
  const stored: Stored[] = rows.map((row) => ({
    row,
    clause: row.clause_key,
    verb: row.verb,
    bearers: fromJson<string[]>(row.bearers),
  }));
  const incoming: Incoming[] = obligations.map((obligation, position) => ({
    obligation,
    position,
    clause: obligation.clause,
    verb: obligation.verb,
    bearers: obligation.bearers,
  }));
  const matching = matchObligations(
    stored.filter((s) => s.row.withdrawn_at === null),
    stored.filter((s) => s.row.withdrawn_at !== null),
    incoming,
  );
  await addObligations(db, resolutionId, matching.added, stamp);
  for (const { old, now } of [...matching.kept, ...matching.revived])
    await refreshObligation(db, old.row, now, stamp);
  for (const old of matching.removed) await withdrawObligation(db, old.row, stamp);
  return {
    added: matching.added.length + matching.revived.length,
    removed: matching.removed.length,
    kept: matching.kept.length,
  };
}

/** The row of an obligation stored for the first time: extracted, effective, not yet tracked. */
export function newObligationRow(
  resolutionId: number,
  obligation: Obligation,
  position: number,
  stamp: Stamp,
) {
  const columns = extractedColumns(obligation, position);
  return {
    resolution_id: resolutionId,
    ...columns,
    ...effectiveColumns(extractedValues(columns), { due_date: null, due_date_by_person: 0 }),
    due_date_by_person: 0 as const,
    assignee: null,
    withdrawn_at: null,
    created_at: stamp.at,
    updated_at: stamp.at,
  };
}

/** Its effective bearers, as obligation_bearers holds them. */
export const newBearerRows = (obligationId: number, obligation: Obligation) =>
  [...new Set(obligation.bearers)].map((actor_id, position) => ({
    obligation_id: obligationId,
    actor_id,
    position,
  }));

/** The history entry that records it. */
export const newObligationEntry = (
  obligationId: number,
  obligation: Obligation,
  stamp: Stamp,
): HistoryEntry => ({
  obligationId,
  ...stamp,
  change: "import",
  field: "obligation",
  to: obligation.id,
});

async function addObligations(
  db: Db,
  resolutionId: number,
  added: readonly Incoming[],
  stamp: Stamp,
) {
  if (added.length === 0) return;
  const rows = added.map(({ obligation, position }) =>
    newObligationRow(resolutionId, obligation, position, stamp),
  );
  const inserted = await insertRowsReturning<"obligations", { id: number; position: number }>(
    db,
    "obligations",
    rows,
    ["id", "position"],
  );
  const ids = new Map(inserted.map(({ id, position }) => [position, id]));
  const idOf = (position: number): number => {
    const id = ids.get(position);
    if (id === undefined) throw new Error(`The obligation at position ${position} was not stored.`);
    return id;
  };
  await insertRows(
    db,
    "obligation_bearers",
    added.flatMap(({ obligation, position }) => newBearerRows(idOf(position), obligation)),
  );
  await appendHistory(
    db,
    added.map(({ obligation, position }) => newObligationEntry(idOf(position), obligation, stamp)),
  );
}

async function refreshObligation(db: Db, old: ObligationRow, now: Incoming, stamp: Stamp) {
  const columns = extractedColumns(now.obligation, now.position);
  const corrections = await db.kysely
    .selectFrom("obligation_corrections")
    .selectAll()
    .where("obligation_id", "=", old.id)
    .execute();
  const person = personValues(corrections);
  const before = extractedValues(old);
  const after = extractedValues(columns);
  const effectiveBefore = effectiveValues(before, person);
  const effectiveAfter = effectiveValues(after, person);
  const effective = effectiveColumns(effectiveAfter, old);

  const history: HistoryEntry[] = [];
  const entry = (field: string, from: unknown, to: unknown) =>
    history.push({ obligationId: old.id, ...stamp, change: "import", field, from, to });
  for (const field of correctableFields)
    if (!sameValue(field, before[field], after[field])) entry(field, before[field], after[field]);
  if (effective.due_date !== old.due_date) entry("dueDate", old.due_date, effective.due_date);
  if (old.withdrawn_at !== null) entry("withdrawn", old.withdrawn_at, null);

  // The version moves only when something a person sees moved, so an edit begun before a
  // re-import that changed nothing visible still applies.
  const visible =
    history.length > 0 ||
    correctableFields.some((f) => !sameValue(f, effectiveBefore[f], effectiveAfter[f]));
  await db.kysely
    .updateTable("obligations")
    .set({
      ...columns,
      ...effective,
      withdrawn_at: null,
      ...(visible ? { version: old.version + 1, updated_at: stamp.at } : {}),
    })
    .where("id", "=", old.id)
    .execute();
  if (!sameValue("bearers", effectiveBefore.bearers, effectiveAfter.bearers))
    await writeBearers(db, old.id, effectiveAfter.bearers);
  await appendHistory(db, history);
}

async function withdrawObligation(db: Db, old: ObligationRow, stamp: Stamp) {
  await db.kysely
    .updateTable("obligations")
    .set({ withdrawn_at: stamp.at, version: old.version + 1, updated_at: stamp.at })
    .where("id", "=", old.id)
    .execute();
  await appendHistory(db, [
    {
      obligationId: old.id,
      ...stamp,
      change: "import",
      field: "withdrawn",
      from: null,
      to: stamp.at,
    },
  ]);
}
