/**
 * What the parser should find in an AKN resolution, according to the markup as the evaluation's
 * own walk reads it (akn-markup.ts): the preambular paragraphs, the operative paragraphs, and the
 * italic words that open each. Nothing here comes from the parser or the domain's verb lexicon:
 * where a rule needs to know how a paragraph opens, it looks at the shape of the words.
 *
 * Counting rules (found by reading the files; README.md explains them):
 * - preambular: each paragraph of <preamble>, headings aside; each `crossHeading
 *   refersTo="#preamble"` in the main body; and each unnumbered main-body paragraph the printed
 *   page shows as preamble: one that opens with a participle or adjective ("Having considered",
 *   "Acting under", "Mindful") and ends with a comma, or any paragraph ending with a comma before
 *   the first numbered one that does not open like an operative paragraph.
 * - operative: each main-body paragraph numbered with an arabic number ("7.") that has text.
 *   Headings and paragraphs numbered "(a)", "–", "•" (sub-items marked up as paragraphs) are
 *   not operative paragraphs; annexes never count. With no numbered paragraph, a single
 *   unnumbered one is the lone operative paragraph.
 * A file whose markup leaves the printed count uncertain is set aside, with the reasons why.
 */
import {
  type MarkupBlock,
  type MarkupItem,
  type MarkupParagraph,
  type MarkupResolution,
  withoutNotes,
} from "./akn-markup.ts";

export interface ExpectedOperative {
  /** The printed number, or null for a lone unnumbered paragraph. */
  number: number | null;
  /** The italic words that open the paragraph, as printed, if marked up. */
  italicLead: string | null;
  /** The paragraph's own text (without number, sub-items or footnote markers). */
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

function isNumbered(block: MarkupParagraph): boolean {
  return block.number !== null && arabicNumber.test(block.number);
}

function paragraphText(block: MarkupParagraph): string {
  return withoutNotes(block.lines.join(" "));
}

/**
 * The first word of a preambular paragraph: a participle ("Recalling", "Having", "Acting"), a
 * past participle or adjective ("Concerned", "Mindful", "Aware", "Cognizant"), or an adverb
 * before one ("Deeply", "Further", "Also").
 */
function preambularOpening(word: string): boolean {
  return (
    /^[A-Z][a-z]{2,}(?:ing|ed|ful|ly|ant|ent)$/.test(word) ||
    /^(?:Aware|Conscious|Further|Also|Desirous|Anxious)$/.test(word)
  );
}

/** Text that reads as a preambular paragraph: "Having considered ...,", "Acting under ...,". */
function preambleLike(text: string): boolean {
  const firstWord = /^[A-Za-z]+/.exec(text)?.[0] ?? "";
  return preambularOpening(firstWord) && /,$/.test(text);
}

/**
 * A paragraph that opens like an operative one: emphasized words (italic, or underlined in older
 * files) that read as a verb in the third person ("Decides", "Requests", "Calls"), maybe after
 * an adverb ("Further requests", "Strongly condemns"), with more words after them (an italic
 * line on its own, "Measures", is a heading).
 */
function operativeLike(block: MarkupParagraph): boolean {
  const lead = block.emphasizedLead;
  return (
    lead !== null &&
    /^(?:(?:[A-Z][a-z]+ly|Also|Further|Again|Once again)\s+[a-z]*[b-hj-rtv-z]s|[A-Z][a-z]*[b-hj-rtv-z]s)\b/.test(
      lead,
    ) &&
    paragraphText(block).length > lead.length + 1
  );
}

/**
 * Unnumbered body text the printed page shows as a preambular paragraph: preamble-like anywhere,
 * or any paragraph ending with a comma before the operative part ("With consideration to the
 * provisions of Chapter VI ...," in S/RES/2107).
 */
function readsAsPreamble(block: MarkupParagraph, beforeOperative: boolean): boolean {
  if (block.number !== null) return false;
  const text = paragraphText(block);
  return (
    preambleLike(text) ||
    (beforeOperative && /^[A-Z]/.test(text) && /,$/.test(text) && !operativeLike(block))
  );
}

function itemLabels(items: readonly MarkupItem[]): string[] {
  return items.flatMap((item) => [item.label, ...itemLabels(item.items)]);
}

/**
 * Sub-items labelled like the operative paragraphs that should follow ("4.", "5." inside
 * paragraph 3): whole paragraphs nested as sub-items in the markup (S/RES/1591). Sub-items
 * numbered "1.", "2." inside paragraph 6 are a list of its own.
 */
function operativeNumbersInsideItems(paragraphs: readonly MarkupParagraph[]): string | null {
  let last = 0;
  for (const block of paragraphs) {
    if (isNumbered(block)) last = Number(arabicNumber.exec(block.number ?? "")?.[1]);
    const nested = itemLabels(block.items)
      .map((label) => arabicNumber.exec(label)?.[1])
      .filter((n): n is string => n !== undefined && Number(n) > last);
    if (nested.length > 0) return `sub-items numbered ${nested.join(", ")} after paragraph ${last}`;
  }
  return null;
}

function excerpt(text: string): string {
  return text.length > 70 ? `${text.slice(0, 70)}...` : text;
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

export function expectFromMarkup(resolution: MarkupResolution): AknExpectation {
  const setAsideBecause: string[] = [];
  if (!resolution.symbol?.startsWith("S/RES/")) {
    setAsideBecause.push(`not a resolution (${resolution.symbol ?? "no symbol"})`);
  }
  const paragraphs = resolution.body.filter((b): b is MarkupParagraph => b.kind === "paragraph");
  const firstNumbered = paragraphs.findIndex(isNumbered);
  const preambleInBody = new Set(
    paragraphs.filter((p, i) => readsAsPreamble(p, firstNumbered < 0 || i < firstNumbered)),
  );
  const preambular = [...resolution.preamble, ...resolution.body].flatMap((b: MarkupBlock) =>
    b.kind === "preambular"
      ? [withoutNotes(b.text)]
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
  const nested = operativeNumbersInsideItems(paragraphs);
  if (nested)
    setAsideBecause.push(`operative paragraphs nested as sub-items in the markup: ${nested}`);
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
    const empty = numbered.filter((p) => paragraphText(p) === "" && p.items.length === 0);
    if (empty.length > 0) {
      setAsideBecause.push(
        `${empty.length} numbered paragraph(s) hold no text (number and text marked up apart?), first: ${empty[0]?.number}`,
      );
    }
    const broken = brokenNumbering(operative.map((o) => o.number ?? 0));
    if (broken) setAsideBecause.push(`numbering runs ${broken}`);
    const lost = paragraphs.filter(
      (p) => p.number === null && !preambleInBody.has(p) && operativeLike(p),
    );
    const [first] = lost;
    if (first) {
      setAsideBecause.push(
        `${lost.length} unnumbered paragraph(s) open like operative ones among numbered ones (numbers lost in the markup?), first: "${excerpt(paragraphText(first))}"`,
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
