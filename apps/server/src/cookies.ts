/**
 * The session cookie: httpOnly so scripts on the page cannot read it, SameSite=Lax so other sites
 * cannot send it with their forms. On a server set up for HTTPS (behind a TLS proxy, say) it is
 * Secure and named `__Host-mandates_session`: browsers take a `__Host-` cookie only from a secure
 * page, for the whole host (Path=/, no Domain), so neither a plain-http page nor a neighbouring
 * subdomain can plant one of its own.
 */
export const sessionCookie = "mandates_session";
export const secureSessionCookie = `__Host-${sessionCookie}`;

/** How the session cookie is written: its name, and whether it carries the Secure flag. */
export interface SessionCookie {
  name: string;
  secure: boolean;
}

/** The cookie in force: `__Host-` and Secure on a server set up for HTTPS. */
export function sessionCookieOf(https: boolean, overTls = false): SessionCookie {
  return https
    ? { name: secureSessionCookie, secure: true }
    : { name: sessionCookie, secure: overTls };
}

/** Browsers keep at most 4 KB a cookie: a longer value was not set by us. */
const maxValueLength = 4096;

/**
 * The value of the cookie `name`, or null when there is none, and also when what is there cannot
 * be read as one value: it does not decode, it is over 4 KB, or the name is given twice (which of
 * the two a browser meant is unknowable, and one may have been planted).
 */
export function readCookie(header: string | undefined, name: string): string | null {
  if (!header) return null;
  let value: string | null = null;
  let seen = false;
  for (const part of header.split(";")) {
    const equals = part.indexOf("=");
    // A part without "=" names no cookie; it does not spoil the others.
    if (equals < 0 || part.slice(0, equals).trim() !== name) continue;
    if (seen) return null;
    seen = true;
    value = decoded(part.slice(equals + 1).trim());
  }
  return value;
}

function decoded(raw: string): string | null {
  const text = raw.length >= 2 && raw.startsWith('"') && raw.endsWith('"') ? raw.slice(1, -1) : raw;
  if (text.length > maxValueLength) return null;
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/** The tokens we issue: 32 random bytes, base64url (see newSessionToken). */
const tokenShape = /^[\w-]{43}$/;

/** The session token a request carries under the cookie in force, or null (anything else is none). */
export function readSessionToken(header: string | undefined, cookie: SessionCookie): string | null {
  const token = readCookie(header, cookie.name);
  return token !== null && tokenShape.test(token) ? token : null;
}

export function sessionCookieHeader(
  token: string,
  maxAgeSeconds: number,
  cookie: SessionCookie,
): string {
  return [
    `${cookie.name}=${encodeURIComponent(token)}`,
    "Path=/",
    "HttpOnly",
    "SameSite=Lax",
    `Max-Age=${maxAgeSeconds}`,
    ...(cookie.secure ? ["Secure"] : []),
  ].join("; ");
}

/** Tells the browser to drop the cookie; a `__Host-` one is dropped only when Secure is said again. */
export function clearedSessionCookieHeader(cookie: SessionCookie): string {
  return [
    `${cookie.name}=`,
    "Path=/",
    "HttpOnly",
    "SameSite=Lax",
    "Max-Age=0",
    ...(cookie.secure ? ["Secure"] : []),
  ].join("; ");
}
