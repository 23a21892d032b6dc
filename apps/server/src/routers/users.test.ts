/**
 * Accounts: signing in and out (a real session behind the cookie), the limits on attempts and
 * what an unknown name costs, who am I, one's own password, and what only an admin may do with
 * accounts and settings.
 */
import { passwordDerivations, userOfCalendarToken } from "@mandates/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContextInner, userOfRequest } from "../context.ts";
import { sessionCookie } from "../cookies.ts";
import { createCallerFactory } from "../trpc.ts";
import { appRouter } from "./index.ts";
import { fieldErrors, type Library, openLibrary, password, refusal } from "./test-support.ts";

let library: Library;
beforeAll(async () => {
  // Accounts need no resolutions.
  library = await openLibrary([]);
});
afterAll(async () => {
  await library?.drop();
});

/** An anonymous caller from `client` (an address, for the rate limit) that keeps the cookie it is sent. */
function browser(client: string) {
  const cookies: string[] = [];
  const caller = (cookieHeader?: string) =>
    library.as(null, { client, cookieHeader, setCookie: (header) => cookies.push(header) });
  return { caller, cookies };
}

describe("users.signIn", () => {
  it("refuses a wrong password and an unknown name alike, and sets no cookie", async () => {
    const { caller, cookies } = browser("10.0.0.1");
    for (const attempt of [
      { username: "editor", password: "not the password" },
      { username: "nobody", password },
    ]) {
      const error = await refusal(caller().users.signIn(attempt));
      expect(error.code).toBe("UNAUTHORIZED");
      // The same words for both, so the answer does not tell which names exist.
      expect(error.message).toBe("Wrong username or password.");
    }
    expect(cookies).toEqual([]);
  });

  it("opens a session the cookie names, and signing out ends it", async () => {
    const { caller, cookies } = browser("10.0.0.2");
    const { user } = await caller().users.signIn({ username: "editor", password });
    expect(user).toMatchObject({ username: "editor", role: "editor" });
    expect(user).not.toHaveProperty("passwordHash");
    const [header] = cookies;
    expect(header).toMatch(new RegExp(`^${sessionCookie}=[^;]+; Path=/; HttpOnly; SameSite=Lax`));
    const cookie = header?.split(";")[0];
    expect((await userOfRequest(library.services, cookie))?.username).toBe("editor");

    await caller(cookie).users.signOut();
    expect(cookies.at(-1)).toMatch(/Max-Age=0/);
    expect(await userOfRequest(library.services, cookie)).toBeNull();
  });

  it("stops a client after five failed attempts at one name, even with the right password", async () => {
    const { caller } = browser("10.0.0.3");
    for (let i = 0; i < 5; i++) {
      const wrong = await refusal(
        caller().users.signIn({ username: "viewer", password: `guess number ${i}` }),
      );
      expect(wrong.code).toBe("UNAUTHORIZED");
    }
    const stopped = await refusal(caller().users.signIn({ username: "viewer", password }));
    expect(stopped.code).toBe("TOO_MANY_REQUESTS");
    expect(stopped.message).toMatch(
      /^Too many sign-in attempts for this account; try again in \d+ s\.$/,
    );
    // Someone else, elsewhere, is not locked out by it.
    const elsewhere = browser("10.0.0.4").caller();
    expect((await elsewhere.users.signIn({ username: "viewer", password })).user.username).toBe(
      "viewer",
    );
  });

  it("stops guesses at one account spread over many addresses: 20 an hour", async () => {
    for (let i = 0; i < 20; i++) {
      const wrong = await refusal(
        browser(`10.1.0.${i}`)
          .caller()
          .users.signIn({ username: "unodc", password: `guess ${i}` }),
      );
      expect(wrong.code).toBe("UNAUTHORIZED");
    }
    // A new address, the right password: the account is closed to sign-in for now.
    const stopped = await refusal(
      browser("10.1.1.1").caller().users.signIn({ username: "UNODC ", password }),
    );
    expect(stopped.code).toBe("TOO_MANY_REQUESTS");
    expect(stopped.message).toMatch(
      /^Too many sign-in attempts for this account; try again in (\d+) s\.$/,
    );
    expect(Number(stopped.message.match(/(\d+) s/)?.[1])).toBeGreaterThan(3500);
    library.services.signInLimits.perAccount.reset("unodc");
  });

  it("stops one address trying many accounts: 60 an hour", async () => {
    const { caller } = browser("10.2.0.1");
    for (let i = 0; i < 60; i++)
      expect(
        (await refusal(caller().users.signIn({ username: `someone${i}`, password }))).code,
      ).toBe("UNAUTHORIZED");
    const stopped = await refusal(caller().users.signIn({ username: "viewer", password }));
    expect(stopped.code).toBe("TOO_MANY_REQUESTS");
    expect(stopped.message).toMatch(
      /^Too many sign-in attempts from this address; try again in \d+ s\.$/,
    );
  });

  it("checks a password as long for an unknown username as for a known one", async () => {
    const { caller } = browser("10.3.0.1");
    const runs = async (username: string) => {
      const before = passwordDerivations();
      await refusal(caller().users.signIn({ username, password: "not the password" }));
      return passwordDerivations() - before;
    };
    const known = [await runs("editor"), await runs("viewer")];
    const unknown = [await runs("no-such-user"), await runs("nobody.at.all")];
    expect(known).toEqual([1, 1]);
    expect(unknown).toEqual(known);
  });
});

describe("users.me", () => {
  it("says who is calling, or nobody, and whether anonymous reading is on", async () => {
    expect(await library.as("unodc").users.me()).toEqual({
      user: library.users.unodc,
      anonymousRead: false,
    });
    expect(library.users.unodc).toMatchObject({ role: "editor", editableActorIds: ["unodc"] });
    expect(await library.as(null, { anonymousRead: true }).users.me()).toEqual({
      user: null,
      anonymousRead: true,
    });
  });
});

describe("users.calendarFeed", () => {
  const tokenOf = (path: string) => new URLSearchParams(path.split("?")[1]).get("token") ?? "";

  it("gives anyone signed in, a viewer too, a private calendar address that reads as them", async () => {
    const viewer = library.as("viewer");
    expect(await viewer.users.calendarFeedStatus()).toEqual({ createdAt: null });
    const { path } = await viewer.users.calendarFeed();
    expect(path).toMatch(/^\/calendar\.ics\?token=[\w-]{43}$/);
    expect(await userOfCalendarToken(library.db, tokenOf(path))).toEqual(library.users.viewer);
    expect((await viewer.users.calendarFeedStatus()).createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it("makes a new address on each request, and the old one reads nothing", async () => {
    const editor = library.as("editor");
    const first = await editor.users.calendarFeed();
    const second = await editor.users.calendarFeed();
    expect(second.path).not.toBe(first.path);
    expect(await userOfCalendarToken(library.db, tokenOf(first.path))).toBeNull();
    expect((await userOfCalendarToken(library.db, tokenOf(second.path)))?.username).toBe("editor");
  });

  it("gives nobody an address without signing in, even when anonymous reading is on", async () => {
    for (const anonymousRead of [false, true]) {
      const anonymous = library.as(null, { anonymousRead });
      expect((await refusal(anonymous.users.calendarFeed())).code).toBe("UNAUTHORIZED");
      expect((await refusal(anonymous.users.calendarFeedStatus())).code).toBe("UNAUTHORIZED");
    }
  });
});

describe("accounts and roles", () => {
  it("lets only an admin see and manage accounts", async () => {
    expect((await library.as("admin").users.list()).map((u) => [u.username, u.role])).toEqual([
      ["admin", "admin"],
      ["editor", "editor"],
      ["unodc", "editor"],
      ["viewer", "viewer"],
    ]);
    for (const role of ["editor", "viewer"] as const) {
      const error = await refusal(library.as(role).users.list());
      expect(error.code).toBe("FORBIDDEN");
      expect(error.message).toBe("Only an admin may do this.");
    }
    const anonymous = await refusal(library.as(null, { anonymousRead: true }).users.list());
    expect(anonymous.code).toBe("UNAUTHORIZED");
  });

  it("creates an account that can sign in with the role it was given", async () => {
    const created = await library.as("admin").users.create({
      username: "ngo.monitor",
      displayName: "NGO monitor",
      role: "viewer",
      password: "a long enough password",
    });
    expect(created).toMatchObject({ username: "ngo.monitor", role: "viewer" });
    const { user } = await browser("10.0.0.5")
      .caller()
      .users.signIn({ username: "ngo.monitor", password: "a long enough password" });
    expect(user).toMatchObject({ id: created.id, role: "viewer" });
  });

  it("refuses a short password, a taken name and a malformed one, saying which", async () => {
    const admin = library.as("admin");
    const account = { displayName: "X", role: "editor" as const, password: "long enough, surely" };
    const short = await refusal(
      admin.users.create({ ...account, username: "shorty", password: "2short" }),
    );
    expect(short.code).toBe("BAD_REQUEST");
    expect(fieldErrors(short)).toEqual({ password: ["at least 10 characters"] });
    const taken = await refusal(admin.users.create({ ...account, username: "editor" }));
    expect(taken.code).toBe("BAD_REQUEST");
    expect(taken.message).toBe('The username "editor" is taken.');
    const malformed = await refusal(admin.users.create({ ...account, username: "two words" }));
    expect(fieldErrors(malformed)).toEqual({ username: ["letters, digits and . _ @ - only"] });
    expect((await admin.users.list()).map((u) => u.username)).not.toContain("shorty");
  });

  it("changes a role, removes an account, but never the admin's own", async () => {
    const admin = library.as("admin");
    const temp = await admin.users.create({
      username: "temp",
      displayName: "Temporary",
      role: "viewer",
      password: "temporary password",
    });
    expect(await admin.users.update({ id: temp.id, role: "editor" })).toMatchObject({
      role: "editor",
    });
    expect(await admin.users.remove({ id: temp.id })).toEqual({ removed: true });
    const self = await refusal(admin.users.remove({ id: library.users.admin.id }));
    expect(self.code).toBe("BAD_REQUEST");
    expect(self.message).toBe("You cannot remove your own account.");
    expect((await admin.users.list()).map((u) => u.username)).toContain("admin");
  });

  it("keeps the last admin an admin", async () => {
    const admin = library.as("admin");
    const demote = await refusal(
      admin.users.update({ id: library.users.admin.id, role: "viewer" }),
    );
    expect(demote.code).toBe("BAD_REQUEST");
    expect(demote.message).toBe(
      "admin is the only admin: make another account an admin before you change their role, so that someone can still manage accounts.",
    );
    expect((await admin.users.me()).user?.role).toBe("admin");
  });

  it("turns anonymous reading on for the next request, not in five seconds", async () => {
    // The server caches settings; a change made through it must not wait for the cache.
    expect((await library.services.settings.get()).anonymousRead).toBe(false);
    const settings = await library.as("admin").users.setAnonymousRead({ anonymousRead: true });
    expect(settings.anonymousRead).toBe(true);
    expect((await library.services.settings.get()).anonymousRead).toBe(true);
    const refused = await refusal(
      library.as("editor").users.setAnonymousRead({ anonymousRead: false }),
    );
    expect(refused.code).toBe("FORBIDDEN");
  });
});

describe("users.changePassword", () => {
  it("needs the current password, and keeps the session that changed it", async () => {
    const admin = library.as("admin");
    const account = await admin.users.create({
      username: "changer",
      displayName: "Changer",
      role: "viewer",
      password: "the first password",
    });
    const sessions = [browser("10.4.0.1"), browser("10.4.0.2")];
    for (const b of sessions)
      await b.caller().users.signIn({ username: "changer", password: "the first password" });
    const [here, there] = sessions.map((b) => b.cookies[0]?.split(";")[0]);
    const self = createCallerFactory(appRouter)(
      createContextInner({
        services: library.services,
        user: account,
        cookieHeader: here,
        client: "10.4.0.1",
      }),
    );
    const anonymous = await refusal(
      library.as(null).users.changePassword({
        currentPassword: "the first password",
        newPassword: "the second password",
      }),
    );
    expect(anonymous.code).toBe("UNAUTHORIZED");

    const wrong = await refusal(
      self.users.changePassword({ currentPassword: "a guess", newPassword: "the second password" }),
    );
    expect(wrong.code).toBe("BAD_REQUEST");
    expect(wrong.message).toBe("The current password is not right: the password was not changed.");
    expect((await userOfRequest(library.services, there))?.username).toBe("changer");

    await self.users.changePassword({
      currentPassword: "the first password",
      newPassword: "the second password",
    });
    expect((await userOfRequest(library.services, here))?.username).toBe("changer");
    expect(await userOfRequest(library.services, there)).toBeNull();
    const old = await refusal(
      browser("10.4.0.3")
        .caller()
        .users.signIn({ username: "changer", password: "the first password" }),
    );
    expect(old.message).toBe("Wrong username or password.");
  });
});
