import { describe, expect, it } from "vitest";
import { checkAccount, generatePassword } from "./accounts.ts";

describe("generatePassword", () => {
  it("gives 16 letters and digits, without look-alike characters, different each time", () => {
    const a = generatePassword();
    expect(a).toMatch(/^[A-Za-z2-9]{16}$/);
    expect(a).not.toMatch(/[0O1lI]/);
    expect(generatePassword()).not.toBe(a);
  });
  it("skips bytes that would favour some characters", () => {
    // 255 is past the last whole multiple of the alphabet's length; 0 is its first character.
    const fill = (bytes: Uint8Array) => bytes.map((_, i) => (i % 2 ? 0 : 255));
    expect(generatePassword(4, fill)).toBe("AAAA");
  });
});

describe("checkAccount", () => {
  it("accepts what the server accepts", () => {
    expect(
      checkAccount({ username: "a.b@c-d_e", displayName: "A B", password: "0123456789" }),
    ).toEqual({});
  });
  it("says, field by field, what the server would refuse", () => {
    expect(checkAccount({ username: "a", displayName: " ", password: "short" })).toEqual({
      username: "Between 2 and 60 characters.",
      displayName: "Give the name to show for this account.",
      password: "At least 10 characters.",
    });
    expect(checkAccount({ username: "a b" }).username).toBe("Letters, digits and . _ @ - only.");
  });
  it("lets a change keep the current password", () => {
    expect(checkAccount({ password: "" }, { passwordOptional: true })).toEqual({});
    expect(checkAccount({ password: "short" }, { passwordOptional: true }).password).toBeTruthy();
  });
});
