/**
 * Following up an obligation: status, assignee, due date, evidence, notes, and a person's
 * corrections of what the parser extracted. Every change needs the version the editor read
 * (a stale one is refused, never overwritten), and an editor limited to some actors may change
 * only obligations those actors bear.
 */
import {
  addEvidence,
  addNote,
  confirmObligation,
  correctObligation,
  type Db,
  getObligation,
  revertCorrection,
  type User,
  updateTracking,
} from "@mandates/db";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { editorProcedure, router } from "../trpc.ts";
import { correctableField, isoDate, obligationId, status } from "./inputs.ts";

/** Refuses when the user's editing is limited to actors that do not bear this obligation. */
async function checkMayEdit(db: Db, user: User, id: number): Promise<void> {
  const obligation = await getObligation(db, id);
  if (!obligation) throw new TRPCError({ code: "NOT_FOUND", message: `No obligation ${id}.` });
  const limits = user.editableActorIds;
  if (user.role === "admin" || limits.length === 0) return;
  if (!obligation.bearers.some((bearer) => limits.includes(bearer)))
    throw new TRPCError({
      code: "FORBIDDEN",
      message: `You may edit obligations of ${limits.join(", ")}; this one is borne by ${obligation.bearers.join(", ") || "no one named"}.`,
    });
}

const versioned = { id: obligationId, expectedVersion: z.number().int().min(0) };

export const trackingRouter = router({
  update: editorProcedure
    .input(
      z
        .object({
          ...versioned,
          status: status.optional(),
          assignee: z.string().trim().max(200).nullable().optional(),
          dueDate: isoDate.nullable().optional(),
        })
        .refine(
          (i) => i.status !== undefined || i.assignee !== undefined || i.dueDate !== undefined,
          "nothing to change",
        ),
    )
    .mutation(async ({ ctx, input }) => {
      await checkMayEdit(ctx.db, ctx.user, input.id);
      const { id, ...change } = input;
      return updateTracking(ctx.db, id, { ...change, user: ctx.user.username });
    }),

  addEvidence: editorProcedure
    .input(
      z.object({
        id: obligationId,
        url: z.url().max(2000).nullable().optional(),
        documentSymbol: z.string().trim().max(80).nullable().optional(),
        note: z.string().trim().max(5000).nullable().optional(),
        date: isoDate.nullable().optional(),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      await checkMayEdit(ctx.db, ctx.user, input.id);
      const { id, ...evidence } = input;
      return addEvidence(ctx.db, id, { ...evidence, user: ctx.user.username });
    }),

  addNote: editorProcedure
    .input(
      z.object({ id: obligationId, text: z.string().trim().min(1, "write a note").max(10_000) }),
    )
    .mutation(async ({ ctx, input }) => {
      await checkMayEdit(ctx.db, ctx.user, input.id);
      return addNote(ctx.db, input.id, { text: input.text, user: ctx.user.username });
    }),

  /** A person's value for an extracted field (bearers, verb, strength, action, deadline). */
  correct: editorProcedure
    .input(z.object({ ...versioned, field: correctableField, value: z.unknown() }))
    .mutation(async ({ ctx, input }) => {
      await checkMayEdit(ctx.db, ctx.user, input.id);
      return correctObligation(ctx.db, input.id, {
        field: input.field,
        value: input.value,
        expectedVersion: input.expectedVersion,
        user: ctx.user.username,
      });
    }),

  revert: editorProcedure
    .input(z.object({ ...versioned, field: correctableField }))
    .mutation(async ({ ctx, input }) => {
      await checkMayEdit(ctx.db, ctx.user, input.id);
      return revertCorrection(ctx.db, input.id, {
        field: input.field,
        expectedVersion: input.expectedVersion,
        user: ctx.user.username,
      });
    }),

  confirm: editorProcedure
    .input(z.object({ ...versioned, fields: z.array(correctableField).max(5).optional() }))
    .mutation(async ({ ctx, input }) => {
      await checkMayEdit(ctx.db, ctx.user, input.id);
      return confirmObligation(ctx.db, input.id, {
        expectedVersion: input.expectedVersion,
        user: ctx.user.username,
        ...(input.fields ? { fields: input.fields } : {}),
      });
    }),
});
