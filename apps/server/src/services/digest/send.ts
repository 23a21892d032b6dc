/**
 * Composing and sending the digests: to every account that opted in (the daily run, or an admin's
 * "send now"), or to one. A digest with nothing overdue and nothing coming is not sent. One
 * address that fails does not stop the others; the run says who got theirs and why others did not.
 */
import {
  type Db,
  type DigestContent,
  digestOf,
  digestRecipients,
  listActors,
  type User,
} from "@mandates/db";
import { type ComposedDigest, composeDigest, isEmptyDigest } from "./compose.ts";
import type { Mailer } from "./mailer.ts";

export interface DigestRun {
  /** Usernames whose digest was handed to the relay. */
  sent: string[];
  /** Usernames with nothing overdue or coming: nothing sent. */
  empty: string[];
  failed: Array<{ username: string; reason: string }>;
}

export interface DigestOptions {
  /** YYYY-MM-DD; today (UTC) by default. */
  today?: string;
  /** The server's public address, for links (MANDATES_PUBLIC_URL). */
  baseUrl?: string | null;
}

/** How the digest names actors: short name, else name. */
async function actorNames(db: Db): Promise<(id: string) => string> {
  const names = new Map((await listActors(db)).map((a) => [a.id, a.shortName ?? a.name]));
  return (id) => names.get(id) ?? id;
}

/** One account's digest: its content, and the mail it makes. */
export async function digestFor(
  db: Db,
  user: User,
  options: DigestOptions = {},
): Promise<{ content: DigestContent; mail: ComposedDigest; empty: boolean }> {
  const [content, actorName] = await Promise.all([
    digestOf(db, user, options.today ? { today: options.today } : {}),
    actorNames(db),
  ]);
  const mail = composeDigest(content, user, { actorName, baseUrl: options.baseUrl ?? null });
  return { content, mail, empty: isEmptyDigest(content) };
}

/** Sends the digests of those who opted in (or of `userId` alone, if they did). */
export async function sendDigests(
  db: Db,
  mailer: Mailer,
  options: DigestOptions & { userId?: number } = {},
): Promise<DigestRun> {
  const run: DigestRun = { sent: [], empty: [], failed: [] };
  for (const { user, email } of await digestRecipients(db, options.userId)) {
    try {
      const { mail, empty } = await digestFor(db, user, options);
      if (empty) {
        run.empty.push(user.username);
        continue;
      }
      await mailer.send({ to: email, ...mail });
      run.sent.push(user.username);
    } catch (error) {
      run.failed.push({
        username: user.username,
        reason: error instanceof Error ? error.message : String(error),
      });
    }
  }
  return run;
}
