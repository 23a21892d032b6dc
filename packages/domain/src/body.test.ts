import { describe, expect, it } from "vitest";
import { calendarBodyOf, sessionPeriod } from "./body.ts";

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

  it("holds the Commission on the Status of Women's session N in March 1956 + N", () => {
    expect(sessionPeriod("csw", 69)).toEqual({ session: 69, start: "2025-03", end: "2025-03" });
  });
  it("dates the conferences of States parties every two years, the first sessions as they met", () => {
    expect(sessionPeriod("cop-untoc", 12)?.start).toBe("2024-10");
    expect(sessionPeriod("cop-untoc", 1)?.start).toBe("2004-06");
    expect(sessionPeriod("cosp-uncac", 6)?.start).toBe("2015-11");
    expect(sessionPeriod("cosp-uncac", 11)?.start).toBe("2025-11");
    expect(sessionPeriod("cosp-uncac", 2)?.start).toBe("2008-01");
  });
  it("names the Conference on Disarmament's sessions by year, and has no eightieth", () => {
    expect(sessionPeriod("cd", 2026)).toEqual({ session: 2026, start: "2026-01", end: "2026-09" });
    expect(sessionPeriod("cd", 80)).toBeNull();
  });
  it("dates a Main Committee's sessions by the Assembly's calendar, and knows no other", () => {
    expect(calendarBodyOf("sixth-committee")).toBe("ga");
    expect(calendarBodyOf("csw")).toBe("csw");
    expect(calendarBodyOf("sc")).toBeNull();
    expect(calendarBodyOf("boa")).toBeNull();
  });
});
