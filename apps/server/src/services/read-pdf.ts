/**
 * PDFs in Node: the parser's reader (pdfText) given pdf.js's legacy build, which is the one meant
 * for Node, loaded on the first PDF only. The server's parser threads, the CLI and the tests read
 * PDFs through this one module, so that they all read them alike.
 *
 * In Node, pdf.js does its work in the calling thread. So PDFs are read one at a time per thread,
 * each timed from its own turn, and pdf.js's worker code is loaded before any PDF's time starts.
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

/** Kept in variables so that bundlers leave the imports to run time (pdf.js stays in node_modules). */
const pdfJsBuild = "pdfjs-dist/legacy/build/pdf.mjs";
const pdfJsWorker = "pdfjs-dist/legacy/build/pdf.worker.mjs";

let loaded: Promise<OpenPdf> | null = null;

function loadPdfJs(): Promise<OpenPdf> {
  loaded ??= (async () => {
    const pdfjs = (await import(pdfJsBuild)) as PdfJsModule;
    // pdf.js looks here for its worker's code before it loads it on the first document.
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = await import(pdfJsWorker);
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

/** Loads pdf.js, if not yet loaded: a thread does so before it times its first PDF. */
export async function loadPdfReader(): Promise<void> {
  await loadPdfJs();
}

/**
 * A PDF's text as the parser reads it, pages split by form feeds. Throws ParseError for a PDF it
 * cannot read (encrypted, damaged, scanned without text, too many pages, too slow).
 */
export function readPdf(bytes: Uint8Array, options: PdfTextOptions = {}): Promise<PdfText> {
  const turn = queue.then(async () => {
    const open = await loadPdfJs();
    // pdf.js may take the bytes over: it gets its own copy (a plain Uint8Array, as it asks for,
    // not a Buffer), the caller keeps theirs.
    return pdfText(bytes, (data) => open(new Uint8Array(data)), options);
  });
  queue = turn.catch(() => {});
  return turn;
}

/** The PDF being read in this thread, which the next one waits for. */
let queue: Promise<unknown> = Promise.resolve();
