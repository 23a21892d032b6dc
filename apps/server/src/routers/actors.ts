/** Actors: the registry, and everything asked of one actor across resolutions. */
import { actorObligations, listActors, obligationCountsByActor } from "@mandates/db";
import { z } from "zod";
import { readProcedure, router } from "../trpc.ts";
import { obligationsFor } from "./for-reader.ts";
import { page, status } from "./inputs.ts";

export const actorsRouter = router({
  list: readProcedure.query(({ ctx }) => listActors(ctx.db)),

  /** How many obligations in force each actor bears (by id; actors with none left out). */
  obligationCounts: readProcedure.query(({ ctx }) => obligationCountsByActor(ctx.db)),

  get: readProcedure
    .input(
      z.object({
        id: z.string().trim().min(1).max(80),
        status: status.optional(),
        superseded: z.boolean().optional(),
        ...page,
      }),
    )
    .query(async ({ ctx, input }) => {
      const { id, ...filters } = input;
      const found = await actorObligations(ctx.db, id, filters);
      const { obligations } = found;
      return {
        ...found,
        obligations: { ...obligations, items: obligationsFor(ctx, obligations.items) },
      };
    }),
});
