/**
 * Where the resolution proper begins: at the enacting formula ("The General Assembly,"), or in
 * older texts that print none, after the title line ("1 (1946) Resolution of 25 January 1946").
 * What lies before is front matter.
 */
import type { BodyId } from "@mandates/domain";
import { councilTitle, isEnactingFormula, numberedTitle, organNamed } from "./front-matter.ts";
import type { Page } from "./text/pages.ts";

export interface Split {
  front: string[];
  body: Page[];
  /** The organ the formula names, or null when there is no formula. */
  formulaBody: BodyId | null;
}

/** How far into a text its title may stand. */
const titleReach = 80;

/** Front matter is the lines of page `p` before `frontEnd`; the body starts after `last`. */
function splitAt(
  pages: readonly Page[],
  p: number,
  frontEnd: number,
  last: number,
): Omit<Split, "formulaBody"> {
  const page = pages[p] as Page;
  return {
    front: [...pages.slice(0, p).flatMap((pg) => pg.lines), ...page.lines.slice(0, frontEnd)],
    body: [{ lines: page.lines.slice(last + 1) }, ...pages.slice(p + 1)],
  };
}

/**
 * What dates an older Council title on the lines after it, where no enacting formula follows:
 * "Adopted by the Security Council at its 3102nd meeting on 30 July 1992", "on 6 October 1992",
 * "of 8 December 1970".
 */
const datingLine = /^(?:Adopted by the Security\b|(?:on|of|ef)\s+\S{1,3}\s+\S{3,10}\s+\S{4}$)/i;

/** The last line of the run of lines from `start` up to a blank one. */
function runEnd(lines: readonly string[], start: number): number {
  let end = start;
  while (end + 1 < lines.length && (lines[end + 1] ?? "").trim() !== "") end++;
  return end;
}

export function splitFrontMatter(pages: readonly Page[]): Split {
  for (const [p, page] of pages.entries()) {
    const i = page.lines.findIndex(isEnactingFormula);
    if (i >= 0) return { ...splitAt(pages, p, i, i), formulaBody: organNamed(page.lines[i] ?? "") };
  }
  let seen = 0;
  for (const [p, page] of pages.entries()) {
    for (const [i, line] of page.lines.entries()) {
      if (++seen > titleReach) return { front: [], body: [...pages], formulaBody: null };
      const title = line.trim();
      if (!numberedTitle.test(title) && !councilTitle.test(title)) continue;
      // The title may run on over the following lines, up to a blank one, and be dated by the
      // paragraphs after it.
      let end = runEnd(page.lines, i);
      for (let next = end + 1; next < page.lines.length; next++) {
        const text = (page.lines[next] ?? "").trim();
        if (text === "") continue;
        if (!datingLine.test(text)) break;
        end = next = runEnd(page.lines, next);
      }
      return { ...splitAt(pages, p, end + 1, end), formulaBody: null };
    }
  }
  return { front: [], body: [...pages], formulaBody: null };
}
