import { describe, expect, it } from "vitest";
import { dueDateOf, isOverdue } from "./due-date.ts";

describe("due dates", () => {
  it("resolves each precision to a day", () => {
    expect(dueDateOf(null)).toBeNull();
    expect(
      dueDateOf({
        text: "by 31 December 2025",
        year: 2025,
        date: "2025-12-31",
        precision: "day",
        bound: "by",
      }),
    ).toBe("2025-12-31");
    expect(
      dueDateOf({
        text: "in June 2028",
        year: 2028,
        date: "2028-06",
        precision: "month",
        bound: "at",
      }),
    ).toBe("2028-06-01");
    expect(dueDateOf({ text: "in 2026", year: 2026, precision: "year", bound: "at" })).toBe(
      "2026-12-31",
    );
    expect(
      dueDateOf({
        text: "at its twenty-sixth session",
        year: 2017,
        session: { body: "ccpcj", number: 26, start: "2017-05", end: "2017-05" },
        precision: "session",
        bound: "at",
      }),
    ).toBe("2017-05-01");
  });

  it("dates an event the text schedules by the day it opens", () => {
    expect(
      dueDateOf({
        text: "will be held on Monday, 24 November, and Tuesday, 25 November 2025",
        year: 2025,
        date: "2025-11-24",
        precision: "day",
        bound: "at",
        kind: "event",
      }),
    ).toBe("2025-11-24");
    expect(
      dueDateOf({
        text: "to be held in 2026",
        year: 2026,
        precision: "year",
        bound: "at",
        kind: "event",
      }),
    ).toBe("2026-12-31");
  });

  it("counts as overdue only what is past due and not settled", () => {
    expect(isOverdue("2026-01-01", "in-progress", "2026-01-02")).toBe(true);
    expect(isOverdue("2026-01-01", "in-progress", "2026-01-01")).toBe(false);
    expect(isOverdue("2026-01-01", "completed", "2027-01-01")).toBe(false);
    expect(isOverdue("2026-01-01", "not-applicable", "2027-01-01")).toBe(false);
    expect(isOverdue(null, "no-indication", "2027-01-01")).toBe(false);
  });
});
