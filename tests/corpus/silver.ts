/**
 * General Assembly texts extracted from PDF (un-ga-pdftext) against the EOSG analytics team's
 * paragraph segmentation of the same documents (un-paragraphs-silver): does the parser find as
 * many numbered operative paragraphs, with the same text?
 *
 * The documents are split in two halves fixed by a hash of their symbol (silver-read.ts,
 * `halfOf`): the tuning half, whose disagreements `--list` prints for a person to read and fix,
 * and the held-out half, whose figures are printed but whose disagreements are never listed, so
 * the parser is not tuned to it. Each half's figures are printed twice: with silver read as the
 * adjustments in silver-read.ts allow, and strictly, as silver labels it.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Clause } from "@mandates/domain";
import { filesEndingWith, gaPdfTextDir, silverDir } from "./corpus-paths.ts";
import { type Disagreement, type Figure, numberRuns, type PartReport } from "./figures.ts";
import type { ParseOutcome } from "./parse-outcome.ts";
import type { ParsePool } from "./parse-pool.ts";
import type { Progress } from "./progress.ts";
import {
  firstDifference,
  halfOf,
  lettersOnly,
  mandatePipelineReference,
  pairByNumber,
  pairByPosition,
  readSilverItems,
  type SilverHalf,
  type SilverOperative,
  type SilverParagraph,
  silverOperative,
  silverStrict,
  symbolOf,
} from "./silver-read.ts";

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
    return `${name} paragraph ${paragraph.number}: no parsed operative clause to pair with it\n  silver: ${paragraph.text}`;
  }
  return [
    `${name} paragraph ${paragraph.number} (parsed ${clause.number ?? "unnumbered"})`,
    `  silver: ${paragraph.text}`,
    `  parsed: ${clause.text}`,
    "  first difference:",
    `  ${firstDifference(paragraph.text, clause.text)}`,
  ].join("\n");
}

function sameLetters(paragraph: SilverParagraph, clause: Clause | undefined): boolean {
  return (
    clause !== undefined && lettersOnly(clause.text).letters === lettersOnly(paragraph.text).letters
  );
}

/** Counts for one half; `lists` stays empty for the held-out half. */
class HalfTally {
  documents = 0;
  parsed = 0;
  countsExact = 0;
  countsStrict = 0;
  paragraphs = 0;
  textHits = 0;
  strictParagraphs = 0;
  strictHits = 0;
  remarks = 0;
  readonly lists = new Map<string, Disagreement[]>();

  constructor(
    readonly half: SilverHalf,
    private readonly listed: boolean,
  ) {
    if (listed) {
      for (const name of [
        "counts-exact",
        "counts-strict",
        "texts",
        "texts-strict",
        "parsed",
        "remarks",
      ]) {
        this.lists.set(`silver.${half}.${name}`, []);
      }
    }
  }

  note(list: string, disagreement: () => Disagreement): void {
    if (this.listed) this.lists.get(`silver.${this.half}.${list}`)?.push(disagreement());
  }

  score(name: string, json: string, outcome: ParseOutcome): void {
    this.documents++;
    const items = readSilverItems(json);
    const silver = silverOperative(items);
    const strict = silverStrict(items);
    if (silver.remarks.length > 0) {
      this.remarks++;
      this.note("remarks", () => `${name}: ${silver.remarks.join("; ")}`);
    }
    this.paragraphs += silver.paragraphs.length;
    this.strictParagraphs += strict.length;
    if (outcome.kind !== "parsed") {
      this.note(
        "parsed",
        () => `${name}: ${outcome.kind === "refused" ? "refused: " : ""}${outcome.message}`,
      );
      return;
    }
    this.parsed++;
    // The resolution's own paragraphs: an annex's are left out, as silver's reading leaves them (A3).
    const operative = outcome.resolution.clauses.filter(
      (c) => c.kind === "operative" && c.annex === undefined,
    );
    if (operative.length === silver.paragraphs.length) this.countsExact++;
    else this.note("counts-exact", () => describeCountMismatch(name, silver, operative));
    if (operative.length === strict.length) this.countsStrict++;
    else
      this.note("counts-strict", () =>
        describeCountMismatch(name, { paragraphs: strict, remarks: [] }, operative),
      );
    for (const [paragraph, clause] of pairByNumber(silver.paragraphs, operative)) {
      if (sameLetters(paragraph, clause)) this.textHits++;
      else this.note("texts", () => describeTextMismatch(name, paragraph, clause));
    }
    for (const [paragraph, clause] of pairByPosition(strict, operative)) {
      if (sameLetters(paragraph, clause)) this.strictHits++;
      else this.note("texts-strict", () => describeTextMismatch(name, paragraph, clause));
    }
  }

  report(): PartReport {
    const h = this.half;
    const reference = (share: number) => `wannli/mandate-pipeline ${share.toFixed(2)}, all 409`;
    const figures: Figure[] = [
      {
        name: `silver.${h}.counts-exact`,
        label: "GA documents whose operative count equals silver's (adjusted reading)",
        hits: this.countsExact,
        total: this.documents,
        target: 0.97,
        reference: reference(mandatePipelineReference.documents),
      },
      {
        name: `silver.${h}.counts-strict`,
        label: "... silver read strictly (no adjustment)",
        hits: this.countsStrict,
        total: this.documents,
      },
      {
        name: `silver.${h}.texts`,
        label: "silver operative paragraphs whose letters equal the parsed clause's (adjusted)",
        hits: this.textHits,
        total: this.paragraphs,
        target: 0.97,
        reference: reference(mandatePipelineReference.paragraphs),
      },
      {
        name: `silver.${h}.texts-strict`,
        label: "... silver read strictly, paired by position",
        hits: this.strictHits,
        total: this.strictParagraphs,
      },
    ];
    const listHint = (list: string) => (this.listed ? ` (--list silver.${h}.${list})` : "");
    const notes = [
      `${this.documents} documents in both folders, ${this.paragraphs} silver operative paragraphs adjusted, ${this.strictParagraphs} read strictly`,
      `${this.documents - this.parsed} parse failures${listHint("parsed")}`,
      `${this.remarks} documents where silver's numbering looks odd${listHint("remarks")}`,
    ];
    if (!this.listed) {
      notes.push(
        "held out: its disagreements are never listed, so the parser is not tuned to them",
      );
    }
    return {
      title:
        h === "tuning"
          ? "General Assembly PDF text vs silver paragraphs, tuning half (disagreements listed)"
          : "General Assembly PDF text vs silver paragraphs, held-out half (never listed)",
      figures,
      notes,
      lists: this.lists,
    };
  }
}

export async function evaluateSilver(progress: Progress, pool: ParsePool): Promise<PartReport[]> {
  const texts = new Set(filesEndingWith(gaPdfTextDir, ".txt").map((f) => f.replace(/\.txt$/, "")));
  const names = filesEndingWith(silverDir, ".json")
    .map((f) => f.replace(/\.json$/, ""))
    .filter((name) => texts.has(name));
  const outcomes = await pool.parseAll(
    names,
    (name) => readFileSync(join(gaPdfTextDir, `${name}.txt`), "utf8"),
    (done) => progress("silver", done, names.length),
  );
  const halves = {
    tuning: new HalfTally("tuning", true),
    "held-out": new HalfTally("held-out", false),
  };
  names.forEach((name, index) => {
    const json = readFileSync(join(silverDir, `${name}.json`), "utf8");
    halves[halfOf(symbolOf(name))].score(name, json, outcomes[index] as ParseOutcome);
  });
  return [halves.tuning.report(), halves["held-out"].report()];
}
