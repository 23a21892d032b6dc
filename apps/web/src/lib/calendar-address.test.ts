import { describe, expect, it } from "vitest";
import { downloadPath, privateAddress } from "./calendar-address.ts";

describe("calendar addresses", () => {
  it("downloads all due dates, or one actor's", () => {
    expect(downloadPath()).toBe("/calendar.ics");
    expect(downloadPath("sg")).toBe("/calendar.ics?actor=sg");
    expect(downloadPath("a&b")).toBe("/calendar.ics?actor=a%26b");
    expect(downloadPath(undefined, true)).toBe("/calendar.ics?superseded=1");
    expect(downloadPath("sg", true)).toBe("/calendar.ics?actor=sg&superseded=1");
  });

  it("puts the private path on this site, with the actor beside the token", () => {
    const path = "/calendar.ics?token=abc-DEF_123";
    expect(privateAddress("https://mandates.example.org", path)).toBe(
      "https://mandates.example.org/calendar.ics?token=abc-DEF_123",
    );
    expect(privateAddress("http://127.0.0.1:3000", path, "sg")).toBe(
      "http://127.0.0.1:3000/calendar.ics?token=abc-DEF_123&actor=sg",
    );
    expect(privateAddress("http://127.0.0.1:3000", path, undefined, true)).toBe(
      "http://127.0.0.1:3000/calendar.ics?token=abc-DEF_123&superseded=1",
    );
  });
});
