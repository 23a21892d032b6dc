import { describe, expect, it } from "vitest";
import { cardinalValue, ordinalValue } from "./ordinals.ts";

describe("ordinalValue", () => {
  it.each([
    ["twenty-sixth", 26],
    ["eightieth", 80],
    ["sixty-ninth", 69],
    ["first", 1],
    ["nineteenth", 19],
    ["one hundred and first", 101],
    ["26th", 26],
  ])("%s is %d", (words, value) => expect(ordinalValue(words)).toBe(value));

  it("refuses what is not an ordinal", () => {
    expect(ordinalValue("twenty")).toBeNull();
    expect(ordinalValue("session")).toBeNull();
  });
});

describe("cardinalValue", () => {
  it("reads the counts periods are written with, in words or figures", () => {
    expect(["thirty", "Two", "one hundred and twenty", "45"].map(cardinalValue)).toEqual([
      30, 2, 120, 45,
    ]);
  });

  it("reads compounds and teens written out", () => {
    expect(
      ["forty-five", "fifteen", "twenty-one", "eleven", "one hundred"].map(cardinalValue),
    ).toEqual([45, 15, 21, 11, 100]);
  });

  it("gives 0 for what is not a count", () => {
    expect(cardinalValue("several")).toBe(0);
    expect(cardinalValue("ten-five")).toBe(0);
  });
});
