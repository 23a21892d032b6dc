/**
 * Security Council resolutions in Akoma Ntoso. The evaluation reads each file with its own XML
 * walk (akn-xml.ts, akn-markup.ts; nothing from the parser), takes from the markup what the
 * parser should find (akn-expected.ts), and hands the parser the file twice:
 * - as the text its PDF would give (akn-pdf-text.ts: wrapped lines, running headers, page
 *   numbers, footnotes at the foot of the page): the `akn.*` figures, which test what PDF text
 *   tests;
 * - as the XML itself, which the parser reads with its own AKN reader: the `akn.xml.*` figures.
 * Are the preambular and operative counts exact, and does each operative paragraph's parsed lead
 * read the italic words that open it in the markup?
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Clause } from "@mandates/domain";
import {
  numberDifferences,
  pairOperatives,
  preambularDifferences,
  quote,
  readsItalic,
  sameLead,
} from "./akn-compare.ts";
import { type AknExpectation, expectFromMarkup } from "./akn-expected.ts";
import { readMarkup } from "./akn-markup.ts";
import { renderPdfText } from "./akn-pdf-text.ts";
import { parseXml } from "./akn-xml.ts";
import { aknResolutionsDir, filesEndingWith } from "./corpus-paths.ts";
import type { Disagreement, Figure, PartReport } from "./figures.ts";
import type { ParseOutcome } from "./parse-outcome.ts";
import type { ParsePool } from "./parse-pool.ts";
import type { Progress } from "./progress.ts";

/** One way of handing the files to the parser: "akn" (PDF-like text) or "akn.xml" (the XML). */
class PassTally {
  scored = 0;
  countsExact = 0;
  parsed = 0;
  handed = 0;
  verbTotal = 0;
  verbHits = 0;
  leadHits = 0;
  failuresSetAside = 0;
  slowest = { file: "", milliseconds: 0 };
  readonly lists: Map<string, Disagreement[]>;

  constructor(readonly prefix: string) {
    this.lists = new Map(
      ["counts-exact", "verbs", "leads-exact", "parsed"].map((n) => [`${prefix}.${n}`, []]),
    );
  }

  note(list: string, disagreement: Disagreement): void {
    this.lists.get(`${this.prefix}.${list}`)?.push(disagreement);
  }
}

function scoreCounts(
  label: string,
  expectation: AknExpectation,
  clauses: readonly Clause[],
  tally: PassTally,
): void {
  const preambular = clauses.filter((c) => c.kind === "preambular");
  const operative = clauses.filter((c) => c.kind === "operative");
  const preambularExact = preambular.length === expectation.preambular.length;
  if (preambularExact && operative.length === expectation.operative.length) {
    tally.countsExact++;
    return;
  }
  tally.note(
    "counts-exact",
    `${label}: preambular expected ${expectation.preambular.length}, parsed ${preambular.length}; ` +
      `operative expected ${expectation.operative.length}, parsed ${operative.length}` +
      numberDifferences(expectation.operative, operative) +
      (preambularExact ? "" : preambularDifferences(expectation.preambular, preambular)),
  );
}

/** Scores each marked-up italic lead against the parsed clause with the same number. */
function scoreVerbs(
  label: string,
  expectation: AknExpectation,
  operative: readonly Clause[],
  tally: PassTally,
): void {
  for (const [op, clause] of pairOperatives(expectation.operative, operative)) {
    if (op.italicLead === null) continue;
    tally.verbTotal++;
    const where = `${label} paragraph ${op.number ?? "(unnumbered)"}`;
    const italic = quote(op.italicLead);
    if (!clause) {
      const missing = `${where}: italic ${italic}; no parsed operative clause with this number`;
      tally.note("verbs", missing);
      tally.note("leads-exact", missing);
      continue;
    }
    if (readsItalic(clause, op.italicLead)) {
      tally.verbHits++;
    } else {
      tally.note(
        "verbs",
        `${where}: italic ${italic}; parsed lead ${quote(clause.lead)}, verb ${quote(clause.verb)}\n  text: ${op.text}`,
      );
    }
    if (sameLead(clause.lead, op.italicLead)) {
      tally.leadHits++;
    } else {
      tally.note("leads-exact", `${where}: italic ${italic}, parsed lead ${quote(clause.lead)}`);
    }
  }
}

function scoreOutcome(
  file: string,
  expectation: AknExpectation,
  outcome: ParseOutcome,
  tally: PassTally,
): void {
  tally.handed++;
  if (outcome.milliseconds > tally.slowest.milliseconds) {
    tally.slowest = { file, milliseconds: outcome.milliseconds };
  }
  const label = `${file} (${expectation.symbol ?? "no symbol"})`;
  const setAside = expectation.setAsideBecause.length > 0;
  if (outcome.kind === "parsed") tally.parsed++;
  else {
    const refused = outcome.kind === "refused" ? "refused: " : "";
    tally.note("parsed", `${label}: ${refused}${outcome.message}`);
    if (setAside) tally.failuresSetAside++;
  }
  if (setAside) return;
  tally.scored++;
  // A file that does not parse gets neither its counts nor any of its leads right. An annex's
  // paragraphs are the annex's, never the resolution's (the markup's count leaves them out).
  const clauses =
    outcome.kind === "parsed"
      ? outcome.resolution.clauses.filter((c) => c.annex === undefined)
      : [];
  if (outcome.kind === "parsed") scoreCounts(label, expectation, clauses, tally);
  scoreVerbs(
    label,
    expectation,
    clauses.filter((c) => c.kind === "operative"),
    tally,
  );
}

/** A file read and rendered, with what its markup expects, or why the walk could not read it. */
type PreparedFile =
  | { file: string; expectation: AknExpectation; text: string }
  | { file: string; unreadable: string };

function prepare(file: string): PreparedFile {
  try {
    const markup = readMarkup(parseXml(readFileSync(join(aknResolutionsDir, file), "utf8")));
    return { file, expectation: expectFromMarkup(markup), text: renderPdfText(markup, file) };
  } catch (error) {
    return { file, unreadable: (error as Error).message };
  }
}

function passFigures(tally: PassTally, how: string): Figure[] {
  const p = tally.prefix;
  return [
    {
      name: `${p}.counts-exact`,
      label: `SC resolutions (${how}) whose preambular and operative counts are both exact`,
      hits: tally.countsExact,
      total: tally.scored,
      target: 0.98,
    },
    {
      name: `${p}.verbs`,
      label: `italic-led operative paragraphs (${how}) whose parsed lead reads the italic words`,
      hits: tally.verbHits,
      total: tally.verbTotal,
      target: 0.97,
    },
    {
      name: `${p}.leads-exact`,
      label: "... whose parsed lead is exactly the italic text",
      hits: tally.leadHits,
      total: tally.verbTotal,
      informational: true,
    },
    {
      name: `${p}.parsed`,
      label: `SC resolutions (${how}) parsed, not refused nor failed`,
      hits: tally.parsed,
      total: tally.handed,
      target: 1,
    },
  ];
}

export async function evaluateAkn(progress: Progress, pool: ParsePool): Promise<PartReport[]> {
  const files = filesEndingWith(aknResolutionsDir, ".xml");
  const prepared = files.map(prepare);
  const readable = prepared.filter(
    (p): p is Extract<PreparedFile, { text: string }> => "text" in p,
  );
  const setAside: Disagreement[] = [];
  for (const p of prepared) {
    if ("unreadable" in p) {
      setAside.push(`${p.file}\n  the evaluation's XML walk could not read it: ${p.unreadable}`);
    } else if (p.expectation.setAsideBecause.length > 0) {
      setAside.push(
        `${p.file} (${p.expectation.symbol ?? "no symbol"})\n  ${p.expectation.setAsideBecause.join("\n  ")}`,
      );
    }
  }
  let done = 0;
  const step = () => progress("AKN", ++done, readable.length * 2);
  const [asText, asXml] = await Promise.all([
    pool.parseAll(readable, (p) => p.text, step),
    pool.parseAll(readable, (p) => readFileSync(join(aknResolutionsDir, p.file), "utf8"), step),
  ]);
  const text = new PassTally("akn");
  const xml = new PassTally("akn.xml");
  readable.forEach((p, i) => {
    scoreOutcome(p.file, p.expectation, asText[i] as ParseOutcome, text);
    scoreOutcome(p.file, p.expectation, asXml[i] as ParseOutcome, xml);
  });
  const withoutItalic = readable
    .filter((p) => p.expectation.setAsideBecause.length === 0)
    .flatMap((p) => p.expectation.operative)
    .filter((op) => op.italicLead === null).length;

  const scored: Figure = {
    name: "akn.scored",
    label: "AKN files whose markup tells the printed counts (the rest set aside)",
    hits: files.length - setAside.length,
    total: files.length,
  };
  return [
    {
      title: "Security Council resolutions, Akoma Ntoso (un-sc-akn4un), rendered as PDF text",
      figures: [scored, ...passFigures(text, "PDF text")],
      notes: [
        `${files.length} files; ${scored.hits} scored; ${setAside.length} set aside because the markup leaves the printed count unclear (--list akn.set-aside)`,
        `${text.handed - text.parsed} parse failures (--list akn.parsed), ${text.failuresSetAside} of them among set-aside files`,
        `operative paragraphs of scored files: ${withoutItalic} without an italic lead (not scored by akn.verbs)`,
        `slowest parse: ${text.slowest.file} in ${text.slowest.milliseconds.toFixed(0)} ms`,
        "to see the text a file was rendered to: npx tsx tests/corpus/render-akn.ts <file.xml>",
      ],
      lists: new Map([["akn.set-aside", setAside], ...text.lists]),
    },
    {
      title: "Security Council resolutions, Akoma Ntoso (un-sc-akn4un), the XML as it is",
      figures: passFigures(xml, "XML"),
      notes: [
        `${xml.handed - xml.parsed} parse failures (--list akn.xml.parsed), ${xml.failuresSetAside} of them among set-aside files`,
        `slowest parse: ${xml.slowest.file} in ${xml.slowest.milliseconds.toFixed(0)} ms`,
      ],
      lists: xml.lists,
    },
  ];
}
