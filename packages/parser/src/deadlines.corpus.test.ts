/**
 * Deadlines read from real texts of the shared corpus: a session dated only through the calendar
 * of the body that holds it, nothing before adoption, events the text schedules, and times
 * counted from an older Council resolution's adoption.
 */
import type { Obligation, Resolution } from "@mandates/domain";
import { describe, expect, it } from "vitest";
import { sharedText } from "../test/shared.ts";
import { parseResolution } from "./parse.ts";

const parse = (path: string) => parseResolution(sharedText(`corpus/${path}`));
const obligationsOf = (r: Resolution, clause: string): Obligation[] =>
  r.obligations.filter((o) => o.clause === clause);

describe("A/RES/79/190 (a session of the Conference of the States Parties, in the past)", () => {
  const r = parse("un-ga-pdftext/A_RES_79_190.txt");

  it("gives paragraph 58 no due date: its sixth session met in 2015, not September 1952", () => {
    const op58 = obligationsOf(r, "op58");
    expect(op58.map((o) => o.action).join(" ")).toMatch(
      /Conference of the States Parties at its sixth session/,
    );
    expect(op58.map((o) => o.deadline)).toEqual(op58.map(() => null));
  });

  it("has no deadline before its adoption", () => {
    for (const o of r.obligations)
      if (o.deadline?.date)
        expect(o.deadline.date >= (r.adopted ?? "").slice(0, 7), o.id).toBe(true);
  });
});

describe("A/RES/79/154 and A/RES/79/152 (sessions of the Commission on the Status of Women)", () => {
  it("dates the Commission's sixty-ninth session, March 2025, for paragraph 9", () => {
    const [op9] = obligationsOf(parse("un-ga-pdftext/A_RES_79_154.txt"), "op9");
    expect(op9?.bearers).toEqual(["csw"]);
    expect(op9?.deadline).toMatchObject({
      text: "at its sixty-ninth and seventieth sessions",
      date: "2025-03",
      session: { body: "csw", number: 69 },
      kind: "deadline",
    });
  });

  it("dates the oral report to the Commission for paragraph 17", () => {
    const [op17] = obligationsOf(parse("un-ga-pdftext/A_RES_79_152.txt"), "op17");
    expect(op17?.deadline?.session).toMatchObject({ body: "csw", number: 69, start: "2025-03" });
  });
});

describe("A/RES/79/286 (the high-level meeting of 24 and 25 November 2025)", () => {
  it("keeps the meeting's first day as paragraph 1's date, an event", () => {
    const [op1] = obligationsOf(parse("un-ga-pdftext/A_RES_79_286.txt"), "op1");
    expect(op1?.deadline).toMatchObject({
      date: "2025-11-24",
      precision: "day",
      kind: "event",
    });
    expect(op1?.deadline?.text).toMatch(/^will be held on Monday, 24 November/);
  });
});

describe("S/RES/687 (1991) (the Council's older layout, OCR'd)", () => {
  const r = parse("un-sc-ocr-1946-1994/S_RES_0687_1991_EN_GOLD.txt");

  it('reads "of 3 Apri] 1991" as its adoption date, with a warning', () => {
    expect(r).toMatchObject({ symbol: "S/RES/687 (1991)", body: "sc", adopted: "1991-04-03" });
    expect(r.warnings).toContain(
      'The adoption date is printed "3 Apri] 1991" and was read as 1991-04-03, through an OCR slip.',
    );
  });

  it('resolves "within fifteen days of the adoption of the present resolution" to 18 April 1991', () => {
    const within = r.obligations.filter((o) => o.deadline?.text.startsWith("within fifteen days"));
    expect(within.length).toBeGreaterThan(0);
    for (const o of within)
      expect(o.deadline).toMatchObject({ date: "1991-04-18", precision: "day", kind: "deadline" });
  });

  it("keeps the vote line, its meeting read through an OCR slip (298Ist)", () => {
    expect(r.vote).toMatchObject({
      meeting: 2981,
      outcome: "vote",
      inFavour: 12,
      against: 1,
      abstaining: 2,
    });
    expect(r.vote?.text).toMatch(/^Adopted at the 298Ist meeting by 12 votes to 1 \(Cuba\)/);
  });
});

describe("S/RES/84 (1950) and S/RES/761 (1992) (the printed layouts before and after 1992)", () => {
  it("reads the vote of 1950 with its abstentions", () => {
    const r = parse("un-sc-ocr-1946-1994/S_RES_0084_1950_EN_GOLD.txt");
    expect(r.origin).toBe("S/1588");
    expect(r.vote).toMatchObject({ meeting: 476, inFavour: 7, against: 0, abstaining: 3 });
  });

  it("reads the cover of 1992: symbol, the date under the meeting, the meeting", () => {
    const r = parse("un-sc-ocr-1946-1994/S_RES_0761_1992_EN_GOLD.txt");
    expect(r).toMatchObject({ symbol: "S/RES/761 (1992)", adopted: "1992-06-29" });
    expect(r.vote).toMatchObject({ meeting: 3087, outcome: null });
  });
});
