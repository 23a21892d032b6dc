/**
 * parseResolution: text in, structure out. The stages run in order: characters, pages, front
 * matter, furniture, footnotes, paragraphs, segmentation, then what is read inside clauses
 * (references, actors, obligations).
 */
import type { BodyId, Clause, Resolution } from "@mandates/domain";
import { ParseError } from "./errors.ts";
import { enactingFormula, organNamed, readFrontMatter } from "./front-matter.ts";
import { segment } from "./segment.ts";
import { buildBlocks } from "./text/blocks.ts";
import { normalizeCharacters } from "./text/characters.ts";
import { extractFootnotes, markFootnoteMarkers } from "./text/footnotes.ts";
import { removeFurniture } from "./text/furniture.ts";
import { type Page, splitPages } from "./text/pages.ts";
import { buildClauses } from "./clauses.ts";
import { findDate } from "./dates.ts";

export interface ParseOptions {
  /** Used in warnings and errors ("A_RES_80_228.txt"). */
  source?: string;
}

interface Split {
  front: string[];
  body: Page[];
  formulaBody: BodyId | null;
}

/** Splits the pages at the enacting formula ("The General Assembly,"). */
function splitAtFormula(pages: readonly Page[]): Split | null {
  for (const [p, page] of pages.entries()) {
    const i = page.lines.findIndex((line) => enactingFormula.test(line));
    if (i < 0) continue;
    const front = [...pages.slice(0, p).flatMap((pg) => pg.lines), ...page.lines.slice(0, i)];
    const formula = page.lines[i] ?? "";
    return {
      front,
      body: [{ lines: page.lines.slice(i + 1) }, ...pages.slice(p + 1)],
      formulaBody: organNamed(formula),
    };
  }
  return null;
}

export function parseResolution(input: string, _options: ParseOptions = {}): Resolution {
  const text = normalizeCharacters(input);
  if (text.trim() === "") throw new ParseError("The text is empty.");
  const pages = splitPages(text);
  const warnings: string[] = [];
  const split = splitAtFormula(pages) ?? { front: [], body: pages, formulaBody: null };
  if (split.front.length === 0 && split.formulaBody === null)
    warnings.push("No enacting formula (\"The General Assembly,\") was found; the whole text was read as the body.");
  const front = readFrontMatter(split.front, split.formulaBody);
  const clean = removeFurniture(split.body, front.title);
  const { pages: withoutNotes, footnotes } = extractFootnotes(clean);
  const blocks = buildBlocks(markFootnoteMarkers(withoutNotes, footnotes));
  const segments = segment(blocks);
  if (segments.clauses.length === 0)
    throw new ParseError("This does not look like a resolution: no preambular or operative paragraph was found.");
  const clauses: Clause[] = buildClauses(segments.clauses);
  const adopted = front.adopted ?? (segments.meeting ? findDate(segments.meeting) : null);
  return {
    symbol: front.symbol,
    body: front.body,
    title: front.title,
    adopted,
    session: front.session,
    draft: front.draft,
    distributed: front.distributed,
    agendaItem: front.agendaItem,
    origin: front.origin,
    meeting: segments.meeting,
    clauses,
    footnotes: footnotes.map((f) => ({ marker: f.marker, text: f.text })),
    references: [],
    actors: [],
    obligations: [],
    annexes: segments.annexes,
    warnings,
  };
}
