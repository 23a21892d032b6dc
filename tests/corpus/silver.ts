/**
 * General Assembly texts extracted from PDF (un-ga-pdftext) against the EOSG analytics team's
 * paragraph segmentation of the same documents (un-paragraphs-silver): does the parser find as
 * many numbered operative paragraphs, with the same text?
 *
 * Silver is machine-made, so its numbered operative paragraphs are read with care:
 * - prefixes are cleaned of invisible characters and a lost final dot is tolerated
 *   (A/RES/79/160 has "26" for "26."); an item with no prefix whose text opens with the number
 *   gets it from there (A/RES/78/282 paragraph 6);
 * - numbering that restarts (a number not above the previous one) means an annex started, and
 *   reading stops there; except when a short list follows and then the old numbering resumes
 *   (the agenda numbered 1-7 inside paragraph 11 of A/RES/78/223, a quoted "new paragraph 4"
 *   in A/RES/78/248): that list is quoted inside a paragraph and is skipped.
 * - an "Annex" heading starts the annex: paragraphs after it are the annex's, even when silver
 *   labels them operative and no numbered paragraph of the resolution came before (a declaration
 *   or programme of action adopted by a lone unnumbered paragraph: A/RES/78/3, A/RES/79/233).
 * Paragraphs are paired by printed number (silver's numbers only increase), so one paragraph
 * silver missed does not shift every later pair.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Clause } from "@mandates/domain";
import { filesEndingWith, gaPdfTextDir, silverDir } from "./corpus-paths.ts";
import { type Disagreement, type Figure, numberRuns, type PartReport } from "./figures.ts";
import type { ParseOutcome } from "./parse-outcome.ts";
import type { ParsePool } from "./parse-pool.ts";
import type { Progress } from "./progress.ts";

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

/** Silver's numbered operative paragraphs of the resolution itself, in order. */
const annexHeading = /^Annex(?:es)?(?:\s+[IVXL\d]+)?\s*$/;

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

function describeCountMismatch(
  name: string,
  silver: SilverOperative,
  operative: readonly Clause[],
): Disagreement {
  const silverNumbers = new Set(silver.paragraphs.map((p) => p.number));
  const parsedNumbers = operative.map((c) => c.number);
  const beyond = parsedNumbers.filter((n) => n === null || !silverNumbers.has(n));
  const missing = [...silverNumbers].filter((n) => !parsedNumbers.includes(n));
  let line = `${name}: silver ${silver.paragraphs.length}, parsed ${operative.length}`;
  if (missing.length > 0) line += `; not parsed: ${numberRuns(missing)}`;
  if (beyond.length > 0) {
    line += `; parsed beyond silver: ${numberRuns(beyond.map((n) => n ?? "unnumbered"))}`;
  }

  if (silver.remarks.length > 0) line += `\n  note: ${silver.remarks.join("; ")}`;
  return line;
}

function describeTextMismatch(
  name: string,
  paragraph: SilverParagraph,
  clause: Clause | undefined,
): Disagreement {
  if (!clause) {
    return `${name} paragraph ${paragraph.number}: no parsed operative clause with this number\n  silver: ${paragraph.text}`;
  }
  return [
    `${name} paragraph ${paragraph.number}`,
    `  silver: ${paragraph.text}`,
    `  parsed: ${clause.text}`,
    "  first difference:",
    `  ${firstDifference(paragraph.text, clause.text)}`,
  ].join("\n");
}

export async function evaluateSilver(progress: Progress, pool: ParsePool): Promise<PartReport> {
  const texts = new Set(filesEndingWith(gaPdfTextDir, ".txt").map((f) => f.replace(/\.txt$/, "")));
  const names = filesEndingWith(silverDir, ".json")
    .map((f) => f.replace(/\.json$/, ""))
    .filter((name) => texts.has(name));
  const lists = new Map<string, Disagreement[]>([
    ["silver.counts-exact", []],
    ["silver.texts", []],
    ["silver.parsed", []],
    ["silver.remarks", []],
  ]);
  const list = (name: string) => lists.get(name) as Disagreement[];
  let countsExact = 0;
  let paragraphTotal = 0;
  let paragraphHits = 0;
  let parsedDocuments = 0;

  const outcomes = await pool.parseAll(
    names,
    (name) => readFileSync(join(gaPdfTextDir, `${name}.txt`), "utf8"),
    (done) => progress("silver", done, names.length),
  );
  names.forEach((name, index) => {
    const silver = silverOperative(
      readSilverItems(readFileSync(join(silverDir, `${name}.json`), "utf8")),
    );
    if (silver.remarks.length > 0) {
      list("silver.remarks").push(`${name}: ${silver.remarks.join("; ")}`);
    }
    paragraphTotal += silver.paragraphs.length;
    const outcome = outcomes[index] as ParseOutcome;
    if (outcome.kind !== "parsed") {
      list("silver.parsed").push(
        `${name}: ${outcome.kind === "refused" ? "refused: " : ""}${outcome.message}`,
      );
      return;
    }
    parsedDocuments++;
    const operative = outcome.resolution.clauses.filter((c) => c.kind === "operative");
    if (operative.length === silver.paragraphs.length) {
      countsExact++;
    } else {
      list("silver.counts-exact").push(describeCountMismatch(name, silver, operative));
    }
    for (const [paragraph, clause] of pairByNumber(silver.paragraphs, operative)) {
      if (clause && lettersOnly(clause.text).letters === lettersOnly(paragraph.text).letters) {
        paragraphHits++;
      } else {
        list("silver.texts").push(describeTextMismatch(name, paragraph, clause));
      }
    }
  });

  const figures: Figure[] = [
    {
      name: "silver.counts-exact",
      label: "GA documents whose operative count equals silver's",
      hits: countsExact,
      total: names.length,
      target: 0.97,
      reference: `wannli/mandate-pipeline ${mandatePipelineReference.documents.toFixed(2)}`,
    },
    {
      name: "silver.texts",
      label: "silver operative paragraphs whose letters equal the parsed clause text",
      hits: paragraphHits,
      total: paragraphTotal,
      target: 0.97,
      reference: `wannli/mandate-pipeline ${mandatePipelineReference.paragraphs.toFixed(2)}`,
    },
  ];
  const notes = [
    `${names.length} documents in both folders, ${paragraphTotal} silver operative paragraphs`,
    `${names.length - parsedDocuments} parse failures (--list silver.parsed)`,
    `${list("silver.remarks").length} documents where silver's numbering looks odd (--list silver.remarks)`,
  ];
  return {
    title: "General Assembly PDF text vs silver paragraphs (un-ga-pdftext, un-paragraphs-silver)",
    figures,
    notes,
    lists,
  };
}
