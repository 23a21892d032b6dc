/**
 * Importing a resolution's text, or its PDF: the parser reads it, the store keeps it (a PDF as the
 * text read from its pages). The one place the server composes the two; routers and the CLI call
 * this. The server's router reads texts and PDFs in its parser pool (parser-pool.ts), so none can
 * hold up other requests; the CLI and scripts read them in their own thread.
 */
import {
  changedText,
  type Db,
  type EditScope,
  type ImportPreview,
  type ImportResult,
  importResolution,
  linkVersionsAround,
  previewImport,
  RefusedError,
} from "@mandates/db";
import { normalizeSymbol, type Resolution } from "@mandates/domain";
import { type ParseOptions, parseResolution } from "@mandates/parser";

export interface TextImport {
  text: string;
  /** A file name or URL, kept with the resolution. */
  source?: string | null;
  /**
   * The symbol to keep it under when its text prints none (a draft from a Word file, a text
   * pasted without its masthead). A symbol the text prints wins.
   */
  symbol?: string | null;
  user: string;
  /** The importing editor's scope (a re-import needs one that covers the stored obligations). */
  scope?: EditScope | null;
}

export interface TextImportResult extends ImportResult {
  warnings: string[];
}

/** Reads a text into a resolution: parseResolution here, or a parser pool's. */
export type ReadText = (text: string, options: ParseOptions) => Resolution | Promise<Resolution>;

export async function importText(
  db: Db,
  input: TextImport,
  read: ReadText = parseResolution,
): Promise<TextImportResult> {
  const resolution = await read(input.text, input.source ? { source: input.source } : {});
  return store(db, resolution, input);
}

/**
 * What importing a text would change, stored nothing: read as the import reads it, and compared
 * with what the library holds under its symbol (previewImport); refused in words when the text
 * has no symbol and none is given.
 */
export async function previewText(
  db: Db,
  input: Omit<TextImport, "user">,
  read: ReadText = parseResolution,
): Promise<ImportPreview> {
  const resolution = await read(input.text, input.source ? { source: input.source } : {});
  const given = input.symbol?.trim();
  if (!resolution.symbol && given) resolution.symbol = normalizeSymbol(given);
  if (!resolution.symbol)
    throw new RefusedError(
      "This text prints no symbol: give one to see what importing it would change.",
    );
  return previewImport(db, resolution, { sourceText: input.text, scope: input.scope ?? null });
}

export interface PdfImport extends Omit<TextImport, "text"> {
  /** The PDF file's bytes. */
  pdf: Uint8Array;
}

/** Reads a PDF into its pages' text and the resolution that text gives: a parser pool's. */
export type ReadPdf = (
  pdf: Uint8Array,
  options: ParseOptions,
) => Promise<{ resolution: Resolution; text: string }>;

/** A PDF read (pdf.js) and parsed, then kept with the text read from it as its source. */
export async function importPdf(
  db: Db,
  input: PdfImport,
  read: ReadPdf,
): Promise<TextImportResult> {
  const { resolution, text } = await read(input.pdf, input.source ? { source: input.source } : {});
  return store(db, resolution, { ...input, text });
}

async function store(db: Db, resolution: Resolution, input: TextImport): Promise<TextImportResult> {
  const given = input.symbol?.trim();
  if (!resolution.symbol && given) resolution.symbol = normalizeSymbol(given);
  const result = await importResolution(db, resolution, {
    sourceText: input.text,
    source: input.source ?? null,
    user: input.user,
    scope: input.scope ?? null,
  });
  // Drafts, renewals and repeated obligations linked again around this text, now that it is in.
  if (changedText(result)) await linkVersionsAround(db, [result.resolutionId]);
  return { ...result, warnings: resolution.warnings };
}
