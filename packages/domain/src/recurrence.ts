/**
 * Recurrence: how often an obligation comes back ("annually", "biennially", "every six months",
 * "on a four-year basis", "at each session"). `rule` speaks iCalendar (RFC 5545 RRULE) where it can,
 * so due dates export to calendars unchanged; "SESSION" means each session of the body addressed.
 */
import { z } from "zod";

export const Recurrence = z.object({
  text: z.string().min(1),
  /** "FREQ=YEARLY", "FREQ=YEARLY;INTERVAL=2", "FREQ=MONTHLY;INTERVAL=6", or "SESSION". */
  rule: z.string().min(1),
  /** The first occurrence when the text says ("starting at its seventy-second session"). */
  starts: z.string().optional(),
});
export type Recurrence = z.infer<typeof Recurrence>;
