/**
 * Drafts to the resolutions adopted from them. The adopted text prints its draft where it was
 * adopted in plenary ("[without reference to a Main Committee (A/80/L.8)]"); a committee's draft
 * reaches the plenary inside the committee's report ("[on the report of the Third Committee
 * (A/80/545, para. 5)]"), so it is found by session, committee, title and text instead. A draft is
 * linked to one adopted text; an adopted text may come from several drafts (a draft and its
 * revision).
 */
import { bagLikeness, titleKey, type WordBag, wordsOf } from "./likeness.ts";
import {
  baseDraftSymbol,
  committeeOfDraft,
  committeeOfOrigin,
  type LinkableResolution,
  sessionOfSymbol,
  type VersionLink,
} from "./version-link.ts";

/** The share of operative words a draft and its adopted text share at least, by title. */
export const draftTextLikeness = 0.6;

/** A pair to compare by text: same session, committee and title, nothing printed. */
export interface DraftCandidate {
  draft: string;
  adopted: string;
}

export interface DraftLinking {
  /** Links the printed symbols prove. */
  printed: VersionLink[];
  /** Pairs that need their operative texts compared (chooseDraftLinks). */
  candidates: DraftCandidate[];
}

/** Links by what adopted texts print, and candidates by session, committee and title. */
export function draftLinkCandidates(resolutions: readonly LinkableResolution[]): DraftLinking {
  const drafts = new Map<string, LinkableResolution>();
  for (const r of resolutions) if (r.draft) drafts.set(r.symbol, r);
  const printed: VersionLink[] = [];
  const linked = new Set<string>();
  const adoptedTexts = resolutions.filter((r) => !r.draft);
  for (const a of adoptedTexts) {
    for (const printedSymbol of a.frontSymbols) {
      const draft = drafts.get(printedSymbol) ?? drafts.get(baseDraftSymbol(printedSymbol));
      if (!draft || linked.has(draft.symbol)) continue;
      linked.add(draft.symbol);
      printed.push({
        kind: "adopted-as",
        from: draft.symbol,
        to: a.symbol,
        rule: "printed",
        reason: `${a.symbol} prints ${printedSymbol} as the draft it was adopted from`,
        likeness: null,
      });
    }
  }
  // The rest by session, committee and title.
  const byTitle = new Map<string, LinkableResolution[]>();
  for (const a of adoptedTexts) {
    const key = `${sessionOfSymbol(a.symbol)}|${titleKey(a.title)}`;
    byTitle.set(key, [...(byTitle.get(key) ?? []), a]);
  }
  const candidates: DraftCandidate[] = [];
  for (const d of drafts.values()) {
    if (linked.has(d.symbol) || !d.title) continue;
    const session = sessionOfSymbol(d.symbol);
    if (session === null) continue;
    const committee = committeeOfDraft(d.symbol);
    for (const a of byTitle.get(`${session}|${titleKey(d.title)}`) ?? []) {
      const from = committeeOfOrigin(a.origin);
      if (from !== null && committee !== null && from !== committee) continue;
      if (wordsOf(d.title).length === 0) continue;
      candidates.push({ draft: d.symbol, adopted: a.symbol });
    }
  }
  return { printed, candidates };
}

/**
 * Of the candidates, each draft's most alike adopted text, when alike enough. `operative` gives
 * a text's operative words (all its operative paragraphs) as a bag.
 */
export function chooseDraftLinks(
  candidates: readonly DraftCandidate[],
  operative: (symbol: string) => WordBag,
): VersionLink[] {
  const best = new Map<string, { adopted: string; likeness: number }>();
  for (const c of candidates) {
    const l = bagLikeness(operative(c.draft), operative(c.adopted));
    const current = best.get(c.draft);
    if (l >= draftTextLikeness && (!current || l > current.likeness))
      best.set(c.draft, { adopted: c.adopted, likeness: l });
  }
  return [...best].map(([draft, { adopted, likeness }]) => ({
    kind: "adopted-as",
    from: draft,
    to: adopted,
    rule: "title-and-text",
    reason: `same session, committee and title; ${Math.round(likeness * 100)}% of the operative words in common`,
    likeness,
  }));
}
