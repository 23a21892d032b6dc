import { describe, expect, it } from "vitest";
import { decimalsOf, type Figure, numberRuns } from "./figures.ts";
import { breaches, floorOf, raiseFloors } from "./floors.ts";

const figure = (name: string, hits: number, total: number, informational = false): Figure => ({
  name,
  label: name,
  hits,
  total,
  informational,
});

describe("floors", () => {
  it("rounds a measured share down to 0.001", () => {
    expect(floorOf(0.98765)).toBe(0.987);
    expect(floorOf(1)).toBe(1);
    expect(floorOf(0.981)).toBe(0.981);
    expect(floorOf(0.97272, 4)).toBe(0.9727);
  });

  it("writes a floor with as many decimals as it takes for one item of the count to move it", () => {
    expect(decimalsOf(219)).toBe(3);
    expect(decimalsOf(1540)).toBe(4);
    expect(decimalsOf(22522)).toBe(5);
    const floors: Record<string, number> = {};
    raiseFloors([figure("scored", 1498, 1540)], floors);
    expect(floors.scored).toBe(0.9727);
    expect(breaches([figure("scored", 1497, 1540)], floors)).toHaveLength(1);
  });

  it("raises floors to what was measured, never lowers one, and ignores informational figures", () => {
    const floors = { up: 0.5, down: 0.9 };
    raiseFloors(
      [figure("up", 97, 100), figure("down", 50, 100), figure("info", 1, 1, true)],
      floors,
    );
    expect(floors).toEqual({ up: 0.97, down: 0.9 });
  });

  it("reports figures below their floor", () => {
    const below = breaches([figure("a", 89, 100), figure("b", 95, 100)], { a: 0.9, b: 0.9 });
    expect(below.map((b) => b.figure.name)).toEqual(["a"]);
  });
});

describe("numberRuns", () => {
  it("collapses consecutive numbers and keeps order and words", () => {
    expect(numberRuns([1, 2, 3, 4, 7, 9, 10])).toBe("1-4, 7, 9-10");
    expect(numberRuns([1, 2, 1, 2, "unnumbered"])).toBe("1-2, 1-2, unnumbered");
    expect(numberRuns([])).toBe("");
  });
});
