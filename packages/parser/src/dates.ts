/** Dates as UN texts print them ("21 July 2015") read into ISO form ("2015-07-21"). */

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

export function monthNumber(name: string): number {
  return months.indexOf(name.toLowerCase()) + 1;
}

export function isoDate(day: number, month: number, year: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return null;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** The first "21 July 2015" in a text, as "2015-07-21". */
export function findDate(text: string): string | null {
  const m = datePattern.exec(text);
  if (!m) return null;
  return isoDate(Number(m[1]), monthNumber(m[2] ?? ""), Number(m[3]));
}
