/**
 * PDFs in the browser: pdf.js is loaded only when a PDF is chosen (it is large: the Import page
 * loads without it), and reads the file in its own worker, a script of this origin (the page's
 * Content-Security-Policy lets workers come from 'self' only, and pdf.js is told not to compile
 * code with eval). The parser's reader rebuilds the lines from the pieces pdf.js gives, as the CLI
 * and the server do, so a PDF reads the same here as there.
 */
import { type OpenPdf, type PdfText, pdfText } from "@mandates/parser";

/** A PDF is read in at most this long, as the server's parser reads one. */
export const pdfTimeLimitMs = 10_000;

let loaded: Promise<OpenPdf> | null = null;

function loadPdfJs(): Promise<OpenPdf> {
  loaded ??= (async () => {
    const [pdfjs, worker] = await Promise.all([
      import("pdfjs-dist"),
      import("pdfjs-dist/build/pdf.worker.min.mjs?url"),
    ]);
    pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
    return (data: Uint8Array) =>
      pdfjs.getDocument({
        data,
        isEvalSupported: false,
        verbosity: 0,
        // Text only: no fonts added to the page, no XFA forms, nothing fetched.
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

/** A PDF's text as the parser reads it. Throws ParseError for a PDF it cannot read. */
export async function readPdf(bytes: Uint8Array): Promise<PdfText> {
  const open = await loadPdfJs();
  // The bytes are handed over to pdf.js's worker: it gets a copy.
  return pdfText(bytes, (data) => open(data.slice()), { timeLimitMs: pdfTimeLimitMs });
}
