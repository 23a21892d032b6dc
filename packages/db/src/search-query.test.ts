import { describe, expect, it } from "vitest";
import { fts5Of, parseSearchQuery } from "./search-query.ts";
import { looksLikeSymbol } from "./symbol-match.ts";

const fts = (q: string) => {
  const parsed = parseSearchQuery(q);
  return parsed ? fts5Of(parsed) : null;
};

describe("search box words widened with the actor registry's names", () => {
  it("finds an actor by its acronym or its name spelled out, either way", () => {
    const byAcronym = parseSearchQuery("UNODC");
    expect(byAcronym?.any[0]?.[0]?.actor).toBe("unodc");
    expect(byAcronym?.any[0]?.[0]?.phrases).toEqual(
      expect.arrayContaining(["UNODC", "United Nations Office on Drugs and Crime"]),
    );
    expect(fts("unodc")).toMatch(/^\("unodc" OR "United Nations Office on Drugs and Crime"/);
    const spelledOut = parseSearchQuery("United Nations Office on Drugs and Crime");
    expect(spelledOut?.any).toHaveLength(1);
    expect(spelledOut?.any[0]?.[0]?.phrases).toContain("UNODC");
    expect(
      parseSearchQuery('"Office of the High Commissioner for Human Rights"')?.any[0]?.[0]?.phrases,
    ).toContain("OHCHR");
  });

  it("keeps the other words, alternatives and exclusions around an actor's names", () => {
    expect(fts("OHCHR report -annual")).toMatch(
      /^\(\("OHCHR" OR "Office of the United Nations High Commissioner for Human Rights".*\) AND "report"\) NOT "annual"$/,
    );
    expect(fts("trafficking or UNODC")).toMatch(/^"trafficking" OR \("UNODC" OR /);
  });

  it("leaves words that name no actor as typed", () => {
    expect(parseSearchQuery("Office on Drugs")?.any[0]?.map((t) => t.phrases)).toEqual([
      ["Office"],
      ["on"],
      ["Drugs"],
    ]);
    expect(fts("trafficking victims")).toBe('"trafficking" AND "victims"');
  });
});

describe("what looks like a symbol or its tail", () => {
  it("takes numbers with slashes, whole symbols, and a year in brackets", () => {
    for (const s of ["79/154", "2388", "A/RES/79/154", "S/RES/2388 (2017)", "E/RES/2015/23"])
      expect(looksLikeSymbol(s), s).toBe(true);
    for (const s of ["trafficking", "climate change 2030", "UNODC", "", "a b/1"])
      expect(looksLikeSymbol(s), s).toBe(false);
  });
});
