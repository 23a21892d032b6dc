import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  actorObligations,
  dueBetween,
  dueDateOf,
  getResolution,
  listObligations,
  NotFoundError,
  type ObligationView,
  trackingStatuses,
  updateTracking,
} from "../src/index.ts";
import { library } from "./corpus.ts";
import { dialects, freshDatabase, type TestDatabase } from "./databases.ts";
import { importLibrary } from "./fixtures.ts";

const today = "2026-06-15";

describe.each(dialects)("obligation queries (%s)", (dialect) => {
  let t: TestDatabase;
  let all: ObligationView[];
  beforeAll(async () => {
    t = await freshDatabase(dialect);
    await importLibrary(t.db);
    all = (await listObligations(t.db, { limit: 500, today })).items;
    // A few tracked obligations, so that status filters and counts have something to count.
    const bySg = all.filter((o) => o.bearers.includes("sg"));
    for (const [i, o] of bySg.slice(0, 6).entries())
      await updateTracking(t.db, o.id, {
        expectedVersion: o.version,
        status: i < 3 ? "completed" : "in-progress",
        user: "alice",
      });
    all = (await listObligations(t.db, { limit: 500, today })).items;
  });
  afterAll(() => t?.drop());

  it("lists every obligation in force of the library", async () => {
    const expected = library().reduce((n, p) => n + p.resolution.obligations.length, 0);
    expect(all.length).toBe(expected);
    expect((await listObligations(t.db, { limit: 1 })).total).toBe(expected);
  });

  it("derives due dates from deadlines of every precision", async () => {
    const dated = all.filter((o) => o.deadline);
    expect(new Set(dated.map((o) => o.deadline?.precision))).toEqual(
      new Set(["day", "month", "year", "session"]),
    );
    for (const o of dated) expect(o.dueDate).toBe(dueDateOf(o.deadline));
    const year = dated.find((o) => o.deadline?.precision === "year");
    expect(year?.dueDate).toBe(`${year?.deadline?.year}-12-31`);
    const session = dated.find((o) => o.deadline?.precision === "session");
    expect(session?.dueDate).toBe(
      `${session?.deadline?.date ?? session?.deadline?.session?.start}-01`,
    );
    // E/RES/2015/23: "to report to the Commission ... at its twenty-sixth session" (May 2017).
    const commission = all.find(
      (o) => o.resolution.symbol === "E/RES/2015/23" && o.deadline?.session?.body === "ccpcj",
    );
    expect(commission?.dueDate).toBe("2017-05-01");
    const month = dated.find((o) => o.deadline?.precision === "month");
    expect(month?.dueDate).toBe(`${month?.deadline?.date}-01`);
  });

  it("filters by actor, verb, strength, status, due dates, body, year and resolution", async () => {
    const cases: Array<[Parameters<typeof listObligations>[1], (o: ObligationView) => boolean]> = [
      [{ actor: "sg" }, (o) => o.bearers.includes("sg")],
      [{ verb: "requests" }, (o) => o.verb === "requests"],
      [{ strength: 3 }, (o) => o.strength === 3],
      [{ strength: { min: 4 } }, (o) => o.strength >= 4],
      [{ status: "completed" }, (o) => o.status === "completed"],
      [{ status: ["completed", "in-progress"] }, (o) => o.status !== "no-indication"],
      [
        { dueFrom: "2026-01-01", dueTo: "2026-12-31" },
        (o) => !!o.dueDate && o.dueDate.startsWith("2026"),
      ],
      [{ body: "ecosoc" }, (o) => o.resolution.symbol === "E/RES/2015/23"],
      [{ year: 2025 }, (o) => o.resolution.year === 2025],
      [{ resolution: "a/res/80/150" }, (o) => o.resolution.symbol === "A/RES/80/150"],
      [
        { actor: "sg", strength: { min: 4 }, dueFrom: "2025-01-01" },
        (o) =>
          o.bearers.includes("sg") && o.strength >= 4 && !!o.dueDate && o.dueDate >= "2025-01-01",
      ],
    ];
    for (const [filters, keep] of cases) {
      const page = await listObligations(t.db, { ...filters, limit: 500, today });
      const expected = all.filter(keep);
      expect(expected.length, JSON.stringify(filters)).toBeGreaterThan(0);
      expect(page.total, JSON.stringify(filters)).toBe(expected.length);
      expect(new Set(page.items.map((o) => o.id)), JSON.stringify(filters)).toEqual(
        new Set(expected.map((o) => o.id)),
      );
    }
  });

  it("computes overdue from the due date, the status and the given day", async () => {
    const overdue = await listObligations(t.db, { overdue: true, limit: 500, today });
    const expected = all.filter(
      (o) =>
        o.dueDate !== null &&
        o.dueDate < today &&
        o.status !== "completed" &&
        o.status !== "not-applicable",
    );
    expect(overdue.total).toBe(expected.length);
    expect(overdue.total).toBeGreaterThan(0);
    expect(overdue.items.every((o) => o.overdue)).toBe(true);
    const onTime = await listObligations(t.db, { overdue: false, limit: 500, today });
    expect(onTime.total + overdue.total).toBe(all.length);
    expect(onTime.items.some((o) => o.overdue)).toBe(false);

    // The same obligation is not overdue the day before it falls due, nor once completed.
    const first = overdue.items[0];
    if (!first?.dueDate) throw new Error("no overdue obligation");
    const before = await listObligations(t.db, {
      resolution: first.resolution.symbol,
      limit: 500,
      today: first.dueDate,
    });
    expect(before.items.find((o) => o.id === first.id)?.overdue).toBe(false);
    const done = await updateTracking(t.db, first.id, {
      expectedVersion: first.version,
      status: "completed",
      user: "alice",
    });
    expect(done.overdue).toBe(false);
    expect((await listObligations(t.db, { overdue: true, limit: 500, today })).total).toBe(
      expected.length - 1,
    );
    all = (await listObligations(t.db, { limit: 500, today })).items;
  });

  it("pages through a list without gaps or repeats", async () => {
    const sorted = await listObligations(t.db, { sort: "symbol", limit: 500 });
    const pages: number[] = [];
    for (let offset = 0; offset < sorted.total; offset += 7) {
      const page = await listObligations(t.db, { sort: "symbol", limit: 7, offset });
      expect(page).toMatchObject({ total: sorted.total, limit: 7, offset });
      pages.push(...page.items.map((o) => o.id));
    }
    expect(pages).toEqual(sorted.items.map((o) => o.id));
  });

  it("sorts by due date (undated last), strength, adoption and symbol", async () => {
    const due = (await listObligations(t.db, { sort: "due", limit: 500 })).items.map(
      (o) => o.dueDate,
    );
    const dated = due.filter((d) => d !== null);
    expect(dated).toEqual([...dated].sort());
    expect(due.slice(dated.length).every((d) => d === null)).toBe(true);
    const dueDesc = (
      await listObligations(t.db, { sort: "due", direction: "desc", limit: 500 })
    ).items.map((o) => o.dueDate);
    expect(dueDesc.filter((d) => d !== null)).toEqual([...dated].reverse());
    expect(dueDesc.at(-1)).toBeNull();

    const strength = (
      await listObligations(t.db, { sort: "strength", direction: "desc", limit: 500 })
    ).items.map((o) => o.strength);
    expect(strength).toEqual([...strength].sort((a, b) => b - a));

    const adopted = (await listObligations(t.db, { sort: "adopted", limit: 500 })).items.map(
      (o) => o.resolution.adopted ?? "",
    );
    expect(adopted).toEqual([...adopted].sort());

    const symbols = (await listObligations(t.db, { sort: "symbol", limit: 500 })).items.map(
      (o) => o.resolution.symbol,
    );
    expect([...new Set(symbols)]).toEqual([
      "A/RES/78/228",
      "A/RES/78/231",
      "A/RES/79/264",
      "A/RES/80/150",
      "A/RES/80/228",
      "E/RES/2015/23",
    ]);
  });

  it("gives the calendar of obligations due between two days", async () => {
    const calendar = await dueBetween(t.db, "2026-01-01", "2027-12-31", { limit: 500 });
    const expected = all.filter(
      (o) => o.dueDate && o.dueDate >= "2026-01-01" && o.dueDate <= "2027-12-31",
    );
    expect(calendar.total).toBe(expected.length);
    const days = calendar.items.map((o) => o.dueDate ?? "");
    expect(days).toEqual([...days].sort());
    const forSg = await dueBetween(t.db, "2026-01-01", "2027-12-31", { actor: "sg", limit: 500 });
    expect(forSg.items.every((o) => o.bearers.includes("sg"))).toBe(true);
    expect(forSg.total).toBe(expected.filter((o) => o.bearers.includes("sg")).length);
  });

  it("gives an actor's obligations with counts by status, strength and year", async () => {
    const sg = await actorObligations(t.db, "sg", { today, limit: 5 });
    const borne = all.filter((o) => o.bearers.includes("sg"));
    expect(sg.actor).toMatchObject({ id: "sg", name: "Secretary-General" });
    expect(sg.obligations.total).toBe(borne.length);
    expect(sg.obligations.items).toHaveLength(5);
    for (const status of trackingStatuses)
      expect(sg.byStatus[status], status).toBe(borne.filter((o) => o.status === status).length);
    expect(sg.byStatus.completed).toBeGreaterThanOrEqual(3);
    for (const s of [1, 2, 3, 4, 5])
      expect(sg.byStrength[String(s)]).toBe(borne.filter((o) => o.strength === s).length);
    expect(sg.overdue).toBe(borne.filter((o) => o.overdue).length);
    expect(sg.byYear.reduce((n, y) => n + y.total, 0)).toBe(borne.length);
    for (const y of sg.byYear) {
      expect(Object.values(y.byStatus).reduce((a, b) => a + b, 0)).toBe(y.total);
      expect(y.total).toBe(borne.filter((o) => o.resolution.year === y.year).length);
    }
    expect(sg.byYear.map((y) => y.year)).toEqual([...sg.byYear.map((y) => y.year)].sort());
    await expect(actorObligations(t.db, "nobody-at-all")).rejects.toThrow(NotFoundError);
  });

  it("shows a resolution's obligations in the order of the text", async () => {
    const stored = await getResolution(t.db, "A/RES/80/150", { today });
    const parsed = library().find((p) => p.resolution.symbol === "A/RES/80/150")?.resolution;
    expect(stored?.obligations.map((o) => o.key)).toEqual(parsed?.obligations.map((o) => o.id));
  });
});
