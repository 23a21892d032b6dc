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
  bulkUpdateTracking,
  type CorrectableField,
  confirmObligation,
  confirmResolution,
  correctObligation,
  editEvidence,
  editScopeOf,
  evidenceLinkRule,
  maxBulkObligations,
  revertCorrection,
  setNoteVisibility,
  updateTracking,
  withdrawEvidence,
} from "@mandates/db";
import { CorrectionValue } from "@mandates/domain";
import { z } from "zod";
import { editorProcedure, router } from "../trpc.ts";
import {
  actorId,
  correctableField,
  isoDate,
  obligationId,
  status,
  symbol,
  visibility,
} from "./inputs.ts";
import { obligationFilters, storeFilters } from "./obligations.ts";

const versioned = { id: obligationId, expectedVersion: z.number().int().min(0) };

/** What may be set on one obligation or many: an account, an actor, a status, a date. */
const trackingFields = {
  status: status.optional(),
  assigneeId: z.number().int().positive().nullable().optional(),
  lead: actorId.nullable().optional(),
  dueDate: isoDate.nullable().optional(),
};

const somethingToSet = (i: {
  status?: unknown;
  assigneeId?: unknown;
  lead?: unknown;
  dueDate?: unknown;
}) =>
  i.status !== undefined ||
  i.assigneeId !== undefined ||
  i.lead !== undefined ||
  i.dueDate !== undefined;

/** Web addresses only: a stored link is shown to others as clickable. */
const evidenceLink = z
  .string()
  .trim()
  .max(2_000, "an evidence link is at most 2,000 characters")
  .refine((url) => /^https?:\/\//i.test(url) && URL.canParse(url), evidenceLinkRule);

/** A piece of evidence: a link, a document symbol or a note, its date, and who may read it. */
const evidenceFields = {
  url: evidenceLink.nullable().optional(),
  documentSymbol: z.string().trim().max(80).nullable().optional(),
  note: z.string().trim().max(5000).nullable().optional(),
  date: isoDate.nullable().optional(),
  visibility: visibility.optional(),
};

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
      z.object({ ...versioned, ...trackingFields }).refine(somethingToSet, "nothing to change"),
    )
    .mutation(({ ctx, input }) => {
      const { id, ...change } = input;
      return updateTracking(ctx.db, id, {
        ...change,
        user: ctx.user.username,
        scope: editScopeOf(ctx.user),
      });
    }),

  /**
   * One status, assignee, lead or due date on many obligations: these ids, or every one the
   * tracker's filters match. Refused whole if any is outside the caller's scope.
   */
  bulkUpdate: editorProcedure
    .input(
      z
        .object({
          ids: z.array(obligationId).min(1).max(maxBulkObligations).optional(),
          filters: obligationFilters.optional(),
          ...trackingFields,
        })
        .refine((i) => (i.ids === undefined) !== (i.filters === undefined), "give ids or filters")
        .refine(somethingToSet, "nothing to change"),
    )
    .mutation(({ ctx, input }) => {
      const { ids, filters, ...change } = input;
      const target = ids ? { ids } : { filters: storeFilters(ctx, filters ?? {}) };
      return bulkUpdateTracking(ctx.db, target, {
        ...change,
        user: ctx.user.username,
        scope: editScopeOf(ctx.user),
      });
    }),

  /** Confirms every value nobody has reviewed yet, of a resolution's obligations in the caller's scope. */
  confirmAll: editorProcedure.input(z.object({ symbol })).mutation(({ ctx, input }) =>
    confirmResolution(ctx.db, input.symbol, {
      user: ctx.user.username,
      scope: editScopeOf(ctx.user),
    }),
  ),

  addEvidence: editorProcedure
    .input(z.object({ id: obligationId, ...evidenceFields }))
    .mutation(({ ctx, input }) => {
      const { id, ...evidence } = input;
      return addEvidence(ctx.db, id, {
        ...evidence,
        user: ctx.user.username,
        scope: editScopeOf(ctx.user),
      });
    }),

  /** Replaces a piece of evidence's fields; the old ones stay in the history. */
  editEvidence: editorProcedure
    .input(z.object({ evidenceId: z.number().int().positive(), ...evidenceFields }))
    .mutation(({ ctx, input }) => {
      const { evidenceId, ...evidence } = input;
      return editEvidence(ctx.db, evidenceId, {
        ...evidence,
        user: ctx.user.username,
        scope: editScopeOf(ctx.user),
      });
    }),

  /** Withdraws a piece of evidence: kept, with who and when, but no longer shown. */
  withdrawEvidence: editorProcedure
    .input(z.object({ evidenceId: z.number().int().positive() }))
    .mutation(async ({ ctx, input }) => {
      await withdrawEvidence(ctx.db, input.evidenceId, {
        user: ctx.user.username,
        scope: editScopeOf(ctx.user),
      });
      return { withdrawn: input.evidenceId };
    }),

  addNote: editorProcedure
    .input(
      z.object({
        id: obligationId,
        text: z.string().trim().min(1, "write a note").max(10_000),
        visibility: visibility.optional(),
      }),
    )
    .mutation(({ ctx, input }) =>
      addNote(ctx.db, input.id, {
        text: input.text,
        ...(input.visibility ? { visibility: input.visibility } : {}),
        user: ctx.user.username,
        scope: editScopeOf(ctx.user),
      }),
    ),

  setNoteVisibility: editorProcedure
    .input(z.object({ noteId: z.number().int().positive(), visibility }))
    .mutation(({ ctx, input }) =>
      setNoteVisibility(ctx.db, input.noteId, input.visibility, {
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
