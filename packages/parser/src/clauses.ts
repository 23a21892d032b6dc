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
  const sections: Section[] = [];
  let preambular = 0;
  let unnumbered = 0;
  const given = new Set<string>();
  return drafts.map((draft) => {
    let id: string;
    if (draft.kind === "preambular") id = `pp${++preambular}`;
    else if (draft.number === null) id = `op${++unnumbered}`;
    else if (restarts && draft.section) {
      if (!sections.includes(draft.section)) sections.push(draft.section);
      id = `${draft.section.label || `s${sections.indexOf(draft.section) + 1}`}-op${draft.number}`;
    } else id = `op${draft.number}`;
    for (let n = 2; given.has(id); n++) id = `${id.replace(/-\d+$/, "")}-${n}`;
    given.add(id);
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
