/**
 * Word files in the browser. The parser reads the ZIP and the document's XML but leaves inflation
 * to its caller, synchronously; the browser inflates only asynchronously (DecompressionStream), so
 * the two parts the text needs are inflated first and then handed to the parser. Inflation stops
 * at the parser's bound (50 MB for the parts together): a small file that would unpack to
 * gigabytes is refused before it fills the page's memory.
 */
import {
  docxEntries,
  docxTextFromParts,
  maxUnpackedBytes,
  readEntry,
  type ZipEntry,
} from "@mandates/parser";

/** Inflates raw-deflate data, or null as soon as the output passes `limit` bytes. */
export async function inflateRaw(data: Uint8Array, limit: number): Promise<Uint8Array | null> {
  const reader = new Blob([data as Uint8Array<ArrayBuffer>])
    .stream()
    .pipeThrough(new DecompressionStream("deflate-raw"))
    .getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    length += read.value.length;
    if (length > limit) {
      // Stop reading: what is left is never inflated.
      await reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(read.value);
  }
  const inflated = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    inflated.set(chunk, at);
    at += chunk.length;
  }
  return inflated;
}

/** An entry's bytes, at most `limit`; the parser's readEntry checks the size and words any failure. */
async function entryBytes(entry: ZipEntry, limit: number): Promise<Uint8Array> {
  const inflated =
    entry.method === 8 && entry.size <= limit
      ? await inflateRaw(entry.data, limit).catch((e: unknown) =>
          e instanceof Error ? e : new Error(String(e)),
        )
      : null;
  return readEntry(
    entry,
    () => {
      if (inflated instanceof Error) throw inflated;
      return inflated;
    },
    limit,
  );
}

/** The text of a Word file, as `docxText` gives it in Node. Throws ParseError when it cannot. */
export async function readDocx(bytes: Uint8Array): Promise<string> {
  const { document, numbering } = docxEntries(bytes);
  const decoder = new TextDecoder();
  const documentBytes = await entryBytes(document, maxUnpackedBytes);
  const numberingBytes = numbering
    ? await entryBytes(numbering, maxUnpackedBytes - documentBytes.length)
    : undefined;
  return docxTextFromParts({
    document: decoder.decode(documentBytes),
    numbering: numberingBytes ? decoder.decode(numberingBytes) : undefined,
  });
}
