/**
 * Dates and figures as people read them: "21 July 2015", never "2015-07-21" alone; in the
 * interface's language ("21 juillet 2015", "21 de julio de 2015"), set by i18n/index.ts.
 */
import { message } from "../i18n/translated.ts";

/** The interface's language: English is written out here, the others by Intl. */
let locale = "en";

export function setFormatLocale(language: string): void {
  locale = language;
}

/** A date in the interface's language (not English), by Intl, read in UTC as it is stored. */
function intlDate(iso: string, options: Intl.DateTimeFormatOptions): string {
  return new Intl.DateTimeFormat(locale, { ...options, timeZone: "UTC" }).format(
    new Date(`${iso}T00:00:00Z`),
  );
}

const months = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** "2015-07-21" → "21 July 2015"; "2017-05" → "May 2017"; "2017" → "2017"; null → "—". */
export function formatDate(value: string | null | undefined): string {
  if (!value) return "—";
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(value);
  if (!m) return value;
  const [, year, month, day] = m;
  const monthName = month ? months[Number(month) - 1] : undefined;
  if (!monthName) return String(year);
  if (locale !== "en")
    return day
      ? intlDate(`${year}-${month}-${day}`, { day: "numeric", month: "long", year: "numeric" })
      : intlDate(`${year}-${month}-01`, { month: "long", year: "numeric" });
  if (!day) return `${monthName} ${year}`;
  return `${Number(day)} ${monthName} ${year}`;
}

/** "2017-05-01" → "1 May 2017" with the short month: "1 May 2017", "31 Dec. 2025". */
export function formatShortDate(value: string | null | undefined): string {
  if (!value) return "—";
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!m) return formatDate(value);
  if (locale !== "en")
    return intlDate(`${m[1]}-${m[2]}-${m[3]}`, { day: "numeric", month: "short", year: "numeric" });
  const name = months[Number(m[2]) - 1] ?? "";
  const short = name.length > 4 ? `${name.slice(0, 3)}.` : name;
  return `${Number(m[3])} ${short} ${m[1]}`;
}

/** An ISO timestamp → "27 November 2026, 23:20 UTC". */
export function formatTimestamp(value: string | null | undefined): string {
  if (!value) return "—";
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})/.exec(value);
  if (!m) return formatDate(value);
  return `${formatDate(m[1])}, ${m[2]}:${m[3]} UTC`;
}

/** Today as YYYY-MM-DD in UTC, as the server measures "overdue". */
export const todayIso = (now: Date = new Date()): string => now.toISOString().slice(0, 10);

/** "YYYY-MM" of an ISO date → "May 2017". */
export const monthKey = (date: string): string => date.slice(0, 7);

/** 1234 → "1,234"; with a noun: count(3, "obligation") → "3 obligations". */
export function count(n: number, noun?: string, plural?: string): string {
  const figure = n.toLocaleString(locale === "en" ? "en-GB" : locale);
  if (!noun) return figure;
  return `${figure} ${n === 1 ? noun : (plural ?? `${noun}s`)}`;
}

/** A figure in the interface's language: 1.25 → "1.25", "1,25"; 0.5 as a percent → "50%", "50 %". */
export const figure = (n: number, options?: Intl.NumberFormatOptions): string =>
  new Intl.NumberFormat(locale === "en" ? "en-GB" : locale, options).format(n);

/** Days between two ISO dates (b - a), for "due in 12 days" / "3 days overdue". */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** Relative wording of a due date against today, in the interface's language. */
export function dueWording(due: string | null, today: string): string {
  if (!due) return message("due.noDate");
  const d = daysBetween(today, due);
  if (d === 0) return message("due.today");
  if (d > 0) return d === 1 ? message("due.tomorrow") : message("due.in", { count: d });
  return message("due.ago", { count: -d });
}

/**
 * Where a clause stands, by its id: "op11" and "II-op3" → "para. 11", "para. 3"; a paragraph of
 * an annex, "annex1-op25" → "annex 1, para. 25" (an annex numbers its paragraphs afresh).
 */
export function paragraphLabel(clause: string): string {
  const annex = /^annex(\d+)-/.exec(clause);
  const number = clause.replace(/^(.*-)?(op|pp)/, "");
  return annex
    ? message("paragraph.inAnnex", { annex: annex[1], number })
    : message("paragraph.short", { number });
}

/** What each directive verb asks, said of its bearer: "requests" → "requested". */
const passives: Record<string, string> = {
  requests: "requested",
  urges: "urged",
  "calls upon": "called upon",
  "calls on": "called upon",
  encourages: "encouraged",
  invites: "invited",
  recommends: "recommended",
  demands: "demanded",
  directs: "directed",
  instructs: "instructed",
  authorizes: "authorized",
  mandates: "mandated",
  reminds: "reminded",
  "appeals to": "called upon",
  appeals: "called upon",
};

/**
 * Whether an actor's name is plural, by its head noun (the word before "of", "on", "for" ...):
 * "Member States", "United Nations entities" are; "Commission on Narcotic Drugs" and "UNODC" are
 * not.
 */
export function isPluralName(name: string): boolean {
  const head = name.split(/ (?:of|on|for|against|to|in|and|with)\b/)[0]?.trim() ?? name;
  const last = head.split(/\s+/).at(-1) ?? "";
  if (/^[A-Z0-9-]+$/.test(last)) return false; // an acronym
  return /(?:[^su]s|ies|people|children|women)$/i.test(last);
}

/** The word that leads from a passive to its bearers, where English has one. */
const passiveLinks: Record<string, string> = {
  requested: " of",
  demanded: " of",
  urged: " on",
  "called upon": "",
};

/**
 * "Requested of", "Urged on", "Called upon", "Invited:": a short heading for what is asked of a
 * bearer, followed by the bearers' names; in the interface's language ("Demande adressée à",
 * "Se pide a": i18n/en.json "askedOf", by the English passive). An organ's own decision keeps
 * its verb; a verb without a message keeps the canonical English one.
 */
export function askedOf(verb: string): string {
  const passive = passives[verb.toLowerCase()];
  const key = `askedOf.${(passive ?? verb.toLowerCase()).replace(/ (\w)/g, (_, c: string) => c.toUpperCase())}`;
  const said = message(key);
  if (said !== key) return said;
  if (!passive) return `${verb.charAt(0).toUpperCase()}${verb.slice(1)}`;
  return `${passive.charAt(0).toUpperCase()}${passive.slice(1)}${passiveLinks[passive] ?? ":"}`;
}
