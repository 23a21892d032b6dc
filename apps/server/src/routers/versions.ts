/**
 * Versions and lineage: a resolution's drafts, predecessor, successors and series, with the rule
 * behind each link; two versions compared paragraph by paragraph; an obligation's lineage across
 * renewals, and the answer to the suggestion to carry the last one's tracking. Linking runs after
 * every import (services/import-text.ts); an admin may run it again over the whole library.
 */
import {
  answerSuggestion,
  compareVersions,
  editScopeOf,
  linkVersions,
  obligationLineage,
  resolutionVersions,
} from "@mandates/db";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { adminProcedure, editorProcedure, readProcedure, router } from "../trpc.ts";
import { obligationId, symbol } from "./inputs.ts";

const notInLibrary = (symbol: string) =>
  new TRPCError({ code: "NOT_FOUND", message: `No resolution ${symbol} in the library.` });

export const versionsRouter = router({
  /** A resolution's other versions: drafts, the adopted text, the one it renews, its series. */
  of: readProcedure.input(z.object({ symbol })).query(async ({ ctx, input }) => {
    const versions = await resolutionVersions(ctx.db, input.symbol);
    if (!versions) throw notInLibrary(input.symbol);
    return versions;
  }),

  /** Two versions paragraph by paragraph, `from` the earlier: unchanged, changed, moved, added, dropped. */
  compare: readProcedure
    .input(z.object({ from: symbol, to: symbol }))
    .query(async ({ ctx, input }) => {
      const result = await compareVersions(ctx.db, input.from, input.to);
      if ("missing" in result) throw notInLibrary(result.missing);
      return result;
    }),

  /** Since when an obligation has been asked, what renewed it, and the tracking suggestion. */
  lineage: readProcedure
    .input(z.object({ id: obligationId }))
    .query(({ ctx, input }) => obligationLineage(ctx.db, input.id)),

  /** Takes or turns down the earlier obligation's tracking (status and evidence). */
  answerSuggestion: editorProcedure
    .input(z.object({ id: obligationId, accept: z.boolean() }))
    .mutation(async ({ ctx, input }) => ({
      state: await answerSuggestion(ctx.db, input.id, {
        accept: input.accept,
        user: ctx.user.username,
        scope: editScopeOf(ctx.user),
      }),
    })),

  /** Links the whole library again (after rules changed, or a restore). */
  link: adminProcedure.mutation(({ ctx }) => linkVersions(ctx.db)),
});
