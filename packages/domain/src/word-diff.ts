/**
 * Word-level difference between two versions of a paragraph: which words stayed, which were
 * added and which dropped, in reading order. Found as the longest common run of words (LCS), after
 * the common beginning and end are set aside, so two versions of a 300-word paragraph that differ
 * in a phrase compare a few words, not 90,000 pairs.
 */

export type WordChangeKind = "same" | "added" | "dropped";

/** A run of words with one fate; the words keep their punctuation ("trafficking;"). */
export interface WordChange {
  kind: WordChangeKind;
  text: string;
}

/** Beyond this many word pairs the middle is shown as dropped then added, not aligned. */
const maxCells = 4_000_000;

export function diffWords(from: string, to: string): WordChange[] {
  const a = from.split(/\s+/).filter(Boolean);
  const b = to.split(/\s+/).filter(Boolean);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const out: WordChange[] = [];
  const push = (kind: WordChangeKind, word: string) => {
    const last = out.at(-1);
    if (last?.kind === kind) last.text += ` ${word}`;
    else out.push({ kind, text: word });
  };
  for (const w of a.slice(0, start)) push("same", w);
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  for (const [kind, word] of alignMiddle(midA, midB)) push(kind, word);
  for (const w of a.slice(endA)) push("same", w);
  return out;
}

function alignMiddle(a: readonly string[], b: readonly string[]): Array<[WordChangeKind, string]> {
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0 || (n + 1) * (m + 1) > maxCells)
    return [
      ...a.map((w): [WordChangeKind, string] => ["dropped", w]),
      ...b.map((w): [WordChangeKind, string] => ["added", w]),
    ];
  // lcs[i][j]: the longest common run of a[i..] and b[j..], in one flat array.
  const width = m + 1;
  const lcs = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      lcs[i * width + j] =
        a[i] === b[j]
          ? (lcs[(i + 1) * width + j + 1] ?? 0) + 1
          : Math.max(lcs[(i + 1) * width + j] ?? 0, lcs[i * width + j + 1] ?? 0);
  const out: Array<[WordChangeKind, string]> = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      out.push(["same", a[i] as string]);
      i++;
      j++;
    } else if ((lcs[(i + 1) * width + j] ?? 0) >= (lcs[i * width + j + 1] ?? 0)) {
      out.push(["dropped", a[i++] as string]);
    } else {
      out.push(["added", b[j++] as string]);
    }
  }
  while (i < n) out.push(["dropped", a[i++] as string]);
  while (j < m) out.push(["added", b[j++] as string]);
  return out;
}
