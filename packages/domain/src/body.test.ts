import { describe, expect, it } from "vitest";
import { sessionPeriod } from "./body.ts";

describe("session calendars", () => {
  it("opens Assembly session N in September 1945 + N", () => {
    expect(sessionPeriod("ga", 80)).toEqual({ session: 80, start: "2025-09", end: "2026-09" });
  });
  it("names ECOSOC sessions by the year they end in", () => {
    expect(sessionPeriod("ecosoc", 2015)).toEqual({
      session: 2015,
      start: "2014-07",
      end: "2015-07",
    });
  });
  it("holds Commission on Crime Prevention session N in May 1991 + N", () => {
    expect(sessionPeriod("ccpcj", 26)?.start).toBe("2017-05");
  });
  it("places Human Rights Council sessions three to a year", () => {
    expect(sessionPeriod("hrc", 52)?.start).toBe("2023-02");
    expect(sessionPeriod("hrc", 53)?.start).toBe("2023-06");
    expect(sessionPeriod("hrc", 54)?.start).toBe("2023-09");
  });
  it("gives the Security Council no sessions", () => {
    expect(sessionPeriod("sc", 1)).toBeNull();
  });
});
