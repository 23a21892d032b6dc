import { describe, expect, it } from "vitest";
import { checkFile } from "./input-checks.ts";

const bytes = (s: string) => new TextEncoder().encode(s);

describe("checkFile", () => {
  it("accepts UTF-8 text and drops a byte-order mark", () => {
    expect(checkFile("a.txt", bytes("\uFEFFThe General Assembly,"))).toEqual({
      ok: true,
      text: "The General Assembly,",
    });
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
