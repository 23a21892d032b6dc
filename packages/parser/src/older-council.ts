/**
 * The front matter of older Security Council resolutions as the printed compilations set it,
 * OCR'd: "84 (1950). Resolution of 7 July 1950" over "[S/1588]"; "Resolution 687 (1991)" over
 * "of 3 Apri] 1991"; "RESOLUTION 761 (1992)" over "Adopted by the Security Council at its
 * 3087th meeting," and "on 29 June 1992". Read line by line: the symbol from the title, the
 * adoption date from the line that dates it, tolerantly of OCR slips, with a warning for each
 * slip read through.
 */
import { type PrintedDate, readPrintedDate } from "./printed-date.ts";

export interface OlderCouncilFront {
  symbol: string | null;
  adopted: string | null;
  /** "S/1588", the document the resolution was adopted as. */
  origin: string | null;
  warnings: string[];
}

/**
 * The title, in the forms the compilations use: "84 (1950). Resolution of 7 July 1950",
 * "1 (1946) Resolution of ...", "Resolution 687 (1991) of 3 Apri] 1991", "RESOLUTION 761 (1992)",
 * "Resolution 883 (1993) 11 November 1993", "Resolution 290 of 8 December 1970"; the year in
 * brackets may carry an OCR slip ("(197-4)"). Groups: 1 "Resolution" before the number, 2 the
 * number, 3 the year as printed, 4 "Resolution" after it, 5 the words that date it.
 */
const title =
  /^(Resolution\s+)?(\d{1,4})(?:\s*\(([0-9-]{4,6})\)\.?)?(?:\s+(Resolution\s+)?(.{1,60}))?$/i;
/** "of", as printed or misread ("ef", "Of"), before a date. */
const dateOf = /^(?:of|ef|0f)\s+/i;
/**
 * A line that holds only a date, with "of" or not: "of 3 Apri] 1991", "11 November 1993"; a
 * footnote marker or the year again may follow ("of 30 May 1992 54").
 */
const dateLine = /^(?:(?:of|ef|0f)\s+)?[0-9lIi|!fO]{1,2}\s+\S{3,10}\s+\S{4}(?:\s+\d{1,4})?$/i;
/**
 * "Adopted by the Security Council at its 3087th meeting, on 29 June 1992", over one to three
 * lines, OCR's underscores and a lost "Council" tolerated. Group 1: the date's words.
 */
const adoption =
  /^(?:Resolution )?Adopted by the Security(?: Council)? at\s+(?:_\s*)?its\s+\S{3,12}\s+meeting,?(?:\s+[Oo]n\s+(.{1,40}))?$/;
/** "[S/1588]", "(S/525, I]", "[S/2017/Rev.1}": the document, its brackets misread as OCR does. */
const originLine = /^[[(]\s*(S\/[^\]})[(]{1,60}?)\s*[\]})]{1,2}$/;

/** The longest title line (a title with its date is under 60 characters). */
const titleLength = 100;

/**
 * The symbol and the date an older Council title prints. A title must print its year or its
 * date: "Resolution 12" alone is a heading. Without "Resolution" before the number, the title
 * is "84 (1950)", then "Resolution of ...".
 */
function readTitle(
  line: string,
): { number: number; year: number | null; date: PrintedDate | null } | null {
  if (line.length > titleLength) return null;
  const m = title.exec(line);
  if (!m) return null;
  const printed = (m[3] ?? "").replace(/-/g, "");
  const year = /^\d{4}$/.test(printed) ? Number(printed) : null;
  const rest = (m[5] ?? "").trim();
  if (!m[1] && (year === null || (rest !== "" && !m[4]))) return null;
  const date = rest ? readPrintedDate(` ${rest.replace(dateOf, "")}`, year) : null;
  if (rest && !date) return null;
  return { number: Number(m[2]), year, date };
}

export function readOlderCouncil(lines: readonly string[]): OlderCouncilFront {
  const front: OlderCouncilFront = { symbol: null, adopted: null, origin: null, warnings: [] };
  let year: number | null = null;
  let number: number | null = null;
  let date: PrintedDate | null = null;
  for (const [i, line] of lines.entries()) {
    if (number === null) {
      const found = readTitle(line);
      if (found) {
        number = found.number;
        year = found.year;
        date = found.date;
        const next = lines[i + 1] ?? "";
        if (!date && dateLine.test(next))
          date = readPrintedDate(` ${next.replace(dateOf, "")}`, year);
        // "Resolution 12" with neither year nor date is a heading, not a title.
        if (year === null && !date) number = null;
        continue;
      }
    }
    if (!front.origin) {
      const origin = originLine.exec(line);
      if (origin) front.origin = (origin[1] ?? "").trim();
    }
    if (!date && /^(?:Resolution )?Adopted by the Security\b/.test(line)) {
      // The date may stand on the line after, or the one after that.
      const words = [line, lines[i + 1] ?? "", lines[i + 2] ?? ""];
      for (let end = 1; end <= 3 && !date; end++) {
        const m = adoption.exec(words.slice(0, end).join(" ").trim());
        if (m?.[1]) date = readPrintedDate(` ${m[1]}`, year);
      }
    }
  }
  if (number === null) return front;
  if (date && year !== null && Number(date.iso.slice(0, 4)) !== year)
    front.warnings.push(
      `The resolution's number carries the year ${year} but its date is printed "${date.printed}": the date's year is taken.`,
    );
  else if (date?.slipped)
    front.warnings.push(
      `The adoption date is printed "${date.printed}" and was read as ${date.iso}, through an OCR slip.`,
    );
  const resolutionYear = date ? Number(date.iso.slice(0, 4)) : year;
  front.symbol = `S/RES/${number} (${resolutionYear})`;
  front.adopted = date?.iso ?? null;
  return front;
}
