/**
 * Page furniture: what the printer puts on every page and the reader skips: job numbers
 * ("25-20946 (E)"), barcodes ("*2520946*"), page numbers ("2/14"), and running headers that repeat
 * the symbol and the title. Left in place, a running header ends up in the middle of a paragraph.
 *
 * Furniture gathers in zones at the top and bottom of a page, around at least one anchor (a job
 * number, barcode, page number or symbol line). A running title is recognized by its words being
 * part of the document's title, or by recurring beside anchors on several pages.
 */
import { letters } from "./letters.ts";
import { isBlank, type Page } from "./pages.ts";

const jobNumber = /^\d{2}-\d{5}\s*(?:\([A-Z]\))?(?:\s+\d{6}){0,2}\*?$/;
const barcode = /^\*\d{6,}\*$/;
const pageNumber = /^(?:\d{1,3}\s*\/\s*\d{1,3}|-\s*\d{1,3}\s*-|Page \d{1,3}(?: of \d{1,3})?)$/;
const symbolLine = /^(?:A|E|S|ST|UNEP|DP|TD|CCPR|CEDAW)\/[A-Za-z0-9.\-/]+(?:\s*\(\d{4}\))?\*?$/;

export function isAnchor(line: string): boolean {
  const text = line.trim();
  // Every anchor is short, and its first character says which kinds it may be.
  if (text.length === 0 || text.length > 40) return false;
  const first = text.charCodeAt(0);
  if (first >= 48 && first <= 57) return jobNumber.test(text) || pageNumber.test(text);
  if (first === 42) return barcode.test(text);
  if (first === 45 || first === 80) return pageNumber.test(text) || symbolLine.test(text);
  // A symbol: "A/", "E/", "S/", "ST/", "UNEP/", "DP/", "TD/", "CCPR/", "CEDAW/".
  return first >= 65 && first <= 90 && text.includes("/") && symbolLine.test(text);
}

interface RunningTitles {
  /** Letters of the document's title, when the front matter gave one. */
  title: string;
  /** Lines seen beside anchors more than once. */
  repeated: ReadonlySet<string>;
}

const reach = 4;

/** A page with which of its lines are anchors, read once. */
interface MarkedPage {
  lines: string[];
  anchors: boolean[];
}

/** Lines that recur within a few lines of an anchor: running titles of a long document. */
function repeatedNearAnchors(pages: readonly MarkedPage[]): Set<string> {
  const seen = new Map<string, number>();
  for (const { lines, anchors } of pages) {
    const near = new Set<string>();
    anchors.forEach((anchor, i) => {
      if (!anchor) return;
      for (let j = Math.max(0, i - reach); j <= Math.min(lines.length - 1, i + reach); j++) {
        const text = (lines[j] ?? "").trim();
        if (text && !anchors[j]) near.add(text);
      }
    });
    for (const text of near) seen.set(text, (seen.get(text) ?? 0) + 1);
  }
  return new Set([...seen].filter(([, count]) => count > 1).map(([text]) => text));
}

/**
 * Longer than any running header, and than the part of a title one repeats: a longer line is not
 * furniture, and a title is compared on its first letters only, so that no page is compared with
 * the whole of an endless title.
 */
const runningTitleLength = 400;

function isRunningTitle(line: string, titles: RunningTitles): boolean {
  const text = line.trim();
  if (titles.repeated.has(text)) return true;
  if (text.length > runningTitleLength) return false;
  const l = letters(text);
  return l.length >= 4 && titles.title.length > 0 && titles.title.includes(l);
}

/**
 * Where a furniture zone grown from `start` in direction `step` ends (exclusive), or `start` when
 * the lines there are not furniture. The zone reaches up to its last anchor: running titles and
 * blank lines count only when an anchor lies beyond them.
 */
function zoneFrom(page: MarkedPage, start: number, step: 1 | -1, titles: RunningTitles): number {
  const { lines, anchors } = page;
  let end = start;
  let titleRun = 0;
  for (let i = start; i >= 0 && i < lines.length; i += step) {
    const line = lines[i] ?? "";
    if (anchors[i]) {
      end = i + step;
      titleRun = 0;
    } else if (!isBlank(line)) {
      if (titleRun >= 6 || !isRunningTitle(line, titles)) break;
      titleRun++;
    }
  }
  return end;
}

/** Removes the furniture zones at the top and bottom of each page. */
export function removeFurniture(pages: readonly Page[], title: string | null): Page[] {
  const marked = pages.map(({ lines }) => ({ lines, anchors: lines.map(isAnchor) }));
  const titles: RunningTitles = {
    title: title ? letters(title.slice(0, 4 * runningTitleLength)) : "",
    repeated: repeatedNearAnchors(marked),
  };
  const cleaned = marked.map((page) => {
    const top = zoneFrom(page, 0, 1, titles);
    const end = Math.max(top, zoneFrom(page, page.lines.length - 1, -1, titles) + 1);
    return { lines: page.lines.slice(top, end), anchors: page.anchors.slice(top, end) };
  });
  return splitAtInnerZones(cleaned, titles);
}

/**
 * Text without page breaks (pasted, or from an extractor that drops them) still carries the
 * furniture between pages: an anchor inside a page marks a page break there.
 */
function splitAtInnerZones(pages: readonly MarkedPage[], titles: RunningTitles): Page[] {
  const out: Page[] = [];
  for (const page of pages) {
    const { lines, anchors } = page;
    if (!anchors.includes(true)) {
      out.push({ lines });
      continue;
    }
    let current: string[] = [];
    let i = 0;
    while (i < lines.length) {
      if (anchors[i]) {
        let from = i;
        while (
          from > 0 &&
          (isBlank(lines[from - 1] ?? "") || isRunningTitle(lines[from - 1] ?? "", titles)) &&
          from > i - reach
        )
          from--;
        const to = zoneFrom(page, i, 1, titles);
        current.splice(current.length - (i - from));
        out.push({ lines: current });
        current = [];
        i = to;
        continue;
      }
      current.push(lines[i] ?? "");
      i++;
    }
    out.push({ lines: current });
  }
  return out.filter((page) => page.lines.some((line) => !isBlank(line)));
}
