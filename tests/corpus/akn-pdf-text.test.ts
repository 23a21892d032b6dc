import { describe, expect, it } from "vitest";
import { type MarkupBlock, type MarkupResolution, NOTE_CLOSE, NOTE_OPEN } from "./akn-markup.ts";
import { footnoteSeparator, renderPdfText } from "./akn-pdf-text.ts";

const words = (n: number, seed: string) =>
  Array.from({ length: n }, (_, i) =>
    i % 3 === 1 ? "self-determination" : `${seed}${i % 7 === 3 ? "-General" : ""}`,
  ).join(" ");

function resolution(paragraphs: number, noteAt: number | null): MarkupResolution {
  const body: MarkupBlock[] = Array.from({ length: paragraphs }, (_, i) => ({
    kind: "paragraph",
    number: `${i + 1}.`,
    headings: [],
    lines: [
      `Decides ${words(40, `word${i}`)}${i === noteAt ? `${NOTE_OPEN}0${NOTE_CLOSE}` : ""} end;`,
    ],
    italicLead: "Decides",
    emphasizedLead: "Decides",
    items: [{ label: "(a)", heading: null, text: "to report;", items: [] }],
    tail: [],
  }));
  return {
    symbol: "S/RES/9999 (2099)",
    cover: [
      "United Nations",
      "S/RES/9999 (2099)",
      "Security Council",
      "Distr.: General",
      "3 March 2099",
      "Resolution 9999 (2099)",
    ],
    preface: [],
    formula: "The Security Council,",
    preamble: [{ kind: "preambular", text: "Recalling its resolutions," }],
    body,
    annexes: [[{ kind: "other", lines: ["Annexed text."] }]],
    notes: [{ marker: "1", text: "S/2099/1, annex." }],
  };
}

const pagesOf = (text: string) => text.split("\n\n");

describe("renderPdfText", () => {
  it("wraps at a PDF's line width, breaking hyphenated words only at their hyphens", () => {
    const text = renderPdfText(resolution(3, null), "a.xml");
    const lines = text.split("\n");
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(91);
    expect(lines.filter((l) => l.length > 60).length).toBeGreaterThan(10);
    const hyphenated = lines.filter((l) => l.endsWith("-"));
    expect(hyphenated.length).toBeGreaterThan(0);
    for (const line of hyphenated) expect(line).toMatch(/(self|Secretary|word\d+)-$/);
    const letters = (s: string) => s.replace(/[^a-z0-9]/gi, "");
    // One page: every word is there, in order.
    const body = resolution(3, null).body.map((b) => (b.kind === "paragraph" ? b.lines[0] : ""));
    for (const paragraph of body) expect(letters(text)).toContain(letters(paragraph ?? ""));
  });

  it("breaks pages after about 45 lines, each later page under a running header", () => {
    const text = renderPdfText(resolution(40, null), "b.xml");
    const pages = pagesOf(text);
    expect(pages.length).toBeGreaterThan(5);
    pages.slice(1).forEach((page, i) => {
      const head = page.split("\n").slice(0, 5).join("\n");
      expect(head).toContain("S/RES/9999 (2099)");
      expect(head).toMatch(new RegExp(`(^|\\n)${i + 2}/${pages.length}\\b`));
      expect(head).toMatch(/\d{2}-\d{5}/);
      const textLines = page.split("\n").filter((l) => l.trim() !== "").length;
      expect(textLines).toBeLessThanOrEqual(47 + 4);
    });
    expect(pages[0]).toMatch(/\d{2}-\d{5} \(E\) {4}030399 \n\*\d{7}\* /);
    expect(pages[pages.length - 1]).toMatch(/^S\/RES[^\n]*\n[\s\S]*\nAnnex \n \nAnnexed text\. /);
  });

  it("prints a footnote at the foot of the page where its marker falls", () => {
    const text = renderPdfText(resolution(40, 20), "c.xml");
    const pages = pagesOf(text);
    const withMarker = pages.findIndex(
      (p) => /word20 end;/.test(p) || /word20(1| 1 ) end;/.test(p),
    );
    expect(withMarker).toBeGreaterThan(0);
    const page = pages[withMarker] as string;
    expect(page).toMatch(/word20 ?1 ? end;/);
    expect(page).toContain(`${footnoteSeparator} \n \n1 S/2099/1, annex. `);
    expect(page.trimEnd().endsWith("1 S/2099/1, annex.")).toBe(true);
    expect(pages.filter((p) => p.includes(footnoteSeparator))).toHaveLength(1);
  });

  it("renders the same file the same way, and other files with other variants", () => {
    const r = resolution(10, null);
    expect(renderPdfText(r, "x.xml")).toBe(renderPdfText(r, "x.xml"));
    const variants = new Set(
      ["a", "b", "c", "d", "e", "f", "g", "h"].map((f) => renderPdfText(r, `${f}.xml`)),
    );
    expect(variants.size).toBeGreaterThan(4);
    const labelsApart = [...variants].some((t) => /\n1\. \nDecides/.test(t));
    const labelsInline = [...variants].some((t) => /\n1\. Decides/.test(t));
    expect([labelsApart, labelsInline]).toEqual([true, true]);
  });
});
