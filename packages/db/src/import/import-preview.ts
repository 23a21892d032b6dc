/**
 * What importing a parsed resolution would change, said before anything is stored: for a symbol
 * the library holds, the paragraphs added, changed and removed, and the obligations added,
 * changed (which extracted values), withdrawn and brought back, matched exactly as the import
 * matches them (obligation-matching.ts); how many tracked obligations keep their tracking; and,
 * for an editor limited to some actors, why the import would be refused (scope.ts). Reads only.
 */
import { normalizeSymbol, type Resolution } from "@mandates/domain";
import { OutOfScopeError } from "../errors.ts";
import type { Db } from "../handle.ts";
import { extractedValues, sameValue } from "../obligation-values.ts";
import { type CorrectableField, correctableFields } from "../schema.ts";
import { checkMayReimport, type EditScope } from "../scope.ts";
import { packSource } from "../source-text.ts";
import { fromJson } from "../values.ts";
import { matchObligations } from "./obligation-matching.ts";
import { clauseMoreText, extractedColumns } from "./resolution-rows.ts";

export interface PreviewObligation {
  key: string;
  clause: string;
  verb: string;
  bearers: string[];
  action: string;
}

export interface ImportPreview {
  symbol: string;
  /** new: not in the library; unchanged: the very text it holds; changed: a re-import. */
  status: "new" | "unchanged" | "changed";
  /** Paragraph keys ("op3", "pp2"). */
  paragraphs: { added: string[]; changed: string[]; removed: string[] };
  obligations: {
    added: PreviewObligation[];
    /** Matched, with the extracted values that differ ("action", "deadline"). */
    changed: Array<PreviewObligation & { fields: CorrectableField[] }>;
    /** In force now, and no longer in the text: withdrawn, their tracking kept. */
    withdrawn: PreviewObligation[];
    /** Withdrawn by an earlier import, and in the text again: back with their tracking. */
    revived: PreviewObligation[];
    /** Matched with nothing extracted changed. */
    unchanged: number;
    /** Of those matched or withdrawn, how many have a status or an assignee recorded. */
    tracked: number;
  };
  /** Why the import would be refused for this account, or null. */
  refusal: string | null;
}

const none = (): ImportPreview["obligations"] => ({
  added: [],
  changed: [],
  withdrawn: [],
  revived: [],
  unchanged: 0,
  tracked: 0,
});

export async function previewImport(
  db: Db,
  resolution: Resolution,
  options: { sourceText: string; scope?: EditScope | null },
): Promise<ImportPreview> {
  const symbol = normalizeSymbol(resolution.symbol ?? "");
  const empty = { symbol, paragraphs: { added: [], changed: [], removed: [] }, refusal: null };
  const existing = await db.kysely
    .selectFrom("resolutions")
    .select(["id", "content_hash"])
    .where("symbol", "=", symbol)
    .executeTakeFirst();
  if (!existing) return { ...empty, status: "new", obligations: none() };
  if (existing.content_hash === packSource(resolution, options.sourceText).contentHash)
    return { ...empty, status: "unchanged", obligations: none() };

  let refusal: string | null = null;
  try {
    await checkMayReimport(db, options.scope, existing.id, symbol);
  } catch (error) {
    if (!(error instanceof OutOfScopeError)) throw error;
    refusal = error.message;
  }

  const [clauses, rows] = await Promise.all([
    db.kysely
      .selectFrom("clauses")
      .select(["clause_key", "text", "more_text"])
      .where("resolution_id", "=", existing.id)
      .orderBy("position")
      .execute(),
    db.kysely
      .selectFrom("obligations")
      .selectAll()
      .where("resolution_id", "=", existing.id)
      .orderBy("position")
      .execute(),
  ]);

  const before = new Map(clauses.map((c) => [c.clause_key, `${c.text}\n${c.more_text ?? ""}`]));
  const now = new Map(
    resolution.clauses.map((c) => [c.id, `${c.text}\n${clauseMoreText(c) ?? ""}`]),
  );
  const paragraphs = {
    added: [...now.keys()].filter((k) => !before.has(k)),
    changed: [...now.keys()].filter((k) => before.has(k) && before.get(k) !== now.get(k)),
    removed: [...before.keys()].filter((k) => !now.has(k)),
  };

  const stored = rows.map((row) => ({
    row,
    clause: row.clause_key,
    verb: row.verb,
    bearers: fromJson<string[]>(row.bearers),
  }));
  const incoming = resolution.obligations.map((obligation, position) => ({
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
  const said = (i: (typeof incoming)[number]): PreviewObligation => ({
    key: i.obligation.id,
    clause: i.clause,
    verb: i.verb,
    bearers: [...i.bearers],
    action: i.obligation.action,
  });
  const kept = (s: (typeof stored)[number]): PreviewObligation => ({
    key: s.row.obligation_key,
    clause: s.clause,
    verb: s.verb,
    bearers: s.bearers,
    action: s.row.action,
  });
  const changed: ImportPreview["obligations"]["changed"] = [];
  let unchanged = 0;
  for (const { old, now: next } of matching.kept) {
    const was = extractedValues(old.row);
    const will = extractedValues(extractedColumns(next.obligation, next.position));
    const fields = correctableFields.filter((f) => !sameValue(f, was[f], will[f]));
    if (fields.length) changed.push({ ...said(next), fields });
    else unchanged += 1;
  }
  const isTracked = (s: (typeof stored)[number]) =>
    s.row.status !== "no-indication" || s.row.assignee !== null;
  const tracked = [...matching.kept.map((m) => m.old), ...matching.removed].filter(isTracked);
  return {
    symbol,
    status: "changed",
    paragraphs,
    obligations: {
      added: matching.added.map(said),
      changed,
      withdrawn: matching.removed.map(kept),
      revived: matching.revived.map((m) => said(m.now)),
      unchanged,
      tracked: tracked.length,
    },
    refusal,
  };
}
