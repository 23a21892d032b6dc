/**
 * Real documents from the shared corpus, one per layout the parser must read: PDF text of an
 * adopted Assembly resolution, a draft, a resolution with sections, one whose declaration is
 * annexed, one quoting a numbered agenda, and the Council's older printed layout.
 */
import { describe, expect, it } from "vitest";
import { sharedText } from "../test/shared.ts";
import { ParseError } from "./errors.ts";
import { parseResolution } from "./parse.ts";

const parse = (path: string) => parseResolution(sharedText(`corpus/${path}`));
const operative = (r: ReturnType<typeof parse>) => r.clauses.filter((c) => c.kind === "operative");
const allText = (r: ReturnType<typeof parse>) =>
  r.clauses.map((c) => [c.text, ...c.items.map((i) => i.text)].join(" ")).join("\n");

describe("A/RES/80/228 (PDF text with running headers and footnotes)", () => {
  const r = parse("un-ga-pdftext/A_RES_80_228.txt");

  it("reads the front matter", () => {
    expect(r).toMatchObject({
      symbol: "A/RES/80/228",
      body: "ga",
      adopted: "2025-12-18",
      distributed: "2025-12-22",
      session: "Eightieth session",
      agendaItem: "107",
      draft: false,
      title: "Improving the coordination of efforts against trafficking in persons",
    });
    expect(r.origin).toBe("on the report of the Third Committee (A/80/545, para. 5)");
    expect(r.meeting).toMatch(/^69th plenary meeting/);
  });

  it("keeps headers, job numbers and footnote bodies out of the paragraphs", () => {
    const text = allText(r);
    expect(text).not.toMatch(/25-20946|\d+\/14\b|A\/RES\/80\/228|Treaty Series/);
    expect(operative(r)).toHaveLength(38);
    expect(r.footnotes.length).toBeGreaterThan(30);
  });

  it("rejoins a paragraph cut by a page break and its footnotes", () => {
    const recalling = r.clauses.find((c) =>
      c.text.startsWith("Recalling the adoption by the General Assembly of the 2030 Agenda"),
    );
    expect(recalling?.text).toContain(
      "recalling also the targets of the Sustainable Development Goals on eliminating",
    );
    expect(recalling?.text).not.toMatch(/Development,1|exploitation, 2/);
  });

  it("asks the Secretary-General for a report at the eighty-second session", () => {
    const report = r.obligations.find((o) => o.clause === "op38");
    expect(report?.bearers).toEqual(["sg"]);
    expect(report?.reportTo).toBe("ga");
    expect(report?.deadline?.session).toMatchObject({ body: "ga", number: 82 });
    expect(report?.deadline?.year).toBe(2027);
  });
});

describe("A/C.3/80/L.4 (a draft)", () => {
  const r = parse("un-ga-pdftext/A_C.3_80_L.4.txt");
  it("is a draft with its own symbol and title", () => {
    expect(r).toMatchObject({ symbol: "A/C.3/80/L.4", draft: true, adopted: null });
    expect(r.title).toBe("Improving the coordination of efforts against trafficking in persons");
  });
});

describe("A/RES/78/234 (sections I to VIII)", () => {
  const r = parse("un-ga-pdftext/A_RES_78_234.txt");
  it("reads the sections and their headings", () => {
    const sections = [...new Set(operative(r).map((c) => c.section?.label))];
    expect(sections).toEqual(["I", "II", "III", "IV", "V", "VI", "VII", "VIII"]);
    expect(operative(r).find((c) => c.number === 9)?.section?.heading).toBe(
      "International Decade for People of African Descent",
    );
    expect(operative(r)).toHaveLength(55);
    expect(r.meeting).toMatch(/^50th \(resumed\) plenary meeting/);
  });
});

describe("A/RES/78/3 (a declaration in an annex)", () => {
  const r = parse("un-ga-pdftext/A_RES_78_3.txt");
  const own = r.clauses.filter((c) => c.annex === undefined);
  const annexed = r.clauses.filter((c) => c.annex !== undefined);

  it("counts the one operative paragraph and keeps the annex apart", () => {
    expect(own.filter((c) => c.kind === "operative").map((c) => c.lead)).toEqual(["Adopts"]);
    expect(r.annexes).toHaveLength(1);
    expect(r.annexes[0]).toMatchObject({
      id: "annex1",
      heading: "Annex",
      title:
        "Political declaration of the General Assembly high-level meeting on pandemic prevention, preparedness and response",
    });
    expect(r.annexes[0]?.text.length).toBeGreaterThan(10_000);
  });

  it("reads the declaration's 78 paragraphs as clauses of the annex, numbered as printed", () => {
    expect(annexed.every((c) => c.annex === "annex1" && c.id.startsWith("annex1-"))).toBe(true);
    const numbered = annexed.filter((c) => c.kind === "operative").map((c) => c.number);
    expect(numbered).toEqual(Array.from({ length: 78 }, (_, i) => i + 1));
    expect(annexed.find((c) => c.number === 30)?.section?.heading).toBe("Call to action");
  });

  it("reads what the heads of State ask and commit to as obligations", () => {
    const request = r.obligations.find((o) => o.clause === "annex1-op77");
    expect(request).toMatchObject({ verb: "requests", bearers: ["sg"] });
    const commit = r.obligations.find((o) => o.clause === "annex1-op40");
    expect(commit).toMatchObject({ verb: "commits", bearers: ["member-states"] });
    // "Reaffirm our commitment to the Addis Ababa Action Agenda" asks nothing new.
    expect(r.obligations.filter((o) => o.clause === "annex1-op4")).toEqual([]);
  });
});

describe("A/RES/78/223 (a numbered agenda quoted in a paragraph)", () => {
  const r = parse("un-ga-pdftext/A_RES_78_223.txt");
  it("reads the agenda as items of paragraph 11 and goes on to paragraph 24", () => {
    expect(operative(r).map((c) => c.number)).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
    expect(operative(r)[10]?.items.map((i) => i.label)).toEqual([
      "1.",
      "2.",
      "3.",
      "4.",
      "5.",
      "6.",
      "7.",
    ]);
  });
});

describe("S/RES/84 (1950) (the Council's printed layout)", () => {
  const r = parse("un-sc-ocr-1946-1994/S_RES_0084_1950_EN_GOLD.txt");
  it("reads symbol, date, preamble and operative paragraphs", () => {
    expect(r).toMatchObject({ symbol: "S/RES/84 (1950)", body: "sc", adopted: "1950-07-07" });
    expect(r.clauses.filter((c) => c.kind === "preambular")).toHaveLength(2);
    expect(operative(r).map((c) => c.verb)).toEqual([
      "welcomes",
      "notes",
      "recommends",
      "requests",
      "authorizes",
      "requests",
    ]);
    expect(r.meeting).toMatch(/^Adopted at the 476th meeting/);
  });
});

describe("S/RES/1 (1946) (no enacting formula; the organ names itself in each paragraph)", () => {
  const r = parse("un-sc-ocr-1946-1994/S_RES_0001_1946_EN_GOLD.txt");
  it("reads the verbs after the organ's name", () => {
    expect(r.symbol).toBe("S/RES/1 (1946)");
    expect(operative(r).map((c) => c.verb)).toEqual(["requests", "directs", "directs"]);
    expect(r.warnings.join(" ")).toMatch(/enacting formula/);
  });
});

describe("texts that are not resolutions", () => {
  it("refuses an amendment", () => {
    expect(() => parse("un-ga-pdftext/A_80_L.19.txt")).toThrow(/amendment/);
  });
  it("refuses a note by the Secretariat, numbered paragraphs and all", () => {
    expect(() => parse("un-ga-pdftext/A_C.2_80_L.1.txt")).toThrow(/Note by the Secretariat/);
  });
  it("refuses a treaty", () => {
    expect(() => parse("treaties/BWBV0001749_en.md")).toThrow(ParseError);
  });
  it("refuses empty text and binary data", () => {
    expect(() => parseResolution("  \n ")).toThrow(/empty/);
    expect(() => parseResolution("\u0000\u0001\u0002PK\u0003\u0004".repeat(50))).toThrow(/binary/);
  });
});
