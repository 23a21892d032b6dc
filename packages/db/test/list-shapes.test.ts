/**
 * The tracker's lists read the same obligations, in the same order, with the same total, however
 * they are read: SQLite walks the list's index for filters that match many (listObligations'
 * `common` bound, set here to 0 and to a billion so that both ways run on a small library), and
 * totals are counted from indexes, with withdrawn obligations and superseded drafts taken off.
 * Checked against what each resolution holds, on both databases.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  getResolution,
  importResolution,
  linkVersions,
  listObligations,
  type ObligationFilters,
  type ObligationView,
  updateTracking,
} from "../src/index.ts";
import { assembly } from "./corpus.ts";
import { dialects, freshDatabase, type TestDatabase } from "./databases.ts";

const texts = ["A_RES_78_228", "A_C.3_80_L.4", "A_RES_80_228", "A_80_L.8", "A_RES_80_9"];
const today = "2026-06-15";

describe.each(dialects)("tracker lists read either way (%s)", (dialect) => {
  let t: TestDatabase;
  /** Every obligation in force, of resolutions not superseded. */
  let expected: ObligationView[];
  let withdrawnId: number;
  beforeAll(async () => {
    t = await freshDatabase(dialect);
    for (const name of texts) {
      const { resolution, sourceText } = assembly(name);
      await importResolution(t.db, resolution, { sourceText });
    }
    await linkVersions(t.db);
    // One obligation of the Member States withdrawn: its text re-imported without it.
    const { resolution, sourceText } = assembly("A_RES_80_9");
    const dropped = resolution.obligations.find((o) => o.bearers.includes("member-states"));
    if (!dropped) throw new Error("A/RES/80/9 holds no obligation of the Member States");
    withdrawnId =
      (await getResolution(t.db, "A/RES/80/9"))?.obligations.find((o) => o.key === dropped.id)
        ?.id ?? -1;
    await importResolution(
      t.db,
      { ...resolution, obligations: resolution.obligations.filter((o) => o !== dropped) },
      { sourceText },
    );
    const superseded = await t.db.kysely
      .selectFrom("resolutions")
      .select("symbol")
      .where("superseded_by", "is not", null)
      .execute();
    expect(superseded.length).toBeGreaterThan(0);
    const left = new Set(superseded.map((r) => r.symbol));
    expected = [];
    for (const name of texts) {
      const stored = await getResolution(t.db, assembly(name).resolution.symbol ?? "", { today });
      if (stored && !left.has(stored.symbol)) expected.push(...stored.obligations);
    }
    // Some tracked, so that status filters have more than one status to tell apart.
    for (const o of expected.filter((_, i) => i % 3 === 0).slice(0, 8)) {
      const done = await updateTracking(t.db, o.id, {
        expectedVersion: o.version,
        status: "completed",
        user: "alice",
      });
      Object.assign(o, { status: done.status, overdue: false });
    }
  }, 120_000);
  afterAll(() => t?.drop());

  const cases: Array<[ObligationFilters, (o: ObligationView) => boolean]> = [
    [{}, () => true],
    [{ actor: "sg" }, (o) => o.bearers.includes("sg")],
    [{ actor: "member-states" }, (o) => o.bearers.includes("member-states")],
    [
      { actor: "member-states", strength: { min: 3 } },
      (o) => o.bearers.includes("member-states") && o.strength >= 3,
    ],
    [{ status: "no-indication" }, (o) => o.status === "no-indication"],
    [{ status: ["completed", "in-progress"] }, (o) => o.status !== "no-indication"],
    [{ overdue: true }, (o) => o.overdue],
    [{ dueFrom: "2026-01-01" }, (o) => !!o.dueDate && o.dueDate >= "2026-01-01"],
    [{ year: 2023 }, (o) => o.resolution.year === 2023],
    [{ body: "ga", actor: "sg" }, (o) => o.resolution.body === "ga" && o.bearers.includes("sg")],
  ];
  const sorts = [
    { sort: "due", direction: "asc" },
    { sort: "strength", direction: "desc" },
    { sort: "symbol", direction: "asc" },
  ] as const;

  it("gives the same page and total reading by index or by filter, as the texts hold", async () => {
    for (const [filters, keep] of cases) {
      const want = expected.filter(keep);
      const label = JSON.stringify(filters);
      expect(want.length, label).toBeGreaterThan(0);
      for (const sort of sorts) {
        const asked = { ...filters, ...sort, limit: 500, today };
        const walked = await listObligations(t.db, asked, { common: 0 });
        const planned = await listObligations(t.db, asked, { common: 1e9 });
        expect(walked.total, label).toBe(want.length);
        expect(planned.total, label).toBe(want.length);
        expect(
          walked.items.map((o) => o.id),
          label,
        ).toEqual(planned.items.map((o) => o.id));
        expect(new Set(walked.items.map((o) => o.id)), label).toEqual(
          new Set(want.map((o) => o.id)),
        );
        expect(walked.items.map((o) => o.id)).not.toContain(withdrawnId);
      }
    }
  });

  it("pages through a walked list without gaps or repeats", async () => {
    const seen: number[] = [];
    for (let offset = 0; offset < expected.length; offset += 7) {
      const page = await listObligations(
        t.db,
        { actor: "member-states", limit: 7, offset, today },
        { common: 0 },
      );
      seen.push(...page.items.map((o) => o.id));
    }
    const borne = expected.filter((o) => o.bearers.includes("member-states"));
    expect(seen).toHaveLength(borne.length);
    expect(new Set(seen)).toEqual(new Set(borne.map((o) => o.id)));
  });
});
