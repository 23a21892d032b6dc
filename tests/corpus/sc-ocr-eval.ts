/**
 * The Security Council's older printed layout: ../shared/corpus/un-sc-ocr-1946-1994, resolutions
 * 1 (1946) to 902 (1994) OCR'd from the printed compilations ("84 (1950). Resolution of 7 July
 * 1950", "Resolution 687 (1991) / of 3 Apri] 1991", "RESOLUTION 761 (1992) / Adopted by the
 * Security Council at its 3087th meeting, ..."). Each file's name gives its number and year
 * ("S_RES_0687_1991_EN_GOLD.txt" is S/RES/687 (1991)): does the parser read that symbol, an
 * adoption date in that year, and the vote line with its meeting?
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { corpusRoot, filesEndingWith } from "./corpus-paths.ts";
import type { Disagreement, Figure, PartReport } from "./figures.ts";
import type { ParseOutcome } from "./parse-outcome.ts";
import type { ParsePool } from "./parse-pool.ts";
import type { Progress } from "./progress.ts";

export const scOcrDir = join(corpusRoot, "un-sc-ocr-1946-1994");

/** The symbol and year a file's name gives: "S_RES_0687_1991_EN_GOLD.txt" -> S/RES/687 (1991). */
export function symbolOfFileName(file: string): { symbol: string; year: string } | null {
  const m = /^S_RES_0*(\d+)_(\d{4})_/.exec(file);
  return m ? { symbol: `S/RES/${m[1]} (${m[2]})`, year: m[2] as string } : null;
}

export interface ScOcrParse {
  file: string;
  outcome: ParseOutcome;
}

let parses: Promise<ScOcrParse[]> | null = null;

/**
 * Every file of the folder parsed once, for this part and the deadlines part alike: the two ask
 * different questions of the same parses.
 */
export function parseScOcr(progress: Progress, pool: ParsePool): Promise<ScOcrParse[]> {
  parses ??= (async () => {
    const files = filesEndingWith(scOcrDir, ".txt");
    const outcomes = await pool.parseAll(
      files,
      (file) => readFileSync(join(scOcrDir, file), "utf8"),
      (done) => progress("sc-ocr", done, files.length),
    );
    return files.map((file, i) => ({ file, outcome: outcomes[i] as ParseOutcome }));
  })();
  return parses;
}

export async function evaluateScOcr(progress: Progress, pool: ParsePool): Promise<PartReport[]> {
  const parsed = await parseScOcr(progress, pool);
  const lists = new Map<string, Disagreement[]>([
    ["sc-ocr.parsed", []],
    ["sc-ocr.symbol", []],
    ["sc-ocr.adopted", []],
    ["sc-ocr.vote", []],
    ["sc-ocr.slips", []],
  ]);
  const list = (name: string) => lists.get(name) as Disagreement[];
  let parses = 0;
  let symbols = 0;
  let dates = 0;
  let votes = 0;
  for (const { file, outcome } of parsed) {
    const expected = symbolOfFileName(file);
    if (outcome.kind !== "parsed") {
      list("sc-ocr.parsed").push(`${file}: ${outcome.message}`);
      for (const name of ["sc-ocr.symbol", "sc-ocr.adopted", "sc-ocr.vote"])
        list(name).push(`${file}: not parsed`);
      continue;
    }
    parses++;
    const r = outcome.resolution;
    if (expected && r.symbol === expected.symbol) symbols++;
    else list("sc-ocr.symbol").push(`${file}: expected ${expected?.symbol}, parsed ${r.symbol}`);
    if (expected && r.adopted?.slice(0, 4) === expected.year) dates++;
    else
      list("sc-ocr.adopted").push(
        `${file}: expected a date in ${expected?.year}, parsed ${r.adopted}`,
      );
    if (r.vote?.meeting) votes++;
    else
      list("sc-ocr.vote").push(
        `${file}: ${r.vote ? `no meeting in "${r.vote.text}"` : "no vote line read"}`,
      );
    for (const warning of r.warnings)
      if (/OCR slip|carries the year/.test(warning))
        list("sc-ocr.slips").push(`${file}: ${warning}`);
  }
  const total = parsed.length;
  const figures: Figure[] = [
    {
      name: "sc-ocr.parsed",
      label: "older SC resolutions (OCR'd print) parsed, not refused nor failed",
      hits: parses,
      total,
      target: 1,
    },
    {
      name: "sc-ocr.symbol",
      label:
        'older SC resolutions whose symbol is the one the file name gives ("S/RES/687 (1991)")',
      hits: symbols,
      total,
      target: 0.99,
    },
    {
      name: "sc-ocr.adopted",
      label: "older SC resolutions with an adoption date, in the year the file name gives",
      hits: dates,
      total,
      target: 0.95,
    },
    {
      name: "sc-ocr.vote",
      label:
        "older SC resolutions whose vote line (or cover line) is read with its meeting's number",
      hits: votes,
      total,
    },
  ];
  const notes = [
    `${total} files; ${list("sc-ocr.slips").length} dates read through an OCR slip, each with a warning (--list sc-ocr.slips)`,
    "misses, with what was parsed: --list sc-ocr.symbol, sc-ocr.adopted, sc-ocr.vote",
  ];
  return [
    {
      title:
        "Security Council resolutions 1946-1994, the older printed layout, OCR'd (un-sc-ocr-1946-1994)",
      figures,
      notes,
      lists,
    },
  ];
}
