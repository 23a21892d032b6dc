/**
 * Deadline: when an obligation falls due, as the text says it ("in 2016", "by 31 December 2025",
 * "within 30 days", "at its twenty-sixth session") with what it resolves to and how precisely.
 */
import { z } from "zod";
import { BodyId } from "./body.ts";

export const DeadlinePrecision = z.enum(["day", "month", "year", "session"]);
export type DeadlinePrecision = z.infer<typeof DeadlinePrecision>;

export const Deadline = z.object({
  text: z.string().min(1),
  year: z.number().int().nullable(),
  /** YYYY-MM-DD when a day is known or derived (adoption + "within 30 days"); else YYYY-MM. */
  date: z.string().optional(),
  /** The session the text names, with the body whose calendar resolved it. */
  session: z
    .object({ body: BodyId, number: z.number().int(), start: z.string(), end: z.string() })
    .optional(),
  precision: DeadlinePrecision,
  /** "by"/"no later than" (a limit) vs "at"/"in" (a time when the thing happens). */
  bound: z.enum(["by", "at"]),
});
export type Deadline = z.infer<typeof Deadline>;
