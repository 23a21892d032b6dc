import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { acceptedFileTypes, checkFile, readChosenFile } from "./input-checks.ts";

/** A Word file of the shared corpus, read in place (../shared beside the repository). */
const corpusDocx = (name: string): Uint8Array =>
  new Uint8Array(
    readFileSync(
      fileURLToPath(new URL(`../../../../../shared/corpus/docx/${name}`, import.meta.url)),
    ),
  );

const bytes = (s: string) => new TextEncoder().encode(s);

describe("checkFile", () => {
  it("accepts UTF-8 text and drops a byte-order mark", () => {
    expect(checkFile("a.txt", bytes("\uFEFFThe General Assembly,"))).toEqual({
      ok: true,
      text: "The General Assembly,",
    });
  });
  it("accepts Akoma Ntoso XML as it is, for the parser to read", () => {
    const xml = '<?xml version="1.0" encoding="UTF-8"?>\n<akomaNtoso><statement/></akomaNtoso>';
    expect(checkFile("S_RES_2561.xml", bytes(xml))).toEqual({ ok: true, text: xml });
    expect(acceptedFileTypes.split(",")).toEqual(expect.arrayContaining([".txt", ".xml"]));
  });
  it("refuses PDFs, Word files, binary data, bad encodings and empty files, saying why", () => {
    const refuse = (b: Uint8Array) => {
      const result = checkFile("x", b);
      return result.ok ? "" : result.message;
    };
    expect(refuse(bytes("%PDF-1.7 ..."))).toMatch(/is a PDF/);
    expect(refuse(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2]))).toMatch(/not a \.docx/);
    expect(refuse(new Uint8Array([65, 0, 66]))).toMatch(/binary data/);
    expect(refuse(new Uint8Array([0x41, 0xe9, 0x41]))).toMatch(/not UTF-8/);
    expect(refuse(new Uint8Array())).toMatch(/empty/);
  });
});

describe("readChosenFile", () => {
  it("takes PDFs, and refuses one over 20 MB before loading pdf.js", async () => {
    expect(acceptedFileTypes.split(",")).toEqual(
      expect.arrayContaining([".pdf", "application/pdf"]),
    );
    const big = new Uint8Array(21 * 1024 * 1024);
    big.set(bytes("%PDF-1.7\n"));
    expect(await readChosenFile("big.pdf", big)).toEqual({
      ok: false,
      message: "big.pdf is 21.0 MB; a PDF is read up to 20 MB. Import one resolution at a time.",
    });
  });

  it("reads a Word file's text with the browser's inflation, list numbers in front", async () => {
    const result = await readChosenFile("test_reso.docx", corpusDocx("test_reso.docx"));
    if (!result.ok) throw new Error(result.message);
    expect(result.text).toContain("\n\n1. Urges all member states");
    expect(result.text).toContain("\n\n(f) At least $100 billion annually");
    expect(acceptedFileTypes.split(",")).toContain(".docx");
  });
  it("refuses a Word file cut short, saying so", async () => {
    const cut = corpusDocx("test_reso.docx").subarray(0, 6000);
    expect(await readChosenFile("cut.docx", cut)).toEqual({
      ok: false,
      message: "cut.docx: This Word file is cut short: the end of its ZIP directory is missing.",
    });
  });
  it("refuses damaged compressed data, saying so", async () => {
    const damaged = corpusDocx("test_reso.docx").slice();
    damaged.fill(0xff, damaged.length - 20000, damaged.length - 15000);
    const result = await readChosenFile("damaged.docx", damaged);
    expect(result.ok ? "" : result.message).toMatch(/^damaged\.docx: This Word file is damaged/);
  });
  it("checks other files as before", async () => {
    expect(await readChosenFile("a.txt", new TextEncoder().encode("Text"))).toEqual({
      ok: true,
      text: "Text",
    });
  });
});
