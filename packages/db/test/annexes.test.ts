/**
 * Annexed declarations and programmes of action stored as content: their paragraphs are clauses
 * marked with their annex, read back as parsed, found by search, and their obligations tracked
 * like the resolution's own (the tracker, an actor's page, the calendar).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  actorObligations,
  dueBetween,
  getResolution,
  importResolution,
  listObligations,
  search,
} from "../src/index.ts";
import { assembly } from "./corpus.ts";
import { dialects, freshDatabase, type TestDatabase } from "./databases.ts";

describe.each(dialects)("annexes (%s)", (dialect) => {
  let t: TestDatabase;
  const declaration = assembly("A_RES_80_9");
  const programme = assembly("A_RES_79_233");
  beforeAll(async () => {
    t = await freshDatabase(dialect);
    for (const { resolution, sourceText } of [declaration, programme])
      await importResolution(t.db, resolution, { sourceText });
  });
  afterAll(() => t?.drop());

  it("reads back the annex's paragraphs as clauses of their annex, and the annex's title", async () => {
    const stored = await getResolution(t.db, "A/RES/80/9");
    expect(stored?.clauses).toEqual(declaration.resolution.clauses);
    const annexed = stored?.clauses.filter((c) => c.annex === "annex1") ?? [];
    expect(annexed.map((c) => c.number)).toEqual(Array.from({ length: 31 }, (_, i) => i + 1));
    expect(stored?.clauses.filter((c) => c.annex === undefined).map((c) => c.lead)).toEqual([
      "Adopts",
    ]);
    expect(stored?.annexes).toEqual(declaration.resolution.annexes);
    expect(stored?.annexes[0]?.title).toMatch(/^2025 Political Declaration on the Implementation/);
    // The footnotes of the declaration point at its paragraphs.
    expect(stored?.footnotes.map((f) => f.clause)).toContain("annex1-op4");
  });

  it("finds an annex's paragraph by its words", async () => {
    const hits = await search(t.db, '"voluntary trust fund for victims"', {
      resolution: "A/RES/80/9",
    });
    expect(hits.items.map((h) => h.clauseId)).toContain("annex1-op18");
  });

  it("tracks the annex's obligations on the tracker and the actor's page", async () => {
    const unodc = await listObligations(t.db, { actor: "unodc", resolution: "A/RES/80/9" });
    expect(unodc.items.map((o) => o.key)).toContain("annex1-op25.1");
    const sg = await actorObligations(t.db, "sg", { resolution: "A/RES/80/9", limit: 100 });
    expect(sg.obligations.items.some((o) => o.key.startsWith("annex1-op21."))).toBe(true);
    const states = await listObligations(t.db, {
      actor: "member-states",
      resolution: "A/RES/80/9",
      limit: 100,
    });
    expect(states.items.map((o) => o.key)).toContain("annex1-op4.1");
  });

  it("puts an annex's deadline on the calendar", async () => {
    // "We request the Secretary-General to establish, within six months of the adoption ...".
    const due = await dueBetween(t.db, "2025-06-01", "2025-06-30", { actor: "sg", limit: 100 });
    const key = due.items.find((o) => o.resolution.symbol === "A/RES/79/233")?.key;
    expect(key).toBe("annex1-op177.1");
  });
});
