export {
  type AknAnnex,
  type AknBlock,
  type AknFootnote,
  type AknHeading,
  type AknItem,
  type AknOtherText,
  type AknParagraph,
  type AknPreambular,
  type AknResolution,
  readAknResolution,
} from "./akn/document.ts";
export { renderAkn, renderAknResolution } from "./akn/render.ts";
export { docxEntries, docxText, isDocx } from "./docx/docx.ts";
export { type DocxParts, docxTextFromParts } from "./docx/text.ts";
export {
  type InflateRaw,
  maxEntries,
  maxUnpackedBytes,
  readEntry,
  type ZipEntry,
} from "./docx/zip.ts";
export { ParseError } from "./errors.ts";
export { type ParseOptions, parseResolution } from "./parse.ts";
export {
  type PdfContentItem,
  type PdfMarkedContent,
  type PdfTextPiece,
  pageLines,
} from "./pdf/layout.ts";
export {
  isPdf,
  maxPdfPages,
  type OpenPdf,
  type PdfDocument,
  type PdfLoadingTask,
  type PdfPage,
  type PdfText,
  type PdfTextOptions,
  pdfText,
} from "./pdf/read.ts";
