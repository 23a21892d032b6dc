import { describe, expect, it } from "vitest";
import { markedParts } from "./snippet.ts";

describe("a snippet cut at its marks", () => {
  it("alternates plain and marked pieces, in order", () => {
    expect(markedParts("Requests the Office to report", [[13, 19]])).toEqual([
      { text: "Requests the ", marked: false },
      { text: "Office", marked: true },
      { text: " to report", marked: false },
    ]);
    expect(markedParts("ab", [[0, 2]])).toEqual([{ text: "ab", marked: true }]);
  });

  it("keeps markup in the text as text", () => {
    const parts = markedParts("<script>x</script> trafficking", [[19, 30]]);
    expect(parts.map((p) => p.text).join("")).toBe("<script>x</script> trafficking");
    expect(parts.at(-1)).toEqual({ text: "trafficking", marked: true });
  });

  it("survives marks out of order, overlapping or past the end", () => {
    expect(
      markedParts("abcdef", [
        [4, 9],
        [0, 2],
        [1, 3],
      ]),
    ).toEqual([
      { text: "ab", marked: true },
      { text: "c", marked: true },
      { text: "d", marked: false },
      { text: "ef", marked: true },
    ]);
  });
});
