/**
 * Following up an obligation: status, assignee, due date, evidence, notes, and a person's
 * corrections of what the parser extracted. Every change needs the version the editor read
 * (a stale one is refused, never overwritten). An editor limited to some actors may change only
 * obligations those actors bear, and correct bearers only within them: the store checks the
 * user's scope inside each write's transaction (see @mandates/db's scope.ts).
 */
import {
  addEvidence,
  addNote,
  type CorrectableField,
  confirmObligation,
  correctObligation,
  editScopeOf,
  evidenceLinkRule,
  revertCorrection,
  updateTracking,
} from "@mandates/db";
import { CorrectionValue } from "@mandates/domain";
import { z } from "zod";
import { editorProcedure, router } from "../trpc.ts";
import { correctableField, isoDate, obligationId, status } from "./inputs.ts";

const versioned = { id: obligationId, expectedVersion: z.number().int().min(0) };

/** Web addresses only: a stored link is shown to others as clickable. */
const evidenceLink = z
  .string()
  .trim()
  .max(2_000, "an evidence link is at most 2,000 characters")
  .refine((url) => /^https?:\/\//i.test(url) && URL.canParse(url), evidenceLinkRule);

interface Correction {
  id: number;
  expectedVersion: number;
  field: CorrectableField;
  value: unknown;
}

/**
 * A correction of one field, its value bounded as the domain's CorrectionValue says. Typed
 * loosely, so that a form can send whichever field it edits; checked exactly all the same.
 */
const correction = z.discriminatedUnion("field", [
  z.object({ ...versioned, field: z.literal("bearers"), value: CorrectionValue.bearers }),
  z.object({ ...versioned, field: z.literal("verb"), value: CorrectionValue.verb }),
  z.object({ ...versioned, field: z.literal("strength"), value: CorrectionValue.strength }),
  z.object({ ...versioned, field: z.literal("action"), value: CorrectionValue.action }),
  z.object({ ...versioned, field: z.literal("deadline"), value: CorrectionValue.deadline }),
]) as unknown as z.ZodType<Correction, Correction>;

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
    .mutation(({ ctx, input }) => {
      const { id, ...change } = input;
      return updateTracking(ctx.db, id, {
        ...change,
        user: ctx.user.username,
        scope: editScopeOf(ctx.user),
      });
    }),

  addEvidence: editorProcedure
    .input(
      z.object({
        id: obligationId,
        url: evidenceLink.nullable().optional(),
        documentSymbol: z.string().trim().max(80).nullable().optional(),
        note: z.string().trim().max(5000).nullable().optional(),
        date: isoDate.nullable().optional(),
      }),
    )
    .mutation(({ ctx, input }) => {
      const { id, ...evidence } = input;
      return addEvidence(ctx.db, id, {
        ...evidence,
        user: ctx.user.username,
        scope: editScopeOf(ctx.user),
      });
    }),

  addNote: editorProcedure
    .input(
      z.object({ id: obligationId, text: z.string().trim().min(1, "write a note").max(10_000) }),
    )
    .mutation(({ ctx, input }) =>
      addNote(ctx.db, input.id, {
        text: input.text,
        user: ctx.user.username,
        scope: editScopeOf(ctx.user),
      }),
    ),

  /** A person's value for an extracted field (bearers, verb, strength, action, deadline). */
  correct: editorProcedure.input(correction).mutation(({ ctx, input }) =>
    correctObligation(ctx.db, input.id, {
      field: input.field,
      value: input.value,
      expectedVersion: input.expectedVersion,
      user: ctx.user.username,
      scope: editScopeOf(ctx.user),
    }),
  ),

  revert: editorProcedure
    .input(z.object({ ...versioned, field: correctableField }))
    .mutation(({ ctx, input }) =>
      revertCorrection(ctx.db, input.id, {
        field: input.field,
        expectedVersion: input.expectedVersion,
        user: ctx.user.username,
        scope: editScopeOf(ctx.user),
      }),
    ),

  confirm: editorProcedure
    .input(z.object({ ...versioned, fields: z.array(correctableField).max(5).optional() }))
    .mutation(({ ctx, input }) =>
      confirmObligation(ctx.db, input.id, {
        expectedVersion: input.expectedVersion,
        user: ctx.user.username,
        scope: editScopeOf(ctx.user),
        ...(input.fields ? { fields: input.fields } : {}),
      }),
    ),
});
