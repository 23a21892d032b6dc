import { describe, expect, it } from "vitest";
import { hashPassword, hashSessionToken, newSessionToken, verifyPassword } from "./password.ts";

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

  it("stores sessions by a hash of their token", () => {
    const { token, tokenHash } = newSessionToken();
    expect(token).toMatch(/^[\w-]{43}$/);
    expect(hashSessionToken(token)).toBe(tokenHash);
  });
});
