import { describe, expect, it } from "vitest";
import { compareParagraphs, paragraphText, type VersionParagraph } from "./paragraph-diff.ts";
import { diffWords } from "./word-diff.ts";

const pp = (id: string, text: string): VersionParagraph => ({
  id,
  kind: "preambular",
  number: null,
  text,
});
const op = (n: number, text: string): VersionParagraph => ({
  id: `op${n}`,
  kind: "operative",
  number: n,
  text,
});

describe("compareParagraphs", () => {
  const earlier = [
    pp("pp1", "Recalling its resolution 76/186 of 16 December 2021,"),
    op(1, "Urges Member States to ratify the Protocol;"),
    op(
      2,
      "Requests the Secretary-General to report to the General Assembly at its seventy-eighth session;",
    ),
    op(3, "Encourages Member States to support the Trust Fund;"),
    op(4, "Decides to remain seized of the matter."),
  ];
  const later = [
    pp("pp1", "Recalling its resolution 78/228 of 22 December 2023,"),
    op(1, "Urges Member States to ratify the Protocol;"),
    op(2, "Encourages Member States to support the Trust Fund;"),
    op(3, "Invites the private sector to prevent trafficking in supply chains;"),
    op(
      4,
      "Requests the Secretary-General to report to the General Assembly at its eightieth session.",
    ),
  ];
  const { changes, counts } = compareParagraphs(earlier, later);
  const fate = (id: string | undefined, side: "from" | "to") =>
    changes.find((c) => c[side]?.id === id)?.fate;

  it("gives each paragraph of either version one fate", () => {
    expect(fate("op1", "to")).toBe("unchanged");
    expect(fate("pp1", "to")).toBe("changed");
    expect(fate("op3", "to")).toBe("added");
    expect(fate("op4", "from")).toBe("dropped");
    expect(counts).toEqual({ unchanged: 2, changed: 1, moved: 1, added: 1, dropped: 1 });
    // Every paragraph is named once on each side it belongs to.
    expect(
      changes
        .filter((c) => c.from)
        .map((c) => c.from?.id)
        .sort(),
    ).toEqual(earlier.map((p) => p.id).sort());
    expect(
      changes
        .filter((c) => c.to)
        .map((c) => c.to?.id)
        .sort(),
    ).toEqual(later.map((p) => p.id).sort());
  });

  it("calls a paragraph found elsewhere in the order moved, with its word changes", () => {
    const moved = changes.filter((c) => c.fate === "moved");
    expect(moved).toHaveLength(1);
    const [m] = moved;
    // The request to report moved to the end; it also names another session.
    expect(m?.from?.id === "op2" || m?.from?.id === "op3").toBe(true);
    const request = changes.find((c) => c.from?.id === "op2");
    expect(request?.to?.id).toBe("op4");
    expect(request?.words?.filter((w) => w.kind !== "same").map((w) => w.text)).toEqual([
      "seventy-eighth session;",
      "eightieth session.",
    ]);
  });

  it("keeps the later version's order, a dropped paragraph after its earlier neighbour", () => {
    expect(changes.map((c) => `${c.fate}:${c.from?.id ?? ""}>${c.to?.id ?? ""}`)).toEqual([
      "changed:pp1>pp1",
      "unchanged:op1>op1",
      "unchanged:op3>op2",
      "added:>op3",
      "moved:op2>op4",
      "dropped:op4>",
    ]);
  });

  it("does not pair a preambular paragraph with an operative one", () => {
    const result = compareParagraphs(
      [pp("pp1", "Encourages Member States to support the Trust Fund,")],
      [op(1, "Encourages Member States to support the Trust Fund;")],
    );
    expect(result.counts).toMatchObject({ added: 1, dropped: 1 });
  });

  it("ignores the closing punctuation and spacing for unchanged", () => {
    const result = compareParagraphs(
      [op(5, "Requests  the Secretary-General to report; and")],
      [op(7, "Requests the Secretary-General to report.")],
    );
    expect(result.changes).toEqual([
      expect.objectContaining({ fate: "unchanged", likeness: 1, words: null }),
    ]);
  });

  it("compares empty versions", () => {
    expect(compareParagraphs([], []).changes).toEqual([]);
    expect(compareParagraphs([], [op(1, "Decides.")]).counts.added).toBe(1);
  });
});

describe("diffWords", () => {
  it("names the words added and dropped in reading order", () => {
    expect(diffWords("urges all States to act now", "urges Member States to act")).toEqual([
      { kind: "same", text: "urges" },
      { kind: "dropped", text: "all" },
      { kind: "added", text: "Member" },
      { kind: "same", text: "States to act" },
      { kind: "dropped", text: "now" },
    ]);
  });
  it("keeps identical texts whole", () => {
    expect(diffWords("a b c", "a  b c")).toEqual([{ kind: "same", text: "a b c" }]);
  });
});

describe("paragraphText", () => {
  it("joins the sub-items with their labels and the tail", () => {
    expect(
      paragraphText({
        text: "Requests:",
        items: [{ label: "(a)", text: "one;", items: [{ label: "(i)", text: "two", items: [] }] }],
        tail: "and decides",
      }),
    ).toBe("Requests:\n(a) one;\n(i) two\nand decides");
  });
});
