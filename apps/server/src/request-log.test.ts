import { describe, expect, it } from "vitest";
import { withoutSecrets } from "./request-log.ts";

describe("withoutSecrets", () => {
  it("hides a calendar token wherever it stands, and keeps the rest", () => {
    expect(withoutSecrets("/calendar.ics?token=abc-DEF_123")).toBe("/calendar.ics?token=[hidden]");
    expect(withoutSecrets("/calendar.ics?actor=sg&token=abc&x=1")).toBe(
      "/calendar.ics?actor=sg&token=[hidden]&x=1",
    );
    expect(withoutSecrets("/calendar.ics?actor=sg")).toBe("/calendar.ics?actor=sg");
    expect(withoutSecrets("/trpc/users.me?mytoken=1")).toBe("/trpc/users.me?mytoken=1");
  });
});
