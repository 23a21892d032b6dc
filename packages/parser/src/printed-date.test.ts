import { describe, expect, it } from "vitest";
import { readMonth, readPrintedDate } from "./printed-date.ts";

describe("readMonth", () => {
  it("reads a month OCR misprinted, saying it slipped", () => {
    expect(readMonth("April")).toEqual({ month: 4, slipped: false });
    expect(readMonth("Apri]")).toEqual({ month: 4, slipped: true });
    expect(readMonth("Auqust")).toEqual({ month: 8, slipped: true });
    expect(readMonth("Juiy")).toEqual({ month: 7, slipped: true });
  });

  it("reads no month where a near-miss leaves two, or none", () => {
    // "Jule" misses June and July alike.
    expect(readMonth("Jule")).toBeNull();
    expect(readMonth("Council")).toBeNull();
    expect(readMonth("of")).toBeNull();
  });
});

describe("readPrintedDate", () => {
  it('reads "of 3 Apri] 1991" as 3 April 1991, through a slip', () => {
    expect(readPrintedDate("of 3 Apri] 1991")).toEqual({
      iso: "1991-04-03",
      printed: "3 Apri] 1991",
      slipped: true,
    });
  });

  it("reads a clean date without a slip, and digits OCR gave as letters with one", () => {
    expect(readPrintedDate(" 7 July 1950")).toMatchObject({ iso: "1950-07-07", slipped: false });
    expect(readPrintedDate(" 3f July 1989")).toMatchObject({ iso: "1989-07-31", slipped: true });
  });

  it("takes the resolution's year where the printed one cannot be read, and keeps a clean one", () => {
    expect(readPrintedDate(" 14 October £964", 1966)?.iso).toBe("1966-10-14");
    expect(readPrintedDate(" 18 September 1978", 1973)?.iso).toBe("1978-09-18");
  });

  it("reads no date that is not one", () => {
    expect(readPrintedDate("of 31 Apri] 1991")).toBeNull();
    expect(readPrintedDate("of the Council")).toBeNull();
    expect(readPrintedDate(" 12 Members 1991")).toBeNull();
  });
});
