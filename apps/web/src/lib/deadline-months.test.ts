import { describe, expect, it } from "vitest";
import { deadlineWindow, dueMonths, monthsBetween } from "./deadline-months.ts";

describe("the deadlines page's window and months", () => {
  it("opens on the next 90 days from today, or takes a year", () => {
    expect(deadlineWindow(undefined, "2026-11-15")).toEqual({
      from: "2026-11-15",
      to: "2027-02-12",
      title: "the next 90 days",
    });
    expect(deadlineWindow(2017, "2026-11-15")).toEqual({
      from: "2017-01-01",
      to: "2017-12-31",
      title: "2017",
    });
    expect(monthsBetween("2026-11-15", "2027-02-12")).toEqual([
      "2026-11",
      "2026-12",
      "2027-01",
      "2027-02",
    ]);
  });

  it("keeps the months with something due and names the empty ones once", () => {
    const items = [
      { id: 1, dueDate: "2026-12-31" },
      { id: 2, dueDate: "2027-02-01" },
      { id: 3, dueDate: "2026-12-01" },
      { id: 4, dueDate: null },
    ];
    const { months, empty } = dueMonths(items, deadlineWindow(undefined, "2026-11-15"));
    expect(months.map((m) => [m.month, m.items.map((i) => i.id)])).toEqual([
      ["2026-12", [1, 3]],
      ["2027-02", [2]],
    ]);
    expect(empty).toBe("November 2026 and January 2027");
    const year = dueMonths([{ dueDate: "2017-05-01" }], deadlineWindow(2017, "2026-01-01"));
    expect(year.empty).toBe(
      "January, February, March, April, June, July, August, September, October, November and December 2017",
    );
    expect(dueMonths([], deadlineWindow(2017, "2026-01-01")).months).toEqual([]);
  });
});
