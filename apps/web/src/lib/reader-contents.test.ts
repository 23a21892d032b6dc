import { describe, expect, it } from "vitest";
import { findParagraph, readerContents } from "./reader-contents.ts";
import { readerParts } from "./reader-parts.ts";

const clause = (
  id: string,
  kind: "preambular" | "operative",
  number: number | null,
  lead: string,
  extra: { annex?: string; section?: { label: string; heading: string } } = {},
) => ({ id, kind, number, lead, section: extra.section ?? null, ...extra });

const one = { label: "I", heading: "Prevention" };
const two = { label: "II", heading: "Protection" };
const clauses = [
  clause("pp1", "preambular", null, "Recalling"),
  clause("pp2", "preambular", null, "Reaffirming"),
  clause("I-op1", "operative", 1, "Urges", { section: one }),
  {
    ...clause("I-op2", "operative", 2, "Requests", { section: one }),
    text: "Requests the Secretary-General to report to the General Assembly at its eightieth session",
  },
  clause("II-op3", "operative", 3, "Decides", { section: two }),
  clause("annex1-pp1", "preambular", null, "We", { annex: "annex1" }),
  clause("annex1-op1", "operative", 1, "Commit", { annex: "annex1" }),
];
const annexes = [{ id: "annex1", heading: "Annex", title: "Political declaration" }];

describe("a reader's table of contents", () => {
  it("lists the preamble, sections with their paragraphs by number and lead, and annexes", () => {
    const parts = readerParts(clauses, annexes);
    const contents = readerContents(parts.own, parts.annexes);
    const outline = (list: typeof contents): unknown[] =>
      list.map((e) => (e.children.length ? [e.label, outline(e.children)] : e.label));
    expect(outline(contents)).toEqual([
      "Preamble (2)",
      ["I Prevention", ["1. Urges", "2. Requests the Secretary-General to report to the General…"]],
      ["II Protection", ["3. Decides"]],
      ["Annex: Political declaration", ["Preamble (1)", "1. Commit"]],
    ]);
    expect(contents.map((e) => e.id)).toEqual([
      "pp1",
      "text-section-2",
      "text-section-3",
      "annex1",
    ]);
  });
});

describe("going to a paragraph", () => {
  it("finds the resolution's own paragraph by number, and an annex's by annex and number", () => {
    expect(findParagraph(clauses, "2")?.id).toBe("I-op2");
    expect(findParagraph(clauses, " para. 3 ")?.id).toBe("II-op3");
    expect(findParagraph(clauses, "1")?.id).toBe("I-op1");
    expect(findParagraph(clauses, "annex 1, 1")?.id).toBe("annex1-op1");
    expect(findParagraph(clauses, "Annex1 para 1")?.id).toBe("annex1-op1");
    expect(findParagraph(clauses, "4")).toBeUndefined();
    expect(findParagraph(clauses, "annex 2, 1")).toBeUndefined();
    expect(findParagraph(clauses, "Urges")).toBeUndefined();
  });
});
