/**
 * Series: a resolution renews the one before it ("Recalling its resolution 78/228" in a text of
 * the same title). A resolution is linked to the most recent resolution it cites that bears its
 * title, or that sits under its agenda item with a title alike; that one was linked the same way
 * to its own predecessor, which gives the series: 76/186 -> 78/228 -> 80/228.
 */
import { likeness, titleKey } from "./likeness.ts";
import type { LinkableResolution, VersionLink } from "./version-link.ts";

/** Titles at least this alike pass under the same agenda item (a renamed series). */
export const seriesTitleLikeness = 0.6;

/** Each adopted resolution's predecessor among those the library holds. */
export function findSeriesLinks(resolutions: readonly LinkableResolution[]): VersionLink[] {
  const adopted = new Map<string, LinkableResolution>();
  for (const r of resolutions) if (!r.draft) adopted.set(r.symbol, r);
  const links: VersionLink[] = [];
  for (const r of adopted.values()) {
    const title = titleKey(r.title);
    if (!title) continue;
    let best: { earlier: LinkableResolution; link: VersionLink } | null = null;
    for (const cited of new Set(r.cites)) {
      const earlier = adopted.get(cited);
      if (!earlier || earlier.symbol === r.symbol || !isBefore(earlier, r)) continue;
      if (best && !isBefore(best.earlier, earlier)) continue;
      const link = seriesLink(earlier, r, title);
      if (link) best = { earlier, link };
    }
    if (best) links.push(best.link);
  }
  return links;
}

function seriesLink(
  earlier: LinkableResolution,
  later: LinkableResolution,
  title: string,
): VersionLink | null {
  const base = { kind: "renewed-by" as const, from: earlier.symbol, to: later.symbol };
  if (titleKey(earlier.title) === title)
    return {
      ...base,
      rule: "recalls-same-title",
      reason: `${later.symbol} cites ${earlier.symbol} and bears the same title`,
      likeness: null,
    };
  if (
    later.agendaItem &&
    earlier.agendaItem === later.agendaItem &&
    likeness(earlier.title ?? "", later.title ?? "") >= seriesTitleLikeness
  )
    return {
      ...base,
      rule: "recalls-same-agenda-item",
      reason: `${later.symbol} cites ${earlier.symbol}, under the same agenda item (${later.agendaItem}), with a title alike`,
      likeness: null,
    };
  return null;
}

/** Adopted earlier: by date where both say, else by symbol (an earlier session or number). */
function isBefore(a: LinkableResolution, b: LinkableResolution): boolean {
  if (a.date && b.date && a.date !== b.date) return a.date < b.date;
  return symbolOrder(a.symbol) < symbolOrder(b.symbol);
}

function symbolOrder(symbol: string): string {
  return symbol.replace(/\d+/g, (n) => n.padStart(6, "0"));
}
