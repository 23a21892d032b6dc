/**
 * Versions on real pairs of the corpus, on both databases: the Third Committee's draft
 * A/C.3/80/L.4 became A/RES/80/228 (found by session, committee, title and text: the resolution
 * prints only the committee's report); the plenary draft A/80/L.8 became A/RES/80/9 (printed);
 * A/RES/80/228 renews A/RES/78/228. Superseded drafts leave the tracker's counts; a draft's
 * tracking is carried to its adopted text; a renewal's is offered and taken only when a person says.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  actorObligations,
  addEvidence,
  answerSuggestion,
  compareVersions,
  dueBetween,
  getResolution,
  importResolution,
  linkVersions,
  listObligations,
  OutOfScopeError,
  obligationHistory,
  obligationLineage,
  RefusedError,
  resolutionVersions,
  updateTracking,
  type VersionComparison,
} from "../src/index.ts";
import { assembly } from "./corpus.ts";
import { dialects, freshDatabase, type TestDatabase } from "./databases.ts";

const texts = ["A_RES_78_228", "A_C.3_80_L.4", "A_RES_80_228", "A_80_L.8", "A_RES_80_9"];

describe.each(dialects)("versions and lineage (%s)", (dialect) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await freshDatabase(dialect);
    for (const name of texts) {
      const { resolution, sourceText } = assembly(name);
      await importResolution(t.db, resolution, { sourceText });
    }
  }, 60_000);
  afterAll(() => t?.drop());

  const obligationsOf = async (symbol: string) =>
    (await getResolution(t.db, symbol))?.obligations ?? [];

  it("tracks a draft's obligation before linking, and counts it", async () => {
    const [first] = await obligationsOf("A/C.3/80/L.4");
    if (!first) throw new Error("A/C.3/80/L.4 has no obligation");
    await updateTracking(t.db, first.id, {
      expectedVersion: first.version,
      status: "in-progress",
      user: "alice",
    });
    await addEvidence(t.db, first.id, {
      documentSymbol: "A/80/234",
      note: "Report of the Secretary-General",
      user: "alice",
    } as Parameters<typeof addEvidence>[2]);
    const all = await listObligations(t.db, { limit: 1 });
    const draft = await listObligations(t.db, { resolution: "A/C.3/80/L.4", limit: 1 });
    expect(draft.total).toBeGreaterThan(0);
    expect(all.total).toBe(
      (
        await Promise.all(
          ["A/RES/78/228", "A/C.3/80/L.4", "A/RES/80/228", "A/80/L.8", "A/RES/80/9"].map(
            obligationsOf,
          ),
        )
      ).flat().length,
    );
  });

  it("links drafts, the series and obligations, each with its rule", async () => {
    const summary = await linkVersions(t.db);
    expect(summary.drafts).toEqual({ printed: 1, byTitleAndText: 1 });
    expect(summary.renewals).toBe(1);
    expect(summary.obligations).toBeGreaterThan(20);
    expect(summary.carried).toBe(1);

    const adopted = await resolutionVersions(t.db, "A/RES/80/228");
    expect(adopted?.drafts).toEqual([
      expect.objectContaining({ symbol: "A/C.3/80/L.4", rule: "title-and-text", draft: true }),
    ]);
    expect(adopted?.drafts[0]?.likeness).toBeGreaterThan(0.9);
    expect(adopted?.renews).toMatchObject({ symbol: "A/RES/78/228", rule: "recalls-same-title" });
    expect(adopted?.series.map((s) => s.symbol)).toEqual(["A/RES/78/228", "A/RES/80/228"]);
    expect((await resolutionVersions(t.db, "A/C.3/80/L.4"))?.supersededBy).toMatchObject({
      symbol: "A/RES/80/228",
    });
    const plenary = await resolutionVersions(t.db, "A/RES/80/9");
    expect(plenary?.drafts).toEqual([
      expect.objectContaining({ symbol: "A/80/L.8", rule: "printed" }),
    ]);
    expect(plenary?.drafts[0]?.reason).toContain("A/80/L.8");
    expect((await resolutionVersions(t.db, "A/RES/78/228"))?.renewedBy).toEqual([
      expect.objectContaining({ symbol: "A/RES/80/228" }),
    ]);
  });

  it("links again to the same result, keeping the rows", async () => {
    const before = await t.db.kysely
      .selectFrom("obligation_links")
      .selectAll()
      .orderBy("id")
      .execute();
    const summary = await linkVersions(t.db);
    expect(summary.carried).toBe(0);
    const after = await t.db.kysely
      .selectFrom("obligation_links")
      .selectAll()
      .orderBy("id")
      .execute();
    expect(after).toEqual(before);
  });

  it("counts each mandate once: superseded drafts only on request", async () => {
    const drafts = [...(await obligationsOf("A/C.3/80/L.4")), ...(await obligationsOf("A/80/L.8"))];
    const adopted = (
      await Promise.all(["A/RES/78/228", "A/RES/80/228", "A/RES/80/9"].map(obligationsOf))
    ).flat();
    const byDefault = await listObligations(t.db, { limit: 500 });
    expect(byDefault.total).toBe(adopted.length);
    expect(byDefault.items.map((o) => o.resolution.symbol)).not.toContain("A/C.3/80/L.4");
    const everything = await listObligations(t.db, { limit: 500, superseded: true });
    expect(everything.total).toBe(adopted.length + drafts.length);
    // Filtered by row (an actor) the count leaves them out too.
    const sg = await actorObligations(t.db, "sg");
    const sgAll = await actorObligations(t.db, "sg", { superseded: true });
    expect(sgAll.obligations.total).toBeGreaterThan(sg.obligations.total);
    expect(Object.values(sg.byStatus).reduce((a, b) => a + b, 0)).toBe(sg.obligations.total);
    // A draft asked for by symbol still shows its obligations.
    expect((await listObligations(t.db, { resolution: "A/C.3/80/L.4" })).total).toBe(
      (await obligationsOf("A/C.3/80/L.4")).length,
    );
  });

  it("leaves a superseded draft's due dates off the deadlines and calendar unless asked", async () => {
    // A/C.3/80/L.4 asks for reports at the eighty-second and eighty-fourth sessions, as 80/228 does.
    const draftDue = (await obligationsOf("A/C.3/80/L.4")).filter((o) => o.dueDate !== null);
    const adoptedDue = (await obligationsOf("A/RES/80/228")).filter((o) => o.dueDate !== null);
    expect(draftDue.length).toBeGreaterThan(0);
    expect(adoptedDue.length).toBe(draftDue.length);
    const symbols = (page: { items: Array<{ resolution: { symbol: string } }> }) =>
      page.items.map((o) => o.resolution.symbol);
    const byDefault = await dueBetween(t.db, "1990-01-01", "2999-12-31", { limit: 500 });
    expect(symbols(byDefault)).not.toContain("A/C.3/80/L.4");
    expect(symbols(byDefault)).toContain("A/RES/80/228");
    const asked = await dueBetween(t.db, "1990-01-01", "2999-12-31", {
      limit: 500,
      superseded: true,
    });
    expect(asked.total).toBe(byDefault.total + draftDue.length);
    expect(symbols(asked).filter((s) => s === "A/C.3/80/L.4")).toHaveLength(draftDue.length);
    // One actor's deadlines the same way (what the calendar feed of one actor reads).
    const sg = await dueBetween(t.db, "1990-01-01", "2999-12-31", { actor: "sg", limit: 500 });
    expect(symbols(sg)).not.toContain("A/C.3/80/L.4");
    const sgAll = await dueBetween(t.db, "1990-01-01", "2999-12-31", {
      actor: "sg",
      limit: 500,
      superseded: true,
    });
    expect(symbols(sgAll)).toContain("A/C.3/80/L.4");
  });

  it("carries a superseded draft's tracking to its adopted text, in the history", async () => {
    const [draftFirst] = await obligationsOf("A/C.3/80/L.4");
    const lineage = await obligationLineage(t.db, draftFirst?.id ?? -1);
    const adoptedStep = lineage.adoptedAs;
    if (!adoptedStep) throw new Error("the draft's first obligation is not linked to 80/228");
    expect(adoptedStep.status).toBe("in-progress");
    const history = await obligationHistory(t.db, adoptedStep.obligationId);
    expect(history).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ by: "linking", field: "status", to: "in-progress" }),
        expect.objectContaining({ by: "linking", change: "evidence" }),
      ]),
    );
    // And the adopted obligation's lineage reaches back through 78/228.
    const back = await obligationLineage(t.db, adoptedStep.obligationId);
    expect(back.draft?.symbol).toBe("A/C.3/80/L.4");
    expect(back.earlier.map((s) => s.symbol)).toEqual(["A/RES/78/228"]);
    expect(adoptedStep.symbol).toBe("A/RES/80/228");
  });

  it("offers a renewal's tracking, and takes it only when a person accepts", async () => {
    const older = await obligationsOf("A/RES/78/228");
    // A renewed obligation: one of 80/228's that has a 78/228 ancestor.
    let target: { earlier: number; later: number } | null = null;
    for (const o of await obligationsOf("A/RES/80/228")) {
      const l = await obligationLineage(t.db, o.id);
      const e = l.earlier.at(-1);
      if (e?.symbol === "A/RES/78/228" && o.status === "no-indication") {
        target = { earlier: e.obligationId, later: o.id };
        break;
      }
    }
    if (!target) throw new Error("no renewed obligation between 78/228 and 80/228");
    expect(older.map((o) => o.id)).toContain(target.earlier);
    const earlier = older.find((o) => o.id === target?.earlier);
    await updateTracking(t.db, target.earlier, {
      expectedVersion: earlier?.version ?? 1,
      status: "completed",
      user: "bob",
    });
    // Tracking the earlier one after linking offers nothing until linking runs again ("none").
    await linkVersions(t.db);
    let lineage = await obligationLineage(t.db, target.later);
    // The link existed before the earlier one was tracked: its suggestion stays as it was made.
    expect(lineage.suggestion === null || lineage.suggestion.state === "open").toBe(true);
    // Made afresh, the link offers it.
    await t.db.kysely
      .deleteFrom("obligation_links")
      .where("obligation_id", "=", target.later)
      .execute();
    await linkVersions(t.db);
    lineage = await obligationLineage(t.db, target.later);
    expect(lineage.suggestion).toMatchObject({ status: "completed", state: "open" });
    expect(lineage.earlier.at(-1)?.obligationId).toBe(target.earlier);
    // Nothing moved by itself.
    expect((await obligationsOf("A/RES/80/228")).find((o) => o.id === target?.later)?.status).toBe(
      "no-indication",
    );
    // Out of scope: refused, nothing changed.
    await expect(
      answerSuggestion(t.db, target.later, {
        accept: true,
        user: "eve",
        scope: { actors: ["unicef"] } as never,
      }),
    ).rejects.toBeInstanceOf(OutOfScopeError);
    expect(await answerSuggestion(t.db, target.later, { accept: true, user: "carol" })).toBe(
      "accepted",
    );
    expect((await obligationsOf("A/RES/80/228")).find((o) => o.id === target?.later)?.status).toBe(
      "completed",
    );
    await expect(
      answerSuggestion(t.db, target.later, { accept: false, user: "carol" }),
    ).rejects.toBeInstanceOf(RefusedError);
    expect((await obligationLineage(t.db, target.later)).suggestion?.state).toBe("accepted");
  });

  it("compares two versions paragraph by paragraph", async () => {
    const result = (await compareVersions(
      t.db,
      "A/RES/78/228",
      "A/RES/80/228",
    )) as VersionComparison;
    expect(result.from.symbol).toBe("A/RES/78/228");
    const total = result.changes.length;
    expect(total).toBeGreaterThan(80);
    expect(result.counts.unchanged + result.counts.changed).toBeGreaterThan(40);
    expect(result.counts.added).toBeGreaterThan(0);
    expect(result.counts.dropped).toBeGreaterThan(0);
    expect(await compareVersions(t.db, "A/RES/78/228", "A/RES/1/1")).toEqual({
      missing: "A/RES/1/1",
    });
  });
});
