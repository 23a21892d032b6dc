/**
 * The columns of a tracker export, each with its type, so a spreadsheet gets numbers, dates and
 * true/false rather than text. One list for CSV and .xlsx; the assignee column only for those
 * signed in (readers without an account never see assignees).
 */
import type { ObligationView } from "@mandates/db";
import { bodies, isBodyId } from "@mandates/domain";

export type CellType = "text" | "number" | "date" | "boolean";
export type CellValue = string | number | boolean | null;

export interface ExportColumn {
  key: string;
  header: string;
  type: CellType;
  /** Width in characters, for the spreadsheet. */
  width: number;
  value: (o: ObligationView, names: ReadonlyMap<string, string>) => CellValue;
}

const statusLabels: Record<ObligationView["status"], string> = {
  completed: "Completed",
  "in-progress": "Implemented - in progress",
  "not-implemented": "Not implemented",
  "not-applicable": "Non-applicable",
  "no-indication": "No indication",
};

const bodyName = (body: string | null) => (body && isBodyId(body) ? bodies[body].name : body);

const named = (ids: readonly string[], names: ReadonlyMap<string, string>) =>
  ids.map((id) => names.get(id) ?? id).join("; ");

const columns: readonly ExportColumn[] = [
  {
    key: "resolution",
    header: "Resolution",
    type: "text",
    width: 18,
    value: (o) => o.resolution.symbol,
  },
  {
    key: "body",
    header: "Body",
    type: "text",
    width: 10,
    value: (o) => bodyName(o.resolution.body),
  },
  {
    key: "adopted",
    header: "Adopted",
    type: "date",
    width: 12,
    value: (o) => o.resolution.adopted,
  },
  {
    key: "paragraph",
    header: "Paragraph",
    type: "text",
    width: 10,
    value: (o) => o.clause.replace(/^(.*-)?op/, "$1"),
  },
  { key: "obligation", header: "Obligation", type: "text", width: 10, value: (o) => o.key },
  {
    key: "bearers",
    header: "Bearers",
    type: "text",
    width: 28,
    value: (o, n) => named(o.bearers, n),
  },
  {
    key: "lead",
    header: "Lead entity",
    type: "text",
    width: 18,
    value: (o, n) => (o.lead ? named([o.lead], n) : null),
  },
  { key: "verb", header: "Verb", type: "text", width: 12, value: (o) => o.verb },
  { key: "strength", header: "Strength", type: "number", width: 9, value: (o) => o.strength },
  {
    key: "action",
    header: "What is asked",
    type: "text",
    width: 60,
    value: (o) => o.action || o.verbText,
  },
  {
    key: "deadline",
    header: "Deadline in the text",
    type: "text",
    width: 24,
    value: (o) => o.deadline?.text ?? null,
  },
  { key: "due", header: "Due date", type: "date", width: 12, value: (o) => o.dueDate },
  {
    key: "status",
    header: "Status",
    type: "text",
    width: 22,
    value: (o) => statusLabels[o.status],
  },
  { key: "overdue", header: "Overdue", type: "boolean", width: 9, value: (o) => o.overdue },
  {
    key: "assignee",
    header: "Assignee",
    type: "text",
    width: 20,
    value: (o) => o.assignee?.displayName ?? null,
  },
  {
    key: "updated",
    header: "Last changed",
    type: "date",
    width: 12,
    value: (o) => o.updatedAt.slice(0, 10),
  },
];

/** The columns for this reader: without the assignee for readers without an account. */
export function exportColumns(signedIn: boolean): readonly ExportColumn[] {
  return signedIn ? columns : columns.filter((c) => c.key !== "assignee");
}
