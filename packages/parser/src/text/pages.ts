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
  lines: string[];
}

function emptyLinesArePageBreaks(lines: readonly string[]): boolean {
  let empty = 0;
  let spaced = 0;
  for (const line of lines) {
    if (line === "") empty++;
    else if (line.trim() === "") spaced++;
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
  for (const raw of lines) {
    const parts = formFeeds ? raw.split("\f") : [raw];
    for (const [i, part] of parts.entries()) {
      if (i > 0) newPage();
      if (breaksOnEmpty && part === "") newPage();
      else current.lines.push(part.trimEnd());
    }
  }
  return pages.filter((page) => page.lines.some((line) => line.trim() !== ""));
}
