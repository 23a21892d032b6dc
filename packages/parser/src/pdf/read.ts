/**
 * PDF files as they arrive: pdf.js reads the file, and each page's text is rebuilt into lines
 * (layout.ts), pages separated by form feeds, the text the parser's stages read (text/pages.ts).
 * pdf.js itself is passed in, as the Word reader's inflation is: the parser stays pure and small,
 * and each place that reads PDFs loads the build that suits it (Node's legacy build for the CLI
 * and the server, the browser's with its worker for the Import page), only when a PDF comes.
 *
 * The work is bounded: at most `maxPdfPages` pages, and a time limit checked between pages. A PDF
 * without a text layer (a scan), an encrypted one, a damaged one or one that is not a PDF at all is
 * refused with a ParseError saying so.
 */
import { ParseError } from "../errors.ts";
import { type PdfContentItem, pageLines } from "./layout.ts";

/** More pages than any resolution with its annexes has (the longest in the corpus has 60). */
export const maxPdfPages = 500;

/** What the reader needs of pdf.js's getDocument(...): a task whose promise gives the document. */
export interface PdfLoadingTask {
  promise: Promise<PdfDocument>;
  destroy(): Promise<void>;
}

export interface PdfDocument {
  numPages: number;
  getPage(pageNumber: number): Promise<PdfPage>;
}

export interface PdfPage {
  getTextContent(options: {
    includeMarkedContent: boolean;
  }): Promise<{ items: readonly PdfContentItem[] }>;
  cleanup(): unknown;
}

/**
 * Opens a PDF's bytes: pdf.js's getDocument({ data, ... }) with the options of its environment
 * (in Node: standardFontDataUrl, verbosity 0, isEvalSupported false). The bytes may be
 * transferred to pdf.js's worker: pass a copy if they are needed afterwards.
 */
export type OpenPdf = (data: Uint8Array) => PdfLoadingTask;

export interface PdfTextOptions {
  /** Pages read at most; a longer PDF is refused (default `maxPdfPages`). */
  maxPages?: number;
  /** Refuse the PDF once reading it has taken this long, checked between pages (default none). */
  timeLimitMs?: number;
}

export interface PdfText {
  /** The pages' lines, a form feed between pages. */
  text: string;
  pages: number;
}

/** True when the bytes are a PDF: "%PDF-" within the first 1,024 bytes, as readers look for it. */
export function isPdf(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 1024);
  for (let i = 0; i + 5 <= head.length; i++) {
    if (
      head[i] === 0x25 &&
      head[i + 1] === 0x50 &&
      head[i + 2] === 0x44 &&
      head[i + 3] === 0x46 &&
      head[i + 4] === 0x2d
    )
      return true;
  }
  return false;
}

/**
 * Words a page holds on average, below which a PDF is taken for a scan: a scanned page may carry
 * a printed stamp (a job number, a barcode), but no page of text has so few.
 */
const wordsOfText = 4;

/** Reads a PDF's text with the pdf.js `open` gives. Throws ParseError for a PDF it cannot read. */
export async function pdfText(
  bytes: Uint8Array,
  open: OpenPdf,
  options: PdfTextOptions = {},
): Promise<PdfText> {
  if (!isPdf(bytes)) throw new ParseError("This is not a PDF file: it has no %PDF- header.");
  const maxPages = options.maxPages ?? maxPdfPages;
  const started = Date.now();
  const task = open(bytes);
  try {
    const document = await task.promise.catch((error: unknown) => {
      throw refusal(error);
    });
    if (document.numPages > maxPages)
      throw new ParseError(
        `The PDF has ${document.numPages.toLocaleString("en")} pages, over the ${maxPages} a resolution is read with: split it, or import its text.`,
      );
    const pages: string[] = [];
    let words = 0;
    for (let n = 1; n <= document.numPages; n++) {
      if (options.timeLimitMs !== undefined && Date.now() - started >= options.timeLimitMs)
        throw new ParseError(
          `Reading the PDF took over ${options.timeLimitMs / 1000} s (page ${n - 1} of ${document.numPages}), far longer than any resolution takes: check that it is the resolution's PDF.`,
        );
      const lines = await pageText(document, n);
      for (const line of lines) if (line !== "") words += line.split(" ").length;
      pages.push(lines.join("\n"));
    }
    if (words < wordsOfText * document.numPages)
      throw new ParseError(
        "This PDF has no text layer (a scanned image?): its pages hold no text to read. Import a PDF with text, or the resolution's text.",
      );
    return { text: pages.join("\n\f"), pages: document.numPages };
  } finally {
    await task.destroy().catch(() => {});
  }
}

async function pageText(document: PdfDocument, n: number): Promise<string[]> {
  try {
    const page = await document.getPage(n);
    const content = await page.getTextContent({ includeMarkedContent: true });
    page.cleanup();
    return pageLines(content.items);
  } catch (error) {
    if (error instanceof ParseError) throw error;
    throw new ParseError(
      `This PDF is damaged: page ${n} cannot be read (${messageOf(error)}). Save it again, or import its text.`,
    );
  }
}

function messageOf(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split("\n")[0]?.slice(0, 200) ?? "";
}

/** pdf.js's errors (by name, as they also cross from its worker) in a sentence. */
function refusal(error: unknown): ParseError {
  if (error instanceof ParseError) return error;
  const name = (error as { name?: unknown } | null)?.name;
  if (name === "PasswordException")
    return new ParseError(
      "This PDF is encrypted with a password: it cannot be read. Save an unprotected copy, or import its text.",
    );
  if (name === "InvalidPDFException")
    return new ParseError(
      "This PDF is damaged or cut short: its structure cannot be read. Download it again, or import its text.",
    );
  return new ParseError(
    `This PDF cannot be read (${messageOf(error)}): download it again, or import its text.`,
  );
}
