/**
 * The parts a reader lays out: the resolution's own paragraphs, then each annex with its
 * paragraphs (a declaration, a programme of action), each part grouped under its section
 * headings in the order of the text. An annex's paragraphs are never the resolution's own.
 */

interface PartClause {
  kind: "preambular" | "operative";
  annex?: string;
  section: { label: string; heading: string } | null;
}

interface PartAnnex {
  id: string;
}

export interface SectionGroup<C extends PartClause> {
  section: C["section"];
  preamble: C[];
  operative: C[];
}

export interface ReaderParts<C extends PartClause, A extends PartAnnex> {
  own: C[];
  annexes: Array<{ annex: A; clauses: C[] }>;
}

/** The resolution's own clauses, and each annex's, in the order printed. */
export function readerParts<C extends PartClause, A extends PartAnnex>(
  clauses: readonly C[],
  annexes: readonly A[],
): ReaderParts<C, A> {
  const byAnnex = new Map<string, C[]>();
  const own: C[] = [];
  for (const c of clauses) {
    if (c.annex === undefined) own.push(c);
    else byAnnex.set(c.annex, [...(byAnnex.get(c.annex) ?? []), c]);
  }
  return {
    own,
    annexes: annexes.map((annex) => ({ annex, clauses: byAnnex.get(annex.id) ?? [] })),
  };
}

/** Clauses grouped under their section headings, a new group where the section changes. */
export function sectionGroups<C extends PartClause>(clauses: readonly C[]): SectionGroup<C>[] {
  const groups: SectionGroup<C>[] = [];
  for (const c of clauses) {
    const last = groups.at(-1);
    const same =
      last &&
      (last.section?.label ?? null) === (c.section?.label ?? null) &&
      (last.section?.heading ?? null) === (c.section?.heading ?? null);
    const group: SectionGroup<C> = same
      ? last
      : { section: c.section, preamble: [], operative: [] };
    if (!same) groups.push(group);
    (c.kind === "preambular" ? group.preamble : group.operative).push(c);
  }
  return groups;
}

/** The anchor of a section heading: the part ("" for the resolution's own) and its group's place. */
export const sectionId = (partId: string, group: number): string =>
  `${partId || "text"}-section-${group + 1}`;
