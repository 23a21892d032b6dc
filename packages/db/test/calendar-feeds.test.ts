import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  calendarFeedCreatedAt,
  calendarFeedToken,
  createUser,
  deleteUser,
  exportDatabase,
  getUser,
  hashSessionToken,
  NotFoundError,
  type User,
  userOfCalendarToken,
} from "../src/index.ts";
import { dialects, freshDatabase, type TestDatabase } from "./databases.ts";

describe.each(dialects)("private calendar addresses (%s)", (dialect) => {
  let t: TestDatabase;
  let alice: User;
  let bob: User;
  beforeAll(async () => {
    t = await freshDatabase(dialect);
    const account = (username: string) =>
      createUser(t.db, { username, displayName: username, role: "viewer", passwordHash: "x" });
    alice = await account("alice");
    bob = await account("bob");
  });
  afterAll(() => t?.drop());

  it("finds the user a token belongs to, as getSession gives users", async () => {
    expect(await calendarFeedCreatedAt(t.db, alice.id)).toBeNull();
    const token = await calendarFeedToken(t.db, alice.id);
    expect(token).toMatch(/^[\w-]{43}$/);
    expect(await userOfCalendarToken(t.db, token)).toEqual(await getUser(t.db, alice.id));
    expect(await calendarFeedCreatedAt(t.db, alice.id)).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    const ofBob = await calendarFeedToken(t.db, bob.id);
    expect((await userOfCalendarToken(t.db, ofBob))?.username).toBe("bob");
  });

  it("stores the token's hash, never the token", async () => {
    const token = await calendarFeedToken(t.db, alice.id);
    const rows = (await exportDatabase(t.db)).tables.calendar_feeds;
    expect(rows.find((r) => r.user_id === alice.id)?.token_hash).toBe(hashSessionToken(token));
    expect(JSON.stringify(rows)).not.toContain(token);
  });

  it("cuts the old address off when a new one is made", async () => {
    const old = await calendarFeedToken(t.db, alice.id);
    const current = await calendarFeedToken(t.db, alice.id);
    expect(current).not.toBe(old);
    expect(await userOfCalendarToken(t.db, old)).toBeNull();
    expect((await userOfCalendarToken(t.db, current))?.id).toBe(alice.id);
    // One address per user.
    const rows = (await exportDatabase(t.db)).tables.calendar_feeds;
    expect(rows.filter((r) => r.user_id === alice.id)).toHaveLength(1);
  });

  it("finds nobody for an unknown or empty token", async () => {
    expect(await userOfCalendarToken(t.db, "not-a-token")).toBeNull();
    expect(await userOfCalendarToken(t.db, "")).toBeNull();
  });

  it("ends with the user, and makes none for a user who does not exist", async () => {
    const carol = await createUser(t.db, {
      username: "carol",
      displayName: "Carol",
      role: "editor",
      passwordHash: "x",
    });
    const token = await calendarFeedToken(t.db, carol.id);
    await deleteUser(t.db, carol.id);
    expect(await userOfCalendarToken(t.db, token)).toBeNull();
    expect(await calendarFeedCreatedAt(t.db, carol.id)).toBeNull();
    await expect(calendarFeedToken(t.db, carol.id)).rejects.toThrow(NotFoundError);
  });
});
