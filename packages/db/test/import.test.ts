import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  addEvidence,
  addNote,
  correctObligation,
  getActor,
  getObligation,
  getResolution,
  importResolution,
  importResolutions,
  listObligations,
  obligationHistory,
  RefusedError,
  search,
  updateTracking,
} from "../src/index.ts";
import { assembly, seed } from "./corpus.ts";
import { rowCounts } from "./counts.ts";
import { dialects, freshDatabase, type TestDatabase } from "./databases.ts";

describe.each(dialects)("importing resolutions (%s)", (dialect) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await freshDatabase(dialect);
  });
  afterAll(() => t?.drop());

  it("stores a resolution with its clauses, footnotes, references, actors and obligations", async () => {
    const { resolution, sourceText } = seed();
    const result = await importResolution(t.db, resolution, {
      sourceText,
      source: "seed/E_RES_2015_23.txt",
    });
    expect(result).toMatchObject({
      status: "stored",
      symbol: "E/RES/2015/23",
      clausesAdded: resolution.clauses.length,
      clausesRemoved: 0,
      obligationsAdded: resolution.obligations.length,
      obligationsRemoved: 0,
      obligationsKept: 0,
    });
    const stored = await getResolution(t.db, "E/RES/2015/23");
    expect(stored).not.toBeNull();
    if (!stored) return;
    expect(stored).toMatchObject({
      title: resolution.title,
      adopted: "2015-07-21",
      year: 2015,
      body: "ecosoc",
    });
    expect(stored.clauses).toEqual(resolution.clauses);
    expect(stored.footnotes).toEqual(
      resolution.footnotes.map((f) => ({ ...f, clause: f.clause ?? null })),
    );
    expect(stored.references.map((r) => r.symbol)).toEqual(
      resolution.references.map((r) => r.symbol),
    );
    expect(stored.actors.map((a) => a.id)).toEqual(resolution.actors.map((a) => a.id));
    expect(stored.obligations.map((o) => o.key)).toEqual(resolution.obligations.map((o) => o.id));
    const first = resolution.obligations[0];
    expect(stored.obligations[0]).toMatchObject({
      bearers: first?.bearers,
      verb: first?.verb,
      strength: first?.strength,
      action: first?.action,
      status: "no-indication",
      version: 1,
      review: {
        bearers: "extracted",
        verb: "extracted",
        strength: "extracted",
        action: "extracted",
      },
    });
  });

  it("reports an identical import as unchanged and writes nothing", async () => {
    const { resolution, sourceText } = seed();
    const before = await rowCounts(t.db);
    const result = await importResolution(t.db, resolution, { sourceText });
    expect(result).toMatchObject({
      status: "unchanged",
      obligationsKept: resolution.obligations.length,
    });
    expect(await rowCounts(t.db)).toEqual(before);
  });

  it("refuses a resolution without a symbol", async () => {
    const { resolution, sourceText } = seed();
    await expect(
      importResolution(t.db, { ...resolution, symbol: null }, { sourceText }),
    ).rejects.toThrow(RefusedError);
  });

  it("adds actors the registry lacks with kind other, and keeps registry actors as they are", async () => {
    const { resolution, sourceText } = assembly("A_RES_78_231");
    expect(resolution.actors.some((a) => a.id === "bureau")).toBe(true);
    await importResolution(t.db, resolution, { sourceText });
    expect(await getActor(t.db, "bureau")).toMatchObject({ kind: "other", registered: false });
    expect(await getActor(t.db, "sg")).toMatchObject({
      name: "Secretary-General",
      kind: "official",
      registered: true,
    });
  });

  it("links references to stored resolutions both ways: cites and cited by", async () => {
    const later = assembly("A_RES_80_228");
    await importResolution(t.db, later.resolution, { sourceText: later.sourceText });
    const unlinked = await getResolution(t.db, "A/RES/80/228");
    expect(unlinked?.references.find((r) => r.symbol === "A/RES/78/228")?.cited).toBeNull();

    // Importing the cited resolution afterwards links the earlier citation.
    const earlier = assembly("A_RES_78_228");
    await importResolution(t.db, earlier.resolution, { sourceText: earlier.sourceText });
    const citing = await getResolution(t.db, "A/RES/80/228");
    expect(citing?.references.find((r) => r.symbol === "A/RES/78/228")?.cited).toMatchObject({
      symbol: "A/RES/78/228",
    });
    const cited = await getResolution(t.db, "A/RES/78/228");
    expect(cited?.citedBy.map((c) => c.symbol)).toEqual(["A/RES/80/228"]);
    expect(cited?.citedBy[0]?.clauses.length).toBeGreaterThan(0);

    // The seed cites A/RES/64/293, which the library does not hold.
    const seeded = await getResolution(t.db, "E/RES/2015/23");
    expect(seeded?.references.find((r) => r.symbol === "A/RES/64/293")?.cited).toBeNull();
  });

  it("keeps tracking, evidence, notes, history and corrections on re-import, and reports the changes", async () => {
    const original = assembly("A_RES_79_264");
    await importResolution(t.db, original.resolution, { sourceText: original.sourceText });
    const stored = await getResolution(t.db, "A/RES/79/264");
    const [tracked, dropped] = stored?.obligations ?? [];
    if (!tracked || !dropped) throw new Error("A/RES/79/264 should hold obligations");

    let current = await updateTracking(t.db, tracked.id, {
      expectedVersion: tracked.version,
      status: "in-progress",
      lead: "ola",
      user: "alice",
    });
    current = await correctObligation(t.db, tracked.id, {
      field: "action",
      value: "report on progress",
      expectedVersion: current.version,
      user: "alice",
    });
    await addEvidence(t.db, tracked.id, {
      url: "https://undocs.org/A/80/1",
      documentSymbol: "A/80/1",
      user: "alice",
    });
    await addNote(t.db, tracked.id, { text: "Draft report circulated.", user: "alice" });
    await updateTracking(t.db, dropped.id, {
      expectedVersion: dropped.version,
      status: "completed",
      user: "bob",
    });
    const historyBefore = await obligationHistory(t.db, tracked.id);

    // The parser now numbers the tracked obligation differently and words its action otherwise,
    // no longer finds the second obligation, and finds a new clause with a new obligation.
    const { resolution, sourceText } = assembly("A_RES_79_264");
    const renumbered = resolution.obligations.find((o) => o.id === tracked.key);
    if (!renumbered) throw new Error("tracked obligation missing");
    renumbered.id = `${tracked.clause}.9`;
    renumbered.action = `${renumbered.action} (as re-read)`;
    resolution.obligations = resolution.obligations.filter((o) => o.id !== dropped.key);
    const template = resolution.clauses.find((c) => c.id === tracked.clause);
    if (!template) throw new Error("clause missing");
    resolution.clauses.push({
      ...template,
      id: "op99",
      number: 99,
      text: "Decides to review the matter.",
    });
    resolution.obligations.push({
      ...renumbered,
      id: "op99.1",
      clause: "op99",
      verb: "decides",
      bearers: ["ga"],
    });

    const clause = template.text.split(" ").slice(0, 6).join(" ");
    const before = (await search(t.db, `"${clause}"`, { resolution: "A/RES/79/264" })).total;
    expect(before).toBeGreaterThan(0);
    const result = await importResolution(t.db, resolution, { sourceText: `${sourceText}\n` });
    expect(result).toMatchObject({
      status: "updated",
      clausesAdded: 1,
      clausesRemoved: 0,
      obligationsAdded: 1,
      obligationsRemoved: 1,
      obligationsKept: original.resolution.obligations.length - 1,
    });

    // The search index follows the text: the new clause is found, the others are still found once.
    expect(
      (await search(t.db, "review the matter", { resolution: "A/RES/79/264" })).items,
    ).toContainEqual(expect.objectContaining({ clauseId: "op99" }));
    expect((await search(t.db, `"${clause}"`, { resolution: "A/RES/79/264" })).total).toBe(before);

    const kept = await getObligation(t.db, tracked.id);
    expect(kept).toMatchObject({
      key: `${tracked.clause}.9`,
      status: "in-progress",
      lead: "ola",
      leadByPerson: true,
      action: "report on progress",
      review: { action: "corrected" },
      withdrawnAt: null,
    });
    expect(kept?.extracted.action).toBe(`${tracked.extracted.action} (as re-read)`);
    expect(kept?.evidence.map((e) => e.documentSymbol)).toEqual(["A/80/1"]);
    expect(kept?.notes.map((n) => n.text)).toEqual(["Draft report circulated."]);
    const historyAfter = await obligationHistory(t.db, tracked.id);
    expect(historyAfter.slice(0, historyBefore.length)).toEqual(historyBefore);
    expect(historyAfter.slice(historyBefore.length)).toContainEqual(
      expect.objectContaining({
        change: "import",
        field: "action",
        to: `${tracked.extracted.action} (as re-read)`,
      }),
    );

    const withdrawn = await getObligation(t.db, dropped.id);
    expect(withdrawn).toMatchObject({ status: "completed" });
    expect(withdrawn?.withdrawnAt).not.toBeNull();
    const listed = await listObligations(t.db, { resolution: "A/RES/79/264", limit: 500 });
    expect(listed.items.map((o) => o.id)).not.toContain(dropped.id);
    expect(
      (await getResolution(t.db, "A/RES/79/264"))?.withdrawnObligations.map((o) => o.id),
    ).toEqual([dropped.id]);
    expect(await obligationHistory(t.db, dropped.id)).toContainEqual(
      expect.objectContaining({ change: "import", field: "withdrawn" }),
    );

    // Back to the original text: the withdrawn obligation returns with its tracking.
    const back = await importResolution(t.db, original.resolution, {
      sourceText: original.sourceText,
    });
    expect(back).toMatchObject({
      status: "updated",
      clausesRemoved: 1,
      obligationsAdded: 1,
      obligationsRemoved: 1,
    });
    expect(await getObligation(t.db, dropped.id)).toMatchObject({
      withdrawnAt: null,
      status: "completed",
    });
  });

  it("leaves nothing behind when an import fails half-way", async () => {
    const before = await rowCounts(t.db);
    const hits = (await search(t.db, "disaster")).total;

    // A new resolution whose last obligation the database refuses (strength outside 1..5), after
    // the resolution, its clauses and its other obligations were written.
    const { resolution, sourceText } = assembly("A_RES_80_150");
    const last = resolution.obligations.at(-1);
    if (!last) throw new Error("A/RES/80/150 should hold obligations");
    last.strength = 9;
    await expect(importResolution(t.db, resolution, { sourceText })).rejects.toThrow(/strength/);
    expect(await getResolution(t.db, "A/RES/80/150")).toBeNull();
    expect(await rowCounts(t.db)).toEqual(before);
    expect((await search(t.db, "disaster")).total).toBe(hits);

    // A failed re-import leaves the stored version, and what people recorded, as they were.
    const again = seed();
    const storedBefore = await getResolution(t.db, "E/RES/2015/23");
    again.resolution.title = "A changed title";
    again.resolution.clauses.pop();
    const bad = again.resolution.obligations.at(-1);
    if (!bad) throw new Error("the seed should hold obligations");
    bad.strength = 0;
    await expect(
      importResolution(t.db, again.resolution, { sourceText: again.sourceText }),
    ).rejects.toThrow(/strength/);
    expect(await getResolution(t.db, "E/RES/2015/23")).toEqual(storedBefore);
    expect(await rowCounts(t.db)).toEqual(before);
  });

  it("imports many resolutions in batches, each whole or not at all", async () => {
    const before = await rowCounts(t.db);
    const good = assembly("A_RES_79_12");
    const again = assembly("A_RES_78_231");
    const broken = assembly("A_RES_78_292");
    const lastObligation = broken.resolution.obligations.at(-1);
    if (!lastObligation) throw new Error("A/RES/78/292 should hold obligations");
    lastObligation.strength = 9;
    const unnamed = assembly("A_RES_80_107");
    unnamed.resolution.symbol = null;
    const results = await importResolutions(t.db, [good, broken, unnamed, again], { batchSize: 2 });
    expect(results.map((r) => r.status)).toEqual(["stored", "failed", "failed", "unchanged"]);
    expect(await getResolution(t.db, "A/RES/79/12")).not.toBeNull();
    expect(await getResolution(t.db, "A/RES/78/292")).toBeNull();
    const after = await rowCounts(t.db);
    expect(after.resolutions).toBe((before.resolutions ?? 0) + 1);
    expect(after.obligations).toBe((before.obligations ?? 0) + good.resolution.obligations.length);
  });
});
