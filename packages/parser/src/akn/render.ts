/**
 * Renders an AKN4UN resolution as the plain text its PDF would show, so the one text parser reads
 * XML and PDF text alike (and the corpus evaluation can compare its parse with the markup).
 *
 * Layout: cover page lines, preface, "The Security Council,", one preambular paragraph per
 * block, then "N. text" per operative paragraph with "(a) text" sub-items (nested ones follow
 * their parent), blank lines between paragraphs. Footnotes are rendered as PDF text shows them:
 * the marker glued to the word ("conflict1") and, after the paragraph, a separator line and the
 * note ("1 Presidential Statements ..."). Annexes follow a line "Annex" ("Annex I", "Annex II"
 * when there are several). Lines are not wrapped: one line per paragraph.
 */

import { type BodyId, type Lexicon, lexicons } from "@mandates/domain";
import { append } from "../append.ts";
import { romanNumeral } from "../text/roman.ts";
import {
  type AknBlock,
  type AknFootnote,
  type AknItem,
  type AknResolution,
  readAknResolution,
} from "./document.ts";

/**
 * The enacting formula a resolution's printed text carries, by the organ its symbol names, for
 * markup that leaves it out; none for a symbol of another organ.
 */
function formulaOf(symbol: string | null, lexicon: Lexicon): string | null {
  const organ = symbol?.trim() ?? "";
  const body: BodyId | null = organ.startsWith("S/")
    ? "sc"
    : organ.startsWith("A/HRC/")
      ? "hrc"
      : organ.startsWith("A/")
        ? "ga"
        : organ.startsWith("E/")
          ? "ecosoc"
          : null;
  return body ? (lexicon.formula.printed[body] ?? null) : null;
}

/** The separator PDF text shows above footnotes. */
export const footnoteSeparator = "__________________";

/** Reads an AKN4UN file and renders it. */
export function renderAkn(xml: string, lexicon: Lexicon = lexicons.en): string {
  return renderAknResolution(readAknResolution(xml), lexicon);
}

/** `lexicon`: the language the resolution is written in, for the words the markup leaves out. */
export function renderAknResolution(
  resolution: AknResolution,
  lexicon: Lexicon = lexicons.en,
): string {
  const paragraphs: string[] = [];
  if (resolution.cover.length > 0) paragraphs.push(resolution.cover.join("\n"));
  if (resolution.preface.length > 0) paragraphs.push(resolution.preface.join("\n"));
  // Every printed resolution has the formula; some markup lacks it (S/RES/2573), so it is
  // supplied from the symbol rather than letting cover lines run into the preamble.
  const formula = resolution.formula ?? formulaOf(resolution.symbol, lexicon);
  if (formula) paragraphs.push(formula);
  for (const block of resolution.preamble) append(paragraphs, renderBlock(block));
  for (const block of resolution.body) append(paragraphs, renderBlock(block));
  resolution.annexes.forEach((annex, i) => {
    const several = resolution.annexes.length > 1;
    const [word] = lexicon.annexWords;
    paragraphs.push(several ? `${word} ${romanNumeral(i + 1)}` : word);
    for (const block of annex.blocks) append(paragraphs, renderBlock(block));
  });
  return `${paragraphs.filter((p) => p !== "").join("\n\n")}\n`;
}

/** A block as printed paragraphs (joined by blank lines), its footnotes after it. */
export function renderBlock(block: AknBlock): string[] {
  switch (block.kind) {
    case "heading":
      return [block.text];
    case "preambular":
      return [block.text, ...renderFootnotes(block.footnotes)];
    case "other":
      return [...block.lines, ...renderFootnotes(block.footnotes)];
    case "paragraph": {
      const own = [...block.lines];
      const items = block.items.flatMap(renderItem);
      // A paragraph with no words of its own prints its first sub-item beside its number:
      // "5. (a) Decides that ...".
      const first = own.shift() ?? items.shift() ?? "";
      const opening = block.number ? `${block.number} ${first}`.trim() : first;
      return [opening, ...own, ...items, ...block.tail, ...renderFootnotes(block.footnotes)].filter(
        (p) => p !== "",
      );
    }
  }
}

function renderItem(item: AknItem): string[] {
  const own = `${item.label} ${item.text}`.trim();
  return [item.heading ?? "", own, ...item.items.flatMap(renderItem)].filter((p) => p !== "");
}

function renderFootnotes(footnotes: AknFootnote[]): string[] {
  if (footnotes.length === 0) return [];
  return [[footnoteSeparator, ...footnotes.map((f) => `${f.marker} ${f.text}`)].join("\n")];
}
