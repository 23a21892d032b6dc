import { readdirSync } from "node:fs";
import { join } from "node:path";
import { deflateRawSync, inflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { repoRoot, sharedBytes } from "../../test/shared.ts";
import { ParseError } from "../errors.ts";
import { parseResolution } from "../parse.ts";
import { docxText, isDocx } from "./docx.ts";
import { buildZip } from "./zip.fixture.ts";
import { type InflateRaw, maxEntries, maxUnpackedBytes } from "./zip.ts";

/** Node's inflation as the command line gives it: zlib stops past the limit. */
const inflate: InflateRaw = (data, limit) => {
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, limit) });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") return null;
    throw error;
  }
};
const read = (name: string): string => docxText(sharedBytes(`corpus/docx/${name}`), inflate);

function counts(text: string): { preambular: string[]; operative: string[]; items: number[] } {
  const resolution = parseResolution(text);
  return {
    preambular: resolution.clauses.filter((c) => c.kind === "preambular").map((c) => c.verb),
    operative: resolution.clauses.filter((c) => c.kind === "operative").map((c) => c.verb),
    items: resolution.clauses.filter((c) => c.kind === "operative").map((c) => c.items.length),
  };
}

function refusal(run: () => unknown): string {
  try {
    run();
    return "read";
  } catch (error) {
    return error instanceof ParseError ? error.message : `not a ParseError: ${error}`;
  }
}

describe("the Word files of the corpus", () => {
  it("are all recognised as Word files", () => {
    const names = readdirSync(join(repoRoot, "../shared/corpus/docx")).filter((n) =>
      n.endsWith(".docx"),
    );
    expect(names).toHaveLength(4);
    for (const name of names) expect(isDocx(sharedBytes(`corpus/docx/${name}`))).toBe(true);
  });

  it("test1: list numbers written in front, one paragraph per line, a blank line between", () => {
    const text = read("test1.docx");
    expect(text).toContain(
      "Topic: Addressing Climate Change Through International Cooperation\n\nThe United Nations General Assembly,\n\nAlarmed by",
    );
    expect(text).toContain("\n\n1. Urges all member states");
    expect(text).toContain("\n\n(a) Nationally Determined Contributions");
    expect(text).toContain("\n\n(ii) Renewable energy investment frameworks,\n\n2. Calls upon");
    // The document's three preambular phrases and three numbered clauses, with three items each.
    expect(counts(text)).toEqual({
      preambular: ["alarmed", "recognizing", "noting with concern"],
      operative: ["urges", "calls upon", "recommends"],
      items: [3, 3, 3],
    });
  });

  it("test_reso: the third clause's six items; the formula line '(unga)' is read as a preambular paragraph", () => {
    const result = counts(read("test_reso.docx"));
    // The formula, "The United Nations General Assembly (unga),", is not one the parser knows.
    expect(result.preambular).toEqual(["the", "alarmed", "recognizing", "noting with concern"]);
    expect(result.operative).toEqual(["urges", "calls upon", "recommends"]);
    expect(result.items).toEqual([3, 3, 6]);
  });

  it("test_problematic: numbers as Word shows them, restarted lists included", () => {
    const text = read("test_problematic.docx");
    // The clause after 2. starts a new list in the file, so Word numbers it 1. again.
    expect(text).toContain("\n\n1. Recommends the establishment");
    expect(text).toContain(
      "(a) Providing $100 billion annually to the Green Climate Fund,\n\n(a) Establishing",
    );
    const result = counts(text);
    expect(result.preambular).toEqual(["alarmed", "recognizing", "noting with concern"]);
    expect(result.operative).toEqual(["urges", "calls upon", "recommends"]);
  });

  it("test_no_line_space: three numbered lines and three of text, which is no resolution", () => {
    const text = read("test_no_line_space.docx");
    expect(text.split("\n\n")).toEqual([
      "1. Blah blah blah",
      "2. Blah blah blah",
      "3. Something else",
      "Some text",
      "Some other text",
      "Another line of text",
    ]);
    expect(refusal(() => parseResolution(text))).toMatch(/does not look like a resolution/);
  });
});

describe("damaged and other files", () => {
  const whole = sharedBytes("corpus/docx/test1.docx");

  it("refuses a file cut short", () => {
    expect(refusal(() => docxText(whole.subarray(0, 5000), inflate))).toBe(
      "This Word file is cut short: the end of its ZIP directory is missing.",
    );
  });

  it("refuses a file that is not a ZIP archive", () => {
    const pdf = new TextEncoder().encode("%PDF-1.7\n1 0 obj\n<< >>\nendobj\n");
    expect(isDocx(pdf)).toBe(false);
    expect(refusal(() => docxText(pdf, inflate))).toBe(
      "This is not a Word file: it is not a ZIP archive.",
    );
  });

  it("refuses damaged compressed data", () => {
    const damaged = whole.slice();
    const at = damaged.length - 9000;
    damaged.fill(0xff, at, at + 2000);
    expect(refusal(() => docxText(damaged, inflate))).toMatch(/^This Word file is damaged: /);
  });

  it("refuses a ZIP archive with no word/document.xml, and an encrypted one", () => {
    const other = buildZip([{ name: "hello.txt", text: "hello" }]);
    expect(isDocx(other)).toBe(false);
    expect(refusal(() => docxText(other, inflate))).toBe(
      "This is not a Word document: it has no word/document.xml.",
    );
    const locked = buildZip([{ name: "word/document.xml", text: "<x/>", flags: 1 }]);
    expect(refusal(() => docxText(locked, inflate))).toBe(
      "This Word file is encrypted: save it without a password.",
    );
  });

  it("refuses a document that is not well-formed XML", () => {
    const broken = buildZip([{ name: "word/document.xml", text: "<w:document><w:body>" }]);
    expect(refusal(() => docxText(broken, inflate))).toBe(
      "This Word file is damaged: word/document.xml is not well-formed XML.",
    );
  });
});

describe("files that unpack to too much (issue 8)", () => {
  const megabytes = (n: number) => n * 1024 * 1024;
  // 60 MB of zeros deflate to about 60 KB: a small file that unpacks to more than the limit.
  const zeros = deflateRawSync(new Uint8Array(megabytes(60)));
  const document = (data: Uint8Array, size: number) => ({
    name: "word/document.xml",
    data,
    method: 8,
    size,
  });
  const tooLarge =
    "The Word file unpacks to over 50 MB (word/document.xml), more than a document is read from: save its text as .txt and import that.";

  it("refuses a part that says it unpacks to over 50 MB, without unpacking it", () => {
    const bomb = buildZip([document(zeros, megabytes(60))]);
    expect(bomb.length).toBeLessThan(100_000);
    const asked: number[] = [];
    const spy: InflateRaw = (data, limit) => {
      asked.push(limit);
      return inflate(data, limit);
    };
    expect(refusal(() => docxText(bomb, spy))).toBe(tooLarge);
    expect(asked).toEqual([]);
  });

  it("refuses a part that says it is small but unpacks to over 50 MB, stopping at the limit", () => {
    const bomb = buildZip([document(zeros, 1000)]);
    const asked: number[] = [];
    const spy: InflateRaw = (data, limit) => {
      asked.push(limit);
      return inflate(data, limit);
    };
    expect(refusal(() => docxText(bomb, spy))).toBe(tooLarge);
    expect(asked).toEqual([maxUnpackedBytes]);
    // An inflation that ignores the limit is refused all the same once it is over.
    expect(refusal(() => docxText(bomb, (data) => inflateRawSync(data)))).toBe(tooLarge);
  });

  it("counts the document and its list definitions together", () => {
    const thirty = deflateRawSync(new Uint8Array(megabytes(30)));
    const bomb = buildZip([
      document(thirty, megabytes(30)),
      { name: "word/numbering.xml", data: thirty, method: 8, size: megabytes(30) },
    ]);
    expect(refusal(() => docxText(bomb, inflate))).toBe(
      tooLarge.replace("word/document.xml", "word/numbering.xml"),
    );
  });

  it(`refuses more than ${maxEntries.toLocaleString("en")} parts, and reads as many`, () => {
    const text = "<w:document><w:body><w:p><w:r><w:t>Hello</w:t></w:r></w:p></w:body></w:document>";
    const parts = (count: number) => [
      { name: "word/document.xml", text },
      ...Array.from({ length: count - 1 }, (_, i) => ({ name: `word/media/${i}.txt`, text: "" })),
    ];
    expect(docxText(buildZip(parts(maxEntries)), inflate)).toBe("Hello");
    expect(refusal(() => docxText(buildZip(parts(maxEntries + 1)), inflate))).toBe(
      "The Word file holds 2,001 parts, over the 2,000 a document is read with: save it again, or save its text as .txt and import that.",
    );
  });
});
