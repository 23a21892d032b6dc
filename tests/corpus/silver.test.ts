import { describe, expect, it } from "vitest";
import {
  halfOf,
  lettersOnly,
  operativeNumber,
  pairByPosition,
  type SilverItem,
  silverOperative,
  silverStrict,
  symbolOf,
} from "./silver-read.ts";

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

describe("silverStrict", () => {
  it("takes every operative item numbered 'N.' as silver labels it: no annex cut, no invisible prefix read", () => {
    const items = [
      op("1."),
      op("2."),
      op("26"),
      op("\u200d\u200d", "6.\tRequests"),
      { type: "heading", text: "Annex" },
      op("1."),
      op(" 2. "),
    ];
    expect(silverStrict(items).map((p) => p.number)).toEqual([1, 2, 1, 2]);
    expect(silverOperative(items).paragraphs.map((p) => p.number)).toEqual([1, 2, 26]);
  });

  it("pairs by position", () => {
    const clause = (number: number) => ({ number }) as Parameters<typeof pairByPosition>[1][number];
    const pairs = pairByPosition(silverStrict([op("1."), op("3.")]), [clause(1), clause(2)]);
    expect(pairs.map(([p, c]) => [p.number, c?.number])).toEqual([
      [1, 1],
      [3, 2],
    ]);
  });
});

describe("halfOf", () => {
  it("splits by the first byte of sha1(symbol), the same way every run", () => {
    expect(symbolOf("A_RES_78_223")).toBe("A/RES/78/223");
    // sha1("A/RES/78/223") starts 0x0c (even), sha1("A/RES/78/282") 0xff (odd): checked with sha1sum.
    expect(halfOf("A/RES/78/223")).toBe("tuning");
    expect(halfOf("A/RES/78/282")).toBe("held-out");
    const halves = Array.from({ length: 400 }, (_, i) => halfOf(`A/RES/79/${i + 1}`));
    const tuning = halves.filter((h) => h === "tuning").length;
    expect(tuning).toBeGreaterThan(160);
    expect(tuning).toBeLessThan(240);
  });
});
