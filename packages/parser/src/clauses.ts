/**
 * Clauses as published: ids that stay stable ("pp2", "op11"; "II-op3" when a section restarts
 * the numbering), the lead and canonical verb, and the strength of operative verbs. An id is never
 * given twice: a number a text repeats by mistake gets a second id ("op1-2").
 */
import type { Clause, Section } from "@mandates/domain";
import type { DraftClause } from "./segment.ts";

export function buildClauses(drafts: readonly DraftClause[]): Clause[] {
  const numbers = drafts.filter((d) => d.number !== null).map((d) => d.number);
  const restarts = new Set(numbers).size !== numbers.length;
  // Each section's place among those met, by identity: unlabelled sections are numbered "s2".
  const sections = new Map<Section, number>();
  let preambular = 0;
  let unnumbered = 0;
  const ids = new UniqueIds();
  return drafts.map((draft) => {
    let id: string;
    if (draft.kind === "preambular") id = `pp${++preambular}`;
    else if (draft.number === null) id = `op${++unnumbered}`;
    else if (restarts && draft.section) {
      if (!sections.has(draft.section)) sections.set(draft.section, sections.size + 1);
      id = `${draft.section.label || `s${sections.get(draft.section)}`}-op${draft.number}`;
    } else id = `op${draft.number}`;
    id = ids.give(id);
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
