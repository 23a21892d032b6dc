import { describe, expect, it } from "vitest";
import { acceptedFileTypes, checkFile } from "./input-checks.ts";

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
    expect(refuse(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2]))).toMatch(/Word document/);
    expect(refuse(new Uint8Array([65, 0, 66]))).toMatch(/binary data/);
    expect(refuse(new Uint8Array([0x41, 0xe9, 0x41]))).toMatch(/not UTF-8/);
    expect(refuse(new Uint8Array())).toMatch(/empty/);
  });
});
