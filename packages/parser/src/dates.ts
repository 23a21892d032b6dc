/**
 * Dates as UN texts print them ("21 July 2015", "1er janvier 2021", "29 de enero de 2021") read
 * into ISO form ("2015-07-21"). Month names come from each language's lexicon.
 */
import { lexicons } from "@mandates/domain";

const months = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

export const monthPattern =
  "(?:January|February|March|April|May|June|July|August|September|October|November|December)";

export const datePattern = new RegExp(`\\b(\\d{1,2})\\s+(${monthPattern})\\s+(\\d{4})\\b`);

/** The month a name gives, in any language read (1-12), or 0. */
export function monthNumber(name: string): number {
  const lower = name.toLowerCase();
  const english = months.indexOf(lower) + 1;
  if (english > 0) return english;
  for (const lexicon of Object.values(lexicons)) {
    const n = lexicon.months.indexOf(lower) + 1;
    if (n > 0) return n;
  }
  return 0;
}

/**
 * Dates in the other languages: "29 janvier 2021", "1er janvier 2021" (French),
 * "29 de enero de 2021" (Spanish). One pattern per language, day, month, year.
 */
const otherDatePatterns = [
  new RegExp(
    `(?<![\\d])(\\d{1,2})(?:er)?\\s+(${lexicons.fr.months.join("|")})\\s+(\\d{4})(?!\\d)`,
    "i",
  ),
  new RegExp(
    `(?<![\\d])(\\d{1,2})\\s+de\\s+(${lexicons.es.months.join("|")})\\s+de\\s+(\\d{4})(?!\\d)`,
    "i",
  ),
];

export function isoDate(day: number, month: number, year: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return null;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** The first "21 July 2015" in a text, as "2015-07-21". */
export function findDate(text: string): string | null {
  const m = datePattern.exec(text) ?? firstOther(text);
  if (!m) return null;
  return isoDate(Number(m[1]), monthNumber(m[2] ?? ""), Number(m[3]));
}

/** The first date in another language's form, if the text holds one. */
function firstOther(text: string): RegExpExecArray | null {
  for (const pattern of otherDatePatterns) {
    const m = pattern.exec(text);
    if (m) return m;
  }
  return null;
}
