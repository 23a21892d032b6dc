/**
 * What a person may give when correcting a value the parser extracted from an obligation
 * (bearers, verb, strength, action, deadline): the same shapes as Obligation's fields, bounded, so
 * that one correction cannot grow a row, and every list, export and calendar that shows it,
 * without limit. Each refusal names the field and the limit.
 */
import { z } from "zod";
import { BodyId } from "./body.ts";
import { DeadlineKind, DeadlinePrecision } from "./deadline.ts";

export const correctionLimits = {
  bearers: 50,
  actorId: 100,
  verb: 100,
  action: 5_000,
  deadlineText: 500,
} as const;

const strengthRule = "strength: a whole number from 1 to 5";
const yearMonth = z
  .string()
  .max(7, "deadline: a session month as YYYY-MM")
  .regex(/^\d{4}-\d{2}$/, "deadline: a session month as YYYY-MM");

export const CorrectedDeadline = z.object({
  text: z
    .string()
    .min(1, "deadline: the words that set it")
    .max(
      correctionLimits.deadlineText,
      `deadline: at most ${correctionLimits.deadlineText} characters of text`,
    ),
  year: z.number().int().min(1900).max(2200).nullable(),
  date: z
    .string()
    .max(10, "deadline: a date as YYYY-MM-DD or YYYY-MM")
    .regex(/^\d{4}-\d{2}(-\d{2})?$/, "deadline: a date as YYYY-MM-DD or YYYY-MM")
    .optional(),
  session: z
    .object({
      body: BodyId,
      number: z.number().int().min(1).max(1_000),
      start: yearMonth,
      end: yearMonth,
    })
    .optional(),
  precision: DeadlinePrecision,
  bound: z.enum(["by", "at"]),
  kind: DeadlineKind.optional(),
});

/** Per correctable field, the values a person may give. */
export const CorrectionValue = {
  bearers: z
    .array(
      z
        .string()
        .min(1, "bearers: actor ids, not empty")
        .max(
          correctionLimits.actorId,
          `bearers: an actor id is at most ${correctionLimits.actorId} characters`,
        ),
      "bearers: a list of actor ids",
    )
    .max(correctionLimits.bearers, `bearers: at most ${correctionLimits.bearers} actors`),
  verb: z
    .string("verb: a verb")
    .trim()
    .min(1, "verb: a verb")
    .max(correctionLimits.verb, `verb: at most ${correctionLimits.verb} characters`),
  strength: z.number(strengthRule).int(strengthRule).min(1, strengthRule).max(5, strengthRule),
  action: z
    .string("action: text")
    .max(
      correctionLimits.action,
      `action: at most ${correctionLimits.action.toLocaleString("en")} characters`,
    ),
  deadline: CorrectedDeadline.nullable(),
} as const;
