/**
 * The annex part's reading of silver: its numbered paragraphs after the "Annex" heading, none of
 * the resolution's own before it and none of its lettered sub-items; read by this evaluation's own
 * code, with nothing from the parser.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { annexDocuments, silverAnnexParagraphs } from "./annex-eval.ts";
import { silverDir } from "./corpus-paths.ts";
import { readSilverItems } from "./silver-read.ts";

const silver = (name: string) =>
  silverAnnexParagraphs(readSilverItems(readFileSync(join(silverDir, `${name}.json`), "utf8")));

describe("silver's annex paragraphs", () => {
  it.each([
    ["A_RES_78_3", 78],
    ["A_RES_79_233", 356],
  ])("%s: %d paragraphs numbered from 1, as the annex prints them", (name, count) => {
    expect(annexDocuments).toContain(name);
    expect(silver(name).map((p) => p.number)).toEqual(
      Array.from({ length: count }, (_, i) => i + 1),
    );
  });

  it("leaves out what comes before the Annex heading and the lettered sub-items", () => {
    const items = [
      {
        type: "paragraph",
        paragraph_type: "operative",
        prefix: "1.",
        text: "Adopts the declaration",
      },
      { type: "heading", text: "Annex" },
      { type: "paragraph", paragraph_type: "operative", prefix: "1.", text: "We commit" },
      { type: "paragraph", paragraph_type: "operative", prefix: "(a)", text: "To act" },
      { type: "paragraph", paragraph_type: "preambular", text: "Targets:" },
      { type: "paragraph", paragraph_type: "operative", prefix: "2.", text: "We will" },
    ];
    expect(silverAnnexParagraphs(items)).toEqual([
      { number: 1, text: "We commit" },
      { number: 2, text: "We will" },
    ]);
    expect(silverAnnexParagraphs(items.slice(0, 1))).toEqual([]);
  });

  it("is read apart from the parser", () => {
    const source = readFileSync(join(import.meta.dirname, "annex-eval.ts"), "utf8");
    expect(source).not.toMatch(/@mandates\/parser|packages\/parser/);
    expect(source).not.toMatch(/^import \{[^}]*\} from "@mandates\/domain";/m);
  });
});
