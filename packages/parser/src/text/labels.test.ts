import { describe, expect, it } from "vitest";
import {
  advance,
  freshContext,
  type LabelContext,
  nextLetter,
  readLabel,
  romanValue,
} from "./labels.ts";

const after = (...labels: string[]): LabelContext =>
  labels.reduce((context, line) => {
    const read = readLabel(line, context, true);
    if (!read) throw new Error(`not a label: ${line}`);
    return advance(context, read.label);
  }, freshContext());

describe("readLabel", () => {
  it("reads operative numbers in sequence", () => {
    expect(readLabel("1. Urges Member States", freshContext(), false)?.label).toEqual({
      kind: "number",
      value: 1,
    });
    expect(readLabel("7.", after("1.", "2.", "3.", "4.", "5.", "6."), false)?.label).toEqual({
      kind: "number",
      value: 7,
    });
    expect(readLabel("9. of", after("1.", "2."), false)).toBeNull();
  });

  it("tells the letter (i) after (h) from the numeral (i) after (a)", () => {
    expect(
      readLabel("(i)", after("1.", "(a)", "(b)", "(c)", "(d)", "(e)", "(f)", "(g)", "(h)"), false)
        ?.label,
    ).toMatchObject({ style: "letter" });
    expect(readLabel("(i)", after("1.", "(a)"), false)?.label).toMatchObject({ style: "roman" });
    expect(readLabel("(ii)", after("1.", "(a)", "(i)"), false)?.label).toMatchObject({
      style: "roman",
    });
  });

  it("reads a list that restarts inside a paragraph ending with a colon", () => {
    const context = after("1.", "2.", "3.");
    expect(readLabel("1. Opening of the Congress.", context, false, true)?.label).toEqual({
      kind: "item",
      value: "1",
      style: "number",
    });
    expect(readLabel("1. Decides", context, false, false)?.label).toEqual({
      kind: "number",
      value: 1,
    });
  });

  it("reads a number printed without its full stop only in sequence", () => {
    expect(
      readLabel("26", after(...Array.from({ length: 25 }, (_, i) => `${i + 1}.`)), false)?.label,
    ).toEqual({ kind: "number", value: 26 });
    expect(readLabel("26", after("1."), false)).toBeNull();
  });

  it("reads section marks alone on their line", () => {
    expect(readLabel("II", freshContext(), false)?.label).toEqual({ kind: "section", value: "II" });
  });
});

describe("sequences", () => {
  it("counts letters and numerals", () => {
    expect(nextLetter("a")).toBe("b");
    expect(nextLetter("z")).toBe("aa");
    expect(romanValue("xiv")).toBe(14);
  });
});
