/** A parsed Resolution turned into the rows of the library tables. */
import type { Clause, ClauseItem, Obligation, Resolution } from "@mandates/domain";
import { normalizeSymbol } from "@mandates/domain";
import type { Insertable } from "kysely";
import type { Database } from "../schema.ts";
import { toJson } from "../values.ts";

type Row<T extends keyof Database> = Insertable<Database[T]>;

/** Zero-pads every number so that symbols sort as people read them (78/9 before 78/10). */
export const symbolSortKey = (symbol: string): string =>
  symbol.replace(/\d+/g, (digits) => digits.padStart(10, "0"));

export function resolutionRow(
  resolution: Resolution,
  symbol: string,
  meta: { packedSource: Uint8Array; source: string | null; hash: string; at: string },
): Omit<Row<"resolutions">, "imported_at"> {
  const dated = resolution.adopted ?? resolution.distributed;
  return {
    symbol,
    symbol_sort: symbolSortKey(symbol),
    body: resolution.body,
    title: resolution.title,
    adopted: resolution.adopted,
    year: dated ? Number(dated.slice(0, 4)) : null,
    session: resolution.session,
    draft: resolution.draft ? 1 : 0,
    distributed: resolution.distributed,
    agenda_item: resolution.agendaItem,
    origin: resolution.origin,
    meeting: resolution.meeting,
    annexes: toJson(resolution.annexes),
    warnings: toJson(resolution.warnings),
    source: meta.source,
    source_deflated: meta.packedSource,
    content_hash: meta.hash,
    clause_count: resolution.clauses.length,
    // A re-import keeps or adds exactly the parse's obligations and withdraws the rest.
    obligation_count: resolution.obligations.length,
    language: resolution.language ?? "en",
    updated_at: meta.at,
  };
}

function itemsText(items: readonly ClauseItem[]): string[] {
  return items.flatMap((item) => [`${item.label} ${item.text}`, ...itemsText(item.items)]);
}

/**
 * What a reader reads in a clause after its paragraph, one line each: the sub-items and the tail;
 * null when there is neither. Search reads the paragraph and these lines as one text (the
 * clause_text view, search-index.ts).
 */
export function clauseMoreText(clause: Pick<Clause, "items" | "tail">): string | null {
  const lines = [...itemsText(clause.items), clause.tail ?? ""].filter((t) => t !== "");
  return lines.length ? lines.join("\n") : null;
}

export const clauseRows = (resolutionId: number, clauses: readonly Clause[]): Row<"clauses">[] =>
  clauses.map((c, position) => ({
    resolution_id: resolutionId,
    position,
    clause_key: c.id,
    kind: c.kind,
    number: c.number,
    lead: c.lead,
    verb: c.verb,
    verb_class: c.verbClass,
    strength: c.strength,
    text: c.text,
    items: toJson(c.items),
    section_label: c.section?.label ?? null,
    section_heading: c.section?.heading ?? null,
    tail: c.tail ?? null,
    annex: c.annex ?? null,
    more_text: clauseMoreText(c),
  }));

export const footnoteRows = (resolutionId: number, r: Resolution): Row<"footnotes">[] =>
  r.footnotes.map((f, position) => ({
    resolution_id: resolutionId,
    position,
    marker: f.marker,
    text: f.text,
    clause_key: f.clause ?? null,
  }));

export const citationRows = (resolutionId: number, r: Resolution): Row<"citations">[] =>
  r.references.map((ref, position) => ({
    resolution_id: resolutionId,
    position,
    symbol: normalizeSymbol(ref.symbol),
    text: ref.text,
    clause_key: ref.clause,
    kind: ref.kind,
    footnote: ref.footnote ?? null,
    cited_resolution_id: null,
  }));

export const resolutionActorRows = (
  resolutionId: number,
  r: Resolution,
): Row<"resolution_actors">[] =>
  [...new Set(r.actors.map((a) => a.id))].map((actor_id, position) => ({
    resolution_id: resolutionId,
    position,
    actor_id,
  }));

/** The parser's side of an obligation row; the tracking columns are left to the caller. */
export function extractedColumns(o: Obligation, position: number) {
  return {
    position,
    obligation_key: o.id,
    clause_key: o.clause,
    verb: o.verb,
    verb_text: o.verbText,
    verb_class: o.verbClass,
    strength: o.strength,
    bearers: toJson(o.bearers),
    bearer_text: o.bearerText,
    action: o.action,
    condition: o.condition,
    deadline: o.deadline === null ? null : toJson(o.deadline),
    recurrence: o.recurrence === null ? null : toJson(o.recurrence),
    report_to: o.reportTo,
    span_start: o.span[0],
    span_end: o.span[1],
  };
}
