/**
 * Work on many obligations at once: one status, assignee, lead or due date set on a selection (by
 * ids, or every obligation a tracker filter matches), and "confirm all extracted values" of a
 * resolution. A bulk change is one transaction that locks the rows it changes, checks the caller's
 * scope on every one of them first and is refused whole if any is outside it, then writes each
 * obligation with its own history entries, as one change at a time would. It carries no versions:
 * a person who sets forty statuses at once means to set them whatever they were.
 */
import { normalizeSymbol } from "@mandates/domain";
import { InvalidValueError, NotFoundError, OutOfScopeError } from "./errors.ts";
import { type Db, inTransaction } from "./handle.ts";
import { appendHistory, type HistoryEntry } from "./history.ts";
import { matchingObligationIds, type ObligationFilters } from "./obligations.ts";
import type { CorrectableField, ObligationRow } from "./schema.ts";
import { covers, type EditScope, locked, outOfScopeSentence } from "./scope.ts";
import {
  checkTrackingFields,
  confirmObligation,
  type TrackingFields,
  trackingEdit,
} from "./tracking.ts";
import { now } from "./values.ts";

/** The most obligations one bulk change may touch. */
export const maxBulkObligations = 10_000;

/** Which obligations: these ids, or all that the filters match (paging ignored). */
export type BulkTarget = { ids: readonly number[] } | { filters: ObligationFilters };

export interface BulkChange extends TrackingFields {
  user: string;
  scope?: EditScope | null;
}

export interface BulkResult {
  /** Obligations selected. */
  selected: number;
  /** Of them, those the change altered (the others already had the values). */
  changed: number;
}

export async function bulkUpdateTracking(
  db: Db,
  target: BulkTarget,
  change: BulkChange,
): Promise<BulkResult> {
  checkTrackingFields(change);
  if (
    change.status === undefined &&
    change.assigneeId === undefined &&
    change.lead === undefined &&
    change.dueDate === undefined
  )
    throw new InvalidValueError("Choose a status, an assignee, a lead or a due date to set.");
  const at = now();
  return inTransaction(db, async (tx) => {
    const ids = await targetIds(tx, target);
    const rows = await lockedRows(tx, ids);
    await checkAllInScope(tx, rows, change.scope);
    let changed = 0;
    const history: HistoryEntry[] = [];
    for (const row of rows) {
      const edit = await trackingEdit(tx, row, change, change.scope);
      if (edit.history.length === 0) continue;
      await tx.kysely
        .updateTable("obligations")
        .set({ ...edit.set, version: row.version + 1, updated_at: at })
        .where("id", "=", row.id)
        .execute();
      for (const h of edit.history)
        history.push({ ...h, obligationId: row.id, by: change.user, at });
      changed++;
    }
    await appendHistory(tx, history);
    return { selected: rows.length, changed };
  });
}

async function targetIds(tx: Db, target: BulkTarget): Promise<number[]> {
  const ids =
    "ids" in target
      ? [...new Set(target.ids)]
      : await matchingObligationIds(tx, target.filters, maxBulkObligations + 1);
  if (ids.length === 0) throw new InvalidValueError("Select at least one obligation.");
  if (ids.length > maxBulkObligations)
    throw new InvalidValueError(
      `At most ${maxBulkObligations.toLocaleString("en")} obligations can be changed at once; narrow the filter.`,
    );
  return ids;
}

/** The rows, locked, in the order of their ids; an id that is not there refuses the whole. */
async function lockedRows(tx: Db, ids: readonly number[]): Promise<ObligationRow[]> {
  const rows: ObligationRow[] = [];
  for (let i = 0; i < ids.length; i += 1000) {
    const chunk = ids.slice(i, i + 1000);
    rows.push(
      ...(await locked(
        tx,
        tx.kysely.selectFrom("obligations").selectAll().where("id", "in", chunk).orderBy("id"),
      ).execute()),
    );
  }
  if (rows.length < ids.length) {
    const found = new Set(rows.map((r) => r.id));
    const missing = ids.find((id) => !found.has(id)) ?? 0;
    throw new NotFoundError("obligation", missing);
  }
  const withdrawn = rows.find((r) => r.withdrawn_at !== null);
  if (withdrawn)
    throw new InvalidValueError(
      `Obligation ${withdrawn.id} was withdrawn by a re-import: leave it out of the selection.`,
    );
  return rows.sort((a, b) => a.id - b.id);
}

/** Refuses the whole change when any row is outside the scope, naming the first and the count. */
async function checkAllInScope(
  tx: Db,
  rows: readonly ObligationRow[],
  scope: EditScope | null | undefined,
): Promise<void> {
  if (!scope) return;
  const bearers = new Map<number, string[]>();
  for (let i = 0; i < rows.length; i += 1000) {
    const chunk = rows.slice(i, i + 1000).map((r) => r.id);
    const found = await tx.kysely
      .selectFrom("obligation_bearers")
      .select(["obligation_id", "actor_id"])
      .where("obligation_id", "in", chunk)
      .orderBy("obligation_id")
      .orderBy("position")
      .execute();
    for (const b of found)
      bearers.set(b.obligation_id, [...(bearers.get(b.obligation_id) ?? []), b.actor_id]);
  }
  const outside = rows.filter((r) => !covers(scope, bearers.get(r.id) ?? [], r.lead_actor_id));
  const first = outside[0];
  if (!first) return;
  const why = await outOfScopeSentence(tx, scope, bearers.get(first.id) ?? [], first.lead_actor_id);
  const which = await tx.kysely
    .selectFrom("resolutions")
    .select("symbol")
    .where("id", "=", first.resolution_id)
    .executeTakeFirst();
  throw new OutOfScopeError(
    `${outside.length} of the ${rows.length} selected obligations ${outside.length === 1 ? "is" : "are"} outside what your account may edit, so nothing was changed. The first, ${which?.symbol ?? ""} ${first.obligation_key}: ${why}`,
  );
}

export interface ConfirmAllResult {
  /** Obligations whose extracted values were confirmed. */
  confirmed: number;
  /** Obligations left as they were because the caller's scope does not cover them. */
  outsideScope: number;
}

/**
 * Confirms every value of a resolution's obligations in force that nobody has confirmed or
 * corrected yet, as the caller sees them, for the obligations the caller's scope covers (an editor
 * limited to UNODC confirms UNODC's, and is told how many others were left). One transaction.
 */
export async function confirmResolution(
  db: Db,
  symbol: string,
  caller: { user: string; scope?: EditScope | null },
): Promise<ConfirmAllResult> {
  return inTransaction(db, async (tx) => {
    const resolution = await tx.kysely
      .selectFrom("resolutions")
      .select("id")
      .where("symbol", "=", normalizeSymbol(symbol))
      .executeTakeFirst();
    if (!resolution) throw new NotFoundError("resolution", symbol);
    const rows = await locked(
      tx,
      tx.kysely
        .selectFrom("obligations")
        .selectAll()
        .where("resolution_id", "=", resolution.id)
        .where("withdrawn_at", "is", null)
        .orderBy("position"),
    ).execute();
    const ids = rows.map((r) => r.id);
    const [bearerRows, corrections] = ids.length
      ? await Promise.all([
          tx.kysely
            .selectFrom("obligation_bearers")
            .select(["obligation_id", "actor_id"])
            .where("obligation_id", "in", ids)
            .execute(),
          tx.kysely
            .selectFrom("obligation_corrections")
            .select(["obligation_id", "field"])
            .where("obligation_id", "in", ids)
            .execute(),
        ])
      : [[], []];
    const all: readonly CorrectableField[] = ["bearers", "verb", "strength", "action", "deadline"];
    let confirmed = 0;
    let outsideScope = 0;
    for (const row of rows) {
      const bearers = bearerRows.filter((b) => b.obligation_id === row.id).map((b) => b.actor_id);
      if (!covers(caller.scope, bearers, row.lead_actor_id)) {
        outsideScope++;
        continue;
      }
      const reviewed = new Set(
        corrections.filter((c) => c.obligation_id === row.id).map((c) => c.field),
      );
      const fields = all.filter((f) => !reviewed.has(f));
      if (fields.length === 0) continue;
      await confirmObligation(tx, row.id, {
        expectedVersion: row.version,
        user: caller.user,
        scope: caller.scope ?? null,
        fields,
      });
      confirmed++;
    }
    return { confirmed, outsideScope };
  });
}
