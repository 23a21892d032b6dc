import { describe, expect, it } from "vitest";
import { type PdfContentItem, pageLines } from "./layout.ts";

/** A piece of text at (x, y) in a type of `size`, `width` wide (by default 0.5 of the size a letter). */
function piece(str: string, x: number, y: number, size = 10, width?: number): PdfContentItem {
  return { str, transform: [size, 0, 0, size, x, y], width: width ?? str.length * size * 0.5 };
}
const begin: PdfContentItem = { type: "beginMarkedContentProps" };
const end: PdfContentItem = { type: "endMarkedContent" };

describe("pageLines", () => {
  it("puts pieces on one baseline into one line, left to right, spaced by their gaps", () => {
    expect(
      pageLines([
        piece("world", 40, 700),
        piece("Hello", 10, 700),
        // 0.1 of the type size: letters of one word set apart, as justified text is.
        piece("an", 10, 688, 10, 10),
        piece("d so on", 21, 688),
      ]),
    ).toEqual(["Hello world", "and so on"]);
  });

  it("glues a raised, smaller footnote marker to its word, and keeps the space after it", () => {
    expect(
      pageLines([
        piece("Trafficking in Persons,", 10, 500, 10, 100),
        piece("1", 110.5, 503.5, 6.5, 3.3),
        piece("reaffirm our commitments", 116.5, 500),
      ]),
    ).toEqual(["Trafficking in Persons,1 reaffirm our commitments"]);
  });

  it("gives pieces far apart on one baseline lines of their own, left first", () => {
    expect(
      pageLines([
        piece("General Assembly", 120, 705, 20, 150),
        piece("Distr.: General", 397, 705.3, 10),
        piece("25 November 2025", 397, 693.8, 10),
      ]),
    ).toEqual(["General Assembly", "Distr.: General", "25 November 2025"]);
  });

  it("keeps the order the page was written in, and leaves a blank line where it jumps", () => {
    // A UN page writes its running header, then its footer, then the body.
    expect(
      pageLines([
        piece("A/RES/80/9", 60, 733),
        piece("2/8", 60, 37),
        piece("that the 2030 Agenda includes", 120, 705),
        piece("commitments that relate", 120, 693),
        piece("to combating all forms", 120, 681),
        piece("of trafficking in persons", 120, 669),
      ]),
    ).toEqual([
      "A/RES/80/9",
      "",
      "2/8",
      "",
      "that the 2030 Agenda includes",
      "commitments that relate",
      "to combating all forms",
      "of trafficking in persons",
    ]);
  });

  it("reads top to bottom when the order the page was written in jumps about", () => {
    expect(
      pageLines([
        piece("third", 10, 676),
        piece("first", 10, 700),
        piece("fourth", 10, 664),
        piece("second", 10, 688),
      ]),
    ).toEqual(["first", "second", "third", "fourth"]);
  });

  it("leaves a blank line where lines lie further apart than the text's spacing", () => {
    expect(
      pageLines([piece("present resolution.", 10, 700), piece("2. We recall", 10, 682)]),
    ).toEqual(["present resolution.", "", "2. We recall"]);
  });

  it("sets a tagged one-line heading apart from the block that follows it", () => {
    const body = "2025 Political Declaration on the Implementation of the United Nations Global";
    expect(
      pageLines([
        begin,
        piece("Annex", 120, 386),
        end,
        begin,
        piece(body, 120, 374),
        piece("Plan of Action to Combat Trafficking in Persons", 120, 362),
        end,
      ]),
    ).toEqual(["Annex", "", body, "Plan of Action to Combat Trafficking in Persons"]);
  });

  it("does not break a paragraph where a link tagged on its own opens a line", () => {
    const full = "Recalling also Economic and Social Council resolutions on the matter and";
    expect(
      pageLines([
        begin,
        piece(full, 120, 500),
        piece("its", 120, 488),
        end,
        begin,
        piece("2014/23", 140, 488),
        end,
      ]),
    ).toEqual([full, "its 2014/23"]);
  });

  it("leaves out empty pieces, rotated text and pieces of spaces only", () => {
    expect(
      pageLines([
        piece("", 10, 700),
        { str: "sideways", transform: [0, 10, -10, 0, 5, 300], width: 40 },
        piece("Requests", 10, 700, 10, 40),
        piece("   ", 50, 700, 10, 15),
        piece("the Secretary-General", 53, 700),
      ]),
    ).toEqual(["Requests the Secretary-General"]);
  });

  it("gives nothing for a page without text", () => {
    expect(pageLines([])).toEqual([]);
    expect(pageLines([begin, end, piece(" ", 10, 10)])).toEqual([]);
  });
});
