/**
 * Word files in the browser. The parser reads the ZIP and the document's XML but leaves inflation
 * to its caller, synchronously; the browser inflates only asynchronously (DecompressionStream), so
 * the two parts the text needs are inflated first and then handed to the parser.
 */
import { docxEntries, docxTextFromParts, readEntry, type ZipEntry } from "@mandates/parser";

async function inflateRaw(data: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([data as Uint8Array<ArrayBuffer>])
    .stream()
    .pipeThrough(new DecompressionStream("deflate-raw"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** An entry's text; the parser's readEntry checks the size and words any failure. */
async function entryText(entry: ZipEntry): Promise<string> {
  const inflated =
    entry.method === 8 ? await inflateRaw(entry.data).catch((e: unknown) => e) : null;
  const bytes = readEntry(entry, () => {
    if (!(inflated instanceof Uint8Array)) throw inflated;
    return inflated;
  });
  return new TextDecoder().decode(bytes);
}

/** The text of a Word file, as `docxText` gives it in Node. Throws ParseError when it cannot. */
export async function readDocx(bytes: Uint8Array): Promise<string> {
  const { document, numbering } = docxEntries(bytes);
  return docxTextFromParts({
    document: await entryText(document),
    numbering: numbering ? await entryText(numbering) : undefined,
  });
}
