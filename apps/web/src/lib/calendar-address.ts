/**
 * The calendar feed's two addresses: the file to download (the browser sends the session cookie),
 * and the private address a calendar app subscribes to (its token stands in for the cookie).
 */

/**
 * "/calendar.ics", or one actor's: "/calendar.ics?actor=sg"; with superseded drafts' due dates
 * too: "/calendar.ics?superseded=1".
 */
export function downloadPath(actor?: string, superseded?: boolean): string {
  const query = new URLSearchParams();
  if (actor) query.set("actor", actor);
  if (superseded) query.set("superseded", "1");
  const text = query.toString();
  return `/calendar.ics${text ? `?${text}` : ""}`;
}

/**
 * The server's private path ("/calendar.ics?token=…") as a full address on this site, limited to
 * one actor when one is chosen: a calendar app needs the whole URL.
 */
export function privateAddress(
  origin: string,
  path: string,
  actor?: string,
  superseded?: boolean,
): string {
  const url = new URL(path, origin);
  if (actor) url.searchParams.set("actor", actor);
  if (superseded) url.searchParams.set("superseded", "1");
  return url.toString();
}
