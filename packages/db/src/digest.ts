/**
 * The digest: a reminder a person may opt in to, by e-mail, of what is overdue and what falls due
 * soon among the obligations they work on (a limited editor's scope; the library for others). Its
 * content is read here; the server composes and sends it. The address a person gives is checked
 * here too, since it ends up in a mail header: one address, no spaces, quotes, brackets or
 * control characters, bounded in length, so no header can be smuggled in with it.
 */

import { settledStatuses } from "./due-date.ts";
import { InvalidValueError, NotFoundError } from "./errors.ts";
import type { Db } from "./handle.ts";
import { listObligations } from "./obligations.ts";
import { addDays, type OverviewList } from "./overview.ts";
import { trackingStatuses } from "./schema.ts";
import { type User, userOf } from "./users.ts";
import { now, today as todayUtc, toJson } from "./values.ts";

/** How far ahead a digest looks for what falls due. */
export const digestDays = 30;

/** The longest address SMTP carries (RFC 5321: 254 in a path), and its local part (64). */
export const maxEmailLength = 254;

export interface DigestSettings {
  /** Where the digest goes; null: no address given. */
  email: string | null;
  /** Opted in. */
  digest: boolean;
}

/**
 * What is wrong with an e-mail address, in a few words, or null when it will do. Deliberately
 * narrower than RFC 5322 (no quoted local parts, comments or address literals): a plain
 * name@domain.example is what people give, and anything richer could carry header syntax.
 */
export function emailAddressProblem(address: string): string | null {
  if (address.length > maxEmailLength) return `at most ${maxEmailLength} characters`;
  const at = address.lastIndexOf("@");
  if (at < 1 || at !== address.indexOf("@")) return "one address, as name@example.org";
  const local = address.slice(0, at);
  const domain = address.slice(at + 1);
  if (local.length > 64) return "at most 64 characters before the @";
  if (!/^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/.test(local))
    return "letters, digits and . _ + - before the @, no spaces";
  if (!/^(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$/.test(domain))
    return "a domain name after the @, such as un.org";
  return null;
}

export async function digestSettingsOf(db: Db, userId: number): Promise<DigestSettings> {
  const row = await db.kysely
    .selectFrom("users")
    .select(["email", "digest"])
    .where("id", "=", userId)
    .executeTakeFirst();
  if (!row) throw new NotFoundError("user", userId);
  return { email: row.email, digest: row.digest === 1 };
}

/** Sets one's address and whether the digest is wanted; opting in needs an address. */
export async function setDigestSettings(
  db: Db,
  userId: number,
  settings: DigestSettings,
): Promise<DigestSettings> {
  const email = settings.email?.trim() || null;
  if (email !== null) {
    const problem = emailAddressProblem(email);
    if (problem) throw new InvalidValueError(`e-mail address: ${problem}`);
  }
  if (settings.digest && email === null)
    throw new InvalidValueError("e-mail address: give one to receive the digest");
  const result = await db.kysely
    .updateTable("users")
    .set({ email, digest: settings.digest ? 1 : 0, updated_at: now() })
    .where("id", "=", userId)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) throw new NotFoundError("user", userId);
  return { email, digest: settings.digest };
}

/** A recipient of the digest: the account and its address. */
export interface DigestRecipient {
  user: User;
  email: string;
}

/** The accounts that opted in and gave an address, by id; or only the one of `userId`. */
export async function digestRecipients(db: Db, userId?: number): Promise<DigestRecipient[]> {
  let q = db.kysely
    .selectFrom("users")
    .selectAll()
    .where("digest", "=", 1)
    .where("email", "is not", null);
  if (userId !== undefined) q = q.where("id", "=", userId);
  const rows = await q.orderBy("id").execute();
  return rows.map((row) => ({ user: userOf(row), email: row.email as string }));
}

export interface DigestContent {
  today: string;
  /** The last day "falls due" looks at. */
  dueUntil: string;
  /** The actors the reader works for (a limited editor), or null: the whole library. */
  scope: string[] | null;
  overdue: OverviewList;
  dueSoon: OverviewList;
}

/**
 * What a person's digest holds: open obligations in their scope that are overdue, and those that
 * fall due in the next `days` days, soonest first, at most `limit` of each (with the totals).
 */
export async function digestOf(
  db: Db,
  user: Pick<User, "role" | "editableActorIds">,
  options: { today?: string; days?: number; limit?: number } = {},
): Promise<DigestContent> {
  const today = options.today ?? todayUtc();
  const dueUntil = addDays(today, options.days ?? digestDays);
  const scope =
    user.role !== "admin" && user.editableActorIds.length > 0 ? user.editableActorIds : null;
  const base = {
    today,
    limit: Math.max(1, Math.min(options.limit ?? 25, 100)),
    sort: "due" as const,
    ...(scope ? { scope } : {}),
  };
  const open = trackingStatuses.filter((s) => !settledStatuses.includes(s));
  const [overdue, dueSoon] = await Promise.all([
    listObligations(db, { ...base, overdue: true }),
    listObligations(db, { ...base, dueFrom: today, dueTo: dueUntil, status: open }),
  ]);
  return {
    today,
    dueUntil,
    scope,
    overdue: { total: overdue.total, items: overdue.items },
    dueSoon: { total: dueSoon.total, items: dueSoon.items },
  };
}

const sentOn = "digestSentOn";

/**
 * Claims the sending of `day`'s digests: true for the first caller, false when they were claimed
 * already, by this server or another on the same database (one conditional write decides).
 */
export async function claimDigestDay(db: Db, day: string): Promise<boolean> {
  const value = toJson(day);
  const at = now();
  const result = await db.kysely
    .insertInto("settings")
    .values({ name: sentOn, value, updated_at: at })
    .onConflict((oc) =>
      oc.column("name").doUpdateSet({ value, updated_at: at }).where("settings.value", "<>", value),
    )
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** Gives a claimed day back (nothing could be sent), so that a later try sends it. */
export async function releaseDigestDay(db: Db, day: string): Promise<void> {
  await db.kysely
    .updateTable("settings")
    .set({ value: toJson(null), updated_at: now() })
    .where("name", "=", sentOn)
    .where("value", "=", toJson(day))
    .execute();
}
