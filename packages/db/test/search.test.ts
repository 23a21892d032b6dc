import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  importResolution,
  listResolutions,
  resolutionFacets,
  search,
  searchFacets,
} from "../src/index.ts";
import { library, seed } from "./corpus.ts";
import { dialects, freshDatabase, type TestDatabase } from "./databases.ts";
import { importLibrary } from "./fixtures.ts";

/** The words a hit's snippet marks. */
const marked = (h: { snippet: string; marks: Array<[number, number]> }) =>
  h.marks.map(([from, to]) => h.snippet.slice(from, to));

describe.each(dialects)("searching the library (%s)", (dialect) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await freshDatabase(dialect);
    await importLibrary(t.db);
  });
  afterAll(() => t?.drop());

  it("ranks clauses and marks the matching words in snippets", async () => {
    const result = await search(t.db, "trafficking victims", { limit: 10 });
    expect(result.total).toBeGreaterThan(10);
    expect(result.items).toHaveLength(10);
    const ranks = result.items.map((h) => h.rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    for (const hit of result.items) {
      expect(marked(hit).join(" ")).toMatch(/\b(trafficking|victims?)\b/i);
      expect(hit.clauseId).toMatch(/^(pp|op)\d+/);
      expect(["A/RES/78/228", "A/RES/80/228", "E/RES/2015/23"]).toContain(hit.symbol);
    }
    // Stemming: "victims" finds "victim".
    expect(result.items.some((h) => marked(h).some((m) => /^victim$/i.test(m)))).toBe(true);
  });

  it("ranks a clause dense with the words above one that mentions them once", async () => {
    const result = await search(t.db, "trafficking", { limit: 500 });
    const byFit = [...result.items].sort((a, b) => b.ranking.words - a.ranking.words);
    expect(byFit[0]?.marks.length).toBeGreaterThan(byFit.at(-1)?.marks.length ?? 0);
  });

  it("filters by body, year, resolution and kind of clause", async () => {
    const ecosoc = await search(t.db, "trafficking", { body: "ecosoc", limit: 500 });
    expect(ecosoc.total).toBeGreaterThan(0);
    expect(new Set(ecosoc.items.map((h) => h.symbol))).toEqual(new Set(["E/RES/2015/23"]));
    const in2023 = await search(t.db, "trafficking", { year: 2023, limit: 500 });
    expect(new Set(in2023.items.map((h) => h.symbol))).toEqual(new Set(["A/RES/78/228"]));
    const operative = await search(t.db, "trafficking", {
      resolution: "A/RES/80/228",
      kind: "operative",
      limit: 500,
    });
    expect(
      operative.items.every((h) => h.symbol === "A/RES/80/228" && h.kind === "operative"),
    ).toBe(true);
    const all = await search(t.db, "trafficking", { limit: 500 });
    expect(all.total).toBe(all.items.length);
    expect(all.total).toBeGreaterThan(ecosoc.total + in2023.total);
  });

  it("follows a re-import: new words are found, words taken out are not", async () => {
    const { resolution, sourceText } = seed();
    const changed = structuredClone(resolution);
    const clause = changed.clauses.find((c) => c.kind === "operative");
    if (!clause) throw new Error("the seed has operative clauses");
    clause.text = `${clause.text} Zanzibarite procedures apply.`;
    await importResolution(t.db, changed, { sourceText });
    const found = await search(t.db, "zanzibarite");
    expect(found.items.map((h) => `${h.symbol} ${h.clauseId}`)).toEqual([
      `E/RES/2015/23 ${clause.id}`,
    ]);
    await importResolution(t.db, resolution, { sourceText });
    expect((await search(t.db, "zanzibarite")).total).toBe(0);
    expect((await search(t.db, "trafficking", { body: "ecosoc" })).total).toBeGreaterThan(0);
  });

  it("pages through results", async () => {
    const all = await search(t.db, "development", { limit: 500 });
    const first = await search(t.db, "development", { limit: 5 });
    const second = await search(t.db, "development", { limit: 5, offset: 5 });
    expect(first.total).toBe(all.total);
    expect([...first.items, ...second.items].map((h) => `${h.symbol} ${h.clauseId}`)).toEqual(
      all.items.slice(0, 10).map((h) => `${h.symbol} ${h.clauseId}`),
    );
  });

  it("past its bounds, ranks the newest matches first, window by window, and counts up to a limit", async () => {
    const all = await search(t.db, "trafficking", { limit: 500 });
    expect(all.totalExact).toBe(true);
    expect(all.total).toBeGreaterThan(12);
    const bounds = { window: 5, count: 8 };
    const capped = await search(t.db, "trafficking", { limit: 12 }, bounds);
    expect(capped).toMatchObject({ total: 8, totalExact: false });
    const key = (h: { symbol: string; clauseId: string }) => `${h.symbol} ${h.clauseId}`;
    // Pages that cut across windows give the same list as one page.
    const paged = [];
    for (let offset = 0; offset < 12; offset += 3)
      paged.push(...(await search(t.db, "trafficking", { limit: 3, offset }, bounds)).items);
    expect(paged.map(key)).toEqual(capped.items.map(key));
    const ranks = capped.items.map((h) => h.rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    // The first window is the five newest matching clauses.
    const { rows } = await sql<{ symbol: string; clause_key: string }>`
      select r.symbol, c.clause_key from clauses c join resolutions r on r.id = c.resolution_id
      order by c.id desc`.execute(t.db.kysely);
    const matching = new Set(all.items.map(key));
    const newest = rows
      .map((r) => `${r.symbol} ${r.clause_key}`)
      .filter((k) => matching.has(k))
      .slice(0, 5);
    expect(new Set(capped.items.slice(0, 5).map(key))).toEqual(new Set(newest));
  });

  it("finds the window of several words among the newest clauses, or past them, with the same hits", async () => {
    const key = (h: { symbol: string; clauseId: string }) => `${h.symbol} ${h.clauseId}`;
    for (const [query, filters] of [
      ['"trafficking in persons"', {}],
      ["Secretary-General report", {}],
      ["trafficking victims", {}],
      ['"trafficking in persons"', { body: "ga", kind: "operative" as const }],
    ] as const) {
      const found = async (newest: number) =>
        (await search(t.db, query, { ...filters, limit: 12 }, { window: 5, newest })).items.map(
          key,
        );
      // PostgreSQL: among the newest clause, too few to fill a window of five; among a million,
      // the whole library.
      // Three windows of five asked (12 hits): the library holds them all.
      expect((await search(t.db, query, filters)).total, query).toBeGreaterThanOrEqual(15);
      const past = await found(1);
      expect(past, query).toHaveLength(12);
      expect(await found(1_000_000)).toEqual(past);
      expect(await found(40)).toEqual(past);
    }
  });

  it("reads phrases, alternatives and exclusions as a search box does", async () => {
    const phrase = await search(t.db, '"Global Plan of Action"', { limit: 500 });
    expect(phrase.total).toBeGreaterThan(0);
    const words = await search(t.db, "global plan action", { limit: 500 });
    expect(words.total).toBeGreaterThanOrEqual(phrase.total);
    const either = await search(t.db, "cybercrime or trafficking", { limit: 500 });
    expect(either.total).toBeGreaterThanOrEqual(
      (await search(t.db, "trafficking", { limit: 500 })).total,
    );
    const without = await search(t.db, "trafficking -victims", { limit: 500 });
    expect(without.total).toBeGreaterThan(0);
    expect(without.items.some((h) => /victim/i.test(h.snippet))).toBe(false);
    expect((await search(t.db, "   ")).total).toBe(0);
    expect((await search(t.db, 'NEAR( "a" OR * :')).items).toBeInstanceOf(Array);
  });
});

describe.each(dialects)("search people trust (%s)", (dialect) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await freshDatabase(dialect);
    await importLibrary(t.db);
  });
  afterAll(() => t?.drop());

  const keys = (page: { items: Array<{ symbol: string; clauseId: string }> }) =>
    page.items.map((h) => `${h.symbol} ${h.clauseId}`).sort();

  it("finds an actor's paragraphs by its acronym where the texts spell its name out", async () => {
    // No text of the library prints "UNODC": each spells the Office's name out.
    const spelled = await search(t.db, '"United Nations Office on Drugs and Crime"', {
      limit: 500,
    });
    expect(spelled.total).toBeGreaterThan(10);
    const byAcronym = await search(t.db, "UNODC", { limit: 500 });
    expect(keys(byAcronym)).toEqual(keys(spelled));
    const words = byAcronym.items.flatMap(marked).join(" ");
    expect(words).toMatch(/Drugs/);
    expect(words).not.toMatch(/UNODC/);
    // With other words, the actor's names are one of the words the paragraph must hold.
    const narrower = await search(t.db, "UNODC trust fund", { limit: 500 });
    expect(narrower.total).toBeGreaterThan(0);
    expect(narrower.total).toBeLessThan(byAcronym.total);
  });

  it("takes a resolution by its symbol or any tail of it", async () => {
    const tail = await search(t.db, "trafficking", { resolution: "78/228", limit: 500 });
    const whole = await search(t.db, "trafficking", { resolution: "A/RES/78/228", limit: 500 });
    expect(tail.total).toBeGreaterThan(0);
    expect(keys(tail)).toEqual(keys(whole));
    const both = await search(t.db, "trafficking", { resolution: "228", limit: 500 });
    expect(new Set(both.items.map((h) => h.symbol))).toEqual(
      new Set(["A/RES/78/228", "A/RES/80/228"]),
    );
    const bySymbol = await search(t.db, "trafficking", { symbol: "A/RES/78/", limit: 500 });
    expect(new Set(bySymbol.items.map((h) => h.symbol))).toEqual(new Set(["A/RES/78/228"]));
    // Not a tail after a slash: nothing.
    expect((await search(t.db, "trafficking", { resolution: "8/228" })).total).toBe(0);
    // Typed in the search box, a symbol's tail names the resolution above the paragraphs.
    expect((await search(t.db, "79/264")).symbols.map((s) => s.symbol)).toEqual(["A/RES/79/264"]);
    expect((await search(t.db, "2015/23")).symbols.map((s) => s.symbol)).toEqual(["E/RES/2015/23"]);
    expect((await search(t.db, "trafficking")).symbols).toEqual([]);
    expect((await search(t.db, "79/264", { offset: 20 })).symbols).toEqual([]);
  });

  it("ranks by the words' fit, weighted by part and title, and says so", async () => {
    const result = await search(t.db, "trafficking", { limit: 500 });
    const { weights } = result;
    expect(weights.operative).toBeGreaterThan(weights.preambular);
    const final = (h: (typeof result.items)[number]) =>
      h.ranking.words * h.ranking.part * (1 + weights.title * h.ranking.titleShare);
    for (const h of result.items) {
      expect(h.ranking.part).toBe(weights[h.kind]);
      // Every resolution of this library with the word in its title is about trafficking.
      expect(h.ranking.titleShare).toBe(/trafficking/i.test(h.title ?? "") ? 1 : 0);
    }
    // One window here: the list is in the order of the weighted scores.
    const scores = result.items.map(final);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(result.items.some((h) => h.kind === "preambular")).toBe(true);
    const share = (await search(t.db, "trafficking development", { limit: 500 })).items.map(
      (h) => h.ranking.titleShare,
    );
    expect(share).toContain(0.5);
  });

  it("counts the matches for every facet, each under the other filters", async () => {
    const all = await search(t.db, "trafficking", { limit: 1 });
    const facets = await searchFacets(t.db, "trafficking");
    expect(facets.exact).toBe(true);
    const sum = (list: Array<{ count: number }>) => list.reduce((n, f) => n + f.count, 0);
    expect(sum(facets.body)).toBe(all.total);
    expect(sum(facets.year)).toBe(all.total);
    expect(sum(facets.kind)).toBe(all.total);
    for (const f of facets.year)
      expect(f.count).toBe((await search(t.db, "trafficking", { year: f.value, limit: 1 })).total);
    const ecosoc = await searchFacets(t.db, "trafficking", { body: "ecosoc" });
    // The body facet keeps every body; the others count the Council's matches.
    expect(ecosoc.body).toEqual(facets.body);
    expect(ecosoc.year).toEqual([
      { value: 2015, count: (await search(t.db, "trafficking", { body: "ecosoc" })).total },
    ]);
    const capped = await searchFacets(t.db, "trafficking", {}, { count: 5 });
    expect(capped.exact).toBe(false);
    expect(sum(capped.year)).toBe(6);
  });
});

describe.each(dialects)("listing resolutions (%s)", (dialect) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await freshDatabase(dialect);
    await importLibrary(t.db);
  });
  afterAll(() => t?.drop());

  it("lists with counts, by symbol as people read it", async () => {
    const page = await listResolutions(t.db);
    expect(page.total).toBe(6);
    expect(page.items.map((r) => r.symbol)).toEqual([
      "A/RES/78/228",
      "A/RES/78/231",
      "A/RES/79/264",
      "A/RES/80/150",
      "A/RES/80/228",
      "E/RES/2015/23",
    ]);
    const seed = page.items.at(-1);
    const parsed = library()[0]?.resolution;
    expect(seed).toMatchObject({
      body: "ecosoc",
      year: 2015,
      draft: false,
      clauseCount: parsed?.clauses.length,
      obligationCount: parsed?.obligations.length,
    });
  });

  it("filters by body, year, symbol prefix and words, and pages", async () => {
    expect((await listResolutions(t.db, { body: "ecosoc" })).items.map((r) => r.symbol)).toEqual([
      "E/RES/2015/23",
    ]);
    expect((await listResolutions(t.db, { year: 2025 })).items.map((r) => r.symbol)).toEqual([
      "A/RES/79/264",
      "A/RES/80/150",
      "A/RES/80/228",
    ]);
    expect(
      (await listResolutions(t.db, { symbol: "a/res/78/" })).items.map((r) => r.symbol),
    ).toEqual(["A/RES/78/228", "A/RES/78/231"]);
    const withWords = await listResolutions(t.db, { words: '"trafficking in persons"' });
    const hits = await search(t.db, '"trafficking in persons"', { limit: 500 });
    expect(withWords.items.map((r) => r.symbol)).toEqual(
      [...new Set(hits.items.map((h) => h.symbol))].sort(),
    );
    expect(withWords.total).toBeGreaterThanOrEqual(3);
    expect(withWords.total).toBe(withWords.items.length);
    // Words with another filter: counted under both; words found nowhere: an empty list.
    const wordsIn2025 = await listResolutions(t.db, {
      words: '"trafficking in persons"',
      year: 2025,
    });
    const expected = withWords.items.filter((r) => r.year === 2025).map((r) => r.symbol);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(withWords.total);
    expect(wordsIn2025.items.map((r) => r.symbol)).toEqual(expected);
    expect(wordsIn2025.total).toBe(expected.length);
    const paged = await listResolutions(t.db, {
      words: '"trafficking in persons"',
      limit: 1,
      offset: 1,
    });
    expect(paged.total).toBe(withWords.total);
    expect(paged.items.map((r) => r.symbol)).toEqual([withWords.items[1]?.symbol]);
    expect(await listResolutions(t.db, { words: "xylophonic" })).toMatchObject({
      items: [],
      total: 0,
    });
    const second = await listResolutions(t.db, { limit: 2, offset: 2 });
    expect(second).toMatchObject({ total: 6, limit: 2, offset: 2 });
    expect(second.items.map((r) => r.symbol)).toEqual(["A/RES/79/264", "A/RES/80/150"]);
    // Any tail of a symbol after a slash.
    expect((await listResolutions(t.db, { symbol: "228" })).items.map((r) => r.symbol)).toEqual([
      "A/RES/78/228",
      "A/RES/80/228",
    ]);
    expect((await listResolutions(t.db, { symbol: "79/264" })).items.map((r) => r.symbol)).toEqual([
      "A/RES/79/264",
    ]);
    const recent = await listResolutions(t.db, { sort: "adopted", limit: 1 });
    expect(recent.items[0]?.adopted).toBe("2025-12-18");
  });

  it("counts resolutions by body and by year, each under the other filters", async () => {
    const all = await resolutionFacets(t.db);
    expect(all.body).toEqual([
      { value: "ga", count: 5 },
      { value: "ecosoc", count: 1 },
    ]);
    expect(all.year).toEqual([
      { value: 2025, count: 3 },
      { value: 2023, count: 2 },
      { value: 2015, count: 1 },
    ]);
    const in2025 = await resolutionFacets(t.db, { year: 2025 });
    expect(in2025.body).toEqual([{ value: "ga", count: 3 }]);
    expect(in2025.year).toEqual(all.year);
    const withWords = await resolutionFacets(t.db, { words: "UNODC" });
    const listed = await listResolutions(t.db, { words: "UNODC" });
    expect(withWords.body.reduce((n, f) => n + f.count, 0)).toBe(listed.total);
  });
});
