/**
 * Ended sessions (past their days, or idle too long) are deleted on a timer as well as on each
 * sign-in, so that a server nobody signs in to does not keep them. The timer does not hold the
 * process open, and stops when the server closes.
 */
import { deleteEndedSessions } from "@mandates/db";
import { type ServerServices, sessionIdleMs } from "./context.ts";

/** Purges every `everyMs` (an hour by default); returns the function that stops it. */
export function purgeEndedSessions(
  services: ServerServices,
  everyMs = 3_600_000,
  onError: (error: unknown) => void = () => {},
): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    deleteEndedSessions(services.db, { idleMs: sessionIdleMs(services) })
      .catch(onError)
      .finally(() => {
        running = false;
      });
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
