/**
 * Clauses as published: ids that stay stable ("pp2", "op11"; "II-op3" when a section restarts
 * the numbering; "annex1-op3" for a paragraph of the first annex), the lead and canonical verb,
 * and the strength of operative verbs. An id is never given twice: a number a text repeats by
 * mistake gets a second id ("op1-2").
 */
import type { Clause, Section } from "@mandates/domain";
import type { DraftClause } from "./segment.ts";

/** The id of the annex at `index` (from 0): "annex1". */
export const annexId = (index: number): string => `annex${index + 1}`;

/**
 * How one part of the text (the resolution's own paragraphs, or one annex's) numbers its
 * clauses: whether its numbering restarts, and its counters.
 */
class PartIds {
  readonly restarts: boolean;
  readonly prefix: string;
  /** Each section's place among those met, by identity: unlabelled sections are numbered "s2". */
  readonly sections = new Map<Section, number>();
  preambular = 0;
  unnumbered = 0;

  constructor(drafts: readonly DraftClause[], annex: number | null) {
    const numbers = drafts.filter((d) => d.number !== null).map((d) => d.number);
    this.restarts = new Set(numbers).size !== numbers.length;
    this.prefix = annex === null ? "" : `${annexId(annex)}-`;
  }

  wanted(draft: DraftClause): string {
    if (draft.kind === "preambular") return `${this.prefix}pp${++this.preambular}`;
    if (draft.number === null) return `${this.prefix}op${++this.unnumbered}`;
    if (this.restarts && draft.section) {
      if (!this.sections.has(draft.section))
        this.sections.set(draft.section, this.sections.size + 1);
      const label = draft.section.label.replace(/\s+/g, "");
      return `${this.prefix}${label || `s${this.sections.get(draft.section)}`}-op${draft.number}`;
    }
    return `${this.prefix}op${draft.number}`;
  }
}

export function buildClauses(drafts: readonly DraftClause[]): Clause[] {
  const parts = new Map<number | null, DraftClause[]>();
  for (const draft of drafts) {
    const list = parts.get(draft.annex);
    if (list) list.push(draft);
    else parts.set(draft.annex, [draft]);
  }
  const partIds = new Map([...parts].map(([annex, list]) => [annex, new PartIds(list, annex)]));
  const ids = new UniqueIds();
  return drafts.map((draft) => {
    const id = ids.give((partIds.get(draft.annex) as PartIds).wanted(draft));
    const operative = draft.kind === "operative" ? draft.lead.operative : null;
    const clause: Clause = {
      id,
      kind: draft.kind,
      number: draft.number,
      lead: draft.lead.lead,
      verb: draft.lead.verb,
      verbClass: operative?.verbClass ?? (draft.kind === "preambular" ? "preambular" : null),
      strength: operative?.strength ?? null,
      text: draft.text,
      items: draft.items,
      section: draft.section,
    };
    if (draft.tail) clause.tail = draft.tail;
    if (draft.annex !== null) clause.annex = annexId(draft.annex);
    return clause;
  });
}

/**
 * Ids given so far. A repeated id gets the next free suffix ("op1-2", "op1-3"); the suffix to try
 * next is kept for each id, so a text that repeats one number thousands of times is numbered in
 * one pass, not by trying every suffix again for each repetition.
 */
class UniqueIds {
  private readonly given = new Set<string>();
  private readonly nextSuffix = new Map<string, number>();

  give(wanted: string): string {
    let id = wanted;
    if (this.given.has(id)) {
      const base = id.replace(/-\d+$/, "");
      let n = this.nextSuffix.get(base) ?? 2;
      while (this.given.has(`${base}-${n}`)) n++;
      id = `${base}-${n}`;
      this.nextSuffix.set(base, n + 1);
    }
    this.given.add(id);
    return id;
  }
}
