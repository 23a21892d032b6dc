import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  countUsers,
  createSession,
  createUser,
  deleteExpiredSessions,
  deleteSession,
  deleteUser,
  findUserForLogin,
  getSession,
  getSettings,
  getUser,
  hashPassword,
  InvalidValueError,
  listUsers,
  newSessionToken,
  RefusedError,
  setSetting,
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
    expect(await getSession(t.db, tokenHash, "2029-12-31T23:59:59.000Z")).toMatchObject({
      session: { userId: bob.id },
      user: { username: "bob" },
    });
    expect(await getSession(t.db, tokenHash, "2030-01-01T00:00:00.000Z")).toBeNull();

    const old = newSessionToken();
    await createSession(t.db, {
      tokenHash: old.tokenHash,
      userId: bob.id,
      expiresAt: "2020-01-01T00:00:00.000Z",
    });
    expect(await deleteExpiredSessions(t.db, "2025-01-01T00:00:00.000Z")).toBe(1);
    expect(await getSession(t.db, tokenHash, "2025-01-01T00:00:00.000Z")).not.toBeNull();

    await deleteSession(t.db, tokenHash);
    expect(await getSession(t.db, tokenHash, "2025-01-01T00:00:00.000Z")).toBeNull();

    const last = newSessionToken();
    await createSession(t.db, {
      tokenHash: last.tokenHash,
      userId: bob.id,
      expiresAt: "2030-01-01T00:00:00.000Z",
    });
    expect(await deleteUser(t.db, bob.id)).toBe(true);
    expect(await getSession(t.db, last.tokenHash, "2025-01-01T00:00:00.000Z")).toBeNull();
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
