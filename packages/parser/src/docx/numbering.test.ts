import { describe, expect, it } from "vitest";
import { readXml } from "../akn/xml.ts";
import { formatNumber, ListCounter, readListDefinitions } from "./numbering.ts";

const numbering = readXml(`<w:numbering>
  <w:abstractNum w:abstractNumId="0">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl>
    <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/><w:lvlText w:val="%3."/></w:lvl>
  </w:abstractNum>
  <w:abstractNum w:abstractNumId="1">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\uF0B7"/></w:lvl>
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/></w:lvl>
  </w:abstractNum>
  <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
  <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
  <w:num w:numId="3"><w:abstractNumId w:val="0"/>
    <w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>
</w:numbering>`);

describe("ListCounter", () => {
  it("counts each level, restarts the levels below, and writes letters and numerals as sub-items", () => {
    const counter = new ListCounter(readListDefinitions(numbering));
    const written = [0, 1, 1, 2, 2, 1, 0, 1].map((level) => counter.next("1", level));
    expect(written).toEqual(["1.", "(a)", "(b)", "(i)", "(ii)", "(c)", "2.", "(a)"]);
  });

  it("keeps a count per list, honours a start override, and writes no number for bullets", () => {
    const counter = new ListCounter(readListDefinitions(numbering));
    expect(counter.next("3", 0)).toBe("5.");
    expect(counter.next("1", 0)).toBe("1.");
    expect(counter.next("2", 0)).toBe("");
    expect(counter.next("2", 1)).toBe("1.1");
    expect(counter.next("9", 0)).toBe("");
  });
});

describe("formatNumber", () => {
  it("writes letters as Word does past z, and Roman numerals", () => {
    expect([1, 26, 27, 28].map((n) => formatNumber(n, "lowerLetter"))).toEqual([
      "a",
      "z",
      "aa",
      "bb",
    ]);
    expect([4, 9, 14, 40].map((n) => formatNumber(n, "upperRoman"))).toEqual([
      "IV",
      "IX",
      "XIV",
      "XL",
    ]);
    expect(formatNumber(12, "ordinal")).toBe("12");
  });
});

describe("list definitions written to blow up the text", () => {
  it("writes a count of a billion in digits, not a billion letters or numerals", () => {
    expect(formatNumber(1_000_000_000, "lowerLetter")).toBe("1000000000");
    expect(formatNumber(1_000_000_000, "upperRoman")).toBe("1000000000");
    expect(formatNumber(780, "lowerLetter")).toBe("z".repeat(30));
    expect(formatNumber(3999, "upperRoman")).toBe("MMMCMXCIX");
  });

  it("reads levels 0 to 8 only, and cuts a level text longer than Word writes", () => {
    const hostile = readXml(`<w:numbering>
      <w:abstractNum w:abstractNumId="0">
        <w:lvl w:ilvl="1000000000"><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
        <w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/><w:lvlText w:val="${"%1".repeat(10_000)}"/></w:lvl>
      </w:abstractNum>
      <w:num w:numId="1"><w:abstractNumId w:val="0"/>
        <w:lvlOverride w:ilvl="-1"><w:startOverride w:val="5"/></w:lvlOverride></w:num>
    </w:numbering>`);
    const lists = readListDefinitions(hostile);
    expect(lists.get("1")).toHaveLength(1);
    expect(new ListCounter(lists).next("1", 0)).toBe("1".repeat(50));
  });
});
