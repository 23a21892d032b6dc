/** Obligations across the library: filtered lists, one obligation, its history, what falls due. */
import { dueBetween, getObligation, listObligations, obligationHistory } from "@mandates/db";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { readProcedure, router } from "../trpc.ts";
import { body, isoDate, obligationId, page, status, symbol } from "./inputs.ts";

export const obligationFilters = z.object({
  actor: z.string().trim().max(80).optional(),
  verb: z.string().trim().max(40).optional(),
  strength: z
    .union([
      z.number().int().min(1).max(5),
      z.object({
        min: z.number().int().min(1).max(5).optional(),
        max: z.number().int().min(1).max(5).optional(),
      }),
    ])
    .optional(),
  status: z.union([status, z.array(status).max(5)]).optional(),
  dueFrom: isoDate.optional(),
  dueTo: isoDate.optional(),
  overdue: z.boolean().optional(),
  body: body.optional(),
  year: z.number().int().min(1945).max(2100).optional(),
  resolution: symbol.optional(),
  /** Also superseded drafts' obligations (left out by default: each mandate counts once). */
  superseded: z.boolean().optional(),
  sort: z.enum(["due", "strength", "adopted", "symbol"]).optional(),
  direction: z.enum(["asc", "desc"]).optional(),
  ...page,
});

export const obligationsRouter = router({
  list: readProcedure
    .input(obligationFilters)
    .query(({ ctx, input }) => listObligations(ctx.db, input)),

  get: readProcedure.input(z.object({ id: obligationId })).query(async ({ ctx, input }) => {
    const obligation = await getObligation(ctx.db, input.id);
    if (!obligation)
      throw new TRPCError({ code: "NOT_FOUND", message: `No obligation ${input.id}.` });
    return obligation;
  }),

  history: readProcedure
    .input(z.object({ id: obligationId }))
    .query(({ ctx, input }) => obligationHistory(ctx.db, input.id)),

  /** What falls due between two dates, soonest first: the deadlines view. */
  due: readProcedure
    .input(
      z.object({
        from: isoDate,
        to: isoDate,
        actor: z.string().trim().max(80).optional(),
        superseded: z.boolean().optional(),
        ...page,
      }),
    )
    .query(({ ctx, input }) => {
      const { from, to, ...options } = input;
      return dueBetween(ctx.db, from, to, options);
    }),
});
