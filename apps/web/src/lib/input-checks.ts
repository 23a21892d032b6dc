/**
 * What an uploaded file must be before the parser sees it: UTF-8 text of a resolution (extracted
 * from its PDF, or its Akoma Ntoso XML), a Word file (.docx) or a PDF (whose text is read here),
 * not an older Word file or other binary data, and not over the limits. Each refusal says what to
 * do instead.
 */
import { isDocx, isPdf, ParseError } from "@mandates/parser";
import { message } from "../i18n/translated.ts";
import { figure } from "./format.ts";
import { readDocx } from "./read-docx.ts";

export const maxTextBytes = 9_000_000;
/** A PDF is read here and only its text is sent: it may be larger than a text, as in the CLI. */
export const maxPdfBytes = 20 * 1024 * 1024;

/** The file chooser's filter: text, Akoma Ntoso XML, Word files and PDFs, which are all read. */
export const acceptedFileTypes =
  ".txt,.xml,.docx,.pdf,text/plain,text/xml,application/xml,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export type FileCheck = { ok: true; text: string } | { ok: false; message: string };

/** Sizes in megabytes, as "9.5" or "9,5". */
const oneDecimal = { minimumFractionDigits: 1, maximumFractionDigits: 1 };

const startsWith = (bytes: Uint8Array, signature: number[]) =>
  signature.every((b, i) => bytes[i] === b);

export function checkFile(name: string, bytes: Uint8Array): FileCheck {
  if (bytes.length === 0) return { ok: false, message: message("fileCheck.empty", { name }) };
  if (bytes.length > maxTextBytes)
    return {
      ok: false,
      message: message("fileCheck.tooLarge", {
        name,
        size: figure(bytes.length / 1_000_000, oneDecimal),
      }),
    };
  // readChosenFile reads PDFs before any bytes come here as text.
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46]))
    return { ok: false, message: message("fileCheck.pdf", { name }) };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0]))
    return {
      ok: false,
      message: message("fileCheck.oldWord", { name }),
    };
  const head = bytes.subarray(0, 8192);
  if (head.includes(0))
    return {
      ok: false,
      message: message("fileCheck.binary", { name }),
    };
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return { ok: true, text: text.replace(/^\uFEFF/, "") };
  } catch {
    return {
      ok: false,
      message: message("fileCheck.notUtf8", { name }),
    };
  }
}

/**
 * A chosen file's text: a PDF's pages or a Word file's document, read here (pdf.js is loaded only
 * now, for a PDF), or a checked text file.
 */
export async function readChosenFile(name: string, bytes: Uint8Array): Promise<FileCheck> {
  const pdf = isPdf(bytes) && !isDocx(bytes);
  if (pdf && bytes.length > maxPdfBytes)
    return {
      ok: false,
      message: message("fileCheck.pdfTooLarge", {
        name,
        size: figure(bytes.length / 1024 / 1024, oneDecimal),
        limit: figure(maxPdfBytes / 1024 / 1024),
      }),
    };
  if (!pdf && (bytes.length > maxTextBytes || !isDocx(bytes))) return checkFile(name, bytes);
  try {
    const text = pdf
      ? (await (await import("./read-pdf.ts")).readPdf(bytes)).text
      : await readDocx(bytes);
    return { ok: true, text };
  } catch (error) {
    if (error instanceof ParseError) return { ok: false, message: `${name}: ${error.message}` };
    throw error;
  }
}
