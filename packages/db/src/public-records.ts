/**
 * The evidence and notes of some obligations that are meant for publication (public, and evidence
 * not withdrawn), without who recorded them: what a report draft may cite.
 */
import type { Db } from "./handle.ts";
import type { Evidence, ProgressNote } from "./obligations.ts";

export interface PublicRecords {
  evidence: Evidence[];
  notes: ProgressNote[];
}

export async function publicRecords(
  db: Db,
  obligationIds: readonly number[],
): Promise<Map<number, PublicRecords>> {
  const out = new Map<number, PublicRecords>(
    obligationIds.map((id) => [id, { evidence: [], notes: [] }]),
  );
  for (let i = 0; i < obligationIds.length; i += 500) {
    const ids = obligationIds.slice(i, i + 500);
    const [evidence, notes] = await Promise.all([
      db.kysely
        .selectFrom("evidence")
        .selectAll()
        .where("obligation_id", "in", ids)
        .where("visibility", "=", "public")
        .where("withdrawn_at", "is", null)
        .orderBy("id")
        .execute(),
      db.kysely
        .selectFrom("progress_notes")
        .selectAll()
        .where("obligation_id", "in", ids)
        .where("visibility", "=", "public")
        .orderBy("id")
        .execute(),
    ]);
    for (const e of evidence)
      out.get(e.obligation_id)?.evidence.push({
        id: e.id,
        url: e.url,
        documentSymbol: e.document_symbol,
        note: e.note,
        date: e.date,
        visibility: e.visibility,
        addedBy: "",
        addedAt: e.added_at,
      });
    for (const n of notes)
      out.get(n.obligation_id)?.notes.push({
        id: n.id,
        text: n.text,
        visibility: n.visibility,
        writtenBy: "",
        writtenAt: n.written_at,
      });
  }
  return out;
}
