/**
 * PDFs in Node: the parser's reader (pdfText) given pdf.js's legacy build, which is the one meant
 * for Node, loaded on the first PDF only. The server's parser threads, the CLI and the tests read
 * PDFs through this one module, so that they all read them alike.
 */
import { createRequire } from "node:module";
import {
  type OpenPdf,
  type PdfLoadingTask,
  type PdfText,
  type PdfTextOptions,
  pdfText,
} from "@mandates/parser";

interface PdfJsModule {
  getDocument(source: Record<string, unknown>): PdfLoadingTask;
}

/** Kept in a variable so that bundlers leave the import to run time (pdf.js stays in node_modules). */
const pdfJsBuild = "pdfjs-dist/legacy/build/pdf.mjs";

let loaded: Promise<OpenPdf> | null = null;

function loadPdfJs(): Promise<OpenPdf> {
  loaded ??= (async () => {
    const pdfjs = (await import(pdfJsBuild)) as PdfJsModule;
    // The standard fonts' widths place text set in fonts a PDF does not embed.
    const standardFontDataUrl = createRequire(import.meta.url)
      .resolve("pdfjs-dist/package.json")
      .replace(/package\.json$/, "standard_fonts/");
    return (data: Uint8Array) =>
      pdfjs.getDocument({
        data,
        standardFontDataUrl,
        verbosity: 0,
        isEvalSupported: false,
        // Text only: no fonts handed to a renderer, no scripts, no links followed.
        disableFontFace: true,
        enableXfa: false,
        stopAtErrors: false,
      });
  })();
  loaded.catch(() => {
    loaded = null;
  });
  return loaded;
}

/**
 * A PDF's text as the parser reads it, pages split by form feeds. Throws ParseError for a PDF it
 * cannot read (encrypted, damaged, scanned without text, too many pages, too slow).
 */
export async function readPdf(bytes: Uint8Array, options: PdfTextOptions = {}): Promise<PdfText> {
  const open = await loadPdfJs();
  // pdf.js may take the bytes over: it gets its own copy, the caller keeps theirs.
  return pdfText(bytes, (data) => open(data.slice()), options);
}
