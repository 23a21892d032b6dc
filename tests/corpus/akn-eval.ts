/**
 * Security Council resolutions in Akoma Ntoso: each file is rendered to PDF-like text, parsed,
 * and the parse compared with the XML's own structure (akn-expected.ts): are the preambular
 * and operative counts exact, and does each operative paragraph get the verb its italic markup
 * shows?
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Clause } from "@mandates/domain";
import { readAknResolution, renderAknResolution } from "@mandates/parser";
import {
  expectedVerb,
  numberDifferences,
  pairOperatives,
  preambularDifferences,
  quote,
  sameLead,
} from "./akn-compare.ts";
import { type AknExpectation, expectFromAkn } from "./akn-expected.ts";
import { aknResolutionsDir, filesEndingWith } from "./corpus-paths.ts";
import type { Disagreement, Figure, PartReport } from "./figures.ts";
import type { ParseOutcome } from "./parse-outcome.ts";
import type { ParsePool } from "./parse-pool.ts";
import type { Progress } from "./progress.ts";

const listNames = [
  "akn.counts-exact",
  "akn.verbs",
  "akn.leads-exact",
  "akn.parsed",
  "akn.set-aside",
  "akn.unknown-verbs",
  "akn.unreadable",
] as const;
type ListName = (typeof listNames)[number];

/** Running totals over the files. */
class AknTally {
  scored = 0;
  countsExact = 0;
  parsed = 0;
  verbTotal = 0;
  verbHits = 0;
  leadHits = 0;
  withoutItalic = 0;
  unknownItalic = 0;
  failuresSetAside = 0;
  slowest = { file: "", milliseconds: 0 };
  readonly lists = new Map<string, Disagreement[]>(listNames.map((name) => [name, []]));

  note(list: ListName, disagreement: Disagreement): void {
    this.lists.get(list)?.push(disagreement);
  }

  count(list: ListName): number {
    return this.lists.get(list)?.length ?? 0;
  }
}

function scoreCounts(
  label: string,
  expectation: AknExpectation,
  clauses: readonly Clause[],
  tally: AknTally,
): void {
  const preambular = clauses.filter((c) => c.kind === "preambular");
  const operative = clauses.filter((c) => c.kind === "operative");
  const preambularExact = preambular.length === expectation.preambular.length;
  if (preambularExact && operative.length === expectation.operative.length) {
    tally.countsExact++;
    return;
  }
  tally.note(
    "akn.counts-exact",
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
  tally: AknTally,
): void {
  for (const [op, clause] of pairOperatives(expectation.operative, operative)) {
    if (op.italicLead === null) continue;
    const where = `${label} paragraph ${op.number ?? "(unnumbered)"}`;
    const italic = quote(op.italicLead);
    const verb = expectedVerb(op);
    if (verb === null) {
      tally.unknownItalic++;
      tally.note(
        "akn.unknown-verbs",
        `${where}: italic ${italic} is not an operative verb the domain knows`,
      );
      continue;
    }
    tally.verbTotal++;
    if (!clause) {
      const missing = `${where}: italic ${italic} -> ${verb}; no parsed operative clause with this number`;
      tally.note("akn.verbs", missing);
      tally.note("akn.leads-exact", missing);
      continue;
    }
    if (clause.verb === verb) {
      tally.verbHits++;
    } else {
      tally.note(
        "akn.verbs",
        `${where}: italic ${italic} -> ${verb}; parsed lead ${quote(clause.lead)} -> ${clause.verb || "(no verb)"}\n  text: ${op.text}`,
      );
    }
    if (sameLead(clause.lead, op.italicLead)) {
      tally.leadHits++;
    } else {
      tally.note(
        "akn.leads-exact",
        `${where}: italic ${italic}, parsed lead ${quote(clause.lead)}`,
      );
    }
  }
}

/** A file read and rendered, with what its markup expects, or why it could not be read. */
type PreparedFile =
  | { file: string; expectation: AknExpectation; text: string }
  | { file: string; unreadable: string };

function prepare(file: string): PreparedFile {
  try {
    const resolution = readAknResolution(readFileSync(join(aknResolutionsDir, file), "utf8"));
    return { file, expectation: expectFromAkn(resolution), text: renderAknResolution(resolution) };
  } catch (error) {
    return { file, unreadable: (error as Error).message };
  }
}

function scoreFile(
  file: string,
  expectation: AknExpectation,
  outcome: ParseOutcome,
  tally: AknTally,
): void {
  if (outcome.milliseconds > tally.slowest.milliseconds) {
    tally.slowest = { file, milliseconds: outcome.milliseconds };
  }
  const label = `${file} (${expectation.symbol ?? "no symbol"})`;
  if (expectation.setAsideBecause.length > 0) {
    tally.note("akn.set-aside", `${label}\n  ${expectation.setAsideBecause.join("\n  ")}`);
    if (outcome.kind !== "parsed") tally.failuresSetAside++;
    return;
  }
  tally.scored++;
  const withItalic = expectation.operative.filter((op) => op.italicLead !== null);
  tally.withoutItalic += expectation.operative.length - withItalic.length;
  if (outcome.kind !== "parsed") {
    const refused = outcome.kind === "refused" ? "refused: " : "";
    tally.note("akn.parsed", `${label}: ${refused}${outcome.message}`);
    // A file that does not parse gets none of its verbs right.
    for (const op of withItalic) {
      if (expectedVerb(op) === null) tally.unknownItalic++;
      else tally.verbTotal++;
    }
    return;
  }
  tally.parsed++;
  const clauses = outcome.resolution.clauses;
  scoreCounts(label, expectation, clauses, tally);
  scoreVerbs(
    label,
    expectation,
    clauses.filter((c) => c.kind === "operative"),
    tally,
  );
}

function figures(tally: AknTally): Figure[] {
  return [
    {
      name: "akn.counts-exact",
      label: "SC resolutions whose preambular and operative counts are both exact",
      hits: tally.countsExact,
      total: tally.scored,
      target: 0.98,
    },
    {
      name: "akn.verbs",
      label: "operative paragraphs whose italic verb is the parsed canonical verb",
      hits: tally.verbHits,
      total: tally.verbTotal,
      target: 0.97,
    },
    {
      name: "akn.leads-exact",
      label: "... whose parsed lead is exactly the italic text",
      hits: tally.leadHits,
      total: tally.verbTotal,
      informational: true,
    },
    {
      name: "akn.parsed",
      label: "SC resolutions parsed without an exception",
      hits: tally.parsed,
      total: tally.scored,
      target: 1,
    },
  ];
}

function notes(tally: AknTally, files: number): string[] {
  const lines = [
    `${files} files; ${tally.scored} scored; ${tally.count("akn.set-aside")} set aside because the markup leaves the printed count unclear (--list akn.set-aside)`,
    `${tally.scored - tally.parsed} parse failures among scored files (--list akn.parsed), ${tally.failuresSetAside} among set-aside ones`,
    `operative paragraphs: ${tally.withoutItalic} without an italic lead (not scored), ${tally.unknownItalic} whose italic is not a known operative verb (--list akn.unknown-verbs)`,
    `slowest parse: ${tally.slowest.file} in ${tally.slowest.milliseconds.toFixed(0)} ms`,
  ];
  const unreadable = tally.count("akn.unreadable");
  if (unreadable > 0) lines.push(`${unreadable} files could not be read (--list akn.unreadable)`);
  return lines;
}

export async function evaluateAkn(progress: Progress, pool: ParsePool): Promise<PartReport> {
  const files = filesEndingWith(aknResolutionsDir, ".xml");
  const tally = new AknTally();
  const prepared = files.map(prepare);
  const readable = prepared.filter(
    (p): p is Extract<PreparedFile, { text: string }> => "text" in p,
  );
  for (const p of prepared) {
    if ("unreadable" in p) tally.note("akn.unreadable", `${p.file}: ${p.unreadable}`);
  }
  const outcomes = await pool.parseAll(
    readable,
    (p) => p.text,
    (done) => progress("AKN", done, readable.length),
  );
  readable.forEach((p, i) => {
    scoreFile(p.file, p.expectation, outcomes[i] as ParseOutcome, tally);
  });
  return {
    title: "Security Council resolutions, Akoma Ntoso (un-sc-akn4un)",
    figures: figures(tally),
    notes: notes(tally, files.length),
    lists: tally.lists,
  };
}
