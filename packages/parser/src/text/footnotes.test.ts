import { describe, expect, it } from "vitest";
import { extractFootnotes, markerClose, markerOpen, markFootnoteMarkers } from "./footnotes.ts";
import type { Page } from "./pages.ts";

const page = (...lines: string[]): Page => ({ lines });
const unmark = (line: string) => line.replaceAll(markerOpen, "[").replaceAll(markerClose, "]");

describe("extractFootnotes", () => {
  it("moves the bodies below a separator out of the page", () => {
    const { pages, footnotes } = extractFootnotes([
      page(
        "Recalling the adoption of the 2030 Agenda,1 and",
        "__________________",
        "",
        "1  Resolution 70/1.",
        "",
        "2  Target 5.2.",
      ),
    ]);
    expect(pages[0]?.lines).toEqual(["Recalling the adoption of the 2030 Agenda,1 and"]);
    expect(footnotes.map((f) => [f.marker, f.text])).toEqual([
      ["1", "Resolution 70/1."],
      ["2", "Target 5.2."],
    ]);
  });

  it("continues a note whose next line starts with a number", () => {
    const { footnotes } = extractFootnotes([
      page(
        "text",
        "_____",
        "",
        "7  Report of the World Summit, Johannesburg,",
        "26 August–4 September 2002, chap. I.",
        "",
        "8  Ibid.",
      ),
    ]);
    expect(footnotes.map((f) => f.marker)).toEqual(["7", "8"]);
    expect(footnotes[0]?.text).toContain("26 August–4 September 2002");
  });

  it("ends the notes where the text resumes below them", () => {
    const { pages, footnotes } = extractFootnotes([
      page(
        "Reaffirming its resolutions,1",
        "_____",
        "1 Presidential Statement S/PRST/2000/4.",
        "",
        "Welcoming the adoption,",
      ),
    ]);
    expect(footnotes).toHaveLength(1);
    expect(pages[0]?.lines).toContain("Welcoming the adoption,");
  });

  it("takes superscript-marked paragraphs as notes (the seed's layout)", () => {
    const { pages, footnotes } = extractFootnotes([
      page(
        "Crime¹ and",
        "",
        "¹ United Nations, Treaty Series, vol. 2225, No. 39574.",
        "",
        "the private sector",
      ),
    ]);
    expect(footnotes).toEqual([
      { marker: "1", text: "United Nations, Treaty Series, vol. 2225, No. 39574.", page: 0 },
    ]);
    expect(pages[0]?.lines.join(" ")).not.toContain("Treaty Series");
  });

  it("does not take a closing date for a note", () => {
    const { footnotes } = extractFootnotes([page("69th plenary meeting", "18 December 2025")]);
    expect(footnotes).toEqual([]);
  });
});

describe("markFootnoteMarkers", () => {
  const notes = ["1", "2", "5", "15"].map((marker) => ({ marker, text: "", page: 0 }));
  const mark = (line: string) =>
    unmark(markFootnoteMarkers([page(line)], notes)[0]?.lines[0] ?? "");

  it("takes markers glued to words and punctuation", () => {
    expect(mark("the 2030 Agenda for Sustainable Development,1 and recalling")).toBe(
      "the 2030 Agenda for Sustainable Development,[1] and recalling",
    );
    expect(mark("the Protocol2 as well as")).toBe("the Protocol[2] as well as");
  });

  it("takes a marker set apart by a space when its note is on the page", () => {
    expect(mark("Reaffirming the Paris Agreement, 15 and encouraging")).toBe(
      "Reaffirming the Paris Agreement,[15] and encouraging",
    );
  });

  it("leaves numbers that count or cite", () => {
    expect(mark("within 15 days of adoption")).toBe("within 15 days of adoption");
    expect(mark("resolution 70/1 of 25 September 2015")).toBe(
      "resolution 70/1 of 25 September 2015",
    );
    expect(mark("paragraphs 1, 2 and 5 of")).toBe("paragraphs 1, 2 and 5 of");
    expect(mark("COVID-19 and G20")).toBe("COVID-19 and G20");
  });
});
