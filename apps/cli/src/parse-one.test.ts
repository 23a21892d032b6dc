import { describe, expect, it } from "vitest";
import { prettyArray } from "./parse-one.ts";

describe("printing several resolutions as one JSON array", () => {
  it("gives the text JSON.stringify gives the array, from each object printed alone", () => {
    const objects = [
      {
        symbol: "A/RES/1",
        clauses: [{ id: "op1", text: 'Line\nbreak \\n and "quotes"', items: [] }],
      },
      {},
      { nested: { list: [1, [2, { deep: null }]], empty: [] } },
    ];
    const alone = objects.map((o) => JSON.stringify(o, null, 2));
    expect(prettyArray(alone)).toBe(JSON.stringify(objects, null, 2));
    expect(prettyArray([])).toBe(JSON.stringify([], null, 2));
  });
});
