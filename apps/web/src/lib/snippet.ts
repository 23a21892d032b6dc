/** A text cut at its marks: the pieces between and inside them, in order. */
export interface SnippetPart {
  text: string;
  marked: boolean;
}

/**
 * Marks out of order, overlapping or outside the text are taken as far as they make sense (the
 * server sends them in order; a page must never break on one that is not).
 */
export function markedParts(text: string, marks: ReadonlyArray<[number, number]>): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let at = 0;
  for (const [from, to] of [...marks].sort((a, b) => a[0] - b[0])) {
    const start = Math.max(at, Math.min(from, text.length));
    const end = Math.max(start, Math.min(to, text.length));
    if (end === start) continue;
    if (start > at) parts.push({ text: text.slice(at, start), marked: false });
    parts.push({ text: text.slice(start, end), marked: true });
    at = end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), marked: false });
  return parts;
}
