import { describe, expect, it } from "vitest";
import {
  askedOf,
  count,
  daysBetween,
  dueWording,
  formatDate,
  formatShortDate,
  formatTimestamp,
  isPluralName,
  paragraphLabel,
} from "./format.ts";

describe("formatDate", () => {
  it("writes days, months and years as the UN does", () => {
    expect(formatDate("2015-07-21")).toBe("21 July 2015");
    expect(formatDate("2017-05")).toBe("May 2017");
    expect(formatDate("2017")).toBe("2017");
  });
  it("shows a dash for nothing and leaves what it cannot read", () => {
    expect(formatDate(null)).toBe("—");
    expect(formatDate("")).toBe("—");
    expect(formatDate("soon")).toBe("soon");
  });
});

describe("formatShortDate", () => {
  it("abbreviates long month names only", () => {
    expect(formatShortDate("2025-12-31")).toBe("31 Dec. 2025");
    expect(formatShortDate("2017-05-01")).toBe("1 May 2017");
    expect(formatShortDate("2017-06-09")).toBe("9 June 2017");
  });
});

describe("formatTimestamp", () => {
  it("gives the date and the UTC time", () => {
    expect(formatTimestamp("2026-11-27T23:20:53.123Z")).toBe("27 November 2026, 23:20 UTC");
  });
});

describe("count and due wording", () => {
  it("pluralizes and groups digits", () => {
    expect(count(1, "obligation")).toBe("1 obligation");
    expect(count(1202, "resolution")).toBe("1,202 resolutions");
    expect(count(2, "entry", "entries")).toBe("2 entries");
  });
  it("counts days across months", () => {
    expect(daysBetween("2017-01-30", "2017-03-01")).toBe(30);
    expect(dueWording("2017-03-01", "2017-01-30")).toBe("due in 30 days");
    expect(dueWording("2017-01-29", "2017-01-30")).toBe("1 day ago");
    expect(dueWording(null, "2017-01-30")).toBe("no due date");
  });
});

describe("paragraphLabel", () => {
  it("names a paragraph by its printed number, and an annex's by its annex", () => {
    expect(paragraphLabel("op11")).toBe("para. 11");
    expect(paragraphLabel("II-op3")).toBe("para. 3");
    expect(paragraphLabel("annex1-op25")).toBe("annex 1, para. 25");
    expect(paragraphLabel("annex2-Action 3-op4")).toBe("annex 2, para. 4");
  });
});

describe("what an obligation asks, said of its bearers", () => {
  it("reads as asked of them, not by them", () => {
    expect(askedOf("requests")).toBe("Requested of");
    expect(askedOf("urges")).toBe("Urged on");
    expect(askedOf("calls upon")).toBe("Called upon");
    expect(askedOf("invites")).toBe("Invited:");
    expect(askedOf("encourages")).toBe("Encouraged:");
    expect(askedOf("decides")).toBe("Decides");
  });

  it("knows a plural name by its head noun", () => {
    for (const name of ["Member States", "States parties", "United Nations entities", "donors"])
      expect(isPluralName(name), name).toBe(true);
    for (const name of [
      "UNODC",
      "Commission on Narcotic Drugs",
      "United Nations Office on Drugs and Crime",
      "Secretary-General",
      "civil society",
      "General Assembly",
    ])
      expect(isPluralName(name), name).toBe(false);
  });

  it("counts in words that agree", () => {
    expect(count(1, "obligation")).toBe("1 obligation");
    expect(count(6, "obligation")).toBe("6 obligations");
    expect(count(6, "overdue obligation")).toBe("6 overdue obligations");
  });
});
