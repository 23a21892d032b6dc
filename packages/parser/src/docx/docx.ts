/**
 * Word files (.docx) as they arrive: the ZIP is opened, word/document.xml (and its list
 * definitions) read into plain text for parseResolution. Inflation is passed in, so the module
 * runs in Node (zlib) and, through an asynchronous wrapper, in the browser.
 */
import { ParseError } from "../errors.ts";
import { docxTextFromParts } from "./text.ts";
import {
  type InflateRaw,
  isZip,
  maxUnpackedBytes,
  readEntry,
  type ZipEntry,
  zipEntries,
} from "./zip.ts";

export const documentPart = "word/document.xml";
export const numberingPart = "word/numbering.xml";

/** True when the bytes are a ZIP archive with a word/ entry (a Word document). */
export function isDocx(bytes: Uint8Array): boolean {
  if (!isZip(bytes)) return false;
  try {
    return zipEntries(bytes).some((entry) => entry.name.startsWith("word/"));
  } catch {
    // A damaged archive is still recognised by its opening bytes and a word/ name near the start.
    return new TextDecoder().decode(bytes.subarray(0, 4096)).includes("word/");
  }
}

/** The entries docxText reads; the rest of the archive (styles, images) is not needed. */
export function docxEntries(bytes: Uint8Array): { document: ZipEntry; numbering?: ZipEntry } {
  const entries = zipEntries(bytes);
  const document = entries.find((entry) => entry.name === documentPart);
  if (!document) throw new ParseError("This is not a Word document: it has no word/document.xml.");
  const numbering = entries.find((entry) => entry.name === numberingPart);
  return numbering ? { document, numbering } : { document };
}

/**
 * The text of a Word file: one paragraph per line, a blank line between, list numbers in front.
 * The parts read unpack to at most 50 MB together (`maxUnpackedBytes`).
 */
export function docxText(bytes: Uint8Array, inflateRaw: InflateRaw): string {
  const { document, numbering } = docxEntries(bytes);
  const decoder = new TextDecoder();
  const documentBytes = readEntry(document, inflateRaw);
  const numberingBytes = numbering
    ? readEntry(numbering, inflateRaw, maxUnpackedBytes - documentBytes.length)
    : undefined;
  return docxTextFromParts({
    document: decoder.decode(documentBytes),
    numbering: numberingBytes ? decoder.decode(numberingBytes) : undefined,
  });
}
