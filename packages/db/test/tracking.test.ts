import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  addEvidence,
  addNote,
  type CorrectableField,
  confirmObligation,
  correctObligation,
  createUser,
  getObligation,
  getResolution,
  InvalidValueError,
  importResolution,
  listObligations,
  NotFoundError,
  type ObligationView,
  obligationHistory,
  revertCorrection,
  StaleVersionError,
  updateTracking,
} from "../src/index.ts";
import { seed } from "./corpus.ts";
import { dialects, freshDatabase, type TestDatabase } from "./databases.ts";

describe.each(dialects)("tracking obligations (%s)", (dialect) => {
  let t: TestDatabase;
  let obligations: ObligationView[];
  beforeAll(async () => {
    t = await freshDatabase(dialect);
    const { resolution, sourceText } = seed();
    await importResolution(t.db, resolution, { sourceText });
    obligations = (await getResolution(t.db, "E/RES/2015/23"))?.obligations ?? [];
  });
  afterAll(() => t?.drop());

  const nth = (i: number) => {
    const o = obligations[i];
    if (!o) throw new Error(`the seed has no obligation ${i}`);
    return o;
  };

  it("changes status, assignee and due date, raising the version and appending history", async () => {
    const o = nth(0);
    const officer = await createUser(t.db, {
      username: "hts.officer",
      displayName: "Human Trafficking Section",
      role: "editor",
      passwordHash: "x",
    });
    const updated = await updateTracking(t.db, o.id, {
      expectedVersion: 1,
      status: "in-progress",
      assigneeId: officer.id,
      dueDate: "2026-03-31",
      user: "alice",
    });
    expect(updated).toMatchObject({
      status: "in-progress",
      assignee: {
        id: officer.id,
        username: "hts.officer",
        displayName: "Human Trafficking Section",
      },
      dueDate: "2026-03-31",
      dueDateByPerson: true,
      version: 2,
    });
    const history = await obligationHistory(t.db, o.id);
    expect(history.slice(1)).toEqual([
      expect.objectContaining({
        by: "alice",
        change: "tracking",
        field: "status",
        from: "no-indication",
        to: "in-progress",
      }),
      expect.objectContaining({
        by: "alice",
        field: "assignee",
        from: null,
        to: "hts.officer",
      }),
      expect.objectContaining({ by: "alice", field: "dueDate", from: o.dueDate, to: "2026-03-31" }),
    ]);
    expect(history[0]).toMatchObject({ change: "import", field: "obligation", to: o.key });
    expect(Date.parse(history[1]?.at ?? "")).not.toBeNaN();

    // Null gives the due date back to the deadline.
    const reverted = await updateTracking(t.db, o.id, {
      expectedVersion: 2,
      dueDate: null,
      user: "alice",
    });
    expect(reverted).toMatchObject({ dueDate: o.dueDate, dueDateByPerson: false, version: 3 });
  });

  it("refuses a stale version with the current one, and overwrites nothing", async () => {
    const o = nth(1);
    await updateTracking(t.db, o.id, { expectedVersion: 1, status: "completed", user: "alice" });
    const historyBefore = await obligationHistory(t.db, o.id);
    const stale = updateTracking(t.db, o.id, {
      expectedVersion: 1,
      status: "not-implemented",
      user: "bob",
    });
    await expect(stale).rejects.toThrow(StaleVersionError);
    await stale.catch((error: StaleVersionError) => {
      expect(error).toMatchObject({ obligationId: o.id, expectedVersion: 1, currentVersion: 2 });
    });
    expect(await getObligation(t.db, o.id)).toMatchObject({ status: "completed", version: 2 });
    expect(await obligationHistory(t.db, o.id)).toEqual(historyBefore);
  });

  it("lets exactly one of two concurrent edits of the same version through", async () => {
    const o = nth(2);
    const results = await Promise.allSettled([
      updateTracking(t.db, o.id, { expectedVersion: 1, status: "completed", user: "alice" }),
      updateTracking(t.db, o.id, { expectedVersion: 1, status: "not-applicable", user: "bob" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const [refused] = results.filter((r) => r.status === "rejected");
    expect(refused?.status === "rejected" && refused.reason).toBeInstanceOf(StaleVersionError);
    expect((await obligationHistory(t.db, o.id)).filter((h) => h.field === "status")).toHaveLength(
      1,
    );
  });

  it("keeps a person's corrections apart from the extraction, and lists follow them", async () => {
    const o = nth(3);
    expect(o.bearers).not.toContain("unodc");
    let current = await correctObligation(t.db, o.id, {
      field: "bearers",
      value: ["unodc", ...o.bearers],
      expectedVersion: 1,
      user: "alice",
    });
    expect(current).toMatchObject({
      bearers: ["unodc", ...o.bearers],
      extracted: { bearers: o.bearers },
      version: 2,
    });
    expect(current.review).toMatchObject({ bearers: "corrected", verb: "extracted" });
    expect(current.corrections.bearers).toMatchObject({ by: "alice" });
    const forUnodc = await listObligations(t.db, { actor: "unodc", limit: 500 });
    expect(forUnodc.items.map((x) => x.id)).toContain(o.id);

    const deadline = {
      text: "by 31 December 2027",
      year: 2027,
      date: "2027-12-31",
      precision: "day",
      bound: "by",
    };
    current = await correctObligation(t.db, o.id, {
      field: "deadline",
      value: deadline,
      expectedVersion: 2,
      user: "alice",
    });
    expect(current).toMatchObject({ deadline, dueDate: "2027-12-31", dueDateByPerson: false });
    current = await correctObligation(t.db, o.id, {
      field: "strength",
      value: 5,
      expectedVersion: 3,
      user: "alice",
    });
    expect(
      (await listObligations(t.db, { strength: 5, limit: 500 })).items.map((x) => x.id),
    ).toContain(o.id);

    current = await revertCorrection(t.db, o.id, {
      field: "bearers",
      expectedVersion: current.version,
      user: "bob",
    });
    expect(current).toMatchObject({
      bearers: o.bearers,
      review: { bearers: "extracted", deadline: "corrected" },
    });
    expect(
      (await listObligations(t.db, { actor: "unodc", limit: 500 })).items.map((x) => x.id),
    ).not.toContain(o.id);

    const history = await obligationHistory(t.db, o.id);
    expect(history.filter((h) => h.change === "correction").map((h) => [h.by, h.field])).toEqual([
      ["alice", "bearers"],
      ["alice", "deadline"],
      ["alice", "dueDate"],
      ["alice", "strength"],
      ["bob", "bearers"],
    ]);
  });

  it("records a confirmation as the person's value, flagged confirmed", async () => {
    const o = nth(4);
    const confirmed = await confirmObligation(t.db, o.id, {
      expectedVersion: 1,
      user: "carol",
      fields: ["bearers", "verb"],
    });
    expect(confirmed.review).toMatchObject({
      bearers: "confirmed",
      verb: "confirmed",
      action: "extracted",
    });
    expect(confirmed.version).toBe(2);
    const history = await obligationHistory(t.db, o.id);
    expect(history.filter((h) => h.change === "confirmation").map((h) => h.field)).toEqual([
      "bearers",
      "verb",
    ]);
  });

  it("refuses values a field does not take", async () => {
    const o = nth(5);
    await expect(
      updateTracking(t.db, o.id, { expectedVersion: 1, status: "overdue" as never, user: "a" }),
    ).rejects.toThrow(InvalidValueError);
    await expect(
      updateTracking(t.db, o.id, { expectedVersion: 1, dueDate: "31/12/2026", user: "a" }),
    ).rejects.toThrow(InvalidValueError);
    await expect(
      correctObligation(t.db, o.id, { field: "strength", value: 7, expectedVersion: 1, user: "a" }),
    ).rejects.toThrow(InvalidValueError);
    await expect(
      correctObligation(t.db, o.id, {
        field: "bearers",
        value: ["no-such-actor"],
        expectedVersion: 1,
        user: "a",
      }),
    ).rejects.toThrow(/no-such-actor/);
    await expect(
      updateTracking(t.db, 999_999, { expectedVersion: 1, status: "completed", user: "a" }),
    ).rejects.toThrow(NotFoundError);
    expect(await getObligation(t.db, o.id)).toMatchObject({ version: 1 });
  });

  it("adds evidence and progress notes with history, without raising the version", async () => {
    const o = nth(6);
    const evidence = await addEvidence(t.db, o.id, {
      url: "https://www.unodc.org/report-2016",
      documentSymbol: "E/CN.15/2016/7",
      note: "Report of the Secretary-General",
      date: "2016-02-12",
      user: "alice",
    });
    expect(evidence).toMatchObject({
      documentSymbol: "E/CN.15/2016/7",
      date: "2016-02-12",
      addedBy: "alice",
    });
    const note = await addNote(t.db, o.id, {
      text: "Consultations with ICAT members held.",
      user: "bob",
    });
    const detail = await getObligation(t.db, o.id);
    expect(detail?.evidence).toEqual([evidence]);
    expect(detail?.notes).toEqual([note]);
    expect(detail?.version).toBe(1);
    const history = await obligationHistory(t.db, o.id);
    expect(history.slice(1)).toEqual([
      expect.objectContaining({
        change: "evidence",
        by: "alice",
        to: expect.objectContaining({ id: evidence.id }),
      }),
      expect.objectContaining({
        change: "note",
        by: "bob",
        to: { id: note.id, text: "Consultations with ICAT members held.", visibility: "internal" },
      }),
    ]);
    await expect(addEvidence(t.db, o.id, { user: "alice" })).rejects.toThrow(InvalidValueError);
    await expect(addNote(t.db, 999_999, { text: "x", user: "alice" })).rejects.toThrow(
      NotFoundError,
    );
  });

  it("takes only web addresses as evidence links, whatever their case", async () => {
    const o = nth(7);
    const before = await obligationHistory(t.db, o.id);
    for (const url of [
      "javascript:alert(document.cookie)",
      "JavaScript:alert(1)",
      "data:text/html,<script>alert(1)</script>",
      "vbscript:msgbox",
      "https:no-slashes.example",
      "//evil.example/report",
    ]) {
      const refused = addEvidence(t.db, o.id, { url, note: "A report.", user: "alice" });
      await expect(refused).rejects.toThrow(InvalidValueError);
      await expect(refused).rejects.toThrow(
        /^an evidence link must start with http:\/\/ or https:\/\/$/,
      );
    }
    expect(await getObligation(t.db, o.id)).toMatchObject({ evidence: [] });
    expect(await obligationHistory(t.db, o.id)).toEqual(before);
    const kept = await addEvidence(t.db, o.id, { url: "HTTPS://undocs.org/A/80/1", user: "alice" });
    expect(kept.url).toBe("HTTPS://undocs.org/A/80/1");
  });

  it("bounds every corrected value, naming the field and the limit", async () => {
    const o = nth(8);
    const correct = (field: CorrectableField, value: unknown) =>
      correctObligation(t.db, o.id, { field, value, expectedVersion: 1, user: "alice" });
    const deadline = { text: "by 2030", year: 2030, precision: "year", bound: "by" };
    const refusals: [CorrectableField, unknown, string][] = [
      ["bearers", Array.from({ length: 51 }, (_, i) => `actor-${i}`), "bearers: at most 50 actors"],
      ["bearers", ["x".repeat(101)], "bearers: an actor id is at most 100 characters"],
      ["bearers", "unodc", "bearers: a list of actor ids"],
      ["action", "x".repeat(5_001), "action: at most 5,000 characters"],
      ["verb", "x".repeat(101), "verb: at most 100 characters"],
      ["verb", "  ", "verb: a verb"],
      ["strength", 2.5, "strength: a whole number from 1 to 5"],
      [
        "deadline",
        { ...deadline, text: "x".repeat(501) },
        "deadline: at most 500 characters of text",
      ],
      [
        "deadline",
        { ...deadline, date: "x".repeat(10_000) },
        "deadline: a date as YYYY-MM-DD or YYYY-MM",
      ],
      ["deadline", "next year", "deadline: a deadline or null"],
    ];
    for (const [field, value, message] of refusals) {
      const refused = correct(field, value);
      await expect(refused).rejects.toThrow(InvalidValueError);
      await expect(refused).rejects.toThrow(message);
    }
    expect(await getObligation(t.db, o.id)).toMatchObject({ version: 1 });

    // Within bounds it is stored, without keys the field does not know.
    const stored = await correct("deadline", { ...deadline, padding: "x".repeat(100_000) });
    expect(stored.deadline).toEqual(deadline);
    const longest = await correctObligation(t.db, o.id, {
      field: "action",
      value: "y".repeat(5_000),
      expectedVersion: stored.version,
      user: "alice",
    });
    expect(longest.action).toHaveLength(5_000);
  });

  it("keeps history append-only in the database itself", async () => {
    const o = nth(0);
    await expect(
      sql`update obligation_history set changed_by = 'mallory'`.execute(t.db.kysely),
    ).rejects.toThrow(/append-only/);
    await expect(sql`delete from obligation_history`.execute(t.db.kysely)).rejects.toThrow(
      /append-only/,
    );
    expect((await obligationHistory(t.db, o.id)).every((h) => h.by !== "mallory")).toBe(true);
    await expect(obligationHistory(t.db, 999_999)).rejects.toThrow(NotFoundError);
  });
});
