/**
 * Deadlines that are really due, over every text the parser reads in the corpus: the General
 * Assembly's PDF text (un-ga-pdftext), the Council's older printed layout (un-sc-ocr-1946-1994),
 * the Council's Akoma Ntoso XML (un-sc-akn4un, English) and the seed.
 *
 * - No due date before adoption: each obligation's due date, as the tracker derives it
 *   (`dueDateOf` of @mandates/db), on or after the day the text was adopted (a draft: issued).
 *   "At its sixth session" resolved through the wrong body's calendar to September 1952 in a text
 *   of 2024 was such a date; the figure must stay at 1 (its floor allows no failure).
 * - Times counted from adoption: each obligation whose action says "within N days (weeks,
 *   months) of the adoption of the present resolution", found by this file's own pattern, whose
 *   deadline is the day this file counts from the adoption date.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { dueDateOf } from "@mandates/db";
import type { Resolution } from "@mandates/domain";
import { aknResolutionsDir, corpusRoot, filesEndingWith, gaPdfTextDir } from "./corpus-paths.ts";
import type { Disagreement, Figure, PartReport } from "./figures.ts";
import type { ParseOutcome } from "./parse-outcome.ts";
import type { ParsePool } from "./parse-pool.ts";
import type { Progress } from "./progress.ts";
import { parseScOcr } from "./sc-ocr-eval.ts";

const seedPath = join(corpusRoot, "../seed/E_RES_2015_23.txt");

/** Counts as texts write them, in this file's own reading. */
const counts: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  "forty-five": 45,
  sixty: 60,
  ninety: 90,
};
const countFromAdoption = new RegExp(
  `\\bwithin\\s+(\\d{1,3}|${Object.keys(counts).join("|")})\\s+(days|weeks|months)\\s+(?:of|from|after)\\s+(?:the\\s+)?(?:date\\s+of\\s+)?(?:the\\s+)?adoption\\s+of\\s+(?:the\\s+present|this)\\s+resolution\\b`,
  "i",
);

/** The day `amount` days, weeks or months after `iso`, by the calendar. */
function after(iso: string, amount: number, unit: string): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (unit === "days") date.setUTCDate(date.getUTCDate() + amount);
  else if (unit === "weeks") date.setUTCDate(date.getUTCDate() + 7 * amount);
  else date.setUTCMonth(date.getUTCMonth() + amount);
  return date.toISOString().slice(0, 10);
}

interface Source {
  name: string;
  text: () => string;
}

function folder(dir: string, extension: string, label: string): Source[] {
  return filesEndingWith(dir, extension).map((file) => ({
    name: `${label}/${file}`,
    text: () => readFileSync(join(dir, file), "utf8"),
  }));
}

export async function evaluateDeadlines(
  progress: Progress,
  pool: ParsePool,
): Promise<PartReport[]> {
  const sources: Source[] = [
    ...folder(gaPdfTextDir, ".txt", "un-ga-pdftext"),
    ...folder(aknResolutionsDir, ".xml", "un-sc-akn4un"),
    { name: "seed/E_RES_2015_23.txt", text: () => readFileSync(seedPath, "utf8") },
  ];
  const [outcomes, older] = await Promise.all([
    pool.parseAll(
      sources,
      (s) => s.text(),
      (done) => progress("deadlines", done, sources.length),
    ),
    parseScOcr(progress, pool),
  ]);
  const parsed: Array<{ name: string; outcome: ParseOutcome }> = [
    ...sources.map((s, i) => ({ name: s.name, outcome: outcomes[i] as ParseOutcome })),
    ...older.map((o) => ({ name: `un-sc-ocr-1946-1994/${o.file}`, outcome: o.outcome })),
  ];

  const lists = new Map<string, Disagreement[]>([
    ["deadlines.not-before-adoption", []],
    ["deadlines.from-adoption", []],
    ["deadlines.undated-sessions", []],
  ]);
  const list = (name: string) => lists.get(name) as Disagreement[];
  let texts = 0;
  let dated = 0;
  let notBefore = 0;
  let unreferenced = 0;
  let events = 0;
  let relative = 0;
  let relativeRight = 0;
  const byCalendar = new Map<string, number>();
  for (const { name, outcome } of parsed) {
    if (outcome.kind !== "parsed") continue;
    texts++;
    const r: Resolution = outcome.resolution;
    const reference = r.adopted ?? (r.draft ? r.distributed : null);
    for (const warning of r.warnings)
      if (/session.*not dated/.test(warning))
        list("deadlines.undated-sessions").push(`${name}: ${warning}`);
    for (const o of r.obligations) {
      const due = dueDateOf(o.deadline);
      if (o.deadline?.kind === "event") events++;
      if (o.deadline?.session)
        byCalendar.set(o.deadline.session.body, (byCalendar.get(o.deadline.session.body) ?? 0) + 1);
      if (due !== null && reference === null) unreferenced++;
      if (due !== null && reference !== null) {
        dated++;
        if (due >= reference) notBefore++;
        else
          list("deadlines.not-before-adoption").push(
            `${name} ${o.id}: due ${due}, adopted ${reference}: "${o.deadline?.text}"`,
          );
      }
      const within = r.adopted ? countFromAdoption.exec(o.action) : null;
      if (within && r.adopted) {
        relative++;
        const word = (within[1] ?? "").toLowerCase();
        const expected = after(
          r.adopted,
          counts[word] ?? Number(word),
          (within[2] ?? "").toLowerCase(),
        );
        if (o.deadline?.date === expected) relativeRight++;
        else
          list("deadlines.from-adoption").push(
            `${name} ${o.id}: "${within[0]}" from ${r.adopted} is ${expected}; parsed ${o.deadline?.date ?? "no date"} ("${o.deadline?.text ?? ""}")`,
          );
      }
    }
  }
  const figures: Figure[] = [
    {
      name: "deadlines.not-before-adoption",
      label:
        "obligations' due dates (as the tracker derives them) on or after adoption (a draft: issue)",
      hits: notBefore,
      total: dated,
      target: 1,
    },
    {
      name: "deadlines.from-adoption",
      label:
        '"within N days/weeks/months of the adoption of the present resolution" dated from adoption',
      hits: relativeRight,
      total: relative,
      target: 1,
    },
  ];
  const calendars = [...byCalendar].sort((a, b) => b[1] - a[1]);
  const notes = [
    `${parsed.length} texts, ${texts} parsed; ${dated} obligations with a due date and an adoption or issue date, ${unreferenced} with a due date and neither`,
    `${events} dates of events the texts schedule (kind "event")`,
    `sessions dated, by the calendar that dated them: ${calendars.map(([body, n]) => `${body} ${n}`).join(", ")}`,
    `${list("deadlines.undated-sessions").length} sessions not dated: their body's calendar is unknown or their body unclear (--list deadlines.undated-sessions)`,
  ];
  return [
    {
      title:
        "Deadlines that are due (un-ga-pdftext, un-sc-ocr-1946-1994, un-sc-akn4un XML, the seed)",
      figures,
      notes,
      lists,
    },
  ];
}
