/**
 * Comparing one parsed resolution with what its AKN markup says: the verb an italic lead
 * stands for, which parsed clause answers which marked-up paragraph, and how to describe a
 * count that differs so a person can see where.
 */
import { type Clause, canonicalVerb, matchOperativeLead } from "@mandates/domain";
import type { ExpectedOperative } from "./akn-expected.ts";
import { numberRuns } from "./figures.ts";

/** Numbers in order, words ("unnumbered") last. */
function byNumber(a: number | string, b: number | string): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  return typeof a === "number" ? -1 : typeof b === "number" ? 1 : 0;
}

const wordPattern = /[A-Za-z][A-Za-z-]*/g;

/**
 * The canonical verb the italic lead stands for. The markup sometimes stops before the words
 * the verb needs ("<i>Calls</i> upon", "<i>Takes</i> note", "<i>Reiterates</i> its call upon"):
 * when the domain reads a longer lead from the paragraph text, that reading wins.
 */
export function expectedVerb(operative: ExpectedOperative): string | null {
  if (!operative.italicLead) return null;
  const italicWords = operative.italicLead.match(wordPattern)?.length ?? 0;
  const fromText = matchOperativeLead(operative.text);
  if (fromText && fromText.words > italicWords) return fromText.verb;
  return canonicalVerb(operative.italicLead)?.verb ?? null;
}

/** Case-insensitive, white space collapsed. */
export function sameLead(a: string, b: string): boolean {
  const norm = (s: string) => s.replace(/\s+/g, " ").trim().toLowerCase();
  return norm(a) === norm(b);
}

/**
 * Pairs each expected operative paragraph with the parsed clause carrying the same printed
 * number (the k-th "3." with the k-th parsed 3, so sections that restart their numbering pair
 * up), or, for a lone unnumbered paragraph, the parsed clause at the same position.
 */
export function pairOperatives(
  expected: readonly ExpectedOperative[],
  parsed: readonly Clause[],
): Array<[ExpectedOperative, Clause | undefined]> {
  const used = new Set<Clause>();
  return expected.map((op, i) => {
    const match =
      op.number === null ? parsed[i] : parsed.find((c) => c.number === op.number && !used.has(c));
    if (match) used.add(match);
    return [op, match];
  });
}

export function quote(text: string | null | undefined): string {
  return text === null || text === undefined ? "(none)" : `"${text}"`;
}

function excerpt(text: string): string {
  return quote(text.length > 80 ? `${text.slice(0, 80)}...` : text);
}

function tally(keys: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

/** Keys counted more often in `a` than in `b`, repeated as often as the surplus. */
function surplus(a: Map<string, number>, b: Map<string, number>): string[] {
  return [...a].flatMap(([key, n]) => Array(Math.max(0, n - (b.get(key) ?? 0))).fill(key));
}

/** " (numbers missing 7, 8; extra 1)" when the operative numbers differ, else "". */
export function numberDifferences(
  expected: readonly ExpectedOperative[],
  parsed: readonly Clause[],
): string {
  const label = (n: number | null) => (n === null ? "unnumbered" : String(n));
  const want = tally(expected.map((o) => label(o.number)));
  const got = tally(parsed.map((c) => label(c.number)));
  const parts: string[] = [];
  const missing = surplus(want, got);
  const extra = surplus(got, want);
  const runs = (labels: string[]) =>
    numberRuns(labels.map((l) => (/^\d+$/.test(l) ? Number(l) : l)).sort(byNumber));
  if (missing.length > 0) parts.push(`missing ${runs(missing)}`);
  if (extra.length > 0) parts.push(`extra ${runs(extra)}`);
  return parts.length > 0 ? ` (numbers ${parts.join("; ")})` : "";
}

/**
 * The first few preambular paragraphs found on one side only, matched on their opening letters,
 * one per line.
 */
export function preambularDifferences(
  expected: readonly string[],
  parsed: readonly Clause[],
): string {
  const key = (text: string) =>
    text
      .toLowerCase()
      .replace(/[^a-z]/g, "")
      .slice(0, 60);
  const markup = tally(expected.map(key));
  const parser = tally(parsed.map((c) => key(c.text)));
  const onlyIn = (
    texts: readonly string[],
    mine: Map<string, number>,
    theirs: Map<string, number>,
  ) => {
    const left = new Map(surplus(mine, theirs).map((k) => [k, true]));
    return texts.filter((t) => left.delete(key(t)));
  };
  const notParsed = onlyIn(expected, markup, parser);
  const notInMarkup = onlyIn(
    parsed.map((c) => c.text),
    parser,
    markup,
  );
  return [
    ...notParsed
      .slice(0, 3)
      .map((t) => `\n  in the markup, not parsed as preambular: ${excerpt(t)}`),
    ...notInMarkup
      .slice(0, 3)
      .map((t) => `\n  parsed as preambular, not in the markup: ${excerpt(t)}`),
  ].join("");
}
