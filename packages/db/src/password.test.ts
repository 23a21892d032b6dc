import { describe, expect, it } from "vitest";
import {
  hashPassword,
  hashSessionToken,
  newSessionToken,
  passwordDerivations,
  verifyNoPassword,
  verifyPassword,
} from "./password.ts";

describe("passwords and session tokens", () => {
  it("hashes with a random salt and verifies", async () => {
    const a = await hashPassword("s3cret");
    const b = await hashPassword("s3cret");
    expect(a).toMatch(/^scrypt\$16384\$8\$1\$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword("s3cret", a)).toBe(true);
    expect(await verifyPassword("s3cret!", a)).toBe(false);
    expect(await verifyPassword("s3cret", "plain text")).toBe(false);
  });

  it("checks a password of no account with the same work as a real one, and refuses it", async () => {
    const stored = await hashPassword("s3cret");
    const before = passwordDerivations();
    expect(await verifyPassword("guess", stored)).toBe(false);
    const real = passwordDerivations() - before;
    expect(await verifyNoPassword("s3cret")).toBe(false);
    expect(await verifyNoPassword("")).toBe(false);
    expect(passwordDerivations() - before).toBe(3 * real);
    expect(real).toBe(1);
  });

  it("stores sessions by a hash of their token", () => {
    const { token, tokenHash } = newSessionToken();
    expect(token).toMatch(/^[\w-]{43}$/);
    expect(hashSessionToken(token)).toBe(tokenHash);
  });
});
