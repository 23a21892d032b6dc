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

function emptyLinesArePageBreaks(lines: readonly string[]): boolean {
  let empty = 0;
  let spaced = 0;
  for (const line of lines) {
    if (line === "") empty++;
    else if (isBlank(line)) spaced++;
  }
  return empty > 0 && spaced > empty;
}

export function splitPages(text: string): Page[] {
  const lines = text.split("\n");
  const formFeeds = text.includes("\f");
  const breaksOnEmpty = !formFeeds && emptyLinesArePageBreaks(lines);
  const pages: Page[] = [{ lines: [] }];
  let current = pages[0] as Page;
  const newPage = () => {
    current = { lines: [] };
    pages.push(current);
  };
  for (const line of lines) {
    if (formFeeds) {
      for (const [i, part] of line.split("\f").entries()) {
        if (i > 0) newPage();
        current.lines.push(part.trimEnd());
      }
    } else if (breaksOnEmpty && line === "") newPage();
    else current.lines.push(line.trimEnd());
  }
  return pages.filter((page) => page.lines.some((line) => line !== ""));
}
