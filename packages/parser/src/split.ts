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
      // The title may run on over the following lines, up to a blank one.
      let end = i;
      while (end + 1 < page.lines.length && (page.lines[end + 1] ?? "").trim() !== "") end++;
      return { ...splitAt(pages, p, end + 1, end), formulaBody: null };
    }
  }
  return { front: [], body: [...pages], formulaBody: null };
}
