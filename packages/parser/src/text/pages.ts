/**
 * Pages: extracted PDF text runs pages together. Page furniture (running headers, footers) and
 * footnote bodies belong to a page, and a paragraph cut by a page break must be rejoined, so the
 * text is first split back into pages.
 *
 * How a page break shows depends on the extractor: a form feed (pdftotext), or, in PyMuPDF text
 * (../shared/corpus/un-ga-pdftext), an empty line, where blank lines inside a page hold a space.
 * Texts with neither (the seed, Word exports) are one "page" until furniture says otherwise.
 */

export interface Page {
  /** The lines of the page, without trailing spaces. */
  lines: string[];
}

/**
 * Whether a line holds nothing but spaces. Most lines open with a letter or a digit, which
 * settles it without a search.
 */
export function isBlank(line: string): boolean {
  const first = line.charCodeAt(0);
  if (first > 32 && first < 0xa0) return false;
  return !/\S/.test(line);
}

/** The lines of a page's text, without trailing spaces. */
const linesOf = (text: string) => text.split("\n").map((line) => line.trimEnd());

/**
 * PyMuPDF's pages: its text marks page breaks with empty lines, and blank lines inside a page
 * with a space, so spaced lines outnumber empty ones. Then each empty line breaks the page.
 */
function pagesAtEmptyLines(text: string): string[][] {
  const raw = text.split("\n");
  const lines: string[] = new Array(raw.length);
  const breaks: number[] = [];
  let spaced = 0;
  raw.forEach((line, i) => {
    lines[i] = line.trimEnd();
    if (line === "") breaks.push(i);
    else if (lines[i] === "") spaced++;
  });
  if (breaks.length === 0 || spaced <= breaks.length) return [lines];
  let from = 0;
  return [...breaks, lines.length].map((at) => {
    const page = lines.slice(from, at);
    from = at + 1;
    return page;
  });
}

export function splitPages(text: string): Page[] {
  const pages = text.includes("\f") ? text.split("\f").map(linesOf) : pagesAtEmptyLines(text);
  return pages.filter((lines) => lines.some((line) => line !== "")).map((lines) => ({ lines }));
}
