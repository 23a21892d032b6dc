/**
 * Dates read tolerantly of OCR slips, for the lines that date a resolution in the older printed
 * compilations ("of 3 Apri] 1991", "of 3f July 1989", "ef 15 June 1965"). Only lines known to
 * hold a date are read this way: a near-miss is read as the month it misses, and the reading says
 * so, so the caller can warn.
 */
import { isoDate, monthNumber } from "./dates.ts";

export interface PrintedDate {
  /** YYYY-MM-DD */
  iso: string;
  /** The words as printed ("3 Apri] 1991"). */
  printed: string;
  /** Whether a character had to be read as another one (an OCR slip). */
  slipped: boolean;
}

const monthNames = [
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

/** Characters OCR gives for a digit: "l", "I", "|", "!" and "f" for 1, "O" for 0, "£" for 1. */
const digitSlips: Record<string, string> = {
  l: "1",
  I: "1",
  i: "1",
  "|": "1",
  "!": "1",
  f: "1",
  "£": "1",
  O: "0",
  o: "0",
};
/** Characters OCR gives for a letter of a month: "]" or "1" for "l", "0" for "o". */
const letterSlips: Record<string, string> = {
  "]": "l",
  "[": "l",
  "|": "l",
  "!": "l",
  "1": "l",
  "0": "o",
};

/** A day, a month and a year as OCR may print them, each a run without spaces. */
const dateWords =
  /(?:^|[\s(])([0-9lIi|!fO]{1,2})\s+([A-Za-z\][|!10]{3,10})[.,]?\s+([0-9lIi|!£O]{4})(?![0-9])/;

function readDigits(token: string): { value: number; slipped: boolean } | null {
  let digits = "";
  let real = 0;
  for (const ch of token) {
    if (ch >= "0" && ch <= "9") {
      digits += ch;
      real++;
    } else digits += digitSlips[ch] ?? "x";
  }
  // Most of a number must be real digits: "Il" is no day.
  if (digits.includes("x") || real * 2 < token.length) return null;
  return { value: Number(digits), slipped: real < token.length };
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j] ?? 0;
      row[j] = Math.min(
        above + 1,
        (row[j - 1] ?? 0) + 1,
        diagonal + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      diagonal = above;
    }
  }
  return row[b.length] ?? 0;
}

/**
 * The month a word names, allowing one slip: a character OCR mistakes for a letter ("Apri]"),
 * or one letter wrong, missing or extra when that leaves a single month ("Juiy"; not "Jule",
 * which misses June and July alike).
 */
export function readMonth(word: string): { month: number; slipped: boolean } | null {
  const exact = monthNumber(word);
  if (exact > 0) return { month: exact, slipped: false };
  const letters = [...word].map((ch) => letterSlips[ch] ?? ch.toLowerCase()).join("");
  const mapped = monthNames.indexOf(letters);
  if (mapped >= 0) return { month: mapped + 1, slipped: true };
  if (!/^[a-z]+$/.test(letters) || letters.length < 3) return null;
  const near = monthNames.flatMap((name, i) => (editDistance(letters, name) <= 1 ? [i + 1] : []));
  return near.length === 1 ? { month: near[0] as number, slipped: true } : null;
}

/**
 * The first date in a line that dates a resolution, read tolerantly. `year`, when given, is the
 * year the resolution's number carries ("687 (1991)"): a printed year that cannot be read
 * cleanly ("£966") gives way to it, as an older Council resolution is numbered by the year it
 * was adopted in; a year printed cleanly is kept, and the caller may compare the two.
 */
export function readPrintedDate(text: string, year: number | null = null): PrintedDate | null {
  const m = dateWords.exec(text);
  if (!m) return null;
  const day = readDigits(m[1] ?? "");
  const month = readMonth(m[2] ?? "");
  if (!day || !month) return null;
  const printedYear = readDigits(m[3] ?? "");
  const clean = printedYear !== null && !printedYear.slipped;
  const y = clean ? printedYear.value : (year ?? printedYear?.value ?? null);
  if (y === null) return null;
  const iso = isoDate(day.value, month.month, y);
  if (!iso) return null;
  const start = (m.index ?? 0) + m[0].length - m[0].trimStart().length;
  return {
    iso,
    printed: text.slice(start, (m.index ?? 0) + m[0].length).trim(),
    slipped: day.slipped || month.slipped || !clean,
  };
}
