import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { ParseError } from "@mandates/parser";
import { describe, expect, it } from "vitest";
import { buildPdf } from "../../../../packages/parser/src/pdf/pdf.fixture.ts";
import { readPdf } from "./read-pdf.ts";

const corpusPdf = (name: string) =>
  new Uint8Array(
    readFileSync(
      fileURLToPath(new URL(`../../../../../shared/corpus/pdf/${name}`, import.meta.url)),
    ),
  );

/** The ParseError's message, or what else happened. */
async function refusal(bytes: Uint8Array, options = {}): Promise<string> {
  try {
    await readPdf(bytes, options);
    return "read";
  } catch (error) {
    return error instanceof ParseError ? error.message : `not a ParseError: ${error}`;
  }
}

describe("readPdf", () => {
  it("reads each page's lines, pages split by form feeds", async () => {
    const pdf = buildPdf({
      pages: [
        ["Requests the Secretary-General to report", "to the General Assembly (on time);"],
        ["Decides to remain seized of the matter."],
      ],
    });
    const read = await readPdf(pdf);
    expect(read.pages).toBe(2);
    expect(read.text.split("\f").map((page) => page.trim())).toEqual([
      "Requests the Secretary-General to report\nto the General Assembly (on time);",
      "Decides to remain seized of the matter.",
    ]);
  });

  it("leaves the caller's bytes as they were", async () => {
    const pdf = corpusPdf("A_RES_79_286.pdf");
    const copy = pdf.slice();
    await readPdf(pdf);
    expect(pdf).toEqual(copy);
  });

  it("refuses a scanned PDF, which has no text layer", async () => {
    expect(await refusal(buildPdf({ pages: [[], [], []] }))).toBe(
      "This PDF has no text layer (a scanned image?): its pages hold no text to read. Import a PDF with text, or the resolution's text.",
    );
  });

  it("refuses an encrypted PDF", async () => {
    expect(
      await refusal(buildPdf({ pages: [["Requests the Secretary-General"]], encrypted: true })),
    ).toBe(
      "This PDF is encrypted with a password: it cannot be read. Save an unprotected copy, or import its text.",
    );
  });

  it("refuses a PDF cut short, and bytes that only open like a PDF", async () => {
    const whole = corpusPdf("A_RES_80_9.pdf");
    const damaged =
      "This PDF is damaged or cut short: its structure cannot be read. Download it again, or import its text.";
    expect(await refusal(whole.subarray(0, Math.floor(whole.length * 0.4)))).toBe(damaged);
    expect(await refusal(new TextEncoder().encode("%PDF-1.7\nnothing else"))).toBe(damaged);
  });

  it("refuses what is not a PDF", async () => {
    expect(await refusal(new TextEncoder().encode("The General Assembly,"))).toBe(
      "This is not a PDF file: it has no %PDF- header.",
    );
  });

  it("refuses a PDF of more pages than a resolution has, before reading them", async () => {
    const pages = Array.from({ length: 501 }, (_, i) => [`Page ${i + 1} of many words here`]);
    expect(await refusal(buildPdf({ pages }))).toBe(
      "The PDF has 501 pages, over the 500 a resolution is read with: split it, or import its text.",
    );
  });

  it("stops reading once its time is up", async () => {
    expect(await refusal(corpusPdf("A_RES_80_9.pdf"), { timeLimitMs: 0 })).toMatch(
      /^Reading the PDF took over 0 s \(page 0 of 8\), far longer than any resolution takes/,
    );
  });
});
