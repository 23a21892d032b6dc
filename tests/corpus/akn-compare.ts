/**
 * Comparing one parsed resolution with what its AKN markup says: does the parsed lead read the
 * italic words as printed, which parsed clause answers which marked-up paragraph, and how to
 * describe a count that differs so a person can see where. Nothing here knows which verbs the
 * domain recognizes: the italic text is the expectation.
 */
import type { Clause } from "@mandates/domain";
import type { ExpectedOperative } from "./akn-expected.ts";
import { numberRuns } from "./figures.ts";

/** Numbers in order, words ("unnumbered") last. */
function byNumber(a: number | string, b: number | string): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  return typeof a === "number" ? -1 : typeof b === "number" ? 1 : 0;
}

/**
 * The words of a lead, compared loosely: lower case, letters only (accents decomposed), a final
 * "s" dropped and British "-ise" spelt "-ize", so "Calls" and "call", "Decide" and "decides",
 * "Authorises" and "authorizes" are one word.
 */
export function leadWords(text: string): string[] {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((w) => w !== "")
    .map((w) => (w.length > 3 && w.endsWith("s") && !w.endsWith("ss") ? w.slice(0, -1) : w))
    .map((w) => w.replace(/is(e|ed|ing)$/, "iz$1"));
}

/**
 * Little words the markup's italic sometimes runs on to ("<i>Decides that</i>", "<i>Takes note
 * of</i>"): printed in roman type, they are not part of the lead, so they are dropped from the
 * end of the italic before comparing.
 */
const trailingLittleWords = new Set([
  "that",
  "of",
  "to",
  "the",
  "a",
  "an",
  "any",
  "all",
  "with",
  "on",
  "in",
  "for",
  "by",
]);

export function italicWords(italic: string): string[] {
  const words = leadWords(italic);
  while (words.length > 1 && trailingLittleWords.has(words[words.length - 1] as string))
    words.pop();
  return words;
}

function startsWith(words: readonly string[], prefix: readonly string[]): boolean {
  return prefix.length <= words.length && prefix.every((w, i) => words[i] === w);
}

/** How many words the markup's italic may stop short of the lead ("<i>Reiterates</i> its call upon"). */
export const italicStopsShortBy = 3;

/**
 * Whether the parsed clause reads the paragraph's italic lead: its `lead` is the italic words
 * (as `italicWords` gives them), or starts with them and runs at most three words further where
 * the italic stops short of the words the verb needs ("<i>Calls</i> upon", "<i>Takes</i> note",
 * "<i>Reiterates</i> its call upon"); and its `verb` is read from the lead (the verb's first word
 * opens like one of the lead's words: "encourages" in "Reiterates its encouragement"). An italic
 * the parser does not take for the whole lead ("Expresses" for "<i>Expresses its
 * appreciation</i>", an empty lead) is a miss.
 */
export function readsItalic(clause: Pick<Clause, "lead" | "verb">, italic: string): boolean {
  const lead = leadWords(clause.lead);
  const expected = italicWords(italic);
  if (expected.length === 0 || lead.length === 0) return false;
  const leadMatches =
    startsWith(lead, expected) && lead.length - expected.length <= italicStopsShortBy;
  const verbOpening = (leadWords(clause.verb)[0] ?? "").slice(0, 5);
  return leadMatches && verbOpening !== "" && lead.some((w) => w.startsWith(verbOpening));
}

/** French and Spanish little words an italic may run on to ("<i>Décide que</i>"). */
const trailingLittleWordsFrEs = new Set([
  "que",
  "qu",
  "de",
  "d",
  "a",
  "aux",
  "au",
  "le",
  "la",
  "l",
  "les",
  "al",
  "el",
  "lo",
  "del",
]);

/**
 * For French and Spanish leads: whether the parsed `lead` is the italic words, or starts with
 * them and runs at most three words further (as `readsItalic` has it). The verb is checked apart,
 * against the canonical English verb of the italic (akn-lead-table.ts).
 */
export function leadReadsItalic(parsedLead: string, italic: string): boolean {
  const lead = leadWords(parsedLead);
  const expected = leadWords(italic);
  while (
    expected.length > 1 &&
    trailingLittleWordsFrEs.has(expected[expected.length - 1] as string)
  )
    expected.pop();
  if (expected.length === 0 || lead.length === 0) return false;
  return startsWith(lead, expected) && lead.length - expected.length <= italicStopsShortBy;
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
