/**
 * Reads one input of the mandates command (a file path, or "-" for standard input) and decides
 * whether it is text the parser can be given; a Word file (.docx) gives the text of its document,
 * a PDF the text of its pages (pdf.js, loaded on the first PDF only). Everything a user may hand us
 * by mistake (a folder, an empty file, a scanned or damaged PDF, a binary, a file in another
 * encoding, a huge file) comes back as a typed error with a one-line message instead of an
 * exception, so callers can report it and go on with the next file.
 */
import { readFileSync, statSync } from "node:fs";
import type { FileHandle } from "node:fs/promises";
import { open } from "node:fs/promises";
import { inflateRawSync } from "node:zlib";
import { docxText, isDocx, isPdf, ParseError } from "@mandates/parser";
import { STDIN_NAME } from "./parallel/outcome.ts";

/** 20 MB: the longest UN resolution with annexes is well under 1 MB of text. */
export const DEFAULT_SIZE_LIMIT = 20 * 1024 * 1024;

/** A PDF's pages are read within the time the server's parser threads give a text. */
export const PDF_TIME_LIMIT_MS = 10_000;

export { STDIN_NAME };

export type InputErrorCode =
  | "not-found"
  | "is-directory"
  | "permission-denied"
  | "unreadable"
  | "empty"
  | "too-large"
  | "zip"
  | "docx"
  | "pdf"
  | "office-legacy"
  | "rtf"
  | "utf16-no-bom"
  | "utf32"
  | "binary"
  | "invalid-encoding";

export interface InputError {
  code: InputErrorCode;
  /** The input as named by the user ("-" for standard input). */
  file: string;
  /** One line, without the file name: "is empty (0 bytes)". */
  message: string;
}

export type TextEncoding = "utf-8" | "utf-16le" | "utf-16be";

export interface InputText {
  file: string;
  /** The decoded text, byte-order mark removed. */
  text: string;
  /** Size of the input in bytes, as read. */
  bytes: number;
  encoding: TextEncoding;
  bom: boolean;
}

export type InputResult = { ok: true; value: InputText } | { ok: false; error: InputError };

export interface ReadInputOptions {
  /** Largest input accepted, in bytes (default 20 MB). */
  sizeLimit?: number;
  /** Read when the file is "-" (default process.stdin). */
  stdin?: AsyncIterable<Uint8Array | string>;
}

/** "is empty (0 bytes)" → "FILE: is empty (0 bytes)", for stderr. */
export function describeInputError(error: InputError): string {
  const name = error.file === STDIN_NAME ? "standard input" : error.file;
  return `${name}: ${error.message}`;
}

/** Reads and checks one input. Never throws for a bad input; only for a bug. */
export async function readInput(
  file: string,
  options: ReadInputOptions = {},
): Promise<InputResult> {
  const limit = options.sizeLimit ?? DEFAULT_SIZE_LIMIT;
  const fail = (code: InputErrorCode, message: string): InputResult => ({
    ok: false,
    error: { code, file, message },
  });

  let bytes: Uint8Array;
  if (file === STDIN_NAME) {
    const read = await readBounded(options.stdin ?? process.stdin, limit);
    if (read === "too-large") {
      return fail("too-large", `is larger than the ${formatSize(limit)} limit`);
    }
    bytes = read;
  } else if (isRegularFile(file)) {
    const read = readRegularFile(file, limit);
    if ("error" in read) return fail(...read.error);
    bytes = read.bytes;
  } else {
    let handle: FileHandle;
    try {
      handle = await open(file, "r");
    } catch (error) {
      return fail(...openErrorOf(error));
    }
    try {
      const stat = await handle.stat();
      if (stat.isDirectory()) {
        return fail("is-directory", "is a directory, not a file (name the files in it instead)");
      }
      // Refuse a large regular file from its size alone, before reading any of it.
      if (stat.isFile() && stat.size > limit) {
        return fail(
          "too-large",
          `is ${formatSize(stat.size)}, over the ${formatSize(limit)} limit for one input`,
        );
      }
      // FIFOs and devices report no size: read them with the same limit.
      const read = await readBounded(handle.createReadStream({ autoClose: false }), limit);
      if (read === "too-large") {
        return fail("too-large", `is larger than the ${formatSize(limit)} limit for one input`);
      }
      bytes = read;
    } catch (error) {
      return fail(...openErrorOf(error));
    } finally {
      await handle.close().catch(() => {});
    }
  }
  const decoded = isPdf(bytes) && !isDocx(bytes) ? await decodePdf(bytes) : decodeInput(bytes);
  if (!decoded.ok) return fail(decoded.code, decoded.message);
  return { ok: true, value: { file, ...decoded.value } };
}

/** Whether the path names a regular file (not a folder, a FIFO or a device); false if missing. */
function isRegularFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/**
 * A regular file, read in one call: its size is known, so nothing is streamed. A batch reads
 * hundreds of files in its threads, where opening, streaming and closing each one asynchronously
 * cost more CPU than parsing a short resolution.
 */
function readRegularFile(
  file: string,
  limit: number,
): { bytes: Uint8Array } | { error: [InputErrorCode, string] } {
  try {
    const size = statSync(file).size;
    // Refuse a large file from its size alone, before reading any of it.
    if (size > limit)
      return {
        error: [
          "too-large",
          `is ${formatSize(size)}, over the ${formatSize(limit)} limit for one input`,
        ],
      };
    const bytes = readFileSync(file);
    if (bytes.length > limit)
      return {
        error: ["too-large", `is larger than the ${formatSize(limit)} limit for one input`],
      };
    return { bytes };
  } catch (error) {
    return { error: openErrorOf(error) };
  }
}

type Decoded =
  | { ok: true; value: Omit<InputText, "file"> }
  | { ok: false; code: InputErrorCode; message: string };

/**
 * Decides what the bytes of an input are and decodes them when they are text. Pure, so that every
 * refusal can be tested without files. Order matters: Word files first (a .docx is a ZIP full of
 * binary), then other file formats with a signature, then byte-order marks, then binary content,
 * then the UTF-8 check.
 */
export function decodeInput(bytes: Uint8Array): Decoded {
  const fail = (code: InputErrorCode, message: string): Decoded => ({ ok: false, code, message });
  if (bytes.length === 0) return fail("empty", "is empty (0 bytes)");
  if (isDocx(bytes)) return decodeDocx(bytes);

  const signature = fileSignature(bytes);
  if (signature) return fail(signature.code, signature.message);

  let encoding: TextEncoding = "utf-8";
  let bom = false;
  let body = bytes;
  if (startsWith(bytes, [0xff, 0xfe, 0x00, 0x00]) || startsWith(bytes, [0x00, 0x00, 0xfe, 0xff])) {
    return fail("utf32", "is UTF-32 text: convert it to UTF-8 first (e.g. iconv -t UTF-8)");
  }
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    bom = true;
    body = bytes.subarray(3);
  } else if (startsWith(bytes, [0xff, 0xfe])) {
    encoding = "utf-16le";
    bom = true;
    body = bytes.subarray(2);
  } else if (startsWith(bytes, [0xfe, 0xff])) {
    encoding = "utf-16be";
    bom = true;
    body = bytes.subarray(2);
  }

  if (encoding === "utf-8") {
    const utf16 = utf16WithoutBom(body);
    if (utf16) {
      return fail(
        "utf16-no-bom",
        `looks like ${utf16} text without a byte-order mark: convert it to UTF-8 first (e.g. iconv -f ${utf16} -t UTF-8)`,
      );
    }
    const binary = binaryContent(body, "byte");
    if (binary) return fail("binary", binary);
  }

  let text: string;
  try {
    // fatal: a wrong byte is an error, not a U+FFFD silently put into the text.
    text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    if (encoding !== "utf-8") {
      return fail(
        "invalid-encoding",
        `is not valid ${encoding.toUpperCase()} despite its byte-order mark`,
      );
    }
    return fail("invalid-encoding", invalidUtf8Message(body, bom ? 3 : 0));
  }
  if (encoding !== "utf-8") {
    // Decoded UTF-16 can still be binary: check its characters as the bytes of UTF-8 are checked.
    const units = Uint16Array.from({ length: text.length }, (_, i) => text.charCodeAt(i));
    const binary = binaryContent(units, "character");
    if (binary) return fail("binary", binary);
  }
  if (text.trim() === "") {
    return fail(
      "empty",
      `contains only whitespace (${bytes.length} byte${bytes.length === 1 ? "" : "s"}), no text`,
    );
  }
  return { ok: true, value: { text, bytes: bytes.length, encoding, bom } };
}

/**
 * Inflates raw-deflate data, or null once the output would pass `limit` bytes: zlib stops there
 * (maxOutputLength), so a small file that unpacks to gigabytes never fills the memory.
 */
export function inflateBounded(data: Uint8Array, limit: number): Uint8Array | null {
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, limit) });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") return null;
    throw error;
  }
}

/**
 * A PDF's text, as the parser's reader writes it (lines rebuilt, pages split by form feeds), within
 * the page and time limits; a PDF it cannot read (scanned, encrypted, damaged) is refused.
 */
async function decodePdf(bytes: Uint8Array): Promise<Decoded> {
  let text: string;
  try {
    const { readPdf } = await import("@mandates/server/pdf");
    ({ text } = await readPdf(bytes, { timeLimitMs: PDF_TIME_LIMIT_MS }));
  } catch (error) {
    if (!(error instanceof ParseError)) throw error;
    return { ok: false, code: "pdf", message: `cannot be read as a PDF file: ${error.message}` };
  }
  return { ok: true, value: { text, bytes: bytes.length, encoding: "utf-8", bom: false } };
}

/** A Word file's text, as the parser's reader writes it (list numbers in front). */
function decodeDocx(bytes: Uint8Array): Decoded {
  let text: string;
  try {
    text = docxText(bytes, inflateBounded);
  } catch (error) {
    if (!(error instanceof ParseError)) throw error;
    return {
      ok: false,
      code: "docx",
      message: `cannot be read as a Word document: ${error.message}`,
    };
  }
  if (text.trim() === "")
    return { ok: false, code: "empty", message: "is a Word document with no text" };
  return { ok: true, value: { text, bytes: bytes.length, encoding: "utf-8", bom: false } };
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((b, i) => bytes[i] === b);
}

function asciiOf(bytes: Uint8Array, start: number, end: number): string {
  return Buffer.from(
    bytes.buffer,
    bytes.byteOffset + start,
    Math.max(0, Math.min(end, bytes.length) - start),
  ).toString("latin1");
}

/** Formats recognized by their first bytes, which users hand over instead of their text. */
function fileSignature(bytes: Uint8Array): { code: InputErrorCode; message: string } | null {
  // ZIP: local file header, empty archive, spanned archive. .docx, .odt, .xlsx, .epub are ZIPs.
  if (
    startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) ||
    startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]) ||
    startsWith(bytes, [0x50, 0x4b, 0x07, 0x08])
  ) {
    // Member names are stored in clear in the local headers: look for Word's and ODF's.
    const head = asciiOf(bytes, 0, 1 << 20);
    if (head.includes("application/vnd.oasis.opendocument")) {
      return {
        code: "zip",
        message:
          "is an OpenDocument file (.odt, a ZIP archive), not plain text: extract its text first (Save As > Text; or pandoc -t plain)",
      };
    }
    return {
      code: "zip",
      message:
        "is a ZIP archive but not a Word document (.docx), and not plain text: extract the text of the document first",
    };
  }
  // The PDF header may follow a little junk; readers look within the first 1024 bytes. readInput
  // reads PDFs (asynchronously, with pdf.js) before any bytes come here.
  if (asciiOf(bytes, 0, 1024).includes("%PDF-")) {
    return {
      code: "pdf",
      message: "is a PDF file: its text is read by readInput, not from its bytes as text",
    };
  }
  // OLE compound file: Word 97-2003 .doc, .xls, .msg.
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    return {
      code: "office-legacy",
      message:
        "is a legacy Microsoft Office file (Word .doc or similar), not plain text: save it as plain text first",
    };
  }
  if (asciiOf(bytes, 0, 6) === "{\\rtf1" || asciiOf(bytes, 0, 5) === "{\\rtf") {
    return {
      code: "rtf",
      message: "is an RTF document, not plain text: save it as plain text first",
    };
  }
  return null;
}

/** UTF-16 without a BOM shows as ASCII with a NUL in every other byte. */
function utf16WithoutBom(bytes: Uint8Array): "UTF-16LE" | "UTF-16BE" | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.7 && evenNul < pairs * 0.1) return "UTF-16LE";
  if (evenNul > pairs * 0.7 && oddNul < pairs * 0.1) return "UTF-16BE";
  return null;
}

/** Share of C0 control characters (besides tab, newlines, form feed) above which a file is binary. */
const CONTROL_SHARE_LIMIT = 0.1;

/**
 * Why the bytes are binary rather than text, or null. NUL never occurs in text; other control
 * characters do now and then in PDF extractions (form feeds at page breaks are normal), so only a
 * high share of them counts.
 */
function binaryContent(units: Uint8Array | Uint16Array, unit: "byte" | "character"): string | null {
  const n = units.length;
  // indexOf runs natively: a loop here read a corpus's bytes slower than the parser reads its text.
  const nul = units.indexOf(0);
  if (nul >= 0) return `is a binary file, not text (NUL ${unit} at offset ${nul})`;
  const sample = Math.min(n, 65536);
  let control = 0;
  for (let i = 0; i < sample; i++) {
    const b = units[i] ?? 0;
    // \t \n \v \f \r are text; ESC and DEL and the rest of C0 are not.
    if ((b < 0x20 && (b < 0x09 || b > 0x0d)) || b === 0x7f) control++;
  }
  if (sample > 0 && control / sample > CONTROL_SHARE_LIMIT) {
    const share = Math.round((control / sample) * 100);
    return `is a binary file, not text (${share}% control characters)`;
  }
  return null;
}

/** Where the first invalid UTF-8 sequence is, as "line L, column C (byte offset O)". */
function invalidUtf8Message(bytes: Uint8Array, offsetBase: number): string {
  const at = firstInvalidUtf8(bytes);
  if (at < 0) return "is not valid UTF-8: convert it to UTF-8 first";
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < at; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  // The prefix of the line is valid UTF-8: count its characters for the column.
  const column = [...new TextDecoder().decode(bytes.subarray(lineStart, at))].length + 1;
  const byte = (bytes[at] ?? 0).toString(16).toUpperCase().padStart(2, "0");
  return (
    `is not valid UTF-8: byte 0x${byte} at line ${line}, column ${column} (byte offset ${at + offsetBase}); ` +
    "convert it to UTF-8 first (e.g. iconv -f WINDOWS-1252 -t UTF-8)"
  );
}

/** Offset of the first byte that starts an invalid UTF-8 sequence, or -1 (RFC 3629). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    let cp: number;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
      cp = b & 0x1f;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
      cp = b & 0x0f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
      cp = b & 0x07;
    } else {
      return i;
    }
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/** Reads a stream whole, unless it passes `limit` bytes. */
async function readBounded(
  stream: AsyncIterable<Uint8Array | string>,
  limit: number,
): Promise<Uint8Array | "too-large"> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buf =
      typeof chunk === "string"
        ? Buffer.from(chunk)
        : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    total += buf.length;
    // Leaving the loop early ends the stream (the async iterator destroys it).
    if (total > limit) return "too-large";
    chunks.push(buf);
  }
  return Buffer.concat(chunks, total);
}

function openErrorOf(error: unknown): [InputErrorCode, string] {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case "ENOENT":
      return ["not-found", "no such file"];
    case "ENOTDIR":
      return ["not-found", "no such file (a part of the path is not a directory)"];
    case "EISDIR":
      return ["is-directory", "is a directory, not a file (name the files in it instead)"];
    case "EACCES":
    case "EPERM":
      return ["permission-denied", "permission denied"];
    default: {
      const text = error instanceof Error ? error.message : String(error);
      return ["unreadable", `cannot be read: ${text}`];
    }
  }
}

/** 52428800 → "50 MB"; 1572864 → "1.5 MB" (MB of 1024 × 1024 bytes). */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  const mb = bytes / (1024 * 1024);
  return Number.isInteger(mb) ? `${mb} MB` : `${mb.toFixed(1)} MB`;
}
