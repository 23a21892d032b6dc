/**
 * The digest as an e-mail: a subject, a plain-text body and an HTML body saying what is overdue
 * and what falls due soon, each obligation with its resolution and paragraph, who it is asked of,
 * what it asks, its due date and status, and a link to its page. Everything that comes from the
 * library (titles, actions, names) is escaped for HTML, and the subject is built from counts only,
 * so nothing read from a resolution can reach a header. Pure: the sending is in send.ts.
 */
import type { DigestContent, ObligationView, OverviewList } from "@mandates/db";

export interface ComposedDigest {
  subject: string;
  text: string;
  html: string;
}

export interface DigestReader {
  displayName: string;
  id: number;
}

const statusLabels: Record<ObligationView["status"], string> = {
  completed: "Completed",
  "in-progress": "In progress",
  "not-implemented": "Not implemented",
  "not-applicable": "Not applicable",
  "no-indication": "No indication",
};

/** Text for HTML element content and double-quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c,
  );
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters to remove.
const controls = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;

/** Line breaks and other control characters out of a value that sits on one line. */
const oneLine = (text: string): string => text.replace(controls, " ").replace(/\s+/g, " ").trim();

const shorten = (text: string, most = 300): string =>
  text.length > most ? `${text.slice(0, most - 1).trimEnd()}…` : text;

/** "31 August 2026". */
export function longDate(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(d.getTime())
    ? day
    : d.toLocaleDateString("en-GB", {
        day: "numeric",
        month: "long",
        year: "numeric",
        timeZone: "UTC",
      });
}

/** "para. 11", "annex 1, para. 25": an obligation's paragraph as the tracker names it. */
export function paragraphOf(o: ObligationView): string {
  const m = /^(?:annex(\d+)-)?(op|pp)(.+)$/.exec(o.clause);
  if (!m) return o.clause;
  const para = `${m[2] === "pp" ? "preamble " : ""}para. ${m[3]}`;
  return m[1] ? `annex ${m[1]}, ${para}` : para;
}

interface Line {
  id: number;
  symbol: string;
  paragraph: string;
  who: string;
  action: string;
  due: string;
  status: string;
  mine: boolean;
  href: string | null;
}

function linesOf(
  list: OverviewList,
  reader: DigestReader,
  actorName: (id: string) => string,
  baseUrl: string | null,
): Line[] {
  return list.items.map((o) => ({
    id: o.id,
    symbol: oneLine(o.resolution.symbol),
    paragraph: paragraphOf(o),
    who: oneLine(o.bearers.map(actorName).join(", ") || o.bearerText || "No bearer named"),
    action: shorten(oneLine(`${o.verb} ${o.action}`)),
    due: o.dueDate ? longDate(o.dueDate) : "",
    status: statusLabels[o.status],
    mine: o.assignee?.id === reader.id,
    href: baseUrl ? `${baseUrl}/obligations/${o.id}` : null,
  }));
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * The e-mail for one reader. `baseUrl` is the server's public address (MANDATES_PUBLIC_URL),
 * without which the mail names obligations by symbol and paragraph but cannot link them.
 */
export function composeDigest(
  content: DigestContent,
  reader: DigestReader,
  options: { actorName: (id: string) => string; baseUrl?: string | null },
): ComposedDigest {
  const baseUrl = options.baseUrl ? options.baseUrl.replace(/\/+$/, "") : null;
  const overdue = linesOf(content.overdue, reader, options.actorName, baseUrl);
  const soon = linesOf(content.dueSoon, reader, options.actorName, baseUrl);
  const scope = content.scope
    ? `the obligations borne or led by ${content.scope.map(options.actorName).join(", ")}`
    : "the whole library";
  const counts = `${plural(content.overdue.total, "obligation overdue", "obligations overdue")}, ${content.dueSoon.total} due by ${longDate(content.dueUntil)}`;
  const subject = `Mandates digest, ${longDate(content.today)}: ${counts}`;
  const sections = [
    { title: "Overdue", lines: overdue, total: content.overdue.total },
    { title: `Due by ${longDate(content.dueUntil)}`, lines: soon, total: content.dueSoon.total },
  ];

  const text = [
    `Hello ${oneLine(reader.displayName)},`,
    "",
    `What is overdue and what falls due soon in ${scope}, as of ${longDate(content.today)}.`,
    ...sections.flatMap((s) => [
      "",
      `${s.title} (${s.total})`,
      "=".repeat(s.title.length + String(s.total).length + 3),
      ...(s.lines.length === 0 ? ["Nothing."] : []),
      ...s.lines.flatMap((l) => [
        "",
        `* ${l.symbol}, ${l.paragraph}${l.due ? ` (due ${l.due})` : ""}: ${l.status}${l.mine ? ", assigned to you" : ""}`,
        `  ${l.who}: ${l.action}`,
        ...(l.href ? [`  ${l.href}`] : []),
      ]),
      ...(s.total > s.lines.length ? ["", `... and ${s.total - s.lines.length} more.`] : []),
    ]),
    "",
    "You receive this because you asked for it on your account page in Mandates; turn it off there.",
    "",
  ].join("\n");

  const item = (l: Line) => {
    const name = `${escapeHtml(l.symbol)}, ${escapeHtml(l.paragraph)}`;
    return `<li><p><strong>${l.href ? `<a href="${escapeHtml(l.href)}">${name}</a>` : name}</strong>${l.due ? ` (due ${escapeHtml(l.due)})` : ""}: ${escapeHtml(l.status)}${l.mine ? ", <em>assigned to you</em>" : ""}</p><p>${escapeHtml(l.who)}: ${escapeHtml(l.action)}</p></li>`;
  };
  const html = [
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">',
    `<title>${escapeHtml(subject)}</title></head><body>`,
    `<p>Hello ${escapeHtml(oneLine(reader.displayName))},</p>`,
    `<p>What is overdue and what falls due soon in ${escapeHtml(scope)}, as of ${escapeHtml(longDate(content.today))}.</p>`,
    ...sections.map(
      (s) =>
        `<h2>${escapeHtml(s.title)} (${s.total})</h2>${s.lines.length === 0 ? "<p>Nothing.</p>" : `<ul>${s.lines.map(item).join("")}</ul>`}${s.total > s.lines.length ? `<p>… and ${s.total - s.lines.length} more.</p>` : ""}`,
    ),
    "<p>You receive this because you asked for it on your account page in Mandates; turn it off there.</p>",
    "</body></html>",
  ].join("\n");
  return { subject: oneLine(subject), text, html };
}

/** Nothing overdue and nothing coming: no mail is sent. */
export const isEmptyDigest = (content: DigestContent): boolean =>
  content.overdue.total === 0 && content.dueSoon.total === 0;
