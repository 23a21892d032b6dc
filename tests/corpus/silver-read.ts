/**
 * Reading the EOSG analytics team's paragraph segmentation (un-paragraphs-silver): which of its
 * items are the resolution's numbered operative paragraphs, read two ways.
 *
 * Strictly (`silverStrict`): every item silver labels a paragraph of type operative whose prefix
 * is a number and a full stop ("12."), in silver's order, nothing else changed; paired with the
 * parsed operative clauses by position.
 *
 * Adjusted (`silverOperative`), because silver is machine-made; each adjustment was found in the
 * data and is named in README.md:
 * - A1 prefixes are cleaned of invisible characters, and a lost final dot is tolerated ("26"
 *   for "26.");
 * - A2 an item whose prefix is only invisible characters and whose text opens with "6." takes
 *   its number from the text;
 * - A3 an "Annex" heading ends the resolution: paragraphs after it are the annex's, even when
 *   silver labels them operative;
 * - A4 numbering that restarts (a number not above the previous one) means an annex started,
 *   and reading stops there;
 * - A5 except when a short list follows and then the old numbering resumes (the agenda numbered
 *   1-7 inside paragraph 11 of A/RES/78/223, a quoted "new paragraph 4" in A/RES/78/248): that
 *   list is quoted inside a paragraph and is skipped;
 * - A6 paragraphs are paired with parsed clauses by printed number, not by position, so one
 *   paragraph silver missed does not shift every later pair.
 * Both readings compare texts reduced to their letters (`lettersOnly`).
 */
import { createHash } from "node:crypto";
import type { Clause } from "@mandates/domain";

export interface SilverItem {
  text: string;
  type: string;
  paragraph_type?: string;
  prefix?: string;
}

export interface SilverParagraph {
  number: number;
  text: string;
}

export interface SilverOperative {
  paragraphs: SilverParagraph[];
  /** What looked odd while reading silver's numbering (printed beside disagreements). */
  remarks: string[];
}

/** The public pipeline's scores on this comparison, printed beside ours for scale. */
export const mandatePipelineReference = { documents: 0.34, paragraphs: 0.91 };

export function readSilverItems(json: string): SilverItem[] {
  const parsed: unknown = JSON.parse(json);
  if (!Array.isArray(parsed)) throw new Error("A silver file should hold an array of items.");
  return parsed.filter(
    (item): item is SilverItem =>
      typeof item === "object" &&
      item !== null &&
      typeof (item as SilverItem).text === "string" &&
      typeof (item as SilverItem).type === "string",
  );
}

const invisible = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff\s]/g;

/** The operative number a prefix prints ("12." -> 12), or null for "(a)", "I" and the like. */
export function operativeNumber(prefix: string | undefined): number | null {
  const m = /^(\d+)\.?$/.exec((prefix ?? "").replace(invisible, ""));
  return m ? Number(m[1]) : null;
}

/**
 * Where the resolution's numbering resumes after a run that restarted at `start`, if that run
 * is one short list (numbers only increasing, at most `maxListLength` of them) followed by
 * previous + 1 out of the list's own sequence. Articles of an annexed convention restart again
 * and again, an annex's paragraphs run on from 1: neither is a resumption.
 */
function resumption(
  numbered: readonly SilverParagraph[],
  start: number,
  previous: number,
): number | null {
  const maxListLength = 12;
  let last = 0;
  for (let j = start; j < numbered.length && j <= start + maxListLength; j++) {
    const n = (numbered[j] as SilverParagraph).number;
    // previous + 1 that merely continues the restarted run (an annex's 1, 2, 3) is not a return.
    if (n === previous + 1 && n !== last + 1) return j;
    if (n <= last) return null;
    last = n;
  }
  return null;
}

/**
 * The printed number of an operative item. Silver keeps it in `prefix`; a few items lost it
 * into their text, leaving an invisible prefix (A/RES/78/282: six U+200D, then the text
 * "6.\tRequests ..."): the number is read from the text and cut off.
 */
function numberedItem(item: SilverItem): SilverParagraph | null {
  const number = operativeNumber(item.prefix);
  if (number !== null) return { number, text: item.text };
  if ((item.prefix ?? "").replace(invisible, "") !== "") return null;
  const inText = new RegExp(`^${invisible.source}*(\\d+)\\.\\s+`).exec(item.text);
  return inText ? { number: Number(inText[1]), text: item.text.slice(inText[0].length) } : null;
}

const annexHeading = /^Annex(?:es)?(?:\s+[IVXL\d]+)?\s*$/;

/** Silver's paragraphs as labelled: operative items whose prefix is "N." (white space trimmed). */
export function silverStrict(items: readonly SilverItem[]): SilverParagraph[] {
  return items.flatMap((item) => {
    const m = /^(\d+)\.$/.exec((item.prefix ?? "").trim());
    return item.type === "paragraph" && item.paragraph_type === "operative" && m
      ? [{ number: Number(m[1]), text: item.text }]
      : [];
  });
}

/** Silver's numbered operative paragraphs of the resolution itself, in order, adjusted. */
export function silverOperative(items: readonly SilverItem[]): SilverOperative {
  const annex = items.findIndex(
    (item) => item.type !== "paragraph" && annexHeading.test(item.text.trim()),
  );
  const resolution = annex >= 0 ? items.slice(0, annex) : items;
  const numbered = resolution.flatMap((item) => {
    if (item.type !== "paragraph" || item.paragraph_type !== "operative") return [];
    const paragraph = numberedItem(item);
    return paragraph ? [paragraph] : [];
  });
  const paragraphs: SilverParagraph[] = [];
  const remarks: string[] = [];
  let previous = 0;
  for (let i = 0; i < numbered.length; i++) {
    const paragraph = numbered[i] as SilverParagraph;
    if (paragraph.number > previous) {
      if (paragraph.number !== previous + 1) {
        remarks.push(`silver numbering jumps from ${previous} to ${paragraph.number}`);
      }
      paragraphs.push(paragraph);
      previous = paragraph.number;
      continue;
    }
    const resumes = resumption(numbered, i, previous);
    if (resumes === null) {
      remarks.push(`silver numbering restarts after ${previous}: read as an annex, not counted`);
      break;
    }
    remarks.push(`silver numbering restarts after ${previous} and resumes: a quoted list, skipped`);
    i = resumes - 1;
  }
  if (
    annex >= 0 &&
    items.slice(annex).some((item) => item.paragraph_type === "operative" && numberedItem(item))
  )
    remarks.push(
      "silver labels numbered paragraphs after the Annex heading operative: annex paragraphs, not counted",
    );
  if (paragraphs.length === 0) remarks.push("silver has no numbered operative paragraph");
  return { paragraphs, remarks };
}

/**
 * Lower-case letters a-z only, with where each came from in `normalized`. The text is first
 * decomposed (NFKD) so that "ñ" counts as "n" whether it was encoded as one character or two.
 */
export function lettersOnly(text: string): {
  letters: string;
  positions: number[];
  normalized: string;
} {
  let letters = "";
  const positions: number[] = [];
  const normalized = text.normalize("NFKD");
  const lower = normalized.toLowerCase();
  for (let i = 0; i < lower.length; i++) {
    const c = lower[i] as string;
    if (c >= "a" && c <= "z") {
      letters += c;
      positions.push(i);
    }
  }
  return { letters, positions, normalized };
}

/** "... around the first difference ..." in both texts, for a person to judge. */
export function firstDifference(silverText: string, parsedText: string): string {
  const a = lettersOnly(silverText);
  const b = lettersOnly(parsedText);
  let i = 0;
  while (i < a.letters.length && i < b.letters.length && a.letters[i] === b.letters[i]) i++;
  const around = (at: { positions: number[]; normalized: string }) => {
    const text = at.normalized;
    const p = at.positions[i] ?? text.length;
    return `${p > 30 ? "..." : ""}${text.slice(Math.max(0, p - 30), p)}[HERE]${text.slice(p, p + 40)}`;
  };
  return `silver ${around(a)}\n  parsed ${around(b)}`;
}

export function pairByNumber(
  silver: readonly SilverParagraph[],
  parsed: readonly Clause[],
): Array<[SilverParagraph, Clause | undefined]> {
  const used = new Set<Clause>();
  return silver.map((paragraph) => {
    const clause = parsed.find((c) => c.number === paragraph.number && !used.has(c));
    if (clause) used.add(clause);
    return [paragraph, clause];
  });
}

/** The k-th silver paragraph with the k-th parsed operative clause (the strict reading). */
export function pairByPosition(
  silver: readonly SilverParagraph[],
  parsed: readonly Clause[],
): Array<[SilverParagraph, Clause | undefined]> {
  return silver.map((paragraph, i) => [paragraph, parsed[i]]);
}

/** "A_RES_78_223" -> "A/RES/78/223". */
export function symbolOf(name: string): string {
  return name.replace(/_/g, "/");
}

export type SilverHalf = "tuning" | "held-out";

/**
 * Which half a document belongs to, fixed by its symbol: the first byte of sha1(symbol) even
 * puts it in the tuning half, odd in the held-out half.
 */
export function halfOf(symbol: string): SilverHalf {
  const first = createHash("sha1").update(symbol).digest()[0] ?? 0;
  return first % 2 === 0 ? "tuning" : "held-out";
}
