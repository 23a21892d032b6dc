/** The purge timer: it deletes ended sessions on its own, holds no process open, and stops. */
import { createSession, createUser, newSessionToken } from "@mandates/db";
import { freshDatabase, type TestDatabase } from "@mandates/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServices } from "./context.ts";
import { purgeEndedSessions } from "./session-purge.ts";

let t: TestDatabase;
beforeAll(async () => {
  t = await freshDatabase("sqlite");
});
afterAll(() => t?.drop());

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const timers = () => process.getActiveResourcesInfo().filter((r) => r === "Timeout").length;

describe("purgeEndedSessions", () => {
  it("deletes expired and idle sessions every interval, unref'd, until stopped", async () => {
    const user = await createUser(t.db, {
      username: "someone",
      displayName: "Someone",
      role: "viewer",
      passwordHash: "x",
    });
    const open = async () => {
      const { tokenHash } = newSessionToken();
      await createSession(t.db, { tokenHash, userId: user.id, expiresAt: "2999-01-01T00:00:00Z" });
      return tokenHash;
    };
    const [expired, idle, live] = [await open(), await open(), await open()];
    await t.db.kysely
      .updateTable("sessions")
      .set({ expires_at: "2020-01-01T00:00:00.000Z" })
      .where("token_hash", "=", expired)
      .execute();
    await t.db.kysely
      .updateTable("sessions")
      .set({ last_seen_at: new Date(Date.now() - 25 * 3_600_000).toISOString() })
      .where("token_hash", "=", idle)
      .execute();
    const left = async () =>
      (await t.db.kysely.selectFrom("sessions").select("token_hash").execute()).map(
        (r) => r.token_hash,
      );

    const before = timers();
    const stop = purgeEndedSessions(createServices(t.db), 10);
    // An unref'd timer is not among the resources that keep the process alive.
    expect(timers()).toBe(before);
    for (let i = 0; i < 200 && (await left()).length > 1; i++) await sleep(10);
    expect(await left()).toEqual([live]);

    stop();
    const later = await open();
    await t.db.kysely
      .updateTable("sessions")
      .set({ expires_at: "2020-01-01T00:00:00.000Z" })
      .where("token_hash", "=", later)
      .execute();
    await sleep(100);
    expect(await left()).toContain(later);
  });
});
