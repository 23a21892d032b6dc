/**
 * Footnotes: bodies printed at the foot of a page, tied to the text by markers. PDF text leaves
 * the bodies between the lines of a paragraph cut by the page break and glues the markers to words
 * ("Development,1 and", "Protocol7 and"). Bodies are moved out of the flow; markers are taken out
 * of the text and kept as a private-use bracket (`markMarker`) so paragraphs can say which notes
 * they carry.
 *
 * Bodies are found below a separator rule ("_____"), as paragraphs opening with a superscript
 * marker (the seed), or as trailing lines "13 One member ..." whose number is glued to a word above.
 */
import { allMatches } from "../matches.ts";
import { isBlank, type Page } from "./pages.ts";

export interface FootnoteBody {
  marker: string;
  text: string;
  /** The page whose foot holds it (its first part, when it runs on). */
  page: number;
}

export interface PagesWithoutFootnotes {
  pages: Page[];
  footnotes: FootnoteBody[];
}

const separator = /^\s*(?:_{5,}|-{10,}|\u2014{5,})\s*$/;
/** Whether a line is a separator rule; most lines open with a letter or digit, which rules it out. */
function isSeparator(line: string): boolean {
  const first = line.charCodeAt(0);
  return (
    (first === 95 || first === 45 || first === 0x2014 || first <= 32 || first >= 0x80) &&
    separator.test(line)
  );
}
/** The first separator rule at or after `from`, or -1. */
function separatorFrom(lines: readonly string[], from: number): number {
  for (let i = from; i < lines.length; i++) if (isSeparator(lines[i] ?? "")) return i;
  return -1;
}
const superscripts = "⁰¹²³⁴⁵⁶⁷⁸⁹";
const superscriptRun = /[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g;
const bodyStart = /^\s*(\d{1,3}|\*{1,3}|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})(?:\s+|(?=[A-Z“"]))([A-Za-z“"‘([].*)$/;
const superscriptBody = /^\s*[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}\s*\S/;

export const markerOpen = "\uE000";
export const markerClose = "\uE001";
export const markMarker = (marker: string) => `${markerOpen}${marker}${markerClose}`;

function fromSuperscript(run: string): string {
  return [...run].map((c) => String(superscripts.indexOf(c))).join("");
}

/**
 * Reads the footnote bodies of one footnote area, the lines from `start` on, and returns where the
 * area ends. A leading unmarked line continues the last note (a note runs on from the page
 * before); after a blank line, a line that does not open the next note ends the area (text that
 * goes on below notes placed after their paragraph, as some exports print them).
 */
function readBodies(
  lines: readonly string[],
  footnotes: FootnoteBody[],
  page: number,
  start = 0,
): number {
  let afterBlank = false;
  let seen = false;
  for (let i = start; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (line.trim() === "") {
      afterBlank = seen;
      continue;
    }
    seen = true;
    const opening = bodyStart.exec(line);
    const marker = opening ? normalizeMarker(opening[1] ?? "") : "";
    const last = footnotes.at(-1);
    // Notes are set apart by blank lines; a numbered line straight after a note's line is more
    // likely its continuation ("26 August–4 September 2002"), so there only the next number opens.
    const opens =
      opening !== null &&
      (!last ||
        (afterBlank || i === start
          ? isNextMarker(last.marker, marker)
          : Number(marker) === Number(last.marker) + 1 || marker.startsWith("*")));
    if (opens) footnotes.push({ marker, text: (opening?.[2] ?? "").trim(), page });
    else if (afterBlank) return i;
    else if (last) last.text = `${last.text} ${line.trim()}`;
    afterBlank = false;
  }
  return lines.length;
}

function normalizeMarker(raw: string): string {
  return /[⁰¹²³⁴⁵⁶⁷⁸⁹]/.test(raw) ? fromSuperscript(raw) : raw;
}

/** Footnotes count up through a document; a star marker ("*") may precede them. */
function isNextMarker(previous: string, marker: string): boolean {
  if (marker.startsWith("*")) return !previous.startsWith("*") || marker.length > previous.length;
  if (previous.startsWith("*")) return true;
  // A gap means a note was missed on an earlier page; a body line never starts with a smaller number.
  return Number(marker) > Number(previous) && Number(marker) <= Number(previous) + 10;
}

/**
 * The numbers glued to a word or a mark on the lines of a page ("Protocol7", "Development,1"),
 * each with the first line it is glued on. One pass over the page, for every note below.
 */
function gluedNumbers(lines: readonly string[]): Map<string, number> {
  const first = new Map<string, number>();
  lines.forEach((line, i) => {
    for (const m of allMatches(gluedNumber, line))
      if (!first.has(m[1] ?? "")) first.set(m[1] ?? "", i);
  });
  return first;
}
const gluedNumber = /[a-z,.;)\]”’](\d+)(?![\d/])/g;

/** Plain-digit bodies at the end of a page, recognized by their markers glued to words above. */
function trailingPlainBodies(lines: readonly string[]): number {
  let cut = lines.length;
  let i = lines.length - 1;
  let glued: Map<string, number> | null = null;
  while (i >= 0) {
    while (i >= 0 && isBlank(lines[i] ?? "")) i--;
    let j = i;
    while (j >= 0 && !isBlank(lines[j] ?? "")) j--;
    const first = lines[j + 1] ?? "";
    const start = /^\s*(\d{1,3})\s+[A-Z“"(]/.exec(first);
    if (!start || j < 0) break;
    // The note's number must be glued to a word in the text above it.
    glued ??= gluedNumbers(lines);
    if ((glued.get(start[1] ?? "") ?? lines.length) > j) break;
    cut = j + 1;
    i = j;
  }
  return cut;
}

/** What is known of a text's characters before its footnotes are read. */
export interface FootnoteOptions {
  /** Whether the text holds superscript digits; when it does not, none is looked for. */
  superscripts?: boolean;
}

/** Moves footnote bodies out of the pages. */
export function extractFootnotes(
  pages: readonly Page[],
  { superscripts = true }: FootnoteOptions = {},
): PagesWithoutFootnotes {
  const footnotes: FootnoteBody[] = [];
  const out: Page[] = [];
  for (const [page, { lines }] of pages.entries()) {
    let content: string[] = [];
    // Lines are taken by index: each footnote area is read once, never copied with what follows.
    let from = 0;
    for (let rule = separatorFrom(lines, 0); rule >= 0; rule = separatorFrom(lines, from)) {
      for (let i = from; i < rule; i++) content.push(lines[i] ?? "");
      from = readBodies(lines, footnotes, page, rule + 1);
    }
    for (let i = from; i < lines.length; i++) content.push(lines[i] ?? "");
    if (content.length === lines.length) {
      const cut = trailingPlainBodies(content);
      if (cut < content.length) {
        readBodies(content.slice(cut), footnotes, page);
        content = content.slice(0, cut);
      }
    }
    if (!superscripts) {
      out.push({ lines: content });
      continue;
    }
    // Superscript-marked bodies stand as paragraphs of their own anywhere on the page.
    const kept: string[] = [];
    let inBody = false;
    for (const line of content) {
      if (superscriptBody.test(line) && (kept.length === 0 || (kept.at(-1) ?? "").trim() === "")) {
        readBodies([line], footnotes, page);
        inBody = true;
      } else if (inBody && line.trim() !== "") {
        readBodies([line], footnotes, page);
      } else {
        inBody = false;
        kept.push(line);
      }
    }
    out.push({ lines: kept });
  }
  return { pages: out, footnotes };
}

/** Words after which a number is a quantity or a citation, never a footnote marker. */
const countedAfter =
  /\b(?:of|to|by|in|on|at|within|than|under|over|about|some|least|from|until|since|for|before|after|and|or|the|paragraphs?|paras?\.?|resolutions?|decisions?|articles?|chapters?|annex(?:es)?|targets?|goals?|principles?|rules?|recommendations?|sections?|items?|No\.|vol\.|pages?|pp?\.|sessions?|Protocol|Convention|Agenda|level|phase|stage|part|step|number|Group|G|SDG|Article)$/i;
/** Words before which a number is a quantity or a date. */
const countedBefore =
  /^\s*(?:January|February|March|April|May|June|July|August|September|October|November|December|days?|years?|months?|weeks?|hours?|per|percent|million|billion|countries|States|Member|members|to|\/|-|%)/i;
/**
 * "paragraphs 4, 5 and 6", "members 20 or 21": after a word, a number before "and"/"or" and
 * another number is one of a series. Before "and" and a word ("Child 7 and its optional
 * protocols") it is a marker.
 */
const seriesBefore = /^\s*(?:and|or)\s+\d/;
const wordEnd = /[A-Za-z)\]”’"]/;

/**
 * A number that may be a marker: at most three digits, then a space, a mark or the end of the
 * line. Run over a page's lines joined by line breaks.
 */
const plainNumber = /\d{1,3}(?=[\s,.;:)]|$)/g;

const isDigit = (c: string) => c >= "0" && c <= "9";
/** A space within a line: any white space but the line break. */
const isSpace = (c: string) => c !== "\n" && c !== "" && /\s/.test(c);

/** The numbers of one page that may be markers, and the notes they may refer to. */
interface PageNotes {
  /** Numbers that have a body somewhere in the document. */
  known: ReadonlySet<string>;
  /** Numbers whose body is on this page and that have not been marked yet. */
  onPage: Set<string>;
}

/**
 * Where the line of `text` around a position starts and ends. Positions are asked for in order,
 * and the line last found is kept: a line holding thousands of numbers is measured once.
 */
class LineFinder {
  private line = { start: 0, end: -1 };

  constructor(private readonly text: string) {}

  around(at: number): { start: number; end: number } {
    if (at < this.line.start || at > this.line.end) {
      const end = this.text.indexOf("\n", at);
      this.line = {
        start: this.text.lastIndexOf("\n", at - 1) + 1,
        end: end < 0 ? this.text.length : end,
      };
    }
    return this.line;
  }
}

/**
 * Whether a plain number is a footnote marker. `text` holds the page, `line` the bounds of the
 * line the number is on, `end` where the word or mark before it ends; `space` and `digits` are
 * the spaces and the number after that.
 */
function isPlainMarker(
  text: string,
  line: { start: number; end: number },
  end: number,
  space: string,
  digits: string,
  notes: PageNotes,
): boolean {
  const last = text.charAt(end - 1);
  const beforeLast = end - 2 >= line.start ? text.charAt(end - 2) : "";
  if (!space) {
    // Glued: after a letter, a closing mark, or punctuation that follows a word.
    const glued =
      wordEnd.test(last) ||
      (",.;:".includes(last) && wordEnd.test(beforeLast)) ||
      (notes.onPage.has(digits) && ",;".includes(last) && /\d/.test(beforeLast));
    // Not the digits of a code such as "G20" or "CO2".
    const code =
      /[A-Z]/.test(last) && !/[a-z]/.test(text.slice(Math.max(line.start, end - 3), end));
    return glued && !code;
  }
  if (!notes.onPage.has(digits)) return false;
  const after = end + space.length + digits.length;
  const preceding = text.slice(Math.max(line.start, end - 40), end);
  const following = text.slice(after, Math.min(line.end, after + 20));
  // After a number and a comma ("paragraphs 1, 2 and 5"), a number is one of a series.
  const afterPunctuation = ",.;:”’)".includes(last) && !(last === "," && /\d/.test(beforeLast));
  const afterWord = /[a-z]/.test(last) && !countedAfter.test(preceding);
  if (!(afterPunctuation || afterWord) || countedBefore.test(following)) return false;
  return !(afterWord && seriesBefore.test(following));
}

/**
 * `text` (a page's lines joined by line breaks) with its plain-digit markers marked. A marker
 * follows a word or a mark on its own line, at most two spaces away; it is not the end of a
 * longer number.
 */
function markPlainMarkers(text: string, notes: PageNotes): string {
  const parts: string[] = [];
  const lines = new LineFinder(text);
  let copied = 0;
  for (const m of allMatches(plainNumber, text)) {
    const digits = m[0];
    if (isDigit(text.charAt(m.index - 1))) {
      const year = yearWithMarker(text, m.index + digits.length, notes);
      if (year < 0 || year + 4 < copied) continue;
      const marker = text.slice(year + 4, m.index + digits.length);
      notes.onPage.delete(marker);
      parts.push(text.slice(copied, year + 4), markMarker(marker));
      copied = m.index + digits.length;
      continue;
    }
    if (!notes.known.has(digits)) continue;
    let end = m.index;
    while (isSpace(text.charAt(end - 1))) end--;
    const space = text.slice(end, m.index);
    if (end === 0 || text.charAt(end - 1) === "\n" || space.length > 2) continue;
    if (!isPlainMarker(text, lines.around(end), end, space, digits, notes)) continue;
    notes.onPage.delete(digits);
    parts.push(text.slice(copied, end), markMarker(digits));
    copied = m.index + digits.length;
  }
  if (copied === 0) return text;
  parts.push(text.slice(copied));
  return parts.join("");
}

/**
 * A marker glued to a year ("the Political Declarations of 20172 and 2021,3"): where the year
 * starts when the digits that end at `end` are four digits of a year and then the number of a
 * note whose body is on the same page, or -1. Only such notes are taken: elsewhere the digits
 * are one number.
 */
function yearWithMarker(text: string, end: number, notes: PageNotes): number {
  if (notes.onPage.size === 0) return -1;
  let start = end;
  while (start > 0 && isDigit(text.charAt(start - 1))) start--;
  const run = end - start;
  if (run < 5 || run > 6 || /[A-Za-z]/.test(text.charAt(start - 1))) return -1;
  const century = text.slice(start, start + 2);
  if (century !== "19" && century !== "20") return -1;
  return notes.onPage.has(text.slice(start + 4, end)) ? start : -1;
}

/**
 * Takes footnote markers out of the text of each page, leaving `markMarker(n)` in their place.
 * Superscripts are markers wherever they stand. A plain number is a marker only when a body with
 * that number exists and it is glued to the word or punctuation before it ("Protocol7",
 * "Development,1"); a note whose body is on the same page may also stand after a space
 * ("exploitation, 2 on", "members 20 and") where no counted noun is near. Each page is searched
 * as one text, not line by line.
 */
export function markFootnoteMarkers(
  pages: readonly Page[],
  bodies: readonly FootnoteBody[],
  { superscripts = true }: FootnoteOptions = {},
): Page[] {
  const known = new Set(bodies.map((b) => b.marker).filter((m) => /^\d+$/.test(m)));
  if (known.size === 0 && !superscripts) return [...pages];
  // The numbered notes of each page, gathered in one pass over the notes.
  const byPage = new Map<number, string[]>();
  for (const b of bodies) {
    if (!known.has(b.marker)) continue;
    const markers = byPage.get(b.page);
    if (markers) markers.push(b.marker);
    else byPage.set(b.page, [b.marker]);
  }
  return pages.map(({ lines }, page) => {
    const onPage = new Set(byPage.get(page));
    const text = lines.join("\n");
    const superscripted = superscripts
      ? text.replace(superscriptRun, (run) => markMarker(fromSuperscript(run)))
      : text;
    const marked =
      known.size === 0 ? superscripted : markPlainMarkers(superscripted, { known, onPage });
    return { lines: marked === text ? lines : marked.split("\n") };
  });
}
