/** Obligations across the library: filtered lists, one obligation, its history, what falls due. */
import {
  dueBetween,
  getObligation,
  listObligations,
  type ObligationFilters,
  obligationHistory,
} from "@mandates/db";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import type { Context } from "../context.ts";
import { readProcedure, router } from "../trpc.ts";
import { detailFor, historyFor, obligationsFor } from "./for-reader.ts";
import { actorId, body, isoDate, obligationId, page, status, symbol } from "./inputs.ts";

export const obligationFilters = z.object({
  actor: actorId.optional(),
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
  /** An account's id, nobody ("none"), or the caller ("me"); for signed-in callers only. */
  assignee: z.union([z.number().int().positive(), z.literal("none"), z.literal("me")]).optional(),
  lead: actorId.optional(),
  sort: z.enum(["due", "strength", "adopted", "symbol"]).optional(),
  direction: z.enum(["asc", "desc"]).optional(),
  ...page,
});

export type ObligationFiltersInput = z.infer<typeof obligationFilters>;

/**
 * The store's filters for what the caller asked: "me" is the caller's account. Assignees are not
 * shown to readers without an account, so they may not filter by them either.
 */
export function storeFilters(ctx: Context, input: ObligationFiltersInput): ObligationFilters {
  const { assignee, ...rest } = input;
  if (assignee === undefined) return rest;
  if (!ctx.user)
    throw new TRPCError({ code: "UNAUTHORIZED", message: "Sign in to filter by assignee." });
  return { ...rest, assignee: assignee === "me" ? ctx.user.id : assignee };
}

export const obligationsRouter = router({
  list: readProcedure.input(obligationFilters).query(async ({ ctx, input }) => {
    const page = await listObligations(ctx.db, storeFilters(ctx, input));
    return { ...page, items: obligationsFor(ctx, page.items) };
  }),

  get: readProcedure.input(z.object({ id: obligationId })).query(async ({ ctx, input }) => {
    const obligation = await getObligation(ctx.db, input.id);
    if (!obligation)
      throw new TRPCError({ code: "NOT_FOUND", message: `No obligation ${input.id}.` });
    return detailFor(ctx, obligation);
  }),

  history: readProcedure
    .input(z.object({ id: obligationId }))
    .query(async ({ ctx, input }) => historyFor(ctx, await obligationHistory(ctx.db, input.id))),

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
    .query(async ({ ctx, input }) => {
      const { from, to, ...options } = input;
      const page = await dueBetween(ctx.db, from, to, options);
      return { ...page, items: obligationsFor(ctx, page.items) };
    }),
});
