/** Report drafts: what the .docx download holds, for the web app to preview before downloading. */
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { reportDraft } from "../services/report/draft.ts";
import { readProcedure, router } from "../trpc.ts";
import { symbol } from "./inputs.ts";

export const reportsRouter = router({
  draft: readProcedure.input(z.object({ symbol })).query(async ({ ctx, input }) => {
    const draft = await reportDraft(ctx.db, input.symbol);
    if (!draft)
      throw new TRPCError({
        code: "NOT_FOUND",
        message: `No resolution ${input.symbol} in the library.`,
      });
    return draft;
  }),
});
