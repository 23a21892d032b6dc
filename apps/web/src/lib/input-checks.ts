/**
 * What an uploaded file must be before the parser sees it: UTF-8 text of a resolution (extracted
 * from its PDF, or its Akoma Ntoso XML) or a Word file (.docx, whose text is read here), not a
 * PDF, an older Word file or other binary data, and not over the server's limit. Each refusal
 * says what to do instead.
 */
import { isDocx, ParseError } from "@mandates/parser";
import { readDocx } from "./read-docx.ts";

export const maxTextBytes = 9_000_000;

/** The file chooser's filter: text, Akoma Ntoso XML and Word files, which are all read. */
export const acceptedFileTypes =
  ".txt,.xml,.docx,text/plain,text/xml,application/xml,application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export type FileCheck = { ok: true; text: string } | { ok: false; message: string };

const startsWith = (bytes: Uint8Array, signature: number[]) =>
  signature.every((b, i) => bytes[i] === b);

export function checkFile(name: string, bytes: Uint8Array): FileCheck {
  if (bytes.length === 0) return { ok: false, message: `${name} is empty.` };
  if (bytes.length > maxTextBytes)
    return {
      ok: false,
      message: `${name} is ${(bytes.length / 1_000_000).toFixed(1)} MB; the limit is 9 MB. Import one resolution at a time.`,
    };
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46]))
    return {
      ok: false,
      message: `${name} is a PDF. Save its text first (for example with pdftotext, or "Save as text" in a PDF reader) and import the .txt file.`,
    };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0]))
    return {
      ok: false,
      message: `${name} is an older Word document (.doc) or a packaged file that is not a .docx. Save it as a .docx or as plain text (.txt, UTF-8) and import that.`,
    };
  const head = bytes.subarray(0, 8192);
  if (head.includes(0))
    return {
      ok: false,
      message: `${name} holds binary data, not text. Import the resolution's text.`,
    };
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return { ok: true, text: text.replace(/^\uFEFF/, "") };
  } catch {
    return {
      ok: false,
      message: `${name} is not UTF-8 text. Save it again as UTF-8 (most editors offer this under "Save as").`,
    };
  }
}

/** A chosen file's text: a Word file's document, read here, or a checked text file. */
export async function readChosenFile(name: string, bytes: Uint8Array): Promise<FileCheck> {
  if (bytes.length > maxTextBytes || !isDocx(bytes)) return checkFile(name, bytes);
  try {
    return { ok: true, text: await readDocx(bytes) };
  } catch (error) {
    if (error instanceof ParseError) return { ok: false, message: `${name}: ${error.message}` };
    throw error;
  }
}
