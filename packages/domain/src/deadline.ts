/**
 * Deadline: when an obligation falls due, as the text says it ("in 2016", "by 31 December 2025",
 * "within 30 days", "at its twenty-sixth session") with what it resolves to and how precisely; or
 * when an event the text schedules takes place ("the high-level meeting will be held on Monday,
 * 24 November ... 2025"), told apart by its kind. Never a date before the text was adopted.
 */
import { z } from "zod";
import { BodyId } from "./body.ts";

export const DeadlinePrecision = z.enum(["day", "month", "year", "session"]);
export type DeadlinePrecision = z.infer<typeof DeadlinePrecision>;

/** "deadline": when something is due; "event": when a meeting the text schedules takes place. */
export const DeadlineKind = z.enum(["deadline", "event"]);
export type DeadlineKind = z.infer<typeof DeadlineKind>;

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
  /**
   * Always given by the parser; absent from deadlines stored before the field existed, which
   * read as "deadline".
   */
  kind: DeadlineKind.optional(),
});
export type Deadline = z.infer<typeof Deadline>;
