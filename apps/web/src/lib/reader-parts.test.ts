import { describe, expect, it } from "vitest";
import { readerParts, sectionGroups } from "./reader-parts.ts";

const clause = (
  id: string,
  kind: "preambular" | "operative",
  annex?: string,
  section: { label: string; heading: string } | null = null,
) => ({ id, kind, section, ...(annex ? { annex } : {}) });

describe("readerParts", () => {
  it("keeps the resolution's own paragraphs apart from each annex's", () => {
    const clauses = [
      clause("op1", "operative"),
      clause("annex1-op1", "operative", "annex1"),
      clause("annex1-op2", "operative", "annex1"),
      clause("annex2-pp1", "preambular", "annex2"),
    ];
    const annexes = [{ id: "annex1" }, { id: "annex2" }, { id: "annex3" }];
    const parts = readerParts(clauses, annexes);
    expect(parts.own.map((c) => c.id)).toEqual(["op1"]);
    expect(parts.annexes.map((a) => [a.annex.id, a.clauses.map((c) => c.id)])).toEqual([
      ["annex1", ["annex1-op1", "annex1-op2"]],
      ["annex2", ["annex2-pp1"]],
      // An annex stored before annexes had clauses: its text alone.
      ["annex3", []],
    ]);
  });
});

describe("sectionGroups", () => {
  it("starts a group where the section changes, even under the same label", () => {
    const first = { label: "Action 1", heading: "We will act." };
    const second = { label: "Action 2", heading: "We will act again." };
    const groups = sectionGroups([
      clause("pp1", "preambular"),
      clause("op1", "operative"),
      clause("op2", "operative", undefined, first),
      clause("op3", "operative", undefined, second),
      clause("op4", "operative", undefined, { label: "", heading: "Targets" }),
      clause("op5", "operative", undefined, { label: "", heading: "Follow-up" }),
    ]);
    expect(
      groups.map((g) => [g.section?.heading ?? null, g.preamble.length, g.operative.length]),
    ).toEqual([
      [null, 1, 1],
      ["We will act.", 0, 1],
      ["We will act again.", 0, 1],
      ["Targets", 0, 1],
      ["Follow-up", 0, 1],
    ]);
  });
});
