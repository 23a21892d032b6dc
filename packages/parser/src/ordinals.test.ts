import { describe, expect, it } from "vitest";
import { ordinalValue } from "./ordinals.ts";

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
