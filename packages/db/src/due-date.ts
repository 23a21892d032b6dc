/**
 * Due dates: the concrete day an extracted deadline falls due, so calendars and "overdue" work.
 * Deadlines are often coarser than a day, and each precision resolves to the day by which the
 * work has to be ready:
 * - day ("by 31 December 2025", or adoption + "within 30 days"): that day;
 * - month ("in June 2028"): its first day, since a report or event due "in" a month must be
 *   ready as the month opens;
 * - session ("at its eighty-first session"): the first day of the month the parser resolved it
 *   to, which is the month the session opens (a report is considered at the session, so it is
 *   due when it begins), or the month it closes for "during" or "by the end of" a session;
 * - year ("in 2026", "by 2030"): 31 December of that year.
 * An event the text schedules (kind "event": "will be held on Monday, 24 November ... 2025") has
 * its first day, month or year as its date, read the same way: the day it opens is the day to be
 * ready by. The parser gives no date before the text was adopted.
 */
import type { Deadline } from "@mandates/domain";
import type { TrackingStatus } from "./schema.ts";

export function dueDateOf(deadline: Deadline | null): string | null {
  if (!deadline) return null;
  const date = deadline.date ?? "";
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return date;
  if (/^\d{4}-\d{2}$/.test(date)) return `${date}-01`;
  const start = deadline.session?.start;
  if (start && /^\d{4}-\d{2}$/.test(start)) return `${start}-01`;
  if (deadline.year !== null) return `${String(deadline.year).padStart(4, "0")}-12-31`;
  return null;
}

/** Statuses under which a passed due date is no longer a concern. */
export const settledStatuses: readonly TrackingStatus[] = ["completed", "not-applicable"];

/**
 * Overdue: the due date has passed (strictly before `today`) and the obligation is neither
 * completed nor found not applicable. Computed on every read, never stored.
 */
export function isOverdue(dueDate: string | null, status: TrackingStatus, today: string): boolean {
  return dueDate !== null && dueDate < today && !settledStatuses.includes(status);
}
