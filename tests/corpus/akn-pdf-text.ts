/**
 * Prints an AKN resolution (as akn-markup.ts reads it) the way text extracted from its PDF shows
 * it, so the AKN figures test what PDF text tests. Modelled on ../shared/corpus/un-ga-pdftext:
 *
 * - paragraphs wrapped at a PDF's line width (84-90 characters; the first line of a paragraph
 *   shorter, as its indent is lost), lines ending with a space, a line holding one space between
 *   paragraphs;
 * - a line may end inside a hyphenated word ("Secretary-" / "General"): in un-ga-pdftext every
 *   hyphen at a line end belongs to the word (no word is split by a hyphen the typesetter added:
 *   none of 2,175 line-end hyphens is one), so only hyphens the word carries are break points;
 * - the cover page as the PDF prints it, with the job number ("21-01234 (E)    290121") and the
 *   bar code line ("*2101234*");
 * - a page break after about 45 lines of text: an empty line, then the running header of the next
 *   page: the symbol, the job number and the page number ("2/7"), in the order PDF text gives
 *   them on even and odd pages;
 * - footnotes at the foot of the page where their marker falls: "__________________", then
 *   "1 text"; the marker glued to its word ("conflict1") or set apart ("Weapons 3 and");
 * - operative numbers and sub-item labels on the line of their text ("3. Decides ...") or on a
 *   line of their own ("3. " then "Decides ..."), as both occur in PDF text;
 * - annexes from a new page, under "Annex" ("Annex I", "Annex II" when there are several).
 *
 * Which of these variants a document gets (line width, page length, label placement, marker
 * spacing) follows from a hash of its file name, so every run renders the same text.
 */
import { createHash } from "node:crypto";
import {
  type MarkupBlock,
  type MarkupItem,
  type MarkupNote,
  type MarkupResolution,
  NOTE_CLOSE,
  NOTE_OPEN,
} from "./akn-markup.ts";

export const footnoteSeparator = "__________________";

interface Layout {
  width: number;
  /** Lines of text (blank lines aside) before a page breaks. */
  pageLines: number;
  /** "3. " on a line of its own, the text below. */
  labelsApart: boolean;
  /** Footnote markers set apart by spaces ("Weapons 3 and") rather than glued. */
  markersApart: boolean;
  jobNumber: string;
  /** The date on the cover as the job line prints it: "290121". */
  jobDate: string;
}

function layoutOf(file: string, resolution: MarkupResolution): Layout {
  const hash = createHash("sha1").update(file).digest();
  const byte = (i: number) => hash[i] ?? 0;
  const year = /\((\d{4})\)/.exec(resolution.symbol ?? "")?.[1] ?? "2000";
  // The document's own job number when its file name carries one ("N0922201", "2015095E").
  const fromName = /(?:N|-|_)(\d{2})(\d{5})/.exec(file);
  const jobNumber = fromName
    ? `${fromName[1]}-${fromName[2]}`
    : `${year.slice(2)}-${String(hash.readUInt32BE(4) % 100000).padStart(5, "0")}`;
  const date = resolution.cover.map(coverDate).find((d) => d !== null);
  return {
    width: 84 + (byte(0) % 7),
    pageLines: 43 + (byte(1) % 5),
    labelsApart: byte(2) % 2 === 0,
    markersApart: byte(3) % 3 === 0,
    jobNumber,
    jobDate: date ?? `0101${year.slice(2)}`,
  };
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

/** "29 January 2021" -> "290121". */
function coverDate(line: string): string | null {
  const m = /^(\d{1,2}) ([A-Z][a-z]+) (\d{4})$/.exec(line);
  const month = m ? months.indexOf(m[2] as string) + 1 : 0;
  if (!m || month === 0) return null;
  return `${(m[1] as string).padStart(2, "0")}${String(month).padStart(2, "0")}${(m[3] as string).slice(2)}`;
}

/** One printed line; `notes` are the footnotes whose markers it carries. */
interface Line {
  text: string;
  notes: number[];
}

const blank: Line = { text: " ", notes: [] };
const markerPattern = new RegExp(`${NOTE_OPEN}(\\d+)${NOTE_CLOSE}`, "g");

class Printer {
  readonly lines: Line[] = [];
  private noteCount = 0;

  constructor(
    private readonly layout: Layout,
    private readonly notes: readonly MarkupNote[],
  ) {}

  /** A word as printed, with the notes whose markers it carries. */
  private word(raw: string): Line {
    const notes: number[] = [];
    const text = raw.replace(markerPattern, (_, i: string) => {
      const note = this.notes[Number(i)];
      if (!note) return "";
      notes.push(Number(i));
      // Every third marker set apart in documents that do so, as PDF text shows some.
      const apart = this.layout.markersApart && note.marker !== "*" && this.noteCount++ % 3 === 1;
      return apart ? ` ${note.marker} ` : note.marker;
    });
    return { text, notes };
  }

  /**
   * Wraps a paragraph: `label` ("3.", "(a)") opens it, on its own line or on the first line;
   * the first line is shorter by `indent`.
   */
  paragraph(text: string, label = "", indent = 6, width = this.layout.width): void {
    if (this.lines.length > 0) this.lines.push(blank);
    let first = label;
    if (label !== "" && this.layout.labelsApart) {
      this.lines.push({ text: `${label} `, notes: [] });
      first = "";
    }
    const words = text
      .split(" ")
      .filter((w) => w !== "")
      .map((w) => this.word(w));
    let current: Line = { text: first, notes: [] };
    let limit = width - indent;
    const emit = () => {
      // PDF text ends a line with a space, save after a hyphen ("Secretary-").
      const end = current.text.endsWith("-") ? "" : " ";
      this.lines.push({ text: `${current.text}${end}`, notes: current.notes });
      current = { text: "", notes: [] };
      limit = width;
    };
    for (const w of words) {
      const sep = current.text === "" ? "" : " ";
      if (current.text.length + sep.length + w.text.length <= limit || current.text === "") {
        current.text += sep + w.text;
        current.notes.push(...w.notes);
        continue;
      }
      // A hyphenated word may break after one of its hyphens: "Secretary-" / "General".
      const room = limit - current.text.length - sep.length;
      const cut = w.text.lastIndexOf("-", room - 1);
      if (
        cut > 0 &&
        cut < w.text.length - 1 &&
        /[A-Za-z]-[A-Za-z]/.test(w.text.slice(cut - 1, cut + 2))
      ) {
        current.text += sep + w.text.slice(0, cut + 1);
        emit();
        current.text = w.text.slice(cut + 1);
      } else {
        emit();
        current.text = w.text;
      }
      current.notes.push(...w.notes);
    }
    if (current.text !== "") emit();
  }

  block(block: MarkupBlock): void {
    switch (block.kind) {
      case "heading":
        this.paragraph(block.text, "", 0);
        return;
      case "preambular":
        this.paragraph(block.text);
        return;
      case "other":
        for (const line of block.lines) this.paragraph(line, "", 0);
        return;
      case "paragraph": {
        for (const heading of block.headings) this.paragraph(heading, "", 0);
        const [own, ...more] = block.lines;
        const label = block.number ?? "";
        if (own !== undefined) this.paragraph(own, label);
        else if (label !== "" && block.items.length === 0) this.paragraph("", label);
        for (const line of more) this.paragraph(line);
        block.items.forEach((item, i) => {
          // A paragraph with no words of its own prints its first sub-item beside its number.
          this.item(item, own === undefined && i === 0 ? `${label} ` : "");
        });
        for (const line of block.tail) this.paragraph(line);
        return;
      }
    }
  }

  private item(item: MarkupItem, before: string): void {
    if (item.heading) this.paragraph(item.heading, "", 0);
    const label = `${before}${item.label}`.trim();
    this.paragraph(item.text, label, 10, this.layout.width - 4);
    for (const sub of item.items) this.item(sub, "");
  }

  noteLines(index: number): string[] {
    const note = this.notes[index];
    if (!note) return [];
    const words = `${note.marker} ${note.text}`.split(" ").filter((w) => w !== "");
    const width = this.layout.width + 12;
    const out: string[] = [];
    let line = "";
    for (const w of words) {
      if (line !== "" && line.length + 1 + w.length > width) {
        out.push(`${line} `);
        line = w;
      } else line = line === "" ? w : `${line} ${w}`;
    }
    if (line !== "") out.push(`${line} `);
    return out;
  }
}

/** Lines of the cover page, with the job number and bar code after the date as PDF text has. */
function coverPage(resolution: MarkupResolution, layout: Layout, jobLetter: string): string[] {
  const [first, second, ...rest] = resolution.cover;
  const lines: string[] = [];
  if (first) lines.push(`${first} `);
  if (second) lines.push(second, " ", " ");
  const dateAt = rest.findIndex((l) => coverDate(l) !== null);
  const head = dateAt >= 0 ? rest.slice(0, dateAt + 1) : rest;
  const tail = dateAt >= 0 ? rest.slice(dateAt + 1) : [];
  for (const line of head) lines.push(`${line} `);
  const barcode = layout.jobNumber.replace("-", "");
  lines.push(
    " ",
    `${layout.jobNumber} (${jobLetter})    ${layout.jobDate} `,
    `*${barcode}* `,
    " ",
    " ",
  );
  for (const line of tail) lines.push(`${line} `, " ");
  for (const line of resolution.preface) lines.push(`${line} `, " ");
  lines.push(" ", " ");
  return lines;
}

function runningHeader(symbol: string, job: string, page: number, pages: number): string[] {
  return page % 2 === 0
    ? [`${symbol} `, " ", job, `${page}/${pages} `, " ", " "]
    : [symbol, " ", `${page}/${pages}`, `${job} `, " ", " "];
}

interface Page {
  body: Line[];
  notes: number[];
}

/** Cuts the lines into pages, each holding the footnotes whose markers fall on it. */
function paginate(
  lines: readonly Line[],
  printer: Printer,
  layout: Layout,
  firstPageUsed: number,
  newPageAt: ReadonlySet<number>,
): Page[] {
  const pages: Page[] = [{ body: [], notes: [] }];
  let used = firstPageUsed;
  const noteHeight = (notes: readonly number[]) =>
    notes.length === 0 ? 0 : 1 + notes.reduce((n, i) => n + printer.noteLines(i).length, 0);
  lines.forEach((line, index) => {
    let page = pages[pages.length - 1] as Page;
    const height = line === blank ? 0 : 1;
    const wouldHold = used + height + noteHeight([...page.notes, ...line.notes]);
    if (
      (wouldHold > layout.pageLines || newPageAt.has(index)) &&
      page.body.some((l) => l !== blank)
    ) {
      page = { body: [], notes: [] };
      pages.push(page);
      used = 0;
    }
    if (page.body.length === 0 && line === blank) return;
    page.body.push(line);
    page.notes.push(...line.notes);
    used += height;
  });
  // A page ends on its last line of text: PDF text has no blank line before the break.
  for (const page of pages) while (page.body[page.body.length - 1] === blank) page.body.pop();
  return pages;
}

/** The text a PDF of this resolution would give; `file` picks the layout variants. */
/**
 * The words a page prints in the document's language where the markup gives none: the formula
 * of a Council text that lacks it, the annex heading, the language letter after the job number
 * ("21-01234 (F)").
 */
export interface PrintedWords {
  councilFormula: string;
  annex: string;
  jobLetter: string;
}

export const englishWords: PrintedWords = {
  councilFormula: "The Security Council,",
  annex: "Annex",
  jobLetter: "E",
};

export function renderPdfText(
  resolution: MarkupResolution,
  file: string,
  words: PrintedWords = englishWords,
): string {
  const layout = layoutOf(file, resolution);
  const printer = new Printer(layout, resolution.notes);
  const symbol = resolution.symbol ?? "";
  printer.paragraph(
    resolution.formula ?? (symbol.startsWith("S/") ? words.councilFormula : ""),
    "",
    0,
  );
  for (const block of [...resolution.preamble, ...resolution.body]) printer.block(block);
  const newPageAt = new Set<number>();
  resolution.annexes.forEach((annex, i) => {
    newPageAt.add(printer.lines.length);
    const several = resolution.annexes.length > 1;
    printer.paragraph(several ? `${words.annex} ${roman(i + 1)}` : words.annex, "", 0);
    for (const block of annex) printer.block(block);
  });
  const cover = coverPage(resolution, layout, words.jobLetter);
  const coverText = cover.filter((l) => l.trim() !== "").length;
  const pages = paginate(printer.lines, printer, layout, coverText, newPageAt);
  const texts = pages.map((page, i) => {
    const head = i === 0 ? cover : runningHeader(symbol, layout.jobNumber, i + 1, pages.length);
    const foot =
      page.notes.length === 0
        ? []
        : [
            `${footnoteSeparator} `,
            " ",
            ...page.notes.flatMap((n, k) => [...(k > 0 ? [" "] : []), ...printer.noteLines(n)]),
          ];
    return [...head, ...page.body.map((l) => l.text), ...foot].join("\n");
  });
  return `${texts.join("\n\n")}\n`;
}

function roman(n: number): string {
  const numerals: Array<[number, string]> = [
    [10, "X"],
    [9, "IX"],
    [5, "V"],
    [4, "IV"],
    [1, "I"],
  ];
  let out = "";
  let left = n;
  for (const [value, numeral] of numerals) {
    while (left >= value) {
      out += numeral;
      left -= value;
    }
  }
  return out;
}
