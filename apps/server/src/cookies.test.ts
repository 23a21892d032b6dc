/** The session cookie: read safely whatever the Cookie header holds, written as the server is set up. */
import { describe, expect, it } from "vitest";
import {
  clearedSessionCookieHeader,
  readCookie,
  readSessionToken,
  secureSessionCookie,
  sessionCookie,
  sessionCookieHeader,
  sessionCookieOf,
} from "./cookies.ts";

const token = "A".repeat(43);
const plain = sessionCookieOf(false);
const https = sessionCookieOf(true);

describe("readCookie", () => {
  it("reads a cookie among others, decoded, quoted or not", () => {
    expect(readCookie(`a=1; ${sessionCookie}=x%20y; b=2`, sessionCookie)).toBe("x y");
    expect(readCookie(`${sessionCookie}="quoted"`, sessionCookie)).toBe("quoted");
    expect(readCookie("a=1", sessionCookie)).toBeNull();
    expect(readCookie(undefined, sessionCookie)).toBeNull();
  });

  it("reads a malformed value as none, and never throws", () => {
    for (const header of [
      `${sessionCookie}=%`,
      `${sessionCookie}=%E0%A4%A`,
      `${sessionCookie}=${"x".repeat(5000)}`,
      `${sessionCookie}=a; ${sessionCookie}=b`,
      `${sessionCookie}=${token}; ${sessionCookie}=${token}`,
    ])
      expect(readCookie(header, sessionCookie), header.slice(0, 40)).toBeNull();
    // A part without "=" names nothing, and spoils nothing.
    expect(readCookie(`junk; ${sessionCookie}=ok; ;;=; =x`, sessionCookie)).toBe("ok");
  });
});

describe("readSessionToken", () => {
  it("takes only a token of the shape we issue, under the name in force", () => {
    expect(readSessionToken(`${sessionCookie}=${token}`, plain)).toBe(token);
    expect(readSessionToken(`${sessionCookie}=${token}x`, plain)).toBeNull();
    expect(readSessionToken(`${sessionCookie}=${token.slice(1)}!`, plain)).toBeNull();
    expect(readSessionToken(`${sessionCookie}=${token}`, https)).toBeNull();
    expect(readSessionToken(`${secureSessionCookie}=${token}`, https)).toBe(token);
    expect(readSessionToken(`${secureSessionCookie}=${token}`, plain)).toBeNull();
  });
});

describe("sessionCookieHeader", () => {
  it("writes __Host-, Secure, Path=/ and no Domain on a server set up for HTTPS", () => {
    const header = sessionCookieHeader(token, 60, https);
    expect(header).toBe(
      `__Host-mandates_session=${token}; Path=/; HttpOnly; SameSite=Lax; Max-Age=60; Secure`,
    );
    expect(header).not.toMatch(/Domain/i);
    expect(clearedSessionCookieHeader(https)).toBe(
      "__Host-mandates_session=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0; Secure",
    );
  });

  it("writes the plain name without Secure over plain http, and Secure over TLS", () => {
    expect(sessionCookieHeader(token, 60, plain)).toBe(
      `mandates_session=${token}; Path=/; HttpOnly; SameSite=Lax; Max-Age=60`,
    );
    expect(sessionCookieHeader(token, 60, sessionCookieOf(false, true))).toMatch(/; Secure$/);
  });
});
