/**
 * Importing a resolution's text: the parser reads it, the store keeps it. The one place the server
 * composes the two; routers and the CLI call this.
 */
import { type Db, type ImportResult, importResolution } from "@mandates/db";
import { normalizeSymbol } from "@mandates/domain";
import { parseResolution } from "@mandates/parser";

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
}

export interface TextImportResult extends ImportResult {
  warnings: string[];
}

export async function importText(db: Db, input: TextImport): Promise<TextImportResult> {
  const resolution = parseResolution(input.text, input.source ? { source: input.source } : {});
  const given = input.symbol?.trim();
  if (!resolution.symbol && given) resolution.symbol = normalizeSymbol(given);
  const result = await importResolution(db, resolution, {
    sourceText: input.text,
    source: input.source ?? null,
    user: input.user,
  });
  return { ...result, warnings: resolution.warnings };
}
