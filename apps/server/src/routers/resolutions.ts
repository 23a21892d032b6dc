/**
 * The library: list and filter resolutions, read one, import one from its text or its PDF. Any
 * editor may import a new symbol; re-importing one the library holds needs a scope that covers every actor
 * its obligations bind (the store checks it: @mandates/db's scope.ts).
 */
import {
  editScopeOf,
  getResolution,
  getSourceText,
  listResolutions,
  resolutionFacets,
} from "@mandates/db";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { importPdf, importText, previewText } from "../services/import-text.ts";
import { editorProcedure, readProcedure, router } from "../trpc.ts";
import { obligationsFor } from "./for-reader.ts";
import { body, page, symbol } from "./inputs.ts";

/** The largest text one import takes (the HTTP layer refuses larger requests first). */
export const maxTextLength = 9_000_000;

/**
 * The largest PDF one import takes, as base64 within the 10 MB request: 9,000,000 characters,
 * 6.75 MB of PDF (a resolution's PDF is well under 1 MB; the longest in the corpus, 0.5 MB).
 */
export const maxPdfBase64Length = 9_000_000;
const maxPdfMb = (maxPdfBase64Length * 0.75) / 1_000_000;

/** What an import says besides its text or PDF. */
const importFields = {
  source: z.string().trim().max(300).optional(),
  /** Kept only when the text prints no symbol of its own. */
  symbol: z
    .string()
    .trim()
    .min(1, "the symbol is empty")
    .max(80, "the symbol is over 80 characters")
    .optional(),
};

/** What the library filters by. */
const libraryFilters = {
  body: body.optional(),
  year: z.number().int().min(1945).max(2100).optional(),
  /** A symbol's start ("A/RES/78/") or any tail of it ("79/154"). */
  symbol: z.string().trim().max(60).optional(),
  words: z.string().trim().max(200).optional(),
  draft: z.boolean().optional(),
};

export const resolutionsRouter = router({
  list: readProcedure
    .input(
      z.object({
        ...libraryFilters,
        sort: z.enum(["symbol", "adopted"]).optional(),
        direction: z.enum(["asc", "desc"]).optional(),
        ...page,
      }),
    )
    .query(({ ctx, input }) => listResolutions(ctx.db, input)),

  /** How many resolutions each body and each year has under the other filters. */
  facets: readProcedure
    .input(z.object(libraryFilters))
    .query(({ ctx, input }) => resolutionFacets(ctx.db, input)),

  get: readProcedure.input(z.object({ symbol })).query(async ({ ctx, input }) => {
    const resolution = await getResolution(ctx.db, input.symbol);
    if (!resolution)
      throw new TRPCError({
        code: "NOT_FOUND",
        message: `No resolution ${input.symbol} in the library.`,
      });
    return { ...resolution, obligations: obligationsFor(ctx, resolution.obligations) };
  }),

  /** The text it was imported from, as given. */
  source: readProcedure.input(z.object({ symbol })).query(async ({ ctx, input }) => {
    const text = await getSourceText(ctx.db, input.symbol);
    if (text === null)
      throw new TRPCError({
        code: "NOT_FOUND",
        message: `No resolution ${input.symbol} in the library.`,
      });
    return { symbol: input.symbol, text };
  }),

  import: editorProcedure
    .input(
      z.object({
        text: z.string().min(1, "the text is empty").max(maxTextLength, "the text is over 9 MB"),
        ...importFields,
      }),
    )
    .mutation(({ ctx, input }) =>
      importText(
        ctx.db,
        {
          text: input.text,
          source: input.source ?? null,
          symbol: input.symbol ?? null,
          user: ctx.user.username,
          scope: editScopeOf(ctx.user),
        },
        // Off the main thread, within a time limit: no text can hold up other requests.
        (text, options) => ctx.services.parser.parse(text, options),
      ),
    ),

  /**
   * What importing a text would change, before it is saved: new, the same text, or the
   * paragraphs and obligations a re-import adds, changes and withdraws, and why this account's
   * import would be refused. A mutation only because a text is too long for a query's address.
   */
  previewImport: editorProcedure
    .input(
      z.object({
        text: z.string().min(1, "the text is empty").max(maxTextLength, "the text is over 9 MB"),
        ...importFields,
      }),
    )
    .mutation(({ ctx, input }) =>
      previewText(
        ctx.db,
        {
          text: input.text,
          source: input.source ?? null,
          symbol: input.symbol ?? null,
          scope: editScopeOf(ctx.user),
        },
        (text, options) => ctx.services.parser.parse(text, options),
      ),
    ),

  /**
   * A resolution's PDF, as base64: its pages' text is read in a parser thread (pdf.js), within the
   * parser's limits and at most 500 pages, then parsed and stored as that text.
   */
  importPdf: editorProcedure
    .input(
      z.object({
        pdf: z
          .base64("the PDF is not base64")
          .min(1, "the PDF is empty")
          .max(maxPdfBase64Length, `the PDF is over ${maxPdfMb} MB`),
        ...importFields,
      }),
    )
    .mutation(({ ctx, input }) =>
      importPdf(
        ctx.db,
        {
          pdf: Buffer.from(input.pdf, "base64"),
          source: input.source ?? null,
          symbol: input.symbol ?? null,
          user: ctx.user.username,
          scope: editScopeOf(ctx.user),
        },
        (pdf, options) => ctx.services.parser.parsePdf(pdf, options),
      ),
    ),
});
