/**
 * The official PDF of A/RES/80/9 (the 2025 Political Declaration on trafficking in persons) read
 * as an upload is, against the same document's text in un-ga-pdftext: the same resolution.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseResolution } from "@mandates/parser";
import { readPdf } from "@mandates/server/pdf";
import { describe, expect, it } from "vitest";
import { gaPdfTextDir } from "./corpus-paths.ts";
import { operativeWords, pdfDir, twinName } from "./pdf-eval.ts";

describe("A/RES/80/9 from its PDF", () => {
  it("parses as its text twin does: symbol, adoption date and operative paragraphs", async () => {
    const { text, pages } = await readPdf(
      new Uint8Array(readFileSync(join(pdfDir, "A_RES_80_9.pdf"))),
    );
    expect(pages).toBe(8);
    const fromPdf = parseResolution(text);
    const fromText = parseResolution(
      readFileSync(join(gaPdfTextDir, twinName("A_RES_80_9.pdf")), "utf8"),
    );
    expect(fromPdf.symbol).toBe("A/RES/80/9");
    expect(fromPdf.adopted).toBe("2025-11-24");
    expect(fromPdf.symbol).toBe(fromText.symbol);
    expect(fromPdf.adopted).toBe(fromText.adopted);
    const operative = (clauses: typeof fromPdf.clauses) =>
      clauses.filter((c) => c.kind === "operative").map(operativeWords);
    expect(operative(fromPdf.clauses).length).toBeGreaterThan(0);
    expect(operative(fromPdf.clauses)).toEqual(operative(fromText.clauses));
  });
});

describe("twinName", () => {
  it("drops the extension and a language suffix", () => {
    expect(twinName("A_RES_73_3-EN.pdf")).toBe("A_RES_73_3.txt");
    expect(twinName("A_C.3_80_L.4.pdf")).toBe("A_C.3_80_L.4.txt");
  });
});
