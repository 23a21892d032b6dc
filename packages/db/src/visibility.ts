/**
 * What readers without an account may see, when the library is open to them: the text, what it
 * asks and of whom, the status and dates, and the evidence and notes marked public. Never who is
 * assigned, who wrote or changed what (usernames), internal notes or internal evidence. The server
 * passes what it read through these before answering anyone who is not signed in.
 */

import type { ObligationView } from "./obligation-view.ts";
import type { HistoryRecord, ObligationDetail } from "./obligations.ts";

/** An obligation without its assignee or the names of those who confirmed or corrected it. */
export function publicObligation<T extends ObligationView>(o: T): T {
  const corrections: ObligationView["corrections"] = {};
  for (const [field, given] of Object.entries(o.corrections))
    if (given) corrections[field as keyof typeof corrections] = { ...given, by: "" };
  return { ...o, assignee: null, corrections };
}

/** An obligation's page: its public evidence and notes, without who added them. */
export function publicDetail(o: ObligationDetail): ObligationDetail {
  return {
    ...publicObligation(o),
    evidence: o.evidence
      .filter((e) => e.visibility === "public")
      .map((e) => ({ ...e, addedBy: "" })),
    notes: o.notes.filter((n) => n.visibility === "public").map((n) => ({ ...n, writtenBy: "" })),
  };
}

/** Whether a history value is a public note or public evidence (older notes are plain text: internal). */
const isPublic = (value: unknown): boolean =>
  value === null ||
  value === undefined ||
  (typeof value === "object" && (value as { visibility?: unknown }).visibility === "public");

/**
 * An obligation's history without who made each change (except "import"), without assignees, and
 * without what internal notes and evidence said.
 */
export function publicHistory(records: readonly HistoryRecord[]): HistoryRecord[] {
  return records
    .filter((r) => {
      if (r.field === "assignee") return false;
      if (r.change === "note" || r.change === "evidence") return isPublic(r.from) && isPublic(r.to);
      return true;
    })
    .map((r) => ({ ...r, by: r.by === "import" ? "import" : "" }));
}
