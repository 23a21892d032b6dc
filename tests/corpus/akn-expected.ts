/**
 * What the parser should find in a rendered AKN resolution, according to the XML's own markup:
 * the preambular paragraphs, the operative paragraphs, and the italic verb that opens each.
 *
 * Counting rules (found by reading the files; README.md explains them):
 * - preambular: each paragraph of <preamble> (a <container>, or a bare <p>), headings aside;
 *   each `crossHeading refersTo="#preamble"` in the main body; and each unnumbered main-body
 *   paragraph that the printed page shows as preamble: one that opens like a preambular
 *   paragraph ("Having considered", "Acting under") and ends with a comma, or any paragraph
 *   ending with a comma before the first operative one ("With consideration to ...,").
 * - operative: each main-body paragraph numbered with an arabic number ("7.") that has text.
 *   Headings ("UNMISS Mandate", "A. Targeted sanctions") and paragraphs numbered "(a)", "–", "•"
 *   (sub-items marked up as paragraphs) are not operative paragraphs; annexes never count.
 *   With no numbered paragraph, a single unnumbered one is the lone operative paragraph.
 * A file whose markup leaves the printed count uncertain is set aside, with the reasons why:
 * numbering that skips or does not start at 1, numbers lost (unnumbered paragraphs opening with
 * an operative verb among numbered ones), operative paragraphs nested as sub-items, numbered
 * preamble, a preambular paragraph split in two, several unnumbered paragraphs and no numbered
 * one, or a document that is not a resolution.
 */
import { canonicalVerb, isPreambularLeadWord } from "@mandates/domain";
import type { AknBlock, AknItem, AknParagraph, AknResolution } from "@mandates/parser";

export interface ExpectedOperative {
  /** The printed number, or null for a lone unnumbered paragraph. */
  number: number | null;
  /** The italic opening phrase as marked up, if any. */
  italicLead: string | null;
  /** The paragraph's own text (without number or sub-items). */
  text: string;
}

export interface AknExpectation {
  symbol: string | null;
  /** The preambular paragraphs' texts, in order. */
  preambular: string[];
  operative: ExpectedOperative[];
  /** Why the markup does not tell how many paragraphs the printed text has; empty when it does. */
  setAsideBecause: string[];
}

const arabicNumber = /^(\d+)\.?$/;

function isNumbered(block: AknParagraph): boolean {
  return block.number !== null && arabicNumber.test(block.number);
}

function paragraphText(block: AknParagraph): string {
  return block.lines.join(" ");
}

/** Text that reads as a preambular paragraph: "Having considered ...,", "Acting under ...,". */
function preambleLike(text: string): boolean {
  const firstWord = /^[A-Z][a-z]+/.exec(text)?.[0];
  return firstWord !== undefined && isPreambularLeadWord(firstWord) && /,$/.test(text);
}

/**
 * Unnumbered body text that the printed page shows as a preambular paragraph: preamble-like
 * anywhere, or any paragraph ending with a comma before the operative part ("With consideration
 * to the provisions of Chapter VI ...," in S/RES/2107).
 */
function readsAsPreamble(block: AknParagraph, beforeOperative: boolean): boolean {
  if (block.number !== null) return false;
  const text = paragraphText(block);
  return (
    preambleLike(text) ||
    (beforeOperative && /^[A-Z]/.test(text) && /,$/.test(text) && !opensWithOperativeVerb(text))
  );
}

function itemLabels(items: readonly AknItem[]): string[] {
  return items.flatMap((item) => [item.label, ...itemLabels(item.items)]);
}

/**
 * Sub-items labelled like the operative paragraphs that should follow ("4.", "5." inside
 * paragraph 3): whole paragraphs nested as sub-items in the markup (S/RES/1591). Sub-items
 * numbered "1.", "2." inside paragraph 6 are a list of its own and are left to the parser.
 */
function operativeNumbersInsideItems(body: readonly AknBlock[]): string | null {
  let last = 0;
  for (const block of body) {
    if (block.kind !== "paragraph") continue;
    if (isNumbered(block)) last = Number(arabicNumber.exec(block.number ?? "")?.[1]);
    const nested = itemLabels(block.items)
      .map((label) => arabicNumber.exec(label)?.[1])
      .filter((n): n is string => n !== undefined && Number(n) > last);
    if (nested.length > 0) return `sub-items numbered ${nested.join(", ")} after paragraph ${last}`;
  }
  return null;
}

function opensWithOperativeVerb(text: string): boolean {
  return /^[A-Z]/.test(text) && canonicalVerb(text) !== null;
}

function excerpt(text: string): string {
  return text.length > 70 ? `${text.slice(0, 70)}...` : text;
}

export function expectFromAkn(resolution: AknResolution): AknExpectation {
  const setAsideBecause: string[] = [];
  if (!resolution.symbol?.startsWith("S/RES/")) {
    setAsideBecause.push(`not a resolution (${resolution.symbol ?? "no symbol"})`);
  }
  const paragraphs = resolution.body.filter((b): b is AknParagraph => b.kind === "paragraph");
  const firstNumbered = paragraphs.findIndex(isNumbered);
  const preambleInBody = new Set(
    paragraphs.filter((p, i) => readsAsPreamble(p, firstNumbered < 0 || i < firstNumbered)),
  );
  const preambular = [...resolution.preamble, ...resolution.body].flatMap((b: AknBlock) =>
    b.kind === "preambular"
      ? [b.text]
      : b.kind === "paragraph" && preambleInBody.has(b)
        ? [paragraphText(b)]
        : [],
  );
  const lowerCase = preambular.find((text) => /^[a-z]/.test(text));
  if (lowerCase) {
    setAsideBecause.push(
      `a preambular paragraph opens in lower case, one paragraph split in two by the markup?: "${excerpt(lowerCase)}"`,
    );
  }

  const nestedParagraphs = operativeNumbersInsideItems(resolution.body);
  if (nestedParagraphs) {
    setAsideBecause.push(
      `operative paragraphs nested as sub-items in the markup: ${nestedParagraphs}`,
    );
  }
  const numberedPreamble = paragraphs.filter(
    (p) => p.number !== null && !isNumbered(p) && preambleLike(paragraphText(p)),
  );
  if (numberedPreamble.length > 0) {
    setAsideBecause.push(
      `preambular paragraphs carry numbers in the markup (${numberedPreamble.map((p) => p.number).join(", ")})`,
    );
  }
  const numbered = paragraphs.filter(isNumbered);
  let operative: ExpectedOperative[];
  if (numbered.length > 0) {
    operative = numbered.map((p) => ({
      number: Number(arabicNumber.exec(p.number ?? "")?.[1]),
      italicLead: p.italicLead,
      text: paragraphText(p),
    }));
    const broken = brokenNumbering(operative.map((o) => o.number ?? 0));
    if (broken) setAsideBecause.push(`numbering runs ${broken}`);
    const lostNumbers = paragraphs.filter(
      (p) =>
        p.number === null && !preambleInBody.has(p) && opensWithOperativeVerb(paragraphText(p)),
    );
    const [firstLost] = lostNumbers;
    if (firstLost) {
      setAsideBecause.push(
        `${lostNumbers.length} unnumbered paragraph(s) open with an operative verb among numbered ones (numbers lost in the markup?), first: "${excerpt(paragraphText(firstLost))}"`,
      );
    }
  } else {
    const unnumbered = paragraphs.filter(
      (p) => p.number === null && !preambleInBody.has(p) && /[A-Za-z]/.test(paragraphText(p)),
    );
    operative = unnumbered.map((p) => ({
      number: null,
      italicLead: p.italicLead,
      text: paragraphText(p),
    }));
    if (unnumbered.length !== 1) {
      setAsideBecause.push(
        `no numbered paragraph, and ${unnumbered.length} unnumbered ones: the printed count is unclear`,
      );
    }
  }
  return { symbol: resolution.symbol, preambular, operative, setAsideBecause };
}

/**
 * Operative numbering goes 1, 2, 3 ..., and may restart at 1 in a new section. Returns a
 * description of the first break ("1 ... 9, then 17"), or null when the numbering is sound.
 */
export function brokenNumbering(numbers: readonly number[]): string | null {
  let previous = 0;
  for (const n of numbers) {
    if (n !== previous + 1 && n !== 1) {
      return previous === 0 ? `from ${n}` : `1 ... ${previous}, then ${n}`;
    }
    previous = n;
  }
  return null;
}
