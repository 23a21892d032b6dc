/**
 * A resolution's PDF through the API (resolutions.importPdf), against the real server on SQLite
 * and PostgreSQL: the official PDF is read in a parser thread and stored as the text read from its
 * pages; a scanned, encrypted, damaged or oversized PDF, or one that is not base64, is refused with
 * a sentence saying why, and nothing is stored; only editors may import.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type AppRouter, TRPCClientError } from "@mandates/client";
import { parseResolution } from "@mandates/parser";
import { readPdf } from "@mandates/server/pdf";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildPdf } from "../../packages/parser/src/pdf/pdf.fixture.ts";
import { type Harness, repoRoot, startHarness } from "./harness.ts";

const officialPdf = readFileSync(join(repoRoot, "../shared/corpus/pdf/A_RES_79_154.pdf"));
const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString("base64");

async function failure(call: Promise<unknown>): Promise<TRPCClientError<AppRouter>> {
  try {
    await call;
  } catch (error) {
    if (error instanceof TRPCClientError) return error as TRPCClientError<AppRouter>;
    throw error;
  }
  throw new Error("the call succeeded");
}

describe.each(["sqlite", "postgres"] as const)("PDF import over HTTP on %s", (dialect) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(dialect);
  });
  afterAll(async () => {
    await h?.close();
  });

  it("stores the official PDF as the text read from its pages, parsed as that text", async () => {
    const editor = await h.signIn("editor");
    const result = await editor.resolutions.importPdf.mutate({
      pdf: base64(officialPdf),
      source: "A_RES_79_154.pdf",
    });
    expect(result).toMatchObject({ status: "stored", symbol: "A/RES/79/154" });
    const { text } = await readPdf(new Uint8Array(officialPdf));
    expect((await editor.resolutions.source.query({ symbol: "A/RES/79/154" })).text).toBe(text);
    const stored = await editor.resolutions.get.query({ symbol: "A/RES/79/154" });
    const parsed = parseResolution(text);
    expect(stored.adopted).toBe("2024-12-17");
    expect(stored.clauses.map((c) => c.text)).toEqual(parsed.clauses.map((c) => c.text));
    expect(stored.obligations).toHaveLength(parsed.obligations.length);
  }, 60_000);

  it.each([
    [
      "a scanned PDF",
      () => buildPdf({ pages: [[], []] }),
      "This PDF has no text layer (a scanned image?): its pages hold no text to read. Import a PDF with text, or the resolution's text.",
    ],
    [
      "an encrypted PDF",
      () => buildPdf({ pages: [["Requests the Secretary-General"]], encrypted: true }),
      "This PDF is encrypted with a password: it cannot be read. Save an unprotected copy, or import its text.",
    ],
    [
      "a PDF cut short",
      () => officialPdf.subarray(0, officialPdf.length / 3),
      "This PDF is damaged or cut short: its structure cannot be read. Download it again, or import its text.",
    ],
    [
      "a PDF of 501 pages",
      () => buildPdf({ pages: Array.from({ length: 501 }, (_, i) => [`Page ${i + 1}`]) }),
      "The PDF has 501 pages, over the 500 a resolution is read with: split it, or import its text.",
    ],
    [
      "a text sent as a PDF",
      () => new TextEncoder().encode("The General Assembly,\n\n1. Requests the Secretary-General"),
      "This is not a PDF file: it has no %PDF- header.",
    ],
  ])(
    "refuses %s (400) in one sentence, storing nothing",
    async (_kind, pdf, message) => {
      const editor = await h.signIn("editor");
      const before = (await editor.resolutions.list.query({})).total;
      const refused = await failure(editor.resolutions.importPdf.mutate({ pdf: base64(pdf()) }));
      expect(refused.data?.code).toBe("BAD_REQUEST");
      expect(refused.data?.httpStatus).toBe(400);
      expect(refused.message).toBe(message);
      expect((await editor.resolutions.list.query({})).total).toBe(before);
    },
    60_000,
  );

  it("refuses a PDF that is not base64 or over its limit before reading it", async () => {
    const editor = await h.signIn("editor");
    const notBase64 = await failure(editor.resolutions.importPdf.mutate({ pdf: "%PDF-1.7 ..." }));
    expect(notBase64.data?.code).toBe("BAD_REQUEST");
    expect(notBase64.message).toContain("the PDF is not base64");
    // 9 MB of base64 is within the 10 MB request, and over the PDF's own limit.
    const over = await failure(editor.resolutions.importPdf.mutate({ pdf: "A".repeat(9_000_004) }));
    expect(over.data?.code).toBe("BAD_REQUEST");
    expect(over.message).toContain("the PDF is over 6.75 MB");
  }, 60_000);

  it("lets only editors import a PDF", async () => {
    const viewer = await h.signIn("viewer");
    const refused = await failure(
      viewer.resolutions.importPdf.mutate({ pdf: base64(officialPdf) }),
    );
    expect(refused.data?.code).toBe("FORBIDDEN");
    expect(
      (await failure(h.anonymous.resolutions.importPdf.mutate({ pdf: "JVBERi0=" }))).data?.code,
    ).toBe("UNAUTHORIZED");
  });
});
