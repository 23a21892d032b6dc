import { describe, expect, it } from "vitest";
import {
  decodeDeadlineFilters,
  decodeLibraryFilters,
  decodeTrackerFilters,
  encodeDeadlineFilters,
  encodeLibraryFilters,
  encodeTrackerFilters,
  trackerQueryInput,
} from "./url-filters.ts";

describe("tracker filters in the URL", () => {
  it("round-trips every filter", () => {
    const filters = {
      actor: "sg",
      strength: 4,
      status: ["in-progress" as const, "completed" as const],
      body: "ecosoc" as const,
      year: 2015,
      dueFrom: "2017-01-01",
      dueTo: "2017-12-31",
      overdue: true,
      resolution: "E/RES/2015/23",
      superseded: true,
      sort: "strength" as const,
      direction: "desc" as const,
    };
    const query = encodeTrackerFilters(filters);
    expect(decodeTrackerFilters(query)).toEqual(filters);
  });

  it("gives one URL per filter: fixed key order, statuses in vocabulary order, no defaults", () => {
    expect(encodeTrackerFilters({ status: ["completed", "in-progress"], actor: "sg" })).toBe(
      "?actor=sg&status=in-progress%2Ccompleted",
    );
    expect(encodeTrackerFilters({ sort: "due", direction: "asc" })).toBe("");
    expect(encodeTrackerFilters({})).toBe("");
  });

  it("ignores what does not parse", () => {
    expect(
      decodeTrackerFilters(
        "?strength=9&status=done,completed&body=xx&year=12&from=tomorrow&overdue=yes&sort=evil",
      ),
    ).toEqual({ status: ["completed"] });
  });

  it("shows superseded drafts only when asked with 1", () => {
    expect(decodeTrackerFilters("?superseded=1")).toEqual({ superseded: true });
    expect(decodeTrackerFilters("?superseded=true")).toEqual({});
    expect(encodeTrackerFilters({ actor: "sg", superseded: true })).toBe("?actor=sg&superseded=1");
    expect(trackerQueryInput({ superseded: true })).toMatchObject({ superseded: true });
  });

  it("becomes the API's input", () => {
    expect(trackerQueryInput({ actor: "sg", strength: 4, overdue: true })).toEqual({
      actor: "sg",
      strength: { min: 4 },
      overdue: true,
      sort: "due",
      direction: "asc",
    });
  });
});

describe("library filters in the URL", () => {
  it("round-trips and trims", () => {
    expect(decodeLibraryFilters("?q=%20trafficking%20&body=ga&year=2023&sort=adopted")).toEqual({
      words: "trafficking",
      body: "ga",
      year: 2023,
      sort: "adopted",
    });
    expect(encodeLibraryFilters({ words: "trafficking in persons", body: "ga" })).toBe(
      "?q=trafficking+in+persons&body=ga",
    );
  });
});

describe("deadline filters in the URL", () => {
  it("opens on the next 90 days, with no year in the URL; a year is kept in it", () => {
    expect(decodeDeadlineFilters("")).toEqual({});
    expect(decodeDeadlineFilters("?year=2017&actor=sg")).toEqual({ year: 2017, actor: "sg" });
    expect(decodeDeadlineFilters("?year=17")).toEqual({});
    expect(encodeDeadlineFilters({})).toBe("");
    expect(encodeDeadlineFilters({ year: 2017, actor: "sg" })).toBe("?year=2017&actor=sg");
  });

  it("keeps the superseded drafts' filter, only as 1", () => {
    expect(decodeDeadlineFilters("?superseded=1")).toEqual({ superseded: true });
    expect(decodeDeadlineFilters("?superseded=yes")).toEqual({});
    expect(encodeDeadlineFilters({ actor: "sg", superseded: true })).toBe("?actor=sg&superseded=1");
  });
});
