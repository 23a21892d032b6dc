/**
 * The versions router on both databases, with real texts of the corpus: importing links them
 * (A/C.3/80/L.4 -> A/RES/80/228, 78/228 -> 80/228); the tracker counts each mandate once unless
 * asked for superseded drafts; compare names paragraphs added and dropped; lineage and the
 * suggestion, whose answer needs an editor in scope.
 */
import { dialects } from "@mandates/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Library, openLibrary, refusal, sharedText } from "./test-support.ts";

const corpus = (name: string) => sharedText(`corpus/un-ga-pdftext/${name}.txt`);

describe.each(dialects)("versions router (%s)", (dialect) => {
  let library: Library;
  beforeAll(async () => {
    library = await openLibrary(
      [corpus("A_RES_78_228"), corpus("A_C.3_80_L.4"), corpus("A_RES_80_228")],
      dialect,
    );
  }, 120_000);
  afterAll(() => library?.drop());

  it("links what was imported: the draft, the series, with rules", async () => {
    const versions = await library.as("viewer").versions.of({ symbol: "A/RES/80/228" });
    expect(versions.drafts.map((d) => [d.symbol, d.rule])).toEqual([
      ["A/C.3/80/L.4", "title-and-text"],
    ]);
    expect(versions.renews).toMatchObject({ symbol: "A/RES/78/228", rule: "recalls-same-title" });
    expect(versions.series.map((s) => s.symbol)).toEqual(["A/RES/78/228", "A/RES/80/228"]);
    const missing = await refusal(library.as("viewer").versions.of({ symbol: "A/RES/1/1" }));
    expect(missing.code).toBe("NOT_FOUND");
    expect(missing.message).toBe("No resolution A/RES/1/1 in the library.");
  });

  it("counts the superseded draft only when asked", async () => {
    const viewer = library.as("viewer");
    const draft = await viewer.obligations.list({ resolution: "A/C.3/80/L.4", limit: 1 });
    const all = await viewer.obligations.list({ limit: 1 });
    const withDrafts = await viewer.obligations.list({ limit: 1, superseded: true });
    expect(draft.total).toBeGreaterThan(0);
    expect(withDrafts.total).toBe(all.total + draft.total);
  });

  it("compares two versions, naming what was added and dropped", async () => {
    const result = await library
      .as("viewer")
      .versions.compare({ from: "A/RES/78/228", to: "A/RES/80/228" });
    expect(result.from.symbol).toBe("A/RES/78/228");
    const added = result.changes.filter((c) => c.fate === "added");
    const dropped = result.changes.filter((c) => c.fate === "dropped");
    expect(added.length).toBe(result.counts.added);
    expect(added.length).toBeGreaterThan(0);
    expect(dropped.length).toBeGreaterThan(0);
    expect(added.every((c) => c.to !== null && c.from === null)).toBe(true);
    const same = await library
      .as("viewer")
      .versions.compare({ from: "A/C.3/80/L.4", to: "A/RES/80/228" });
    // The adopted text is its draft with few changes.
    expect(same.counts.unchanged).toBeGreaterThan(same.changes.length * 0.8);
    const bad = await refusal(
      library.as("viewer").versions.compare({ from: "x", to: "A/RES/80/228" }),
    );
    expect(bad.code).toBe("BAD_REQUEST");
  });

  it("shows an obligation's lineage; the suggestion is answered by an editor in scope", async () => {
    const viewer = library.as("viewer");
    const older = await viewer.obligations.list({ resolution: "A/RES/78/228", limit: 500 });
    const newer = await viewer.obligations.list({ resolution: "A/RES/80/228", limit: 500 });
    let pair: { earlier: number; later: number } | null = null;
    for (const o of newer.items) {
      const l = await viewer.versions.lineage({ id: o.id });
      const e = l.earlier.at(-1);
      if (
        e?.symbol === "A/RES/78/228" &&
        o.bearers.includes("sg") &&
        !o.bearers.includes("unodc")
      ) {
        pair = { earlier: e.obligationId, later: o.id };
        break;
      }
    }
    if (!pair) throw new Error("no renewed request to the Secretary-General");
    expect(older.items.map((o) => o.id)).toContain(pair.earlier);
    expect((await viewer.versions.lineage({ id: pair.later })).suggestion).toBeNull();
    const earlier = older.items.find((o) => o.id === pair?.earlier);
    await library.as("editor").tracking.update({
      id: pair.earlier,
      expectedVersion: earlier?.version ?? 1,
      status: "in-progress",
    } as never);
    // The link is made afresh by an admin's relink once its old row is gone: a new link offers.
    await library.db.kysely
      .deleteFrom("obligation_links")
      .where("obligation_id", "=", pair.later)
      .execute();
    await library.as("admin").versions.link();
    expect((await viewer.versions.lineage({ id: pair.later })).suggestion).toMatchObject({
      status: "in-progress",
      state: "open",
    });
    expect(
      (await refusal(viewer.versions.answerSuggestion({ id: pair.later, accept: true }))).code,
    ).toBe("FORBIDDEN");
    expect((await refusal(library.as("editor").versions.link())).code).toBe("FORBIDDEN");
    const unodc = await refusal(
      library.as("unodc").versions.answerSuggestion({ id: pair.later, accept: true }),
    );
    expect(unodc.code).toBe("FORBIDDEN");
    expect(
      await library.as("editor").versions.answerSuggestion({ id: pair.later, accept: true }),
    ).toEqual({ state: "accepted" });
    const after = await viewer.obligations.get({ id: pair.later });
    expect(after.status).toBe("in-progress");
    const again = await refusal(
      library.as("editor").versions.answerSuggestion({ id: pair.later, accept: false }),
    );
    expect(again.code).toBe("BAD_REQUEST");
  });
});
