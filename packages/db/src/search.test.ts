import { describe, expect, it } from "vitest";
import { ftsQuery } from "./search.ts";

describe("search box words as an FTS5 query", () => {
  it("quotes every term so none is read as syntax", () => {
    expect(ftsQuery("trafficking victims")).toBe('"trafficking" AND "victims"');
    expect(ftsQuery('NEAR( "a" OR * :')).toBe('"NEAR(" AND "a"');
    expect(ftsQuery("follow-up")).toBe('"follow-up"');
  });

  it("keeps phrases, alternatives and exclusions", () => {
    expect(ftsQuery('"Global Plan of Action" review')).toBe('"Global Plan of Action" AND "review"');
    expect(ftsQuery("cybercrime or trafficking")).toBe('"cybercrime" OR "trafficking"');
    expect(ftsQuery("trafficking -victims")).toBe('("trafficking") NOT "victims"');
  });

  it("has nothing to search for in blanks, punctuation or exclusions alone", () => {
    expect(ftsQuery("   ")).toBeNull();
    expect(ftsQuery("* : ()")).toBeNull();
    expect(ftsQuery("-victims")).toBeNull();
  });
});
