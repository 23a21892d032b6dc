/**
 * The overview, the first page a signed-in person sees: what is overdue, what falls due in the
 * next 90 days, what is assigned to them, what changed lately, and progress by lead entity and by
 * resolution. An editor limited to some actors sees their scope unless they ask for the whole
 * library; readers without an account get public fields only (the store's visibility rules).
 */
import { editScopeOf, overview } from "@mandates/db";
import { z } from "zod";
import { readProcedure, router } from "../trpc.ts";

export const overviewRouter = router({
  get: readProcedure
    .input(
      z
        .object({
          /** "mine": a limited editor's actors (the default); "library": everything. */
          scope: z.enum(["mine", "library"]).optional(),
          superseded: z.boolean().optional(),
        })
        .optional(),
    )
    .query(({ ctx, input }) => {
      const scope = ctx.user && input?.scope !== "library" ? editScopeOf(ctx.user) : null;
      return overview(ctx.db, {
        userId: ctx.user?.id ?? null,
        publicOnly: !ctx.user,
        ...(scope ? { scope: scope.actors } : {}),
        ...(input?.superseded ? { superseded: true } : {}),
      });
    }),
});
