/** One clause of a resolution, with the obligations it holds. */
import { getResolution } from "@mandates/db";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { readProcedure, router } from "../trpc.ts";
import { symbol } from "./inputs.ts";

export const clausesRouter = router({
  get: readProcedure
    .input(z.object({ symbol, clause: z.string().trim().min(1).max(40) }))
    .query(async ({ ctx, input }) => {
      const resolution = await getResolution(ctx.db, input.symbol);
      const clause = resolution?.clauses.find((c) => c.id === input.clause);
      if (!resolution || !clause)
        throw new TRPCError({
          code: "NOT_FOUND",
          message: `No clause ${input.clause} in ${input.symbol}.`,
        });
      return {
        resolution: { symbol: resolution.symbol, title: resolution.title },
        clause,
        obligations: resolution.obligations.filter((o) => o.clause === clause.id),
      };
    }),
});
