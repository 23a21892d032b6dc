/**
 * Who may read the calendar feed. A calendar program cannot sign in or send our cookie, so a
 * user's private address carries a token of its own (`?token=`); without one, the session cookie
 * or anonymous reading decides, as for the rest of the library.
 */
import { userOfCalendarToken } from "@mandates/db";
import { type ServerServices, userOfRequest } from "./context.ts";

export const calendarPath = "/calendar.ics";

/** The path of a private calendar address; the web page puts its own origin before it. */
export const calendarFeedPath = (token: string): string =>
  `${calendarPath}?token=${encodeURIComponent(token)}`;

/** Why a calendar request is refused (the words for the 401), or null when it may be read. */
export async function calendarRefusal(
  services: ServerServices,
  request: { token: string | undefined; cookieHeader: string | undefined },
): Promise<string | null> {
  // A bad token is refused even beside a good cookie: opened in a signed-in browser, an address
  // that was reset must fail as it does for the calendar program.
  if (request.token !== undefined)
    return (await userOfCalendarToken(services.db, request.token))
      ? null
      : "This calendar address is not valid: it was reset or mistyped. Copy the current one from the Deadlines page.";
  const [user, { anonymousRead }] = await Promise.all([
    userOfRequest(services, request.cookieHeader),
    services.settings.get(),
  ]);
  return user || anonymousRead ? null : "Sign in to read the calendar.";
}
