/** Accounts for the server: users and roles, login sessions, and instance-wide settings. */
import { sql } from "kysely";
import { InvalidValueError, NotFoundError, RefusedError } from "./errors.ts";
import { type Db, inTransaction } from "./handle.ts";
import { type SessionRow, type UserRole, type UserRow, userRoles } from "./schema.ts";
import { countAll, fromJson, now, toJson } from "./values.ts";

export interface User {
  id: number;
  username: string;
  displayName: string;
  role: UserRole;
  /** For editors: the actors whose obligations they may edit; empty means all. */
  editableActorIds: string[];
  createdAt: string;
  updatedAt: string;
}

/** A user with the stored password hash: only for checking a login. */
export interface UserWithPassword extends User {
  passwordHash: string;
}

export interface NewUser {
  username: string;
  displayName: string;
  role: UserRole;
  editableActorIds?: string[];
  /** Hashed by the caller (see hashPassword); never a clear password. */
  passwordHash: string;
}

/** A users row as the User callers see (no password hash). */
export const userOf = (row: UserRow): User => ({
  id: row.id,
  username: row.username,
  displayName: row.display_name,
  role: row.role,
  editableActorIds: fromJson<string[]>(row.editable_actor_ids),
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

function checkRole(role: string) {
  if (!(userRoles as readonly string[]).includes(role))
    throw new InvalidValueError(`role: one of ${userRoles.join(", ")}`);
}

export async function createUser(db: Db, user: NewUser): Promise<User> {
  const username = user.username.trim();
  if (!username) throw new InvalidValueError("username: some text");
  checkRole(user.role);
  const at = now();
  return inTransaction(db, async (tx) => {
    const taken = await tx.kysely
      .selectFrom("users")
      .select("id")
      .where("username", "=", username)
      .executeTakeFirst();
    if (taken) throw new RefusedError(`The username ${JSON.stringify(username)} is taken.`);
    const row = await tx.kysely
      .insertInto("users")
      .values({
        username,
        display_name: user.displayName,
        role: user.role,
        editable_actor_ids: toJson(user.editableActorIds ?? []),
        password_hash: user.passwordHash,
        created_at: at,
        updated_at: at,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return userOf(row);
  });
}

export async function getUser(db: Db, id: number): Promise<User | null> {
  const row = await db.kysely
    .selectFrom("users")
    .selectAll()
    .where("id", "=", id)
    .executeTakeFirst();
  return row ? userOf(row) : null;
}

export async function findUserForLogin(db: Db, username: string): Promise<UserWithPassword | null> {
  const row = await db.kysely
    .selectFrom("users")
    .selectAll()
    .where("username", "=", username.trim())
    .executeTakeFirst();
  return row ? { ...userOf(row), passwordHash: row.password_hash } : null;
}

export async function listUsers(db: Db): Promise<User[]> {
  const rows = await db.kysely.selectFrom("users").selectAll().orderBy("id").execute();
  return rows.map(userOf);
}

export async function countUsers(db: Db): Promise<number> {
  const { n } = await db.kysely
    .selectFrom("users")
    .select(countAll().as("n"))
    .executeTakeFirstOrThrow();
  return n;
}

export interface UserChange {
  displayName?: string;
  role?: UserRole;
  editableActorIds?: string[];
  passwordHash?: string;
}

/**
 * Changes an account. A new password ends the user's sessions, all of them or all but
 * `keepSession` (the token hash of the session that changed its own password), in the same
 * transaction. The last admin keeps their role: someone must be left to manage accounts.
 */
export async function updateUser(
  db: Db,
  id: number,
  change: UserChange,
  options: { keepSession?: string } = {},
): Promise<User> {
  if (change.role !== undefined) checkRole(change.role);
  return inTransaction(db, async (tx) => {
    if (change.role !== undefined && change.role !== "admin")
      await keepAnAdmin(tx, id, "change their role");
    const row = await tx.kysely
      .updateTable("users")
      .set({
        ...(change.displayName === undefined ? {} : { display_name: change.displayName }),
        ...(change.role === undefined ? {} : { role: change.role }),
        ...(change.editableActorIds === undefined
          ? {}
          : { editable_actor_ids: toJson(change.editableActorIds) }),
        ...(change.passwordHash === undefined ? {} : { password_hash: change.passwordHash }),
        updated_at: now(),
      })
      .where("id", "=", id)
      .returningAll()
      .executeTakeFirst();
    if (!row) throw new NotFoundError("user", id);
    if (change.passwordHash !== undefined)
      await endSessionsOf(tx, id, options.keepSession ? { except: options.keepSession } : {});
    return userOf(row);
  });
}

/** Deletes the user and their sessions; never the last admin. */
export async function deleteUser(db: Db, id: number): Promise<boolean> {
  return inTransaction(db, async (tx) => {
    await keepAnAdmin(tx, id, "remove the account");
    const result = await tx.kysely.deleteFrom("users").where("id", "=", id).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  });
}

/**
 * Refuses to take away the only admin left. The admin rows are locked on PostgreSQL (SQLite runs
 * one write transaction at a time), so two admins demoting each other at once cannot both pass.
 */
async function keepAnAdmin(tx: Db, id: number, what: string): Promise<void> {
  const query = tx.kysely
    .selectFrom("users")
    .select(["id", "username"])
    .where("role", "=", "admin");
  const admins = await (tx.dialect === "postgres" ? query.forUpdate() : query).execute();
  const target = admins.find((admin) => admin.id === id);
  if (target && admins.length === 1)
    throw new RefusedError(
      `${target.username} is the only admin: make another account an admin before you ${what}, so that someone can still manage accounts.`,
    );
}

export interface Session {
  tokenHash: string;
  userId: number;
  createdAt: string;
  expiresAt: string;
  /** When it was last used, to the minute (its start until then). */
  lastSeenAt: string;
}

const sessionOf = (row: SessionRow): Session => ({
  tokenHash: row.token_hash,
  userId: row.user_id,
  createdAt: row.created_at,
  expiresAt: row.expires_at,
  lastSeenAt: row.last_seen_at ?? row.created_at,
});

export async function createSession(
  db: Db,
  session: { tokenHash: string; userId: number; expiresAt: string },
): Promise<Session> {
  const at = now();
  const row = await db.kysely
    .insertInto("sessions")
    .values({
      token_hash: session.tokenHash,
      user_id: session.userId,
      created_at: at,
      expires_at: session.expiresAt,
      last_seen_at: at,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return sessionOf(row);
}

/** When sessions end: `at` (an ISO timestamp; now by default), and after how long unused. */
export interface SessionClock {
  at?: string;
  /** A session unused this long (milliseconds) has ended; never, by default. */
  idleMs?: number;
}

/** The timestamp before which a session's last use means it has ended as idle (null: never). */
function idleCutoff(at: string, idleMs: number | undefined): string | null {
  return idleMs === undefined || !Number.isFinite(idleMs)
    ? null
    : new Date(Date.parse(at) - idleMs).toISOString();
}

const hasEnded = (session: Session, at: string, idleSince: string | null): boolean =>
  session.expiresAt <= at || (idleSince !== null && session.lastSeenAt <= idleSince);

/** The session and its user, unless it expired or has been idle too long. */
export async function getSession(
  db: Db,
  tokenHash: string,
  { at = now(), idleMs }: SessionClock = {},
): Promise<{ session: Session; user: User } | null> {
  const row = await db.kysely
    .selectFrom("sessions")
    .selectAll()
    .where("token_hash", "=", tokenHash)
    .executeTakeFirst();
  if (!row) return null;
  const session = sessionOf(row);
  if (hasEnded(session, at, idleCutoff(at, idleMs))) return null;
  const user = await getUser(db, row.user_id);
  return user ? { session, user } : null;
}

/**
 * A request's session: its user when it is alive, and a note that it was used. The note is
 * written at most every `touchEveryMs` (a minute), not on every request. A session found ended
 * is deleted.
 */
export async function resumeSession(
  db: Db,
  tokenHash: string,
  { at = now(), idleMs, touchEveryMs = 60_000 }: SessionClock & { touchEveryMs?: number } = {},
): Promise<{ session: Session; user: User } | null> {
  const row = await db.kysely
    .selectFrom("sessions")
    .selectAll()
    .where("token_hash", "=", tokenHash)
    .executeTakeFirst();
  if (!row) return null;
  const session = sessionOf(row);
  if (hasEnded(session, at, idleCutoff(at, idleMs))) {
    await deleteSession(db, tokenHash);
    return null;
  }
  const user = await getUser(db, row.user_id);
  if (!user) return null;
  const staleBefore = new Date(Date.parse(at) - touchEveryMs).toISOString();
  if (session.lastSeenAt <= staleBefore) {
    // Conditional, so that concurrent requests of one session write it once.
    await db.kysely
      .updateTable("sessions")
      .set({ last_seen_at: at })
      .where("token_hash", "=", tokenHash)
      .where((eb) => eb.or([eb("last_seen_at", "is", null), eb("last_seen_at", "<=", staleBefore)]))
      .execute();
    session.lastSeenAt = at;
  }
  return { session, user };
}

export async function deleteSession(db: Db, tokenHash: string): Promise<void> {
  await db.kysely.deleteFrom("sessions").where("token_hash", "=", tokenHash).execute();
}

/** Ends a user's sessions, all of them or all but one (by token hash); returns how many. */
export async function endSessionsOf(
  db: Db,
  userId: number,
  { except }: { except?: string } = {},
): Promise<number> {
  let query = db.kysely.deleteFrom("sessions").where("user_id", "=", userId);
  if (except !== undefined) query = query.where("token_hash", "!=", except);
  const result = await query.executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Removes the sessions that have ended, past their lifetime or idle too long; returns how many. */
export async function deleteEndedSessions(
  db: Db,
  { at = now(), idleMs }: SessionClock = {},
): Promise<number> {
  const idleSince = idleCutoff(at, idleMs);
  const result = await db.kysely
    .deleteFrom("sessions")
    .where((eb) =>
      eb.or([
        eb("expires_at", "<=", at),
        ...(idleSince === null
          ? []
          : [eb(eb.fn.coalesce("last_seen_at", "created_at"), "<=", idleSince)]),
      ]),
    )
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Instance-wide settings and their values until someone sets them. */
export interface Settings {
  /** Whether people who are not signed in may read the library. */
  anonymousRead: boolean;
}

export const defaultSettings: Settings = { anonymousRead: false };

export async function getSettings(db: Db): Promise<Settings & Record<string, unknown>> {
  const rows = await db.kysely.selectFrom("settings").select(["name", "value"]).execute();
  return {
    ...defaultSettings,
    ...Object.fromEntries(rows.map((r) => [r.name, fromJson(r.value)])),
  };
}

export async function setSetting<K extends string>(
  db: Db,
  name: K,
  value: K extends keyof Settings ? Settings[K] : unknown,
): Promise<void> {
  const at = now();
  await db.kysely
    .insertInto("settings")
    .values({ name, value: toJson(value), updated_at: at })
    .onConflict((oc) => oc.column("name").doUpdateSet({ value: toJson(value), updated_at: at }))
    .execute();
}

/** An account as a picker shows it. */
export interface AccountChoice {
  id: number;
  username: string;
  displayName: string;
}

/**
 * Accounts that may be given obligations (editors and admins: viewers cannot record progress)
 * whose username or display name contains `words`, case aside; by display name, at most `limit`.
 */
export async function findAssignableAccounts(
  db: Db,
  words: string,
  limit = 20,
): Promise<AccountChoice[]> {
  const pattern = `%${words
    .trim()
    .toLowerCase()
    .replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const rows = await db.kysely
    .selectFrom("users")
    .select(["id", "username", "display_name"])
    .where("role", "in", ["editor", "admin"])
    .where((eb) =>
      eb.or([
        eb(eb.fn("lower", ["username"]), "like", sql<string>`${pattern} escape '\\'`),
        eb(eb.fn("lower", ["display_name"]), "like", sql<string>`${pattern} escape '\\'`),
      ]),
    )
    .orderBy("display_name")
    .orderBy("id")
    .limit(Math.max(1, Math.min(limit, 50)))
    .execute();
  return rows.map((r) => ({ id: r.id, username: r.username, displayName: r.display_name }));
}
