/**
 * Sessions and sign-in over HTTP, against SQLite and PostgreSQL, as an attacker would try them:
 * malformed Cookie headers, a server behind a TLS proxy, sessions that outlive a password change,
 * expired and idle sessions, guesses spread over addresses, usernames told apart by timing, and
 * the last admin demoted. Each attack gets the refusal it should, by status and message.
 */
import {
  type AppRouter,
  createMandatesClient,
  createSessionClient,
  type MandatesClient,
  TRPCClientError,
} from "@mandates/client";
import { type DialectName, passwordDerivations } from "@mandates/db";
import { secureCookiesFromEnv } from "@mandates/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../cli/run-cli.ts";
import { type Harness, password, startHarness } from "./harness.ts";

const dialects: readonly DialectName[] = ["sqlite", "postgres"];

/** The error a call fails with, to look at its status and message. */
async function failure(call: Promise<unknown>): Promise<TRPCClientError<AppRouter>> {
  try {
    await call;
  } catch (error) {
    if (error instanceof TRPCClientError) return error as TRPCClientError<AppRouter>;
    throw error;
  }
  throw new Error("the call succeeded");
}

const statusOf = (error: TRPCClientError<AppRouter>) => error.data?.httpStatus;

/** A signed-in client and the cookie it holds. */
async function signedIn(h: Harness, username: string, secret = password) {
  const session = createSessionClient(h.url);
  await session.client.users.signIn.mutate({ username, password: secret });
  return { client: session.client, cookie: session.cookie() };
}

/** A raw GET of a procedure with a Cookie header of our making: status and parsed body. */
async function getWithCookie(h: Harness, path: string, cookie: string) {
  const response = await fetch(`${h.url}${path}`, { headers: { cookie } });
  return { status: response.status, body: await response.text() };
}

const sessionRows = (h: Harness, username: string) =>
  h.database.db.kysely
    .selectFrom("sessions")
    .innerJoin("users", "users.id", "sessions.user_id")
    .select(["sessions.token_hash", "sessions.last_seen_at", "sessions.expires_at"])
    .where("users.username", "=", username)
    .execute();

const userId = async (h: Harness, username: string) =>
  (
    await h.database.db.kysely
      .selectFrom("users")
      .select("id")
      .where("username", "=", username)
      .executeTakeFirstOrThrow()
  ).id;

describe.each(dialects)("sessions over HTTP on %s", (dialect) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(dialect);
  });
  afterAll(async () => {
    await h?.close();
  });

  describe("malformed cookies are read as none", () => {
    it("answers a bad cookie as signed out, never with a 500", async () => {
      const { cookie } = await signedIn(h, "viewer");
      const good = cookie.split("; ")[0] ?? "";
      const headers = [
        "mandates_session=%",
        "mandates_session=%E0%A4%A",
        "mandates_session",
        "=",
        ";;; ;",
        `mandates_session=${"A".repeat(5000)}`,
        // A header of many cookies, about 12 KB, with the session cookie last.
        `${Array.from({ length: 800 }, (_, i) => `c${i}=v${i}`).join("; ")}; mandates_session=%`,
        // The name twice: which one the browser meant is unknowable, so neither counts.
        `${good}; mandates_session=${"B".repeat(43)}`,
        `${good}; ${good}`,
      ];
      for (const header of headers) {
        const me = await getWithCookie(h, "/trpc/users.me", header);
        expect(me.status, header.slice(0, 40)).toBe(200);
        expect(JSON.parse(me.body).result.data.user).toBeNull();
        const list = await getWithCookie(h, "/trpc/resolutions.list", header);
        expect(list.status).toBe(401);
        expect(JSON.parse(list.body).error.message).toBe("Sign in to read the library.");
        const calendar = await getWithCookie(h, "/calendar.ics", header);
        expect(calendar.status).toBe(401);
        expect(JSON.parse(calendar.body).error).toBe("Sign in to read the calendar.");
      }
      // The good cookie alone still reads as the viewer.
      const me = await getWithCookie(h, "/trpc/users.me", good);
      expect(JSON.parse(me.body).result.data.user.username).toBe("viewer");
    });
  });

  describe("a new password ends the other sessions", () => {
    it("ends every session of an account an admin resets, but not the admin's", async () => {
      const admin = (await signedIn(h, "admin")).client;
      const [first, second] = [
        (await signedIn(h, "editor")).client,
        (await signedIn(h, "editor")).client,
      ];
      expect((await first.users.me.query()).user?.username).toBe("editor");
      const id = await userId(h, "editor");
      await admin.users.update.mutate({ id, password: "a new password for the editor" });
      for (const client of [first, second]) {
        expect((await client.users.me.query()).user).toBeNull();
        const write = await failure(client.resolutions.import.mutate({ text: "x" }));
        expect(statusOf(write)).toBe(401);
        expect(write.message).toBe("Sign in to make changes.");
      }
      expect(await sessionRows(h, "editor")).toEqual([]);
      expect((await admin.users.me.query()).user?.username).toBe("admin");
      // The new password signs in; the old one does not.
      const old = await failure(signedIn(h, "editor"));
      expect(statusOf(old)).toBe(401);
      expect(old.message).toBe("Wrong username or password.");
      await signedIn(h, "editor", "a new password for the editor");
      await admin.users.update.mutate({ id, password });
    });

    it("keeps the admin's own session when they reset their own password", async () => {
      const here = (await signedIn(h, "admin")).client;
      const there = (await signedIn(h, "admin")).client;
      const id = await userId(h, "admin");
      await here.users.update.mutate({ id, password: "the admin's second password" });
      expect((await here.users.me.query()).user?.username).toBe("admin");
      expect((await there.users.me.query()).user).toBeNull();
      await here.users.update.mutate({ id, password });
    });

    it("lets a user change their own password with the current one, ending their other sessions", async () => {
      const here = (await signedIn(h, "viewer")).client;
      const there = (await signedIn(h, "viewer")).client;
      const wrong = await failure(
        here.users.changePassword.mutate({
          currentPassword: "not my password",
          newPassword: "the viewer's second password",
        }),
      );
      expect(statusOf(wrong)).toBe(400);
      expect(wrong.message).toBe(
        "The current password is not right: the password was not changed.",
      );
      expect((await there.users.me.query()).user?.username).toBe("viewer");

      await here.users.changePassword.mutate({
        currentPassword: password,
        newPassword: "the viewer's second password",
      });
      expect((await here.users.me.query()).user?.username).toBe("viewer");
      expect((await there.users.me.query()).user).toBeNull();
      expect(await sessionRows(h, "viewer")).toHaveLength(1);
      await here.users.changePassword.mutate({
        currentPassword: "the viewer's second password",
        newPassword: password,
      });

      const anonymous = await failure(
        h.anonymous.users.changePassword.mutate({
          currentPassword: password,
          newPassword: password,
        }),
      );
      expect(statusOf(anonymous)).toBe(401);
      expect(anonymous.message).toBe("Sign in first.");
    });

    it("ends every session when the password is changed with `mandates user password`", async () => {
      const before = (await signedIn(h, "unodc")).client;
      const run = await runCli(["user", "password", "unodc"], {
        ...h.database.env,
        MANDATES_PASSWORD: "set from the command line",
      });
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toBe("New password for unodc; their sessions were ended.\n");
      expect((await before.users.me.query()).user).toBeNull();
      const after = (await signedIn(h, "unodc", "set from the command line")).client;
      expect((await after.users.me.query()).user?.username).toBe("unodc");
      const missing = await runCli(["user", "password", "nobody"], {
        ...h.database.env,
        MANDATES_PASSWORD: "set from the command line",
      });
      expect(missing.code).toBe(1);
      expect(missing.stderr).toBe('mandates user: no account "nobody".\n');
      const admin = (await signedIn(h, "admin")).client;
      await admin.users.update.mutate({ id: await userId(h, "unodc"), password });
    });

    it("needs no new session for a new role or actor limit: rights are read on each request", async () => {
      const admin = (await signedIn(h, "admin")).client;
      const editor = (await signedIn(h, "editor")).client;
      const id = await userId(h, "editor");
      await admin.users.update.mutate({ id, editableActorIds: ["unodc"] });
      expect((await editor.users.me.query()).user?.editableActorIds).toEqual(["unodc"]);
      await admin.users.update.mutate({ id, role: "viewer" });
      const refused = await failure(editor.resolutions.import.mutate({ text: "x" }));
      expect(statusOf(refused)).toBe(403);
      expect(refused.message).toBe("Your account can read but not change data.");
      await admin.users.update.mutate({ id, role: "editor", editableActorIds: [] });
      expect((await editor.users.me.query()).user).toMatchObject({
        role: "editor",
        editableActorIds: [],
      });
    });
  });

  describe("sessions that have ended", () => {
    it("purges expired and idle sessions on sign-in", async () => {
      await signedIn(h, "viewer");
      await signedIn(h, "viewer");
      const [expired, idle] = await sessionRows(h, "viewer");
      if (!expired || !idle) throw new Error("two sessions expected");
      const db = h.database.db.kysely;
      await db
        .updateTable("sessions")
        .set({ expires_at: "2020-01-01T00:00:00.000Z" })
        .where("token_hash", "=", expired.token_hash)
        .execute();
      await db
        .updateTable("sessions")
        .set({ last_seen_at: new Date(Date.now() - 25 * 3_600_000).toISOString() })
        .where("token_hash", "=", idle.token_hash)
        .execute();
      await signedIn(h, "admin");
      const left = (await sessionRows(h, "viewer")).map((r) => r.token_hash);
      expect(left).not.toContain(expired.token_hash);
      expect(left).not.toContain(idle.token_hash);
    });

    it("ends a session unused for 24 hours, and notes use at most once a minute", async () => {
      const { client } = await signedIn(h, "editor");
      const [row] = (await sessionRows(h, "editor")).slice(-1);
      if (!row) throw new Error("no session");
      const setLastSeen = (at: string) =>
        h.database.db.kysely
          .updateTable("sessions")
          .set({ last_seen_at: at })
          .where("token_hash", "=", row.token_hash)
          .execute();
      const lastSeen = async () =>
        (await sessionRows(h, "editor")).find((r) => r.token_hash === row.token_hash)?.last_seen_at;

      // Used 30 s ago: requests now write nothing.
      const recent = new Date(Date.now() - 30_000).toISOString();
      await setLastSeen(recent);
      for (let i = 0; i < 3; i++) await client.users.me.query();
      expect(await lastSeen()).toBe(recent);
      // Used 23 hours ago: still alive, and this use is noted.
      await setLastSeen(new Date(Date.now() - 23 * 3_600_000).toISOString());
      expect((await client.users.me.query()).user?.username).toBe("editor");
      expect(Date.now() - Date.parse((await lastSeen()) ?? "")).toBeLessThan(60_000);
      // Unused for 25 hours: ended, though its 14 days are not over.
      await setLastSeen(new Date(Date.now() - 25 * 3_600_000).toISOString());
      const refused = await failure(client.resolutions.list.query({}));
      expect(statusOf(refused)).toBe(401);
      expect(refused.message).toBe("Sign in to read the library.");
      expect(await lastSeen()).toBeUndefined();
    });
  });

  describe("sign-in limits", () => {
    it("refuses a sixth guess at one account from one address, naming the account's limit", async () => {
      for (let i = 0; i < 5; i++) {
        const wrong = await failure(
          h.anonymous.users.signIn.mutate({ username: "unodc", password: `guess ${i}` }),
        );
        expect(statusOf(wrong)).toBe(401);
      }
      const stopped = await failure(
        h.anonymous.users.signIn.mutate({ username: "unodc", password }),
      );
      expect(statusOf(stopped)).toBe(429);
      expect(stopped.message).toMatch(
        /^Too many sign-in attempts for this account; try again in \d+ s\.$/,
      );
      h.server.services.signInLimits.perAccountFromAddress.reset("127.0.0.1|unodc");
    });

    it("runs one password check for an unknown username, as for a known one", async () => {
      const runs = async (username: string) => {
        const before = passwordDerivations();
        await failure(h.anonymous.users.signIn.mutate({ username, password: "a wrong one" }));
        return passwordDerivations() - before;
      };
      const known = [await runs("admin"), await runs("viewer")];
      const unknown = [await runs("nobody"), await runs("administrator")];
      expect(known).toEqual([1, 1]);
      expect(unknown).toEqual([1, 1]);
    });
  });

  describe("the last admin", () => {
    it("cannot be demoted or removed; another admin first", async () => {
      const admin = (await signedIn(h, "admin")).client;
      const id = await userId(h, "admin");
      const demote = await failure(admin.users.update.mutate({ id, role: "editor" }));
      expect(statusOf(demote)).toBe(400);
      expect(demote.message).toBe(
        "admin is the only admin: make another account an admin before you change their role, so that someone can still manage accounts.",
      );
      const deputy = await admin.users.create.mutate({
        username: "deputy",
        displayName: "Deputy",
        role: "admin",
        password: "the deputy's password",
      });
      const deputyClient = (await signedIn(h, "deputy", "the deputy's password")).client;
      await deputyClient.users.update.mutate({ id, role: "editor" });
      const removeLast = await failure(admin.users.remove.mutate({ id: deputy.id }));
      // The admin demoted a moment ago has lost the right already, in the same session.
      expect(statusOf(removeLast)).toBe(403);
      expect(removeLast.message).toBe("Only an admin may do this.");
      const last = await failure(
        deputyClient.users.update.mutate({ id: deputy.id, role: "viewer" }),
      );
      expect(statusOf(last)).toBe(400);
      expect(last.message).toMatch(/^deputy is the only admin: /);
      await deputyClient.users.update.mutate({ id, role: "admin" });
      expect(await admin.users.remove.mutate({ id: deputy.id })).toEqual({ removed: true });
    });
  });
});

describe.each(dialects)("a server set up for HTTPS on %s", (dialect) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(dialect, { secureCookies: true });
  });
  afterAll(async () => {
    await h?.close();
  });

  it("sets a __Host- cookie, Secure, for the whole host, though the request came as plain http", async () => {
    const response = await fetch(`${h.url}/trpc/users.signIn`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-proto": "https" },
      body: JSON.stringify({ username: "viewer", password }),
    });
    expect(response.status).toBe(200);
    // Browsers are told to come back over HTTPS only.
    expect(response.headers.get("strict-transport-security")).toBe("max-age=31536000");
    const [set] = response.headers.getSetCookie();
    expect(set).toMatch(
      /^__Host-mandates_session=[\w-]{43}; Path=\/; HttpOnly; SameSite=Lax; Max-Age=1209600; Secure$/,
    );
    expect(set).not.toMatch(/Domain/i);
    const value = set?.split(";")[0]?.split("=")[1] ?? "";
    // Only the name in force is read: the same token under the plain name is no session.
    const plain = await getWithCookie(h, "/trpc/users.me", `mandates_session=${value}`);
    expect(JSON.parse(plain.body).result.data.user).toBeNull();
    const secure = await getWithCookie(h, "/trpc/users.me", `__Host-mandates_session=${value}`);
    expect(JSON.parse(secure.body).result.data.user.username).toBe("viewer");
  });

  it("works with the typed session client over plain http, and clears the cookie on sign-out", async () => {
    const session = createSessionClient(h.url);
    await session.client.users.signIn.mutate({ username: "editor", password });
    expect(session.cookie()).toMatch(/^__Host-mandates_session=[\w-]{43}$/);
    expect((await session.client.users.me.query()).user?.username).toBe("editor");
    await session.client.users.signOut.mutate();
    expect(session.cookie()).toBe("");
    expect((await session.client.users.me.query()).user).toBeNull();
    const stale: MandatesClient = createMandatesClient({
      url: h.url,
      cookie: "mandates_session=%",
    });
    expect((await stale.users.me.query()).user).toBeNull();
  });

  it("reads the setting from the environment", () => {
    expect(secureCookiesFromEnv({})).toBe(false);
    expect(secureCookiesFromEnv({ MANDATES_SECURE_COOKIES: "1" })).toBe(true);
    expect(secureCookiesFromEnv({ MANDATES_PUBLIC_URL: "https://mandates.example.org" })).toBe(
      true,
    );
    expect(secureCookiesFromEnv({ MANDATES_PUBLIC_URL: "http://10.0.0.5:3000" })).toBe(false);
    expect(
      secureCookiesFromEnv({
        MANDATES_SECURE_COOKIES: "0",
        MANDATES_PUBLIC_URL: "https://mandates.example.org",
      }),
    ).toBe(false);
  });
});
