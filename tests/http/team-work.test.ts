/**
 * The team's work over HTTP on SQLite and PostgreSQL: bulk changes and lead entities under an
 * editor's scope (a bulk change with one obligation outside it is refused whole, 403, nothing
 * written; a lead given by an admin brings a request to the Secretary-General into UNODC's scope),
 * "assigned to me", and what a reader without an account is given when the library is open.
 */
import { type AppRouter, type MandatesClient, TRPCClientError } from "@mandates/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, sharedText, startHarness } from "./harness.ts";

const symbol = "A/RES/78/228";
const text = sharedText("corpus/un-ga-pdftext/A_RES_78_228.txt");

async function failure(call: Promise<unknown>): Promise<TRPCClientError<AppRouter>> {
  try {
    await call;
  } catch (error) {
    if (error instanceof TRPCClientError) return error as TRPCClientError<AppRouter>;
    throw error;
  }
  throw new Error("the call succeeded");
}

describe.each(["sqlite", "postgres"] as const)("the team's work over HTTP on %s", (dialect) => {
  let h: Harness;
  let admin: MandatesClient;
  let unodc: MandatesClient;
  type Obligation = Awaited<ReturnType<MandatesClient["obligations"]["get"]["query"]>>;
  let obligations: Obligation[];
  const snapshot = async (ids: number[]) =>
    Promise.all(
      ids.map(async (id) => ({
        o: await admin.obligations.get.query({ id }),
        history: await admin.obligations.history.query({ id }),
      })),
    );

  beforeAll(async () => {
    h = await startHarness(dialect);
    admin = await h.signIn("admin");
    unodc = await h.signIn("unodc");
    await admin.resolutions.import.mutate({ text });
    const listed = await admin.obligations.list.query({ resolution: symbol, limit: 500 });
    obligations = await Promise.all(
      listed.items.map((o) => admin.obligations.get.query({ id: o.id })),
    );
  }, 60_000);
  afterAll(() => h?.close());

  it("refuses a bulk status change whole when one obligation is outside the editor's scope", async () => {
    const mine = obligations.filter((o) => o.bearers.includes("unodc")).slice(0, 4);
    const theirs = obligations.find((o) => !o.bearers.includes("unodc") && o.lead !== "unodc");
    if (!theirs || mine.length < 2) throw new Error("A/RES/78/228 should hold both kinds");
    const ids = [...mine, theirs].map((o) => o.id);
    const before = await snapshot(ids);
    const refused = await failure(unodc.tracking.bulkUpdate.mutate({ ids, status: "completed" }));
    expect(refused.data?.code).toBe("FORBIDDEN");
    expect(refused.message).toMatch(
      /^1 of the 5 selected obligations is outside what your account may edit, so nothing was changed\./,
    );
    expect(await snapshot(ids)).toEqual(before);

    const done = await unodc.tracking.bulkUpdate.mutate({
      ids: mine.map((o) => o.id),
      status: "in-progress",
    });
    expect(done).toEqual({ selected: mine.length, changed: mine.length });
    for (const o of mine) {
      const history = await admin.obligations.history.query({ id: o.id });
      expect(history.filter((e) => e.field === "status")).toEqual([
        expect.objectContaining({ by: "unodc", from: "no-indication", to: "in-progress" }),
      ]);
    }
    // A viewer may not, and an empty change is refused in words.
    const viewer = await h.signIn("viewer");
    expect(
      (await failure(viewer.tracking.bulkUpdate.mutate({ ids, status: "completed" }))).data?.code,
    ).toBe("FORBIDDEN");
    expect((await failure(admin.tracking.bulkUpdate.mutate({ ids }))).data?.code).toBe(
      "BAD_REQUEST",
    );
  });

  it("lets an editor limited to UNODC work on what an admin gave UNODC to lead, and no more", async () => {
    const report = obligations.find((o) => o.bearers.join() === "sg" && /report/.test(o.action));
    if (!report) throw new Error("A/RES/78/228 should ask the Secretary-General for a report");
    const before = await admin.obligations.get.query({ id: report.id });
    expect(before).toMatchObject({ lead: "sg", leadByPerson: false });
    const taken = await failure(
      unodc.tracking.update.mutate({
        id: report.id,
        expectedVersion: before.version,
        lead: "unodc",
      }),
    );
    expect(taken.data?.code).toBe("FORBIDDEN");
    const led = await admin.tracking.update.mutate({
      id: report.id,
      expectedVersion: before.version,
      lead: "unodc",
    });
    expect(led).toMatchObject({ lead: "unodc", leadByPerson: true });
    const bulk = await unodc.tracking.bulkUpdate.mutate({
      filters: { lead: "unodc", resolution: symbol },
      dueDate: "2025-09-01",
    });
    const ledByUnodc = await admin.obligations.list.query({
      lead: "unodc",
      resolution: symbol,
      limit: 500,
    });
    expect(bulk.selected).toBe(ledByUnodc.total);
    expect(ledByUnodc.items.map((o) => o.id)).toContain(report.id);
    expect((await admin.obligations.get.query({ id: report.id })).dueDate).toBe("2025-09-01");
    const handedOn = await failure(
      unodc.tracking.update.mutate({
        id: report.id,
        expectedVersion: (await admin.obligations.get.query({ id: report.id })).version,
        lead: "ohchr",
      }),
    );
    expect(handedOn.data?.code).toBe("FORBIDDEN");
    expect(handedOn.message).toMatch(/^You may give the lead only to UNODC/);
  });

  it("filters what is assigned to the caller, and keeps assignees from readers without an account", async () => {
    const [first, second] = obligations.filter((o) => o.bearers.includes("unodc"));
    if (!first || !second) throw new Error("A/RES/78/228 should ask UNODC twice");
    const accounts = await unodc.users.assignable.query({ words: "unodc" });
    const me = accounts.find((a) => a.username === "unodc");
    if (!me) throw new Error("the UNODC focal point should be assignable");
    await admin.tracking.bulkUpdate.mutate({ ids: [first.id, second.id], assigneeId: me.id });
    const mine = await unodc.obligations.list.query({ assignee: "me", limit: 500 });
    expect(mine.items.map((o) => o.id).sort()).toEqual([first.id, second.id].sort());
    expect(mine.items.every((o) => o.assignee?.username === "unodc")).toBe(true);
    expect((await admin.obligations.list.query({ assignee: "me" })).total).toBe(0);

    await admin.tracking.addNote.mutate({ id: first.id, text: "Internal: waiting for funds." });
    await admin.tracking.addNote.mutate({
      id: first.id,
      text: "Public: a regional workshop was held.",
      visibility: "public",
    });
    await admin.users.setAnonymousRead.mutate({ anonymousRead: true });
    h.server.services.settings.forget();
    const open = await h.anonymous.obligations.get.query({ id: first.id });
    expect(open.assignee).toBeNull();
    expect(open.notes.map((n) => n.text)).toEqual(["Public: a regional workshop was held."]);
    expect(open.notes.every((n) => n.writtenBy === "")).toBe(true);
    const history = JSON.stringify(await h.anonymous.obligations.history.query({ id: first.id }));
    expect(history).not.toContain("waiting for funds");
    expect(history).not.toMatch(/"by":"(admin|unodc)"/);
    const listed = await h.anonymous.obligations.list.query({ resolution: symbol, limit: 500 });
    expect(listed.items.every((o) => o.assignee === null)).toBe(true);
    const reader = await h.anonymous.resolutions.get.query({ symbol });
    expect(reader.obligations.every((o) => o.assignee === null)).toBe(true);
    expect((await failure(h.anonymous.obligations.list.query({ assignee: "me" }))).data?.code).toBe(
      "UNAUTHORIZED",
    );
  });
});
