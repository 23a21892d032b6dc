/**
 * The library: list and filter resolutions, read one, import one from its text. Any editor may
 * import a new symbol; re-importing one the library holds needs a scope that covers every actor
 * its obligations bind (the store checks it: @mandates/db's scope.ts).
 */
import { editScopeOf, getResolution, getSourceText, listResolutions } from "@mandates/db";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { importText } from "../services/import-text.ts";
import { editorProcedure, readProcedure, router } from "../trpc.ts";
import { body, page, symbol } from "./inputs.ts";

/** The largest text one import takes (the HTTP layer refuses larger requests first). */
export const maxTextLength = 9_000_000;

export const resolutionsRouter = router({
  list: readProcedure
    .input(
      z.object({
        body: body.optional(),
        year: z.number().int().min(1945).max(2100).optional(),
        symbol: z.string().trim().max(60).optional(),
        words: z.string().trim().max(200).optional(),
        draft: z.boolean().optional(),
        sort: z.enum(["symbol", "adopted"]).optional(),
        direction: z.enum(["asc", "desc"]).optional(),
        ...page,
      }),
    )
    .query(({ ctx, input }) => listResolutions(ctx.db, input)),

  get: readProcedure.input(z.object({ symbol })).query(async ({ ctx, input }) => {
    const resolution = await getResolution(ctx.db, input.symbol);
    if (!resolution)
      throw new TRPCError({
        code: "NOT_FOUND",
        message: `No resolution ${input.symbol} in the library.`,
      });
    return resolution;
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
        source: z.string().trim().max(300).optional(),
        /** Kept only when the text prints no symbol of its own. */
        symbol: z
          .string()
          .trim()
          .min(1, "the symbol is empty")
          .max(80, "the symbol is over 80 characters")
          .optional(),
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
});
