/**
 * A long resolution's table of contents: the preamble, each section heading, each operative
 * paragraph by its number and lead ("11. Requests"), and each annex with its own sections and
 * paragraphs, in the order printed. And the paragraph a reader asks for by number ("11", or
 * "annex 1, 25" for an annex's paragraph).
 */
import { message } from "../i18n/translated.ts";
import { sectionGroups, sectionId } from "./reader-parts.ts";

interface ContentsClause {
  id: string;
  kind: "preambular" | "operative";
  number: number | string | null;
  lead: string;
  /** The paragraph's words, lead first. */
  text?: string;
  annex?: string;
  section: { label: string; heading: string } | null;
}

interface ContentsAnnex {
  id: string;
  heading: string;
  title: string | null;
}

export interface ContentsEntry {
  /** The anchor in the page. */
  id: string;
  label: string;
  children: ContentsEntry[];
}

const sectionLabel = (s: { label: string; heading: string }) =>
  [s.label, s.heading].filter(Boolean).join(" ") || message("contents.section");

/** The paragraph's first words, cut at a word: "Decides that the high-level 2025 United…". */
function opening(c: ContentsClause, length = 60): string {
  const text = (c.text ?? "").replace(/\s+/g, " ").trim();
  if (!text.startsWith(c.lead) || text.length <= length) return text || c.lead;
  const cut = text.slice(0, length);
  return `${cut.slice(0, Math.max(c.lead.length, cut.lastIndexOf(" ")))}…`;
}

const paragraphEntry = (c: ContentsClause): ContentsEntry => ({
  id: c.id,
  label: `${c.number === null ? "" : `${c.number}. `}${opening(c) || message("contents.unnumbered")}`,
  children: [],
});

/** One part's entries: its preamble, then its sections, each with its operative paragraphs. */
function partEntries(clauses: readonly ContentsClause[], partId: string): ContentsEntry[] {
  const out: ContentsEntry[] = [];
  sectionGroups(clauses).forEach((g, i) => {
    const paragraphs = g.operative.map(paragraphEntry);
    const preamble = g.preamble[0];
    const intro: ContentsEntry[] = preamble
      ? [
          {
            id: preamble.id,
            label: message("contents.preamble", { count: g.preamble.length }),
            children: [],
          },
        ]
      : [];
    if (g.section)
      out.push({
        id: sectionId(partId, i),
        label: sectionLabel(g.section),
        children: [...intro, ...paragraphs],
      });
    else out.push(...intro, ...paragraphs);
  });
  return out;
}

export function readerContents(
  own: readonly ContentsClause[],
  annexes: ReadonlyArray<{ annex: ContentsAnnex; clauses: readonly ContentsClause[] }>,
): ContentsEntry[] {
  return [
    ...partEntries(own, ""),
    ...annexes.map(({ annex, clauses }) => ({
      id: annex.id,
      label: [annex.heading || message("contents.annex"), annex.title].filter(Boolean).join(": "),
      children: partEntries(clauses, annex.id),
    })),
  ];
}

/**
 * The paragraph a reader asks for: "11" (an operative paragraph of the resolution's own, by its
 * printed number), "annex 1, 25" or "annex1 25" (the 25th of the first annex's paragraphs).
 */
export function findParagraph<C extends ContentsClause>(
  clauses: readonly C[],
  asked: string,
): C | undefined {
  const text = asked.trim().toLowerCase();
  const inAnnex = /^annex\s*(\d+)\s*[,.:]?\s*(?:para(?:graph)?\.?\s*)?(\d+[a-z]?)$/.exec(text);
  const own = /^(?:para(?:graph)?\.?\s*)?(\d+[a-z]?)\.?$/.exec(text);
  if (inAnnex)
    return clauses.find(
      (c) =>
        c.kind === "operative" &&
        c.annex === `annex${inAnnex[1]}` &&
        String(c.number).toLowerCase() === inAnnex[2],
    );
  if (own)
    return clauses.find(
      (c) =>
        c.kind === "operative" &&
        c.annex === undefined &&
        String(c.number).toLowerCase() === own[1],
    );
  return undefined;
}
