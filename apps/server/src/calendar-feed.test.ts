/** Who may read the calendar: a private address's token, else the cookie or anonymous reading. */
import { calendarFeedToken, setSetting } from "@mandates/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { calendarFeedPath, calendarRefusal } from "./calendar-feed.ts";
import { type Library, openLibrary } from "./routers/test-support.ts";

let library: Library;
beforeAll(async () => {
  library = await openLibrary([]);
});
afterAll(async () => {
  await library?.drop();
});

const request = (token?: string) => ({ token, cookieHeader: undefined });

describe("calendarFeedPath", () => {
  it("puts the token in the feed's query", () => {
    expect(calendarFeedPath("abc-DEF_123")).toBe("/calendar.ics?token=abc-DEF_123");
  });
});

describe("calendarRefusal", () => {
  it("lets a current token read, and refuses a reset, unknown or empty one", async () => {
    const old = await calendarFeedToken(library.db, library.users.viewer.id);
    const current = await calendarFeedToken(library.db, library.users.viewer.id);
    expect(await calendarRefusal(library.services, request(current))).toBeNull();
    for (const token of [old, "guess", ""])
      expect(await calendarRefusal(library.services, request(token))).toMatch(
        /^This calendar address is not valid/,
      );
  });

  it("without a token, asks to sign in unless anonymous reading is on", async () => {
    expect(await calendarRefusal(library.services, request())).toBe(
      "Sign in to read the calendar.",
    );
    await setSetting(library.db, "anonymousRead", true);
    library.services.settings.forget();
    expect(await calendarRefusal(library.services, request())).toBeNull();
    // A bad token is refused even so: the address must fail as it fails for a calendar program.
    expect(await calendarRefusal(library.services, request("guess"))).not.toBeNull();
  });
});
