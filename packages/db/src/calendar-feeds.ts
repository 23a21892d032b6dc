/**
 * Private calendar addresses: a calendar program cannot sign in, so each user may have one secret
 * token that reads the calendar as them. Stored by its hash (as sessions are); the plain token
 * exists only in what `calendarFeedToken` returns, once.
 */
import { NotFoundError } from "./errors.ts";
import { type Db, inTransaction } from "./handle.ts";
import { hashSessionToken, newSessionToken } from "./password.ts";
import { type User, userOf } from "./users.ts";
import { now } from "./values.ts";

/**
 * A new token for the user's calendar address, replacing the one they had: calendars that use the
 * old address stop reading. Returns the token, which is not kept.
 */
export async function calendarFeedToken(db: Db, userId: number): Promise<string> {
  const { token, tokenHash } = newSessionToken();
  const at = now();
  await inTransaction(db, async (tx) => {
    const user = await tx.kysely
      .selectFrom("users")
      .select("id")
      .where("id", "=", userId)
      .executeTakeFirst();
    if (!user) throw new NotFoundError("user", userId);
    await tx.kysely
      .insertInto("calendar_feeds")
      .values({ user_id: userId, token_hash: tokenHash, created_at: at })
      .onConflict((oc) =>
        oc.column("user_id").doUpdateSet({ token_hash: tokenHash, created_at: at }),
      )
      .execute();
  });
  return token;
}

/** The user whose calendar address holds this token, or null (unknown, reset, or user removed). */
export async function userOfCalendarToken(db: Db, token: string): Promise<User | null> {
  if (!token) return null;
  const row = await db.kysely
    .selectFrom("calendar_feeds")
    .innerJoin("users", "users.id", "calendar_feeds.user_id")
    .selectAll("users")
    .where("calendar_feeds.token_hash", "=", hashSessionToken(token))
    .executeTakeFirst();
  return row ? userOf(row) : null;
}

/** When the user's current calendar address was made, or null if they have none. */
export async function calendarFeedCreatedAt(db: Db, userId: number): Promise<string | null> {
  const row = await db.kysely
    .selectFrom("calendar_feeds")
    .select("created_at")
    .where("user_id", "=", userId)
    .executeTakeFirst();
  return row?.created_at ?? null;
}
