/**
 * A draft of the report a resolution asks for, in the layout of the UN's reports of the
 * Secretary-General on the implementation of a resolution: the title ("Implementation of General
 * Assembly resolution 78/228: report of the Secretary-General"), an introduction citing the
 * paragraphs that requested the report, and one section per operative paragraph that asks
 * something, with the status of each request, and the evidence and notes marked public (never
 * internal ones, never who recorded them). What is left to write says so in brackets.
 *
 * The paragraphs that requested the report are those that ask the Secretary-General for a report
 * ("Requests the Secretary-General to submit ... a report", "... to report to the Commission"):
 * Member States asked to ensure "the reporting of" something are not asked for this report.
 */
import {
  type Db,
  getResolution,
  listActors,
  type ObligationView,
  publicRecords,
  type ResolutionDetail,
} from "@mandates/db";
import { bodies, type Clause, isBodyId } from "@mandates/domain";

export interface ReportRecord {
  /** "Evidence" or "Note". */
  kind: "evidence" | "note";
  text: string;
  /** A web link or a document symbol, when the evidence has one. */
  reference: string | null;
  date: string | null;
}

export interface ReportRequest {
  obligation: string;
  bearers: string;
  lead: string | null;
  asks: string;
  status: string;
  dueDate: string | null;
  records: ReportRecord[];
}

export interface ReportSection {
  /** "Paragraph 5", "Paragraph II.3". */
  heading: string;
  /** The paragraph as the resolution prints it, with its sub-items. */
  text: string;
  requests: ReportRequest[];
}

export interface ReportDraft {
  symbol: string;
  /** "Implementation of General Assembly resolution 78/228: report of the Secretary-General". */
  title: string;
  resolutionTitle: string | null;
  adopted: string | null;
  /** The introduction's paragraphs. */
  introduction: string[];
  /** The paragraphs that requested the report, quoted. */
  requestedBy: Array<{ heading: string; text: string }>;
  sections: ReportSection[];
}

const statusWords: Record<ObligationView["status"], string> = {
  completed: "Completed",
  "in-progress": "Implemented – in progress",
  "not-implemented": "Not implemented",
  "not-applicable": "Non-applicable",
  "no-indication": "No indication",
};

/** "78/228" of "A/RES/78/228", "2015/23" of "E/RES/2015/23", "2388 (2017)" of "S/RES/2388 (2017)". */
export function resolutionNumber(symbol: string): string {
  return symbol.replace(/^.*\/RES\//, "");
}

/** "Paragraph 5", "Paragraph II.3", by the clause's section and number. */
export function paragraphHeading(clause: Pick<Clause, "id" | "number" | "section">): string {
  if (clause.number === null) return `Paragraph ${clause.id}`;
  const section = clause.id.includes("-") && clause.section ? `${clause.section.label}.` : "";
  return `Paragraph ${section}${clause.number}`;
}

function itemsText(items: Clause["items"], depth = 0): string {
  return items
    .map((i) => `\n${"  ".repeat(depth)}(${i.label}) ${i.text}${itemsText(i.items, depth + 1)}`)
    .join("");
}

export function paragraphText(clause: Clause): string {
  return `${clause.text}${itemsText(clause.items)}${clause.tail ? `\n${clause.tail}` : ""}`;
}

/** Asks the Secretary-General for a report: "to submit ... a report", "to report to". */
const asksForReport = (o: ObligationView) =>
  (o.bearers.includes("sg") || o.lead === "sg") && /\breport\b/i.test(o.action);

function formatDate(iso: string | null): string | null {
  if (!iso) return null;
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime())
    ? iso
    : date.toLocaleDateString("en-GB", {
        day: "numeric",
        month: "long",
        year: "numeric",
        timeZone: "UTC",
      });
}

/** "paragraph 33", "paragraphs 4 and 33", "paragraphs 4, 9 and 33". */
function paragraphsPhrase(headings: string[]): string {
  const numbers = headings.map((h) => h.replace(/^Paragraph /, ""));
  if (numbers.length === 1) return `paragraph ${numbers[0]}`;
  return `paragraphs ${numbers.slice(0, -1).join(", ")} and ${numbers.at(-1)}`;
}

export function composeReportDraft(
  resolution: ResolutionDetail,
  names: ReadonlyMap<string, string>,
  records: ReadonlyMap<number, { evidence: ReportEvidence[]; notes: ReportNote[] }>,
): ReportDraft {
  const bodyName =
    resolution.body && isBodyId(resolution.body)
      ? bodies[resolution.body].name
      : "General Assembly";
  const number = resolutionNumber(resolution.symbol);
  const named = (ids: readonly string[]) => ids.map((id) => names.get(id) ?? id).join(", ");
  const byClause = new Map<string, ObligationView[]>();
  for (const o of resolution.obligations)
    byClause.set(o.clause, [...(byClause.get(o.clause) ?? []), o]);
  const asking = resolution.clauses.filter(
    (c) => c.kind === "operative" && !c.annex && (byClause.get(c.id)?.length ?? 0) > 0,
  );
  const requesting = asking.filter((c) => (byClause.get(c.id) ?? []).some(asksForReport));

  const adopted = formatDate(resolution.adopted);
  const requestedBy = requesting.map((c) => ({
    heading: paragraphHeading(c),
    text: paragraphText(c),
  }));
  const introduction = [
    `The present report is submitted pursuant to ${bodyName} resolution ${number}${resolution.title ? `, entitled “${resolution.title.replace(/^[\d/ ()]+\.\s*/, "")}”` : ""}${adopted ? `, adopted on ${adopted}` : ""}.`,
    requesting.length > 0
      ? `In ${paragraphsPhrase(requestedBy.map((r) => r.heading))} of that resolution, the ${bodyName} made the request${requesting.length > 1 ? "s" : ""} quoted below, to which the present report responds.`
      : `[No paragraph of resolution ${number} names the report: cite the request to which the present report responds.]`,
    `The report sets out, for each of the ${asking.length} operative paragraph${asking.length === 1 ? "" : "s"} of the resolution that ask${asking.length === 1 ? "s" : ""} for action, the status of implementation and the steps taken, as recorded in the mandate tracker.`,
  ];

  const sections = asking.map((clause) => ({
    heading: paragraphHeading(clause),
    text: paragraphText(clause),
    requests: (byClause.get(clause.id) ?? []).map((o) => {
      const found = records.get(o.id) ?? { evidence: [], notes: [] };
      return {
        obligation: o.key,
        bearers: named(o.bearers) || "No bearer named",
        lead: o.lead && o.lead !== o.bearers[0] ? named([o.lead]) : null,
        asks: `${o.verbText} ${o.action}`.trim(),
        status: statusWords[o.status],
        dueDate: formatDate(o.dueDate),
        records: [
          ...found.evidence.map((e) => ({
            kind: "evidence" as const,
            text: e.note ?? e.documentSymbol ?? e.url ?? "",
            reference: e.documentSymbol ?? e.url,
            date: formatDate(e.date),
          })),
          ...found.notes.map((n) => ({
            kind: "note" as const,
            text: n.text,
            reference: null,
            date: formatDate(n.writtenAt.slice(0, 10)),
          })),
        ],
      };
    }),
  }));

  return {
    symbol: resolution.symbol,
    title: `Implementation of ${bodyName} resolution ${number}: report of the Secretary-General`,
    resolutionTitle: resolution.title,
    adopted: resolution.adopted,
    introduction,
    requestedBy,
    sections,
  };
}

type ReportEvidence = {
  note: string | null;
  documentSymbol: string | null;
  url: string | null;
  date: string | null;
};
type ReportNote = { text: string; writtenAt: string };

/** The draft for a resolution of the library, or null when it is not there. */
export async function reportDraft(db: Db, symbol: string): Promise<ReportDraft | null> {
  const resolution = await getResolution(db, symbol);
  if (!resolution) return null;
  const [actors, records] = await Promise.all([
    listActors(db),
    publicRecords(
      db,
      resolution.obligations.map((o) => o.id),
    ),
  ]);
  const names = new Map(actors.map((a) => [a.id, a.name]));
  return composeReportDraft(resolution, names, records);
}
