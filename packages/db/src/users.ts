/** Accounts for the server: users and roles, login sessions, and instance-wide settings. */
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

export async function updateUser(db: Db, id: number, change: UserChange): Promise<User> {
  if (change.role !== undefined) checkRole(change.role);
  const row = await db.kysely
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
  return userOf(row);
}

/** Deletes the user and their sessions. */
export async function deleteUser(db: Db, id: number): Promise<boolean> {
  const result = await db.kysely.deleteFrom("users").where("id", "=", id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export interface Session {
  tokenHash: string;
  userId: number;
  createdAt: string;
  expiresAt: string;
}

const sessionOf = (row: SessionRow): Session => ({
  tokenHash: row.token_hash,
  userId: row.user_id,
  createdAt: row.created_at,
  expiresAt: row.expires_at,
});

export async function createSession(
  db: Db,
  session: { tokenHash: string; userId: number; expiresAt: string },
): Promise<Session> {
  const row = await db.kysely
    .insertInto("sessions")
    .values({
      token_hash: session.tokenHash,
      user_id: session.userId,
      created_at: now(),
      expires_at: session.expiresAt,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return sessionOf(row);
}

/** The session and its user, unless it expired (as of `at`, an ISO timestamp; now by default). */
export async function getSession(
  db: Db,
  tokenHash: string,
  at: string = now(),
): Promise<{ session: Session; user: User } | null> {
  const row = await db.kysely
    .selectFrom("sessions")
    .selectAll()
    .where("token_hash", "=", tokenHash)
    .executeTakeFirst();
  if (!row || row.expires_at <= at) return null;
  const user = await getUser(db, row.user_id);
  return user ? { session: sessionOf(row), user } : null;
}

export async function deleteSession(db: Db, tokenHash: string): Promise<void> {
  await db.kysely.deleteFrom("sessions").where("token_hash", "=", tokenHash).execute();
}

/** Removes sessions expired as of `at`; returns how many. */
export async function deleteExpiredSessions(db: Db, at: string = now()): Promise<number> {
  const result = await db.kysely
    .deleteFrom("sessions")
    .where("expires_at", "<=", at)
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
