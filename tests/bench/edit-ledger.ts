/**
 * What a load sent and what the server answered, edit by edit, and the check that nothing
 * acknowledged was lost: read back through the API, every accepted edit is in its obligation's
 * history, in the place its version says; no refused edit is; and each contended obligation ends
 * as its last edit left it.
 *
 * Each tracking edit sets a unique due date (and a status; ledgerDate gives each edit its own day),
 * so every version step of a contended obligation leaves exactly one "dueDate" line in its history:
 * line i is the edit that was sent with version v0 + i. Notes and evidence carry a unique token that their history line repeats.
 */
import type { MandatesClient } from "@mandates/client";

/**
 * accepted: a 2xx answer; rejected: 409, a stale version; failed: any other status; unanswered: no
 * answer came (the server was killed): the edit may or may not have been made.
 */
export type Outcome = "accepted" | "rejected" | "failed" | "unanswered";

export const outcomeOf = (status: number): Outcome =>
  status >= 200 && status < 300
    ? "accepted"
    : status === 409
      ? "rejected"
      : status === 0
        ? "unanswered"
        : "failed";

export interface TrackingEdit {
  obligationId: number;
  expectedVersion: number;
  /** A day no other edit of the load sets (ledgerDate). */
  dueDate: string;
  status: string;
  outcome: Outcome;
  /** The version the accepting answer gave (at least expectedVersion + 1). */
  answeredVersion?: number;
}

export interface Addition {
  kind: "note" | "evidence";
  obligationId: number;
  token: string;
  outcome: Outcome;
}

export interface Snapshot {
  version: number;
  /** How many "dueDate" lines the history held before the load. */
  dueDateLines: number;
}

/** The n-th day from 1 January 2200: a due date no obligation has, one per edit of a load. */
export function ledgerDate(n: number): string {
  return new Date(Date.UTC(2200, 0, 1 + n)).toISOString().slice(0, 10);
}

export class EditLedger {
  readonly edits: TrackingEdit[] = [];
  readonly additions: Addition[] = [];

  count(outcome: Outcome): { edits: number; additions: number } {
    return {
      edits: this.edits.filter((e) => e.outcome === outcome).length,
      additions: this.additions.filter((a) => a.outcome === outcome).length,
    };
  }
}

interface HistoryLine {
  change: string;
  field: string;
  to?: unknown;
}

async function dueDateLines(client: MandatesClient, id: number): Promise<string[]> {
  const history: HistoryLine[] = await client.obligations.history.query({ id });
  return history.filter((h) => h.field === "dueDate").map((h) => String(h.to));
}

/** The state of the obligations an edit load will touch, read before it starts. */
export async function snapshot(
  client: MandatesClient,
  ids: readonly number[],
): Promise<Map<number, Snapshot>> {
  const before = new Map<number, Snapshot>();
  for (const id of ids) {
    const obligation = await client.obligations.get.query({ id });
    before.set(id, {
      version: obligation.version,
      dueDateLines: (await dueDateLines(client, id)).length,
    });
  }
  return before;
}

export interface LedgerCheck {
  /** Acknowledged (2xx) edits that the history does not hold. */
  lost: string[];
  /** Edits in the history that were refused, or that nobody sent. */
  phantom: string[];
  /** History and state that disagree with the versions: a step skipped, doubled or out of order. */
  inconsistent: string[];
  /** Unanswered edits found made (they were committed before the server died). */
  unansweredMade: number;
}

/** Reads back every obligation of the ledger through the API and compares. */
export async function checkLedger(
  client: MandatesClient,
  ledger: EditLedger,
  before: ReadonlyMap<number, Snapshot>,
): Promise<LedgerCheck> {
  const check: LedgerCheck = { lost: [], phantom: [], inconsistent: [], unansweredMade: 0 };
  const ids = new Set([
    ...ledger.edits.map((e) => e.obligationId),
    ...ledger.additions.map((a) => a.obligationId),
  ]);
  for (const id of [...ids].sort((a, b) => a - b)) {
    const start = before.get(id);
    if (!start) throw new Error(`obligation ${id} was edited without a snapshot`);
    const obligation = await client.obligations.get.query({ id });
    const history: HistoryLine[] = await client.obligations.history.query({ id });
    const lines = history
      .filter((h) => h.field === "dueDate")
      .slice(start.dueDateLines)
      .map((h) => String(h.to));

    const edits = ledger.edits.filter((e) => e.obligationId === id);
    const byDate = new Map(edits.map((e) => [e.dueDate, e]));
    lines.forEach((dueDate, step) => {
      const edit = byDate.get(dueDate);
      if (!edit) {
        check.phantom.push(`obligation ${id}: "${dueDate}" was never sent`);
        return;
      }
      if (edit.outcome === "rejected" || edit.outcome === "failed")
        check.phantom.push(`obligation ${id}: "${dueDate}" was refused, yet it is in the history`);
      if (edit.outcome === "unanswered") check.unansweredMade++;
      if (edit.expectedVersion !== start.version + step)
        check.inconsistent.push(
          `obligation ${id}: "${dueDate}" was sent for version ${edit.expectedVersion} but is step ${start.version + step} of the history`,
        );
    });
    const made = new Set(lines);
    for (const edit of edits) {
      if (edit.outcome !== "accepted") continue;
      if (!made.has(edit.dueDate))
        check.lost.push(
          `obligation ${id}: "${edit.dueDate}" (version ${edit.expectedVersion}) was accepted but is not in the history`,
        );
      if ((edit.answeredVersion ?? 0) < edit.expectedVersion + 1)
        check.inconsistent.push(
          `obligation ${id}: "${edit.dueDate}" was accepted with version ${edit.answeredVersion}, not above ${edit.expectedVersion}`,
        );
    }
    // The obligation stands as its last edit left it.
    if (obligation.version !== start.version + lines.length)
      check.inconsistent.push(
        `obligation ${id}: version ${obligation.version} after ${lines.length} edits from ${start.version}`,
      );
    const last = byDate.get(lines.at(-1) ?? "");
    if (last && (obligation.dueDate !== last.dueDate || obligation.status !== last.status))
      check.inconsistent.push(
        `obligation ${id}: stands at ${obligation.dueDate}/${obligation.status}, its last edit set ${last.dueDate}/${last.status}`,
      );

    const recorded = history
      .filter((h) => h.change === "note" || h.change === "evidence")
      .map((h) => JSON.stringify(h.to));
    for (const addition of ledger.additions.filter((a) => a.obligationId === id)) {
      const found = recorded.some((text) => text.includes(addition.token));
      if (addition.outcome === "accepted" && !found)
        check.lost.push(
          `obligation ${id}: ${addition.kind} "${addition.token}" was accepted but is not in the history`,
        );
      if ((addition.outcome === "rejected" || addition.outcome === "failed") && found)
        check.phantom.push(
          `obligation ${id}: ${addition.kind} "${addition.token}" was refused, yet it is in the history`,
        );
      if (addition.outcome === "unanswered" && found) check.unansweredMade++;
    }
  }
  return check;
}
