/**
 * The obligations each actor bears, on both databases: counted from the obligations in force as
 * the list of obligations holds them (every bearer of each), withdrawn ones left out.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importResolution, listObligations, obligationCountsByActor } from "../src/index.ts";
import { seed } from "./corpus.ts";
import { dialects, freshDatabase, type TestDatabase } from "./databases.ts";

describe.each(dialects)("obligations counted by actor (%s)", (dialect) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await freshDatabase(dialect);
    const { resolution, sourceText } = seed();
    await importResolution(t.db, resolution, { sourceText });
  });
  afterAll(async () => {
    await t?.drop();
  });

  it("counts each actor's obligations in force, as the list holds them", async () => {
    const { items } = await listObligations(t.db, { limit: 500 });
    const expected: Record<string, number> = {};
    for (const o of items) for (const b of o.bearers) expected[b] = (expected[b] ?? 0) + 1;
    expect(Object.keys(expected).length).toBeGreaterThan(1);
    expect(await obligationCountsByActor(t.db)).toEqual(expected);
  });

  it("leaves out what a re-import withdrew", async () => {
    const { resolution, sourceText } = seed();
    const last = resolution.obligations.at(-1);
    if (!last) throw new Error("the seed holds obligations");
    const fewer = { ...resolution, obligations: resolution.obligations.slice(0, -1) };
    await importResolution(t.db, fewer, { sourceText: `${sourceText}\n` });
    const before = await obligationCountsByActor(t.db);
    const { items } = await listObligations(t.db, { limit: 500 });
    const expected: Record<string, number> = {};
    for (const o of items) for (const b of o.bearers) expected[b] = (expected[b] ?? 0) + 1;
    expect(before).toEqual(expected);
    expect(items.length).toBe(resolution.obligations.length - 1);
  });
});
