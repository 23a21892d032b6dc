/**
 * Comparing two versions of a text paragraph by paragraph: a draft and the resolution adopted
 * from it, or two resolutions of a series (78/228 and 80/228). Negotiation keeps most paragraphs,
 * rewords some, moves a few and adds or drops others; officers ask "what is new this time, what
 * was dropped". Each paragraph of either version gets one fate:
 * - unchanged: the same words (numbering and the closing ";"/"." aside) in the same order;
 * - changed: reworded in place, with the word-level difference;
 * - moved: found elsewhere in the order (reworded or not);
 * - added: only in the later version; dropped: only in the earlier one.
 * Paragraphs are paired only with paragraphs of the same kind (preambular, operative).
 */
import { bagLikeness, bagOf, type WordBag } from "./likeness.ts";
import { diffWords, type WordChange } from "./word-diff.ts";

export interface VersionParagraph {
  /** The clause id: "pp3", "op11". */
  id: string;
  kind: "preambular" | "operative";
  /** The operative number as printed, null for the preamble. */
  number: number | null;
  /** The whole paragraph: its text, sub-items and tail. */
  text: string;
}

export type ParagraphFate = "unchanged" | "changed" | "moved" | "added" | "dropped";

export interface ParagraphRef {
  id: string;
  kind: "preambular" | "operative";
  number: number | null;
}

export interface ParagraphChange {
  fate: ParagraphFate;
  /** In the earlier version; null when added. */
  from: ParagraphRef | null;
  /** In the later version; null when dropped. */
  to: ParagraphRef | null;
  /** Share of words in common (0-1), for paired paragraphs; null when added or dropped. */
  likeness: number | null;
  /** The word-level difference of paired paragraphs whose words differ; null otherwise. */
  words: WordChange[] | null;
  /** The later text (the earlier one for a dropped paragraph), for showing it whole. */
  text: string;
}

export interface ParagraphComparison {
  changes: ParagraphChange[];
  counts: Record<ParagraphFate, number>;
}

/** Below this share of common words two paragraphs are different paragraphs. */
export const pairingLikeness = 0.5;

/** The paragraph's words as compared: white space collapsed, the closing punctuation set aside. */
function comparable(text: string): string {
  return text
    .replace(/\s+/g, " ")
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2010-\u2015]/g, "-")
    .trim()
    .replace(/(?:[;,.:]\s*(?:and|or)?)$/i, "")
    .trim();
}

const refOf = (p: VersionParagraph): ParagraphRef => ({ id: p.id, kind: p.kind, number: p.number });

export function compareParagraphs(
  from: readonly VersionParagraph[],
  to: readonly VersionParagraph[],
): ParagraphComparison {
  const fromKeys = from.map((p) => comparable(p.text));
  const toKeys = to.map((p) => comparable(p.text));
  // to index -> from index
  const pairOf = new Map<number, number>();
  const paired = new Set<number>();

  // Identical paragraphs first, each taken by the first free one of the same words.
  const exact = new Map<string, number[]>();
  fromKeys.forEach((key, i) => {
    const k = `${from[i]?.kind}\u0000${key}`;
    exact.set(k, [...(exact.get(k) ?? []), i]);
  });
  toKeys.forEach((key, j) => {
    const queue = exact.get(`${to[j]?.kind}\u0000${key}`);
    const i = queue?.shift();
    if (i !== undefined) {
      pairOf.set(j, i);
      paired.add(i);
    }
  });

  // Then the most alike of what is left, best pairs first.
  const bags = new Map<string, WordBag>();
  const bag = (side: "a" | "b", i: number, text: string) => {
    const key = `${side}${i}`;
    let b = bags.get(key);
    if (!b) {
      b = bagOf(text);
      bags.set(key, b);
    }
    return b;
  };
  const candidates: Array<{ i: number; j: number; likeness: number }> = [];
  to.forEach((t, j) => {
    if (pairOf.has(j)) return;
    from.forEach((f, i) => {
      if (paired.has(i) || f.kind !== t.kind) return;
      const l = bagLikeness(bag("a", i, fromKeys[i] ?? ""), bag("b", j, toKeys[j] ?? ""));
      if (l >= pairingLikeness) candidates.push({ i, j, likeness: l });
    });
  });
  candidates.sort((x, y) => y.likeness - x.likeness || x.j - y.j || x.i - y.i);
  for (const c of candidates) {
    if (pairOf.has(c.j) || paired.has(c.i)) continue;
    pairOf.set(c.j, c.i);
    paired.add(c.i);
  }

  const likenessOf = (i: number, j: number) =>
    fromKeys[i] === toKeys[j]
      ? 1
      : bagLikeness(bag("a", i, fromKeys[i] ?? ""), bag("b", j, toKeys[j] ?? ""));
  const inPlace = longestInOrder(
    [...pairOf.entries()]
      .sort((x, y) => x[0] - y[0])
      .map(([j, i]) => ({ j, i, likeness: likenessOf(i, j) })),
  );

  const changes: ParagraphChange[] = [];
  let nextFrom = 0;
  const dropUpTo = (end: number) => {
    for (; nextFrom < end; nextFrom++) {
      const f = from[nextFrom];
      if (!f || paired.has(nextFrom)) continue;
      changes.push({
        fate: "dropped",
        from: refOf(f),
        to: null,
        likeness: null,
        words: null,
        text: f.text,
      });
    }
  };
  to.forEach((t, j) => {
    const i = pairOf.get(j);
    if (i === undefined) {
      changes.push({
        fate: "added",
        from: null,
        to: refOf(t),
        likeness: null,
        words: null,
        text: t.text,
      });
      return;
    }
    const f = from[i] as VersionParagraph;
    const same = fromKeys[i] === toKeys[j];
    if (inPlace.has(j)) dropUpTo(i + 1);
    changes.push({
      fate: !inPlace.has(j) ? "moved" : same ? "unchanged" : "changed",
      from: refOf(f),
      to: refOf(t),
      likeness: likenessOf(i, j),
      words: same ? null : diffWords(f.text, t.text),
      text: t.text,
    });
  });
  dropUpTo(from.length);

  const counts: Record<ParagraphFate, number> = {
    unchanged: 0,
    changed: 0,
    moved: 0,
    added: 0,
    dropped: 0,
  };
  for (const c of changes) counts[c.fate]++;
  return { changes, counts };
}

/**
 * Of pairs in the later version's order, the set whose earlier positions also rise that holds the
 * most pairs, and of those the most alike (the heaviest increasing subsequence): those stayed in
 * place; the others moved. Quadratic in the paired paragraphs, a few hundred at most.
 */
function longestInOrder(
  pairs: ReadonlyArray<{ j: number; i: number; likeness: number }>,
): Set<number> {
  const weight = pairs.map((p) => 1 + p.likeness / 100);
  const best: number[] = [];
  const previous: number[] = [];
  pairs.forEach((p, k) => {
    best[k] = weight[k] as number;
    previous[k] = -1;
    for (let q = 0; q < k; q++) {
      const w = (best[q] as number) + (weight[k] as number);
      if ((pairs[q]?.i ?? 0) < p.i && w > (best[k] as number)) {
        best[k] = w;
        previous[k] = q;
      }
    }
  });
  let last = -1;
  best.forEach((w, k) => {
    if (last < 0 || w > (best[last] as number)) last = k;
  });
  const kept = new Set<number>();
  for (let k = last; k >= 0; k = previous[k] as number) kept.add((pairs[k] as { j: number }).j);
  return kept;
}

/** A clause's whole text as versions are compared: its words, sub-items (labelled) and tail. */
export function paragraphText(clause: {
  text: string;
  items: ReadonlyArray<ClauseItemLike>;
  tail?: string | undefined;
}): string {
  const parts = [clause.text];
  const walk = (items: ReadonlyArray<ClauseItemLike>) => {
    for (const item of items) {
      parts.push(`${item.label} ${item.text}`);
      walk(item.items);
    }
  };
  walk(clause.items);
  if (clause.tail) parts.push(clause.tail);
  return parts.join("\n");
}

interface ClauseItemLike {
  label: string;
  text: string;
  items: ReadonlyArray<ClauseItemLike>;
}
