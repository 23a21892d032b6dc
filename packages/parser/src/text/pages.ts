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
  const breaksOnEmpty = !text.includes("\f") && emptyLinesArePageBreaks(lines);
  const pages: Page[] = [{ lines: [] }];
  for (const raw of lines) {
    const parts = raw.split("\f");
    parts.forEach((part, i) => {
      if (i > 0) pages.push({ lines: [] });
      if (breaksOnEmpty && part === "") pages.push({ lines: [] });
      else (pages.at(-1) as Page).lines.push(part.trimEnd());
    });
  }
  return pages.filter((page) => page.lines.some((line) => line.trim() !== ""));
}
