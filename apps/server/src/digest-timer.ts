/**
 * The daily digest: once a day, from a set hour (06:00 UTC by default), the server sends the
 * digests of those who opted in, when it has an SMTP relay. The day is claimed in the database
 * first, so a restart, or a second server on the same PostgreSQL, does not send it twice; a run
 * that could send nothing at all (the relay down) gives the day back to be tried again. The timer
 * does not hold the process open, and stops when the server closes.
 */
import { claimDigestDay, releaseDigestDay } from "@mandates/db";
import type { ServerServices } from "./context.ts";
import { type DigestRun, sendDigests } from "./services/digest/send.ts";

/** Sends today's digests if it is time and nobody has; null when there was nothing to do. */
export async function sendTodaysDigests(
  services: ServerServices,
  at: Date = new Date(),
  hourUtc = 6,
): Promise<DigestRun | null> {
  const mailer = services.mailer;
  if (!mailer || at.getUTCHours() < hourUtc) return null;
  const day = at.toISOString().slice(0, 10);
  if (!(await claimDigestDay(services.db, day))) return null;
  const run = await sendDigests(services.db, mailer, { today: day, baseUrl: services.publicUrl });
  if (run.sent.length === 0 && run.failed.length > 0) await releaseDigestDay(services.db, day);
  return run;
}

/** Looks every `everyMs` (a quarter of an hour); returns the function that stops it. */
export function scheduleDigests(
  services: ServerServices,
  options: { everyMs?: number; hourUtc?: number } = {},
  onRun: (run: DigestRun) => void = () => {},
  onError: (error: unknown) => void = () => {},
): () => void {
  let running = false;
  const tick = () => {
    if (running) return;
    running = true;
    sendTodaysDigests(services, new Date(), options.hourUtc)
      .then((run) => run && onRun(run))
      .catch(onError)
      .finally(() => {
        running = false;
      });
  };
  const timer = setInterval(tick, options.everyMs ?? 15 * 60_000);
  timer.unref();
  return () => clearInterval(timer);
}
