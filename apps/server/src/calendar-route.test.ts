import { describe, expect, it } from "vitest";
import { calendarDisposition, dueSummary } from "./calendar-route.ts";

describe("dueSummary", () => {
  it("tells an event the text schedules from a deadline", () => {
    expect(dueSummary("event", "General Assembly", "decides", "A/RES/79/286", "op1")).toBe(
      "Event: General Assembly: decides (A/RES/79/286, op1)",
    );
    expect(dueSummary("deadline", "Secretary-General", "requests", "E/RES/2015/23", "op11")).toBe(
      "Secretary-General: requests (E/RES/2015/23, op11)",
    );
    // Deadlines stored before kinds existed carry none: they are deadlines.
    expect(dueSummary(undefined, "UNODC", "invites", "A/RES/78/1", "op2")).toBe(
      "UNODC: invites (A/RES/78/1, op2)",
    );
  });
});

describe("calendarDisposition", () => {
  it("names the feed after the actor, in ASCII and exactly (RFC 6266)", () => {
    expect(calendarDisposition(undefined)).toBe(
      "inline; filename=\"mandates.ics\"; filename*=UTF-8''mandates.ics",
    );
    expect(calendarDisposition("Ελλάδα")).toBe(
      "inline; filename=\"mandates-______.ics\"; filename*=UTF-8''mandates-%CE%95%CE%BB%CE%BB%CE%AC%CE%B4%CE%B1.ics",
    );
  });

  it("lets nothing of the actor's id end the header's value or start another", () => {
    const header = calendarDisposition("a\"; filename=evil.exe\r\nSet-Cookie: x=1 (it's)*");
    expect(header).toMatch(
      /^inline; filename="[A-Za-z0-9._-]+"; filename\*=UTF-8''[A-Za-z0-9%._~!-]+$/,
    );
    // Latin-1 and ASCII only, or Node refuses to send it (the 500 this replaced).
    expect(header).toMatch(/^[\x20-\x7e]+$/);
  });
});
