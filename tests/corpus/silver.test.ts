import { describe, expect, it } from "vitest";
import { lettersOnly, operativeNumber, type SilverItem, silverOperative } from "./silver.ts";

const op = (prefix: string, text = `paragraph ${prefix}`): SilverItem => ({
  type: "paragraph",
  paragraph_type: "operative",
  prefix,
  text,
});

describe("silverOperative", () => {
  it("takes numbered operative paragraphs in order, leaving sub-items and preamble out", () => {
    const items: SilverItem[] = [
      { type: "paragraph", paragraph_type: "preambular", text: "Recalling ...," },
      op("1."),
      op("(a)"),
      op("2."),
    ];
    expect(silverOperative(items).paragraphs.map((p) => p.number)).toEqual([1, 2]);
  });

  it("stops where the numbering restarts for good: an annex", () => {
    const items = [
      op("1."),
      op("2."),
      { type: "heading", text: "Annex" },
      op("1."),
      op("2."),
      op("3."),
    ];
    const read = silverOperative(items);
    expect(read.paragraphs.map((p) => p.number)).toEqual([1, 2]);
    expect(read.remarks[0]).toMatch(/annex/);
  });

  it("skips a short list quoted inside a paragraph when the numbering resumes after it", () => {
    const items = [op("10."), op("11."), op("1."), op("2."), op("3."), op("12.")];
    expect(silverOperative(items).paragraphs.map((p) => p.number)).toEqual([10, 11, 12]);
  });

  it("reads a number silver left in the text behind an invisible prefix", () => {
    const items = [op("5."), op("\u200d\u200d", "6.\tRequests the Secretary-General"), op("7.")];
    expect(silverOperative(items).paragraphs).toEqual([
      { number: 5, text: "paragraph 5." },
      { number: 6, text: "Requests the Secretary-General" },
      { number: 7, text: "paragraph 7." },
    ]);
  });
});

describe("operativeNumber", () => {
  it("reads arabic prefixes, cleaned of invisible characters, with or without the dot", () => {
    expect(operativeNumber("12.")).toBe(12);
    expect(operativeNumber("\u200e7.\u200e")).toBe(7);
    expect(operativeNumber("26")).toBe(26);
    expect(operativeNumber("(a)")).toBeNull();
    expect(operativeNumber(undefined)).toBeNull();
  });
});

describe("lettersOnly", () => {
  it("keeps lower-case a-z, whichever way an accented letter is encoded", () => {
    expect(lettersOnly("El Ni\u00f1o, 2025: Decides").letters).toBe("elninodecides");
    expect(lettersOnly("El Nin\u0303o").letters).toBe("elnino");
  });
});
