/**
 * The team's daily work in the store, on both databases: assignees that are accounts ("assigned to
 * me"), a lead entity that brings a request to the Secretary-General into UNODC's scope, bulk
 * changes refused whole when one obligation is outside the caller's scope, "confirm all" for a
 * resolution, evidence edited and withdrawn, and what readers without an account are given.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  addEvidence,
  addNote,
  bulkUpdateTracking,
  confirmResolution,
  createUser,
  deleteUser,
  type EditScope,
  editEvidence,
  getObligation,
  getResolution,
  importResolution,
  listObligations,
  type ObligationView,
  OutOfScopeError,
  obligationHistory,
  publicDetail,
  publicHistory,
  setNoteVisibility,
  type User,
  updateTracking,
  withdrawEvidence,
} from "../src/index.ts";
import { assembly } from "./corpus.ts";
import { dialects, freshDatabase, type TestDatabase } from "./databases.ts";

const unodc: EditScope = { actors: ["unodc"] };
const symbol = "A/RES/78/228";

async function refused(call: Promise<unknown>): Promise<Error> {
  const error = await call.then(
    () => new Error("the call succeeded"),
    (e: unknown) => e as Error,
  );
  expect(error).toBeInstanceOf(OutOfScopeError);
  return error;
}

describe.each(dialects)("the team's work (%s)", (dialect) => {
  let t: TestDatabase;
  let obligations: ObligationView[];
  let officer: User;
  const find = (test: (o: ObligationView) => boolean, what: string) => {
    const found = obligations.find(test);
    if (!found) throw new Error(`A/RES/78/228 has no obligation ${what}`);
    return found;
  };
  const reread = async (id: number) => {
    const o = await getObligation(t.db, id);
    if (!o) throw new Error(`no obligation ${id}`);
    return o;
  };

  beforeAll(async () => {
    t = await freshDatabase(dialect);
    const { resolution, sourceText } = assembly("A_RES_78_228");
    await importResolution(t.db, resolution, { sourceText });
    obligations = (await getResolution(t.db, symbol))?.obligations ?? [];
    officer = await createUser(t.db, {
      username: "unodc.officer",
      displayName: "UNODC Officer",
      role: "editor",
      editableActorIds: ["unodc"],
      passwordHash: "x",
    });
  });
  afterAll(() => t?.drop());

  it("assigns an account, lists what is assigned to it, and unassigns when the account goes", async () => {
    const o = find((x) => x.bearers.includes("unodc"), "of UNODC");
    const assigned = await updateTracking(t.db, o.id, {
      expectedVersion: o.version,
      assigneeId: officer.id,
      user: "admin",
    });
    expect(assigned.assignee).toEqual({
      id: officer.id,
      username: "unodc.officer",
      displayName: "UNODC Officer",
    });
    const mine = await listObligations(t.db, { assignee: officer.id });
    expect(mine.items.map((x) => x.id)).toEqual([o.id]);
    expect(mine.total).toBe(1);
    const nobody = await listObligations(t.db, { assignee: "none", limit: 500 });
    expect(nobody.total).toBe(obligations.length - 1);
    expect((await obligationHistory(t.db, o.id)).at(-1)).toMatchObject({
      field: "assignee",
      from: null,
      to: "unodc.officer",
    });
    await expect(
      updateTracking(t.db, o.id, {
        expectedVersion: assigned.version,
        assigneeId: 999_999,
        user: "a",
      }),
    ).rejects.toThrow("assignee: no account 999999");

    const leaving = await createUser(t.db, {
      username: "leaving",
      displayName: "Leaving",
      role: "editor",
      passwordHash: "x",
    });
    const other = await updateTracking(t.db, o.id, {
      expectedVersion: assigned.version,
      assigneeId: leaving.id,
      user: "admin",
    });
    expect(other.assignee?.username).toBe("leaving");
    await deleteUser(t.db, leaving.id);
    expect((await reread(o.id)).assignee).toBeNull();
  });

  it("leads by the first bearer until someone gives the lead to another actor", async () => {
    const report = find(
      (x) => x.bearers.includes("sg") && !x.bearers.includes("unodc"),
      "of the SG",
    );
    expect(report).toMatchObject({ lead: report.bearers[0], leadByPerson: false });
    const ledByUnodc = await listObligations(t.db, { lead: "unodc", limit: 500 });
    expect(ledByUnodc.items.every((x) => x.bearers[0] === "unodc")).toBe(true);
    expect(ledByUnodc.items.map((x) => x.id)).not.toContain(report.id);

    // An editor limited to UNODC may neither work on it nor take it.
    await refused(
      updateTracking(t.db, report.id, {
        expectedVersion: report.version,
        status: "in-progress",
        user: "unodc.officer",
        scope: unodc,
      }),
    );
    await refused(
      updateTracking(t.db, report.id, {
        expectedVersion: report.version,
        lead: "unodc",
        user: "unodc.officer",
        scope: unodc,
      }),
    );
    // An admin gives the lead to UNODC: now UNODC's editors may work on it.
    const led = await updateTracking(t.db, report.id, {
      expectedVersion: report.version,
      lead: "unodc",
      user: "admin",
    });
    expect(led).toMatchObject({ lead: "unodc", leadByPerson: true });
    const worked = await updateTracking(t.db, report.id, {
      expectedVersion: led.version,
      status: "in-progress",
      user: "unodc.officer",
      scope: unodc,
    });
    expect(worked.status).toBe("in-progress");
    await addNote(t.db, report.id, { text: "Drafting.", user: "unodc.officer", scope: unodc });
    expect(
      (await listObligations(t.db, { lead: "unodc", limit: 500 })).items.map((x) => x.id),
    ).toContain(report.id);
    // ... but may not hand it to another entity, nor give it back to the bearer.
    const elsewhere = await refused(
      updateTracking(t.db, report.id, {
        expectedVersion: worked.version,
        lead: "ohchr",
        user: "unodc.officer",
        scope: unodc,
      }),
    );
    expect(elsewhere.message).toMatch(
      /^You may give the lead only to UNODC; .* is not among them\. Ask an admin\.$/,
    );
    await refused(
      updateTracking(t.db, report.id, {
        expectedVersion: worked.version,
        lead: null,
        user: "unodc.officer",
        scope: unodc,
      }),
    );
    expect(await reread(report.id)).toMatchObject({ lead: "unodc", version: worked.version });
    await expect(
      updateTracking(t.db, report.id, {
        expectedVersion: worked.version,
        lead: "nobody-known",
        user: "a",
      }),
    ).rejects.toThrow("lead: no actor nobody-known");
  });

  it("sets one status on many obligations at once, with one history entry each", async () => {
    const selection = obligations.filter((o) => o.bearers.includes("member-states")).slice(0, 20);
    expect(selection.length).toBeGreaterThanOrEqual(5);
    const before = new Map(
      await Promise.all(
        selection.map(async (o) => [o.id, (await obligationHistory(t.db, o.id)).length] as const),
      ),
    );
    const result = await bulkUpdateTracking(
      t.db,
      { ids: selection.map((o) => o.id) },
      { status: "not-implemented", user: "admin" },
    );
    expect(result).toEqual({ selected: selection.length, changed: selection.length });
    for (const o of selection) {
      const now = await reread(o.id);
      expect(now).toMatchObject({ status: "not-implemented", version: o.version + 1 });
      const history = await obligationHistory(t.db, o.id);
      expect(history.length).toBe((before.get(o.id) ?? 0) + 1);
      expect(history.at(-1)).toMatchObject({ by: "admin", field: "status", to: "not-implemented" });
    }
    // Setting what they already have changes nothing and writes no history.
    const again = await bulkUpdateTracking(
      t.db,
      { ids: selection.map((o) => o.id) },
      { status: "not-implemented", user: "admin" },
    );
    expect(again).toEqual({ selected: selection.length, changed: 0 });
  });

  it("refuses a bulk change whole when one obligation is outside the editor's scope", async () => {
    const mine = obligations.filter((o) => o.bearers[0] === "unodc").slice(0, 3);
    const theirs = find(
      (o) => !o.bearers.includes("unodc") && o.bearers.includes("member-states"),
      "of Member States",
    );
    const snapshot = async () =>
      Promise.all(
        [...mine, theirs].map(async (o) => ({
          o: await reread(o.id),
          history: await obligationHistory(t.db, o.id),
        })),
      );
    const before = await snapshot();
    const error = await refused(
      bulkUpdateTracking(
        t.db,
        { ids: [...mine, theirs].map((o) => o.id) },
        { status: "completed", dueDate: "2027-01-31", user: "unodc.officer", scope: unodc },
      ),
    );
    expect(error.message).toMatch(
      new RegExp(
        `^1 of the ${mine.length + 1} selected obligations is outside what your account may edit, so nothing was changed\\. The first, A/RES/78/228 ${theirs.key.replace(".", "\\.")}: You may edit obligations of UNODC; this one is borne by`,
      ),
    );
    expect(await snapshot()).toEqual(before);
    // Within the scope, by filter: every obligation UNODC leads.
    const result = await bulkUpdateTracking(
      t.db,
      { filters: { lead: "unodc", resolution: symbol } },
      { dueDate: "2027-01-31", user: "unodc.officer", scope: unodc },
    );
    const led = await listObligations(t.db, { lead: "unodc", resolution: symbol, limit: 500 });
    expect(result.selected).toBe(led.total);
    expect(led.items.every((o) => o.dueDate === "2027-01-31" && o.dueDateByPerson)).toBe(true);
  });

  it("confirms all extracted values of a resolution that the caller's scope covers", async () => {
    const result = await confirmResolution(t.db, symbol, { user: "unodc.officer", scope: unodc });
    const after = (await getResolution(t.db, symbol))?.obligations ?? [];
    const covered = after.filter((o) => o.bearers.includes("unodc") || o.lead === "unodc");
    expect(result.confirmed).toBe(covered.length);
    expect(result.outsideScope).toBe(after.length - covered.length);
    for (const o of covered)
      expect(
        Object.values(o.review).every((r) => r !== "extracted"),
        o.key,
      ).toBe(true);
    for (const o of after.filter((x) => !covered.includes(x)))
      expect(
        Object.values(o.review).every((r) => r === "extracted"),
        o.key,
      ).toBe(true);
    expect(await confirmResolution(t.db, symbol, { user: "admin" })).toEqual({
      confirmed: after.length - covered.length,
      outsideScope: 0,
    });
  });

  it("edits and withdraws evidence, keeping each step in the history", async () => {
    const o = find((x) => x.bearers.includes("unodc"), "of UNODC");
    const added = await addEvidence(t.db, o.id, { documentSymbol: "A/79/100", user: "admin" });
    expect(added.visibility).toBe("internal");
    const edited = await editEvidence(t.db, added.id, {
      documentSymbol: "A/79/101",
      note: "The report as issued.",
      visibility: "public",
      user: "unodc.officer",
      scope: unodc,
    });
    expect(edited).toMatchObject({
      documentSymbol: "A/79/101",
      visibility: "public",
      addedBy: "admin",
    });
    expect((await reread(o.id)).evidence.find((e) => e.id === added.id)).toEqual(edited);
    await withdrawEvidence(t.db, added.id, { user: "unodc.officer", scope: unodc });
    expect((await reread(o.id)).evidence.map((e) => e.id)).not.toContain(added.id);
    const history = (await obligationHistory(t.db, o.id)).filter((h) => h.change === "evidence");
    expect(history.slice(-3)).toEqual([
      expect.objectContaining({
        from: null,
        to: expect.objectContaining({ documentSymbol: "A/79/100" }),
      }),
      expect.objectContaining({
        by: "unodc.officer",
        from: expect.objectContaining({ documentSymbol: "A/79/100", visibility: "internal" }),
        to: expect.objectContaining({ documentSymbol: "A/79/101", visibility: "public" }),
      }),
      expect.objectContaining({
        from: expect.objectContaining({ documentSymbol: "A/79/101" }),
        to: null,
      }),
    ]);
    await expect(editEvidence(t.db, added.id, { note: "again", user: "admin" })).rejects.toThrow(
      /was withdrawn/,
    );
    const sg = find((x) => !x.bearers.includes("unodc") && x.lead !== "unodc", "outside UNODC");
    const theirs = await addEvidence(t.db, sg.id, { note: "Theirs.", user: "admin" });
    await refused(withdrawEvidence(t.db, theirs.id, { user: "unodc.officer", scope: unodc }));
  });

  it("gives readers without an account public notes and evidence only, and no names", async () => {
    const o = find((x) => x.bearers.includes("unodc"), "of UNODC");
    const internal = await addNote(t.db, o.id, {
      text: "Internal: budget not yet approved.",
      user: "admin",
    });
    const shared = await addNote(t.db, o.id, { text: "Made public later.", user: "admin" });
    await setNoteVisibility(t.db, shared.id, "public", { user: "admin" });
    await addEvidence(t.db, o.id, { url: "https://example.org/internal", user: "admin" });
    const detail = await reread(o.id);
    expect(detail.notes.map((n) => n.id)).toEqual(expect.arrayContaining([internal.id, shared.id]));
    const open = publicDetail(detail);
    expect(open.assignee).toBeNull();
    expect(open.notes.map((n) => n.text)).toEqual(["Made public later."]);
    expect(open.notes[0]?.writtenBy).toBe("");
    expect(open.evidence.every((e) => e.visibility === "public" && e.addedBy === "")).toBe(true);
    const history = publicHistory(await obligationHistory(t.db, o.id));
    const said = JSON.stringify(history);
    expect(said).not.toContain("Internal: budget");
    expect(said).not.toContain("unodc.officer");
    expect(said).not.toContain("example.org/internal");
    expect(history.some((h) => h.field === "assignee")).toBe(false);
    expect(history.every((h) => h.by === "" || h.by === "import")).toBe(true);
    expect(history.length).toBeGreaterThan(0);
  });
});
