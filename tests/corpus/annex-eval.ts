/**
 * Annexes: the paragraphs of an annexed declaration or programme of action, read as clauses of
 * their annex, against the EOSG analytics team's paragraphs (un-paragraphs-silver) for the two
 * documents whose annex silver segments: A/RES/78/3 (a political declaration, 78 paragraphs) and
 * A/RES/79/233 (a programme of action, 356).
 *
 * Silver's annex paragraphs are read here, apart from the parser: after the item silver types a
 * heading and whose text is "Annex" (or "Annex I", ...), every item it types a paragraph of type
 * operative whose prefix is a number ("12."). Silver labels them operative although they are the
 * annex's (its MANIFEST.md: "verbs inside annexes counted"); its "(a)" items are sub-items and are
 * not counted. The parse gives the clauses marked with an annex, numbered as printed.
 *
 * - annex.counts-exact: documents whose number of numbered annex clauses equals silver's.
 * - annex.paragraphs: silver's annex paragraphs with a parsed annex clause of the same number.
 * - annex.texts: ... whose letters equal the clause's (letters only, as the silver part compares).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Clause } from "@mandates/domain";
import { gaPdfTextDir, silverDir } from "./corpus-paths.ts";
import type { Disagreement, Figure, PartReport } from "./figures.ts";
import type { ParseOutcome } from "./parse-outcome.ts";
import type { ParsePool } from "./parse-pool.ts";
import type { Progress } from "./progress.ts";
import {
  firstDifference,
  lettersOnly,
  operativeNumber,
  readSilverItems,
  type SilverItem,
  type SilverParagraph,
} from "./silver-read.ts";

/** The documents whose annexed paragraphs silver segments, by file name. */
export const annexDocuments = ["A_RES_78_3", "A_RES_79_233"] as const;

const annexHeading = /^Annex(?:es)?(?: [IVXL]+| \d+| [A-Z])?$/;

/** Silver's numbered paragraphs after its first "Annex" heading, in its order. */
export function silverAnnexParagraphs(items: readonly SilverItem[]): SilverParagraph[] {
  const start = items.findIndex((i) => i.type === "heading" && annexHeading.test(i.text.trim()));
  if (start < 0) return [];
  return items.slice(start + 1).flatMap((item) => {
    const number =
      item.type === "paragraph" && item.paragraph_type === "operative"
        ? operativeNumber(item.prefix)
        : null;
    return number === null ? [] : [{ number, text: item.text }];
  });
}

/** The parsed clauses of an annex that carry a printed number. */
const numberedAnnexClauses = (clauses: readonly Clause[]) =>
  clauses.filter((c) => c.annex !== undefined && c.kind === "operative" && c.number !== null);

export async function evaluateAnnexes(progress: Progress, pool: ParsePool): Promise<PartReport[]> {
  const outcomes = await pool.parseAll(
    annexDocuments,
    (name) => readFileSync(join(gaPdfTextDir, `${name}.txt`), "utf8"),
    (done) => progress("annex", done, annexDocuments.length),
  );
  const lists = new Map<string, Disagreement[]>([
    ["annex.counts-exact", []],
    ["annex.paragraphs", []],
    ["annex.texts", []],
  ]);
  const list = (name: string) => lists.get(name) as Disagreement[];
  let countsExact = 0;
  let paragraphs = 0;
  let found = 0;
  let sameText = 0;
  const notes: string[] = [];
  annexDocuments.forEach((name, i) => {
    const outcome = outcomes[i] as ParseOutcome;
    const silver = silverAnnexParagraphs(
      readSilverItems(readFileSync(join(silverDir, `${name}.json`), "utf8")),
    );
    paragraphs += silver.length;
    const parsed =
      outcome.kind === "parsed" ? numberedAnnexClauses(outcome.resolution.clauses) : [];
    if (outcome.kind !== "parsed") list("annex.counts-exact").push(`${name}: ${outcome.message}`);
    else if (parsed.length === silver.length) countsExact++;
    else
      list("annex.counts-exact").push(
        `${name}: silver ${silver.length} annex paragraphs, parsed ${parsed.length}`,
      );
    const byNumber = new Map(parsed.map((c) => [c.number, c]));
    for (const paragraph of silver) {
      const clause = byNumber.get(paragraph.number);
      if (!clause) {
        list("annex.paragraphs").push(`${name} annex paragraph ${paragraph.number}: not parsed`);
        continue;
      }
      found++;
      if (lettersOnly(clause.text).letters === lettersOnly(paragraph.text).letters) sameText++;
      else
        list("annex.texts").push(
          `${name} annex paragraph ${paragraph.number} (${clause.id})\n  ${firstDifference(paragraph.text, clause.text)}`,
        );
    }
    if (outcome.kind === "parsed") {
      const r = outcome.resolution;
      const own = r.clauses.filter((c) => c.annex === undefined && c.kind === "operative").length;
      const annexed = new Set(r.clauses.flatMap((c) => (c.annex ? [c.id] : [])));
      const obligations = r.obligations.filter((o) => annexed.has(o.clause)).length;
      notes.push(
        `${name}: silver ${silver.length} annex paragraphs, parsed ${parsed.length}; the resolution's own operative paragraphs ${own}; obligations in the annex ${obligations}`,
      );
    }
  });
  const figures: Figure[] = [
    {
      name: "annex.counts-exact",
      label: "documents whose numbered annex paragraphs are as many as silver's (78/3, 79/233)",
      hits: countsExact,
      total: annexDocuments.length,
      target: 1,
    },
    {
      name: "annex.paragraphs",
      label: "silver's annex paragraphs parsed as a clause of the annex with the same number",
      hits: found,
      total: paragraphs,
      target: 1,
    },
    {
      name: "annex.texts",
      label: "... whose letters equal the parsed clause's",
      hits: sameText,
      total: paragraphs,
      target: 0.97,
    },
  ];
  return [
    {
      title: "Annexes: paragraphs of annexed declarations vs silver (un-paragraphs-silver)",
      figures,
      notes,
      lists,
    },
  ];
}
