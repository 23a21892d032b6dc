/**
 * The calendar feed's two addresses: the file to download (the browser sends the session cookie),
 * and the private address a calendar app subscribes to (its token stands in for the cookie).
 */

/** "/calendar.ics", or one actor's: "/calendar.ics?actor=sg". */
export function downloadPath(actor?: string): string {
  return `/calendar.ics${actor ? `?actor=${encodeURIComponent(actor)}` : ""}`;
}

/**
 * The server's private path ("/calendar.ics?token=…") as a full address on this site, limited to
 * one actor when one is chosen: a calendar app needs the whole URL.
 */
export function privateAddress(origin: string, path: string, actor?: string): string {
  const url = new URL(path, origin);
  if (actor) url.searchParams.set("actor", actor);
  return url.toString();
}
