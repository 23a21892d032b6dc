/** A resolution named by any tail of its symbol, in the tracker's filter as in the library's. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listObligations, matchingObligationIds } from "../src/index.ts";
import { dialects, freshDatabase, type TestDatabase } from "./databases.ts";
import { importLibrary } from "./fixtures.ts";

describe.each(dialects)("the tracker filtered by a symbol's tail (%s)", (dialect) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await freshDatabase(dialect);
    await importLibrary(t.db);
  });
  afterAll(() => t?.drop());

  const symbols = (page: { items: Array<{ resolution: { symbol: string } }> }) =>
    [...new Set(page.items.map((o) => o.resolution.symbol))].sort();

  it("takes '78/228' for A/RES/78/228, and '228' for each symbol it ends", async () => {
    const whole = await listObligations(t.db, { resolution: "A/RES/78/228", limit: 500 });
    const tail = await listObligations(t.db, { resolution: "78/228", limit: 500 });
    expect(whole.total).toBeGreaterThan(0);
    expect(tail.total).toBe(whole.total);
    expect(tail.items.map((o) => o.id)).toEqual(whole.items.map((o) => o.id));
    const both = await listObligations(t.db, { resolution: "228", limit: 500 });
    expect(symbols(both)).toEqual(["A/RES/78/228", "A/RES/80/228"]);
    expect(both.total).toBe(
      whole.total + (await listObligations(t.db, { resolution: "A/RES/80/228" })).total,
    );
    // With a filter on the obligations' own columns too (counted with their resolutions).
    const requested = await listObligations(t.db, { resolution: "2015/23", verb: "requests" });
    expect(requested.total).toBeGreaterThan(0);
    expect(requested.items.every((o) => o.resolution.symbol === "E/RES/2015/23")).toBe(true);
    expect(
      (await matchingObligationIds(t.db, { resolution: "78/228" }, 500)).sort((a, b) => a - b),
    ).toEqual(whole.items.map((o) => o.id).sort((a, b) => a - b));
  });

  it("finds nothing for a tail no symbol ends with after a slash", async () => {
    expect((await listObligations(t.db, { resolution: "8/228" })).total).toBe(0);
    expect((await listObligations(t.db, { resolution: "A/RES/99/1" })).total).toBe(0);
  });
});
