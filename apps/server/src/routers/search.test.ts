/**
 * Full-text search over clauses: what it finds is what the clauses say, filters narrow it, the
 * snippets mark the words, and odd queries get a clear answer rather than an error.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type Caller,
  citingSymbol,
  citingText,
  fieldErrors,
  type Library,
  openLibrary,
  refusal,
  seedSymbol,
  seedText,
} from "./test-support.ts";

let library: Library;
/** Every clause's text with its sub-items, by "symbol#clause": what a hit must contain. */
const textOf = new Map<string, string>();

interface Item {
  text: string;
  items: Item[];
  tail?: string | null;
}
const fullText = (item: Item): string =>
  [item.text, ...item.items.map(fullText), item.tail ?? ""].join("\n");
/** The search matches forms of a word ("trafficked" for "trafficking"): compare on the stem. */
const trafficking = /traffick/i;

beforeAll(async () => {
  library = await openLibrary([seedText, citingText]);
  for (const symbol of [seedSymbol, citingSymbol]) {
    const resolution = await library.as("viewer").resolutions.get({ symbol });
    for (const clause of resolution.clauses) textOf.set(`${symbol}#${clause.id}`, fullText(clause));
  }
});
afterAll(async () => {
  await library?.drop();
});

const search = (input: Parameters<Caller["search"]["clauses"]>[0]) =>
  library.as("viewer").search.clauses(input);

describe("search.clauses", () => {
  it("finds exactly the operative clauses of one resolution that use the word", async () => {
    const found = await search({
      query: "trafficking",
      resolution: seedSymbol,
      kind: "operative",
      limit: 50,
    });
    const expected = [...textOf]
      .filter(([key, text]) => key.startsWith(`${seedSymbol}#op`) && trafficking.test(text))
      .map(([key]) => key.split("#")[1]);
    expect(found.total).toBe(expected.length);
    expect(found.items.map((h) => h.clauseId).sort()).toEqual(expected.sort());
    expect(found.items.every((h) => h.symbol === seedSymbol && h.kind === "operative")).toBe(true);
  });

  it("ranks hits best first and marks the words in each snippet", async () => {
    const { items } = await search({ query: "trust fund", limit: 50 });
    expect(items.length).toBeGreaterThan(1);
    const ranks = items.map((h) => h.rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    for (const hit of items) {
      const words = hit.marks.map(([from, to]) => hit.snippet.slice(from, to));
      expect(words.length).toBeGreaterThan(0);
      for (const word of words) expect(word).toMatch(/^(trust|funds?)$/i);
      // Plain text: the page marks the words itself.
      expect(hit.snippet).not.toMatch(/<mark>/);
    }
  });

  it("leaves out clauses with an excluded word", async () => {
    const { items, total } = await search({ query: "trafficking -persons", limit: 100 });
    expect(total).toBeGreaterThan(0);
    for (const hit of items) {
      const text = textOf.get(`${hit.symbol}#${hit.clauseId}`) ?? "";
      expect(text).toMatch(trafficking);
      expect(text).not.toMatch(/\bpersons\b/i);
    }
  });

  it("answers a query of punctuation alone with no hits, and refuses a blank one", async () => {
    expect(await search({ query: '"' })).toMatchObject({ items: [], total: 0 });
    const blank = await refusal(search({ query: "   " }));
    expect(blank.code).toBe("BAD_REQUEST");
    expect(fieldErrors(blank)).toEqual({ query: ["type some words"] });
  });
});
