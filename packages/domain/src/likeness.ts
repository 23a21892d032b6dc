/**
 * Likeness of two texts: how much of their wording they share, from 0 (nothing) to 1 (the same
 * words as often). Versions of a UN text are mostly the same paragraphs with a few words changed,
 * moved or added, so a count of shared words (Dice's coefficient over the words as a multiset)
 * tells a revised paragraph from a new one better than character edits, and costs one pass.
 */

/** The words of a text, lower case: runs of letters and digits ("COVID-19" gives "covid", "19"). */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** A text's words with how often each occurs, made once and compared many times. */
export interface WordBag {
  counts: Map<string, number>;
  size: number;
}

export function bagOf(text: string): WordBag {
  const counts = new Map<string, number>();
  const words = wordsOf(text);
  for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
  return { counts, size: words.length };
}

/** Dice's coefficient over two bags: twice the shared words over all words. */
export function bagLikeness(a: WordBag, b: WordBag): number {
  if (a.size === 0 && b.size === 0) return 1;
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.counts.size <= b.counts.size ? [a, b] : [b, a];
  let shared = 0;
  for (const [word, n] of small.counts) shared += Math.min(n, large.counts.get(word) ?? 0);
  return (2 * shared) / (a.size + b.size);
}

export function likeness(a: string, b: string): number {
  return bagLikeness(bagOf(a), bagOf(b));
}

/**
 * A title as compared across versions: lower case, words only. "Improving the coordination of
 * efforts against trafficking in persons" prints the same in 78/228 and 80/228, but line breaks,
 * dashes and a trailing asterisk differ between a draft and its adopted text.
 */
export function titleKey(title: string | null): string {
  return wordsOf(title ?? "").join(" ");
}
