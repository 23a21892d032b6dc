import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  countUsers,
  createSession,
  createUser,
  type DatabaseDump,
  deleteEndedSessions,
  deleteSession,
  deleteUser,
  exportDatabase,
  findUserForLogin,
  getSession,
  getSettings,
  getUser,
  hashPassword,
  InvalidValueError,
  importDatabase,
  listUsers,
  newSessionToken,
  RefusedError,
  resumeSession,
  setSetting,
  type User,
  updateUser,
  verifyPassword,
} from "../src/index.ts";
import { dialects, freshDatabase, type TestDatabase } from "./databases.ts";

describe.each(dialects)("users, sessions and settings (%s)", (dialect) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await freshDatabase(dialect);
  });
  afterAll(() => t?.drop());

  it("creates users with unique usernames, roles and editable actors", async () => {
    expect(await countUsers(t.db)).toBe(0);
    const passwordHash = await hashPassword("correct horse battery staple");
    const alice = await createUser(t.db, {
      username: "alice",
      displayName: "Alice Officer",
      role: "editor",
      editableActorIds: ["unodc", "sg"],
      passwordHash,
    });
    expect(alice).toMatchObject({
      username: "alice",
      role: "editor",
      editableActorIds: ["unodc", "sg"],
    });
    expect(alice).not.toHaveProperty("passwordHash");
    await expect(
      createUser(t.db, { username: "alice", displayName: "Another", role: "viewer", passwordHash }),
    ).rejects.toThrow(RefusedError);
    await expect(
      createUser(t.db, {
        username: "eve",
        displayName: "Eve",
        role: "root" as never,
        passwordHash,
      }),
    ).rejects.toThrow(InvalidValueError);

    const login = await findUserForLogin(t.db, "alice");
    expect(
      login && (await verifyPassword("correct horse battery staple", login.passwordHash)),
    ).toBe(true);
    expect(login && (await verifyPassword("wrong", login.passwordHash))).toBe(false);
    expect(await findUserForLogin(t.db, "nobody")).toBeNull();

    const admin = await updateUser(t.db, alice.id, { role: "admin", editableActorIds: [] });
    expect(admin).toMatchObject({
      role: "admin",
      editableActorIds: [],
      displayName: "Alice Officer",
    });
    expect(await getUser(t.db, alice.id)).toEqual(admin);
    expect((await listUsers(t.db)).map((u) => u.username)).toEqual(["alice"]);
  });

  it("keeps sessions by token hash until they expire or the user goes", async () => {
    const bob = await createUser(t.db, {
      username: "bob",
      displayName: "Bob",
      role: "viewer",
      passwordHash: "x",
    });
    const { token, tokenHash } = newSessionToken();
    expect(tokenHash).not.toBe(token);
    await createSession(t.db, { tokenHash, userId: bob.id, expiresAt: "2030-01-01T00:00:00.000Z" });
    expect(await getSession(t.db, tokenHash, { at: "2029-12-31T23:59:59.000Z" })).toMatchObject({
      session: { userId: bob.id },
      user: { username: "bob" },
    });
    expect(await getSession(t.db, tokenHash, { at: "2030-01-01T00:00:00.000Z" })).toBeNull();

    const old = newSessionToken();
    await createSession(t.db, {
      tokenHash: old.tokenHash,
      userId: bob.id,
      expiresAt: "2020-01-01T00:00:00.000Z",
    });
    expect(await deleteEndedSessions(t.db, { at: "2025-01-01T00:00:00.000Z" })).toBe(1);
    expect(await getSession(t.db, tokenHash, { at: "2025-01-01T00:00:00.000Z" })).not.toBeNull();

    await deleteSession(t.db, tokenHash);
    expect(await getSession(t.db, tokenHash, { at: "2025-01-01T00:00:00.000Z" })).toBeNull();

    const last = newSessionToken();
    await createSession(t.db, {
      tokenHash: last.tokenHash,
      userId: bob.id,
      expiresAt: "2030-01-01T00:00:00.000Z",
    });
    expect(await deleteUser(t.db, bob.id)).toBe(true);
    expect(await getSession(t.db, last.tokenHash, { at: "2025-01-01T00:00:00.000Z" })).toBeNull();
    expect(await deleteUser(t.db, bob.id)).toBe(false);
  });

  it("gives settings their defaults until someone sets them", async () => {
    expect(await getSettings(t.db)).toEqual({ anonymousRead: false });
    await setSetting(t.db, "anonymousRead", true);
    await setSetting(t.db, "instanceName", "UNODC mandates");
    expect(await getSettings(t.db)).toEqual({
      anonymousRead: true,
      instanceName: "UNODC mandates",
    });
    await setSetting(t.db, "anonymousRead", false);
    expect((await getSettings(t.db)).anonymousRead).toBe(false);
  });
});

describe.each(dialects)("sessions that end (%s)", (dialect) => {
  let t: TestDatabase;
  let carol: User;
  let dave: User;
  beforeAll(async () => {
    t = await freshDatabase(dialect);
    const account = (username: string) =>
      createUser(t.db, { username, displayName: username, role: "editor", passwordHash: "x" });
    carol = await account("carol");
    dave = await account("dave");
  });
  afterAll(() => t?.drop());

  const minutes = (n: number) => n * 60_000;
  const later = (at: string, ms: number) => new Date(Date.parse(at) + ms).toISOString();
  const open = async (user: User, expiresAt = "2999-01-01T00:00:00.000Z") => {
    const { tokenHash } = newSessionToken();
    return createSession(t.db, { tokenHash, userId: user.id, expiresAt });
  };
  /** Ages a session as time would: its last use written in the past. */
  const lastSeen = (tokenHash: string, at: string) =>
    t.db.kysely
      .updateTable("sessions")
      .set({ last_seen_at: at })
      .where("token_hash", "=", tokenHash)
      .execute();
  const storedLastSeen = async (tokenHash: string) =>
    (
      await t.db.kysely
        .selectFrom("sessions")
        .select("last_seen_at")
        .where("token_hash", "=", tokenHash)
        .executeTakeFirst()
    )?.last_seen_at;
  const sessionsOf = async (user: User) =>
    (
      await t.db.kysely
        .selectFrom("sessions")
        .select("token_hash")
        .where("user_id", "=", user.id)
        .execute()
    ).map((r) => r.token_hash);

  it("ends a session unused longer than the idle timeout, though its lifetime is not over", async () => {
    const session = await open(carol);
    expect(session.lastSeenAt).toBe(session.createdAt);
    const idleMs = minutes(24 * 60);
    const start = session.createdAt;
    expect(
      await getSession(t.db, session.tokenHash, { at: later(start, idleMs - 1000), idleMs }),
    ).toMatchObject({ user: { username: "carol" } });
    expect(
      await getSession(t.db, session.tokenHash, { at: later(start, idleMs), idleMs }),
    ).toBeNull();
    // resumeSession finds it ended and deletes it.
    expect(
      await resumeSession(t.db, session.tokenHash, { at: later(start, idleMs + 1), idleMs }),
    ).toBeNull();
    expect(await sessionsOf(carol)).not.toContain(session.tokenHash);
  });

  it("notes a session's use at most once a minute, and a noted use keeps it alive", async () => {
    const session = await open(carol);
    const idleMs = minutes(60);
    const start = "2026-03-01T09:00:00.000Z";
    await lastSeen(session.tokenHash, start);
    // Within the minute: no write.
    for (const seconds of [1, 30, 59]) {
      const at = later(start, seconds * 1000);
      expect(await resumeSession(t.db, session.tokenHash, { at, idleMs })).not.toBeNull();
      expect(await storedLastSeen(session.tokenHash)).toBe(start);
    }
    const minuteOn = later(start, minutes(1));
    await resumeSession(t.db, session.tokenHash, { at: minuteOn, idleMs });
    expect(await storedLastSeen(session.tokenHash)).toBe(minuteOn);
    // 50 minutes after that use (70 after the first) it is still alive: the idle time counts from the last use.
    const after = later(minuteOn, minutes(50));
    expect(await resumeSession(t.db, session.tokenHash, { at: after, idleMs })).toMatchObject({
      session: { lastSeenAt: after },
    });
  });

  it("purges every ended session, expired or idle, and keeps the live ones", async () => {
    const at = "2026-06-01T12:00:00.000Z";
    const expired = await open(dave, "2026-05-31T00:00:00.000Z");
    const idle = await open(dave);
    await lastSeen(idle.tokenHash, "2026-05-30T12:00:00.000Z");
    const live = await open(dave);
    await lastSeen(live.tokenHash, "2026-06-01T11:00:00.000Z");
    const before = await sessionsOf(dave);
    expect(before).toEqual(expect.arrayContaining([expired.tokenHash, idle.tokenHash]));
    expect(
      await deleteEndedSessions(t.db, { at, idleMs: minutes(24 * 60) }),
    ).toBeGreaterThanOrEqual(2);
    const after = await sessionsOf(dave);
    expect(after).toContain(live.tokenHash);
    expect(after).not.toContain(expired.tokenHash);
    expect(after).not.toContain(idle.tokenHash);
  });

  it("ends the user's sessions on a new password: all, or all but the one that changed it", async () => {
    const [a, b, c] = [await open(carol), await open(carol), await open(carol)];
    const other = await open(dave);
    // A new name, role or actor limit ends nothing: rights are read on each request.
    await updateUser(t.db, carol.id, { displayName: "Carol", editableActorIds: ["unodc"] });
    await updateUser(t.db, carol.id, { role: "viewer" });
    expect(await sessionsOf(carol)).toEqual(
      expect.arrayContaining([a.tokenHash, b.tokenHash, c.tokenHash]),
    );
    await updateUser(t.db, carol.id, { passwordHash: "y" }, { keepSession: b.tokenHash });
    expect(await sessionsOf(carol)).toEqual([b.tokenHash]);
    await updateUser(t.db, carol.id, { passwordHash: "z" });
    expect(await sessionsOf(carol)).toEqual([]);
    expect(await sessionsOf(dave)).toContain(other.tokenHash);
  });

  it("restores an export of schema 0008, whose sessions have no last use, as used at their start", async () => {
    const session = await open(dave);
    const dump = await exportDatabase(t.db);
    const older = {
      ...dump,
      schemaVersion: "0008-calendar-feeds",
      tables: {
        ...dump.tables,
        sessions: dump.tables.sessions.map(({ last_seen_at: _, ...row }) => row),
      },
    } as DatabaseDump;
    const target = await freshDatabase(dialect);
    try {
      await importDatabase(target.db, older);
      const restored = await getSession(target.db, session.tokenHash);
      expect(restored?.session.lastSeenAt).toBe(session.createdAt);
      expect(
        await getSession(target.db, session.tokenHash, {
          at: later(session.createdAt, minutes(61)),
          idleMs: minutes(60),
        }),
      ).toBeNull();
    } finally {
      await target.drop();
    }
  });
});

describe.each(dialects)("the last admin (%s)", (dialect) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await freshDatabase(dialect);
  });
  afterAll(() => t?.drop());

  const admin = (username: string) =>
    createUser(t.db, { username, displayName: username, role: "admin", passwordHash: "x" });
  const admins = async () =>
    (await listUsers(t.db)).filter((u) => u.role === "admin").map((u) => u.username);

  it("cannot be demoted or removed, and can be once there is another", async () => {
    const root = await admin("root");
    const demote = updateUser(t.db, root.id, { role: "editor" });
    await expect(demote).rejects.toThrow(RefusedError);
    await expect(demote).rejects.toThrow(
      "root is the only admin: make another account an admin before you change their role, so that someone can still manage accounts.",
    );
    await expect(deleteUser(t.db, root.id)).rejects.toThrow(
      "root is the only admin: make another account an admin before you remove the account, so that someone can still manage accounts.",
    );
    // An admin may still change their name and password.
    expect(await updateUser(t.db, root.id, { displayName: "Root", role: "admin" })).toMatchObject({
      role: "admin",
    });
    expect(await admins()).toEqual(["root"]);

    const deputy = await admin("deputy");
    expect(await updateUser(t.db, root.id, { role: "viewer" })).toMatchObject({ role: "viewer" });
    await expect(deleteUser(t.db, deputy.id)).rejects.toThrow(RefusedError);
    expect(await admins()).toEqual(["deputy"]);
    await updateUser(t.db, root.id, { role: "admin" });
    expect(await deleteUser(t.db, root.id)).toBe(true);
    expect(await admins()).toEqual(["deputy"]);
  });

  it("lets only one of two admins demoting each other at once succeed", async () => {
    const [first, second] = [await admin("first"), await admin("second")];
    const deputy = (await listUsers(t.db)).find((u) => u.username === "deputy");
    if (!deputy) throw new Error("deputy is gone");
    await updateUser(t.db, deputy.id, { role: "viewer" });
    expect(await admins()).toEqual(["first", "second"]);
    // The first demotion holds its transaction open while the second one runs: without a lock on
    // the admin rows, the second would still count two admins and pass.
    const results = await Promise.allSettled([
      t.db.kysely.transaction().execute(async (kysely) => {
        const demoted = await updateUser({ kysely, dialect }, first.id, { role: "editor" });
        await new Promise((resolve) => setTimeout(resolve, 200));
        return demoted;
      }),
      new Promise((resolve) => setTimeout(resolve, 50)).then(() =>
        updateUser(t.db, second.id, { role: "editor" }),
      ),
    ]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "rejected"]);
    expect(results[1]?.status === "rejected" && results[1].reason).toBeInstanceOf(RefusedError);
    expect(await admins()).toEqual(["second"]);

    // Both at once, the other way round: one wins, whichever it is, and one admin is left.
    const other = await admin("third");
    const both = await Promise.allSettled([
      updateUser(t.db, second.id, { role: "viewer" }),
      updateUser(t.db, other.id, { role: "viewer" }),
    ]);
    expect(both.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await admins()).toHaveLength(1);
  });
});
