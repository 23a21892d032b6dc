/** An obligation's history in words: "Status: No indication → In progress". */
import { message, translated } from "../i18n/translated.ts";
import { formatDate } from "./format.ts";
import { isStatus, statusLabels } from "./vocabulary.ts";

export const fieldLabels: Record<string, string> = translated("field", [
  "status",
  "assignee",
  "dueDate",
  "bearers",
  "verb",
  "strength",
  "action",
  "deadline",
  "evidence",
  "note",
  "obligation",
]);

export const changeLabels: Record<string, string> = translated("change", [
  "import",
  "tracking",
  "correction",
  "confirmation",
  "revert",
  "evidence",
  "note",
  "withdrawal",
]);

export function describeValue(
  field: string,
  value: unknown,
  actorName: (id: string) => string = (id) => id,
): string {
  if (value === null || value === undefined || value === "") return "—";
  if (field === "status" && isStatus(value)) return statusLabels[value];
  if (field === "dueDate" && typeof value === "string") return formatDate(value);
  if (field === "bearers" && Array.isArray(value))
    return value.length
      ? value.map((v) => actorName(String(v))).join(", ")
      : message("history.nobody");
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (typeof value === "object") {
    const o = value as Record<string, unknown>;
    if (field === "deadline" && typeof o.text === "string")
      return typeof o.date === "string" ? `${o.text} (${formatDate(o.date)})` : o.text;
    const parts = ["url", "documentSymbol", "note", "text", "date"]
      .map((k) => o[k])
      .filter((v): v is string => typeof v === "string" && v !== "");
    if (parts.length) return parts.join(" · ");
  }
  return JSON.stringify(value);
}
