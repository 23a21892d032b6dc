import { copyFile, mkdir, mkdtemp, open, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { Readable } from "node:stream";
import { deflateRawSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildZip } from "../../../packages/parser/src/docx/zip.fixture.ts";
import { buildPdf } from "../../../packages/parser/src/pdf/pdf.fixture.ts";
import {
  DEFAULT_SIZE_LIMIT,
  decodeInput,
  describeInputError,
  firstInvalidUtf8,
  formatSize,
  type InputResult,
  inflateBounded,
  readInput,
} from "./read-input.ts";
import { seedFile, sharedDir } from "./test-paths.ts";

let dir: string;
const at = (name: string) => join(dir, name);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "mandates-read-input-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function expectError(result: InputResult, code: string) {
  if (result.ok) throw new Error(`expected ${code}, got text of ${result.value.bytes} bytes`);
  expect(result.error.code).toBe(code);
  expect(result.error.message).not.toContain("\n");
  return result.error;
}

function expectText(result: InputResult) {
  if (!result.ok) throw new Error(`expected text, got ${describeInputError(result.error)}`);
  return result.value;
}

describe("readInput: files that are not there or not files", () => {
  it("refuses a missing file", async () => {
    const error = expectError(await readInput(at("missing.txt")), "not-found");
    expect(describeInputError(error)).toBe(`${at("missing.txt")}: no such file`);
  });

  it("refuses a directory", async () => {
    await mkdir(at("folder"));
    expectError(await readInput(at("folder")), "is-directory");
  });
});

describe("readInput: empty and binary files", () => {
  it("refuses a 0-byte file", async () => {
    await writeFile(at("empty.txt"), "");
    const error = expectError(await readInput(at("empty.txt")), "empty");
    expect(error.message).toContain("0 bytes");
  });

  it("refuses a file of whitespace only", async () => {
    await writeFile(at("blank.txt"), " \n\t\r\n  \n");
    expect(expectError(await readInput(at("blank.txt")), "empty").message).toContain("whitespace");
  });

  it("refuses a file with NUL bytes", async () => {
    await writeFile(
      at("nul.txt"),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
    );
    expect(expectError(await readInput(at("nul.txt")), "binary").message).toContain("NUL");
  });

  it("refuses a file full of control characters, but accepts form feeds and tabs", async () => {
    const noisy = Buffer.alloc(4000);
    for (let i = 0; i < noisy.length; i++) noisy[i] = i % 3 === 0 ? 0x01 + (i % 7) : 0x61;
    await writeFile(at("control.txt"), noisy);
    expect(expectError(await readInput(at("control.txt")), "binary").message).toMatch(
      /\d+% control/,
    );

    await writeFile(at("pages.txt"), "Page one\tend\n\fPage two\n\fPage three\n");
    expect(expectText(await readInput(at("pages.txt"))).text).toContain("\fPage two");
  });
});

describe("readInput: encodings", () => {
  it("reports where invalid UTF-8 is", async () => {
    // "café" in Windows-1252 on the second line.
    await writeFile(at("latin1.txt"), Buffer.from("First line\nLe caf\xe9 noir\n", "latin1"));
    const error = expectError(await readInput(at("latin1.txt")), "invalid-encoding");
    expect(error.message).toContain("UTF-8");
    expect(error.message).toContain("0xE9");
    expect(error.message).toContain("line 2, column 7");
    expect(error.message).toContain("byte offset 17");
  });

  it("accepts and strips a UTF-8 byte-order mark", async () => {
    await writeFile(
      at("bom.txt"),
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("The General Assembly,\n")]),
    );
    const value = expectText(await readInput(at("bom.txt")));
    expect(value.text).toBe("The General Assembly,\n");
    expect(value.bom).toBe(true);
    expect(value.encoding).toBe("utf-8");
  });

  it("decodes UTF-16 with a byte-order mark, both byte orders", async () => {
    const le = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from("Décide de rester saisi,", "utf16le"),
    ]);
    await writeFile(at("utf16le.txt"), le);
    const value = expectText(await readInput(at("utf16le.txt")));
    expect(value.text).toBe("Décide de rester saisi,");
    expect(value.encoding).toBe("utf-16le");

    const be = Buffer.from(le.subarray(2)).swap16();
    await writeFile(at("utf16be.txt"), Buffer.concat([Buffer.from([0xfe, 0xff]), be]));
    expect(expectText(await readInput(at("utf16be.txt"))).text).toBe("Décide de rester saisi,");
  });

  it("says so when UTF-16 has no byte-order mark", async () => {
    await writeFile(at("utf16-nobom.txt"), Buffer.from("The General Assembly,\n", "utf16le"));
    expect(expectError(await readInput(at("utf16-nobom.txt")), "utf16-no-bom").message).toContain(
      "UTF-16LE",
    );
  });

  it("refuses binary content behind a UTF-16 byte-order mark", () => {
    const bytes = Uint8Array.from([0xff, 0xfe, 0x41, 0, 0, 0, 0x42, 0]);
    expect(decodeInput(bytes)).toMatchObject({ ok: false, code: "binary" });
  });

  it("finds the first invalid UTF-8 sequence", () => {
    const b = (...xs: number[]) => Uint8Array.from(xs);
    expect(firstInvalidUtf8(new TextEncoder().encode("ascii é € 😀"))).toBe(-1);
    expect(firstInvalidUtf8(b(0x61, 0xc0, 0x80))).toBe(1); // overlong
    expect(firstInvalidUtf8(b(0x61, 0x62, 0xed, 0xa0, 0x80))).toBe(2); // surrogate
    expect(firstInvalidUtf8(b(0x61, 0xe2, 0x82))).toBe(1); // cut short at the end
    expect(firstInvalidUtf8(b(0x80))).toBe(0); // lone continuation byte
    expect(firstInvalidUtf8(b(0xf4, 0x90, 0x80, 0x80))).toBe(0); // above U+10FFFF
  });
});

describe("readInput: files of other formats", () => {
  it("reads a real Word .docx, even renamed .txt, as the text of its document", async () => {
    await copyFile(resolve(sharedDir, "corpus/docx/test1.docx"), at("resolution.txt"));
    const result = await readInput(at("resolution.txt"));
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.text).toContain("\n\n1. Urges all member states");
    expect(result.value.text).toContain("\n\n(a) Nationally Determined Contributions");
  });

  it("refuses a Word .docx cut short, saying why", async () => {
    const whole = await readFile(resolve(sharedDir, "corpus/docx/test1.docx"));
    await writeFile(at("cut.docx"), whole.subarray(0, 4000));
    const error = expectError(await readInput(at("cut.docx")), "docx");
    expect(error.message).toBe(
      "cannot be read as a Word document: This Word file is cut short: the end of its ZIP directory is missing.",
    );
  });

  it("refuses a Word file that unpacks to over 50 MB (a zip bomb), naming the limit", async () => {
    // 60 MB of zeros deflate to about 60 KB; the directory claims 1,000 bytes, so only the bound
    // on inflation itself can stop it.
    const zeros = deflateRawSync(new Uint8Array(60 * 1024 * 1024));
    const bomb = buildZip([{ name: "word/document.xml", data: zeros, method: 8, size: 1000 }]);
    await writeFile(at("bomb.docx"), bomb);
    const error = expectError(await readInput(at("bomb.docx")), "docx");
    expect(error.message).toBe(
      "cannot be read as a Word document: The Word file unpacks to over 50 MB (word/document.xml), more than a document is read from: save its text as .txt and import that.",
    );
  });

  it("inflates up to a limit and no further", () => {
    const zeros = deflateRawSync(new Uint8Array(4 * 1024 * 1024));
    expect(inflateBounded(zeros, 4 * 1024 * 1024)?.length).toBe(4 * 1024 * 1024);
    expect(inflateBounded(zeros, 1024 * 1024)).toBeNull();
    expect(() => inflateBounded(new Uint8Array([0xff, 0xff, 0xff]), 100)).toThrow();
  });

  it("refuses another ZIP archive", async () => {
    const zip = Buffer.concat([
      Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]),
      Buffer.from("data.csv...."),
    ]);
    await writeFile(at("archive.txt"), zip);
    expect(expectError(await readInput(at("archive.txt")), "zip").message).toContain("ZIP archive");
  });

  it("reads a real PDF, even renamed .txt, as the text of its pages", async () => {
    await copyFile(resolve(sharedDir, "corpus/pdf/A_RES_79_154.pdf"), at("resolution-pdf.txt"));
    const value = expectText(await readInput(at("resolution-pdf.txt")));
    expect(value.text.split("\f").length).toBe(14);
    expect(value.text).toContain("A/RES/79/154");
    expect(value.text).toContain("The General Assembly,");
  });

  it("refuses a PDF cut short, a scanned PDF and an encrypted one, saying why", async () => {
    const whole = await readFile(resolve(sharedDir, "corpus/pdf/A_RES_79_154.pdf"));
    await writeFile(at("cut.pdf"), whole.subarray(0, whole.length / 3));
    expect(expectError(await readInput(at("cut.pdf")), "pdf").message).toBe(
      "cannot be read as a PDF file: This PDF is damaged or cut short: its structure cannot be read. Download it again, or import its text.",
    );
    await writeFile(at("scan.pdf"), buildPdf({ pages: [[], []] }));
    expect(expectError(await readInput(at("scan.pdf")), "pdf").message).toContain(
      "This PDF has no text layer (a scanned image?)",
    );
    await writeFile(at("locked.pdf"), buildPdf({ pages: [["Decides"]], encrypted: true }));
    expect(expectError(await readInput(at("locked.pdf")), "pdf").message).toContain(
      "This PDF is encrypted with a password",
    );
  });

  it("refuses a legacy .doc and an RTF file", () => {
    const ole = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    expect(decodeInput(ole)).toMatchObject({ ok: false, code: "office-legacy" });
    const rtf = new TextEncoder().encode("{\\rtf1\\ansi The General Assembly}");
    expect(decodeInput(rtf)).toMatchObject({ ok: false, code: "rtf" });
  });
});

describe("readInput: size limit", () => {
  it("refuses a 50 MB file from its size, before reading it, naming size and limit", async () => {
    // Sparse: 50 MB of NULs that take no disk. Reading it would say "binary", not "too-large".
    const handle = await open(at("huge.txt"), "w");
    await handle.truncate(50 * 1024 * 1024);
    await handle.close();
    const started = performance.now();
    const error = expectError(await readInput(at("huge.txt")), "too-large");
    expect(performance.now() - started).toBeLessThan(2000);
    expect(error.message).toContain("50 MB");
    expect(error.message).toContain("20 MB");
    expect(DEFAULT_SIZE_LIMIT).toBe(20 * 1024 * 1024);
  });

  it("takes its limit as an option", async () => {
    await writeFile(at("two-kb.txt"), "a".repeat(2048));
    expectError(await readInput(at("two-kb.txt"), { sizeLimit: 1024 }), "too-large");
    expectText(await readInput(at("two-kb.txt"), { sizeLimit: 4096 }));
  });

  it("formats sizes", () => {
    expect(formatSize(20 * 1024 * 1024)).toBe("20 MB");
    expect(formatSize(1.5 * 1024 * 1024)).toBe("1.5 MB");
    expect(formatSize(2048)).toBe("2.0 KB");
    expect(formatSize(12)).toBe("12 bytes");
  });
});

describe("readInput: standard input and the seed", () => {
  it("reads - from the given stream", async () => {
    const stdin = Readable.from([
      Buffer.from("The Economic and "),
      Buffer.from("Social Council,\n"),
    ]);
    const value = expectText(await readInput("-", { stdin }));
    expect(value.text).toBe("The Economic and Social Council,\n");
    expect(value.file).toBe("-");
  });

  it("stops reading standard input past the limit", async () => {
    const stdin = Readable.from([Buffer.alloc(800, 0x61), Buffer.alloc(800, 0x61)]);
    const error = expectError(await readInput("-", { stdin, sizeLimit: 1000 }), "too-large");
    expect(describeInputError(error)).toMatch(/^standard input: /);
  });

  it("reads the seed resolution", async () => {
    const value = expectText(await readInput(seedFile));
    expect(value.text).toContain("Economic and Social Council");
    expect(value.encoding).toBe("utf-8");
  });
});
