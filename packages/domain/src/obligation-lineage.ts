/**
 * Obligation lineage: a resolution that renews another mostly asks again what the last one asked
 * ("Requests the Secretary-General to submit to the General Assembly at its eighty-second session
 * a report on ..."). Such an obligation is the same mandate, renewed: the same bearers, the same
 * verb and an action worded alike. Linking them lets a user see since when a mandate has run and
 * start tracking the new one from where the last one stood.
 */
import { bagLikeness, bagOf, type WordBag } from "./likeness.ts";

/** The share of action words two obligations share at least to be one mandate renewed. */
export const actionLikeness = 0.6;

export interface LineageObligation<Id> {
  id: Id;
  /** Canonical verb ("requests"). */
  verb: string;
  /** Actor ids. */
  bearers: readonly string[];
  action: string;
}

export interface ObligationMatch<Id> {
  earlier: Id;
  later: Id;
  /** Share of action words in common, 0-1. */
  likeness: number;
}

/** The rule a match follows, as kept with the link. */
export const obligationLinkRule = "same-bearers-verb-action";

/** Why two obligations are linked, in a sentence. */
export function obligationLinkReason(likeness: number): string {
  return `same bearers and verb; ${Math.round(likeness * 100)}% of the action's words in common`;
}

/**
 * Pairs each later obligation with at most one earlier one and the reverse, most alike first:
 * same verb, the same set of bearers, action at least `actionLikeness` alike.
 */
export function matchObligations<Id>(
  earlier: ReadonlyArray<LineageObligation<Id>>,
  later: ReadonlyArray<LineageObligation<Id>>,
): Array<ObligationMatch<Id>> {
  const key = (o: LineageObligation<Id>) => `${o.verb}|${[...o.bearers].sort().join(",")}`;
  const groups = new Map<string, Array<{ o: LineageObligation<Id>; bag: WordBag }>>();
  for (const o of earlier) {
    if (o.bearers.length === 0) continue;
    groups.set(key(o), [...(groups.get(key(o)) ?? []), { o, bag: bagOf(o.action) }]);
  }
  const pairs: Array<ObligationMatch<Id> & { order: number }> = [];
  later.forEach((o, order) => {
    const group = groups.get(key(o));
    if (!group) return;
    const bag = bagOf(o.action);
    for (const e of group) {
      const l = bagLikeness(e.bag, bag);
      if (l >= actionLikeness) pairs.push({ earlier: e.o.id, later: o.id, likeness: l, order });
    }
  });
  pairs.sort((a, b) => b.likeness - a.likeness || a.order - b.order);
  const usedEarlier = new Set<Id>();
  const usedLater = new Set<Id>();
  const out: Array<ObligationMatch<Id>> = [];
  for (const p of pairs) {
    if (usedEarlier.has(p.earlier) || usedLater.has(p.later)) continue;
    usedEarlier.add(p.earlier);
    usedLater.add(p.later);
    out.push({ earlier: p.earlier, later: p.later, likeness: p.likeness });
  }
  return out;
}
