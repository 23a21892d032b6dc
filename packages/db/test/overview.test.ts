/**
 * The overview and the digest's content on both databases, over six real resolutions: overdue and
 * due-soon lists and their totals, "assigned to me", recent changes (public ones only for readers
 * without an account), progress by lead entity and by resolution, a limited editor's scope, and
 * the digest's settings, recipients and daily claim. Expected figures are counted here from the
 * full list, apart from the grouped queries under test.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  addDays,
  addNote,
  claimDigestDay,
  createUser,
  digestOf,
  digestRecipients,
  digestSettingsOf,
  emailAddressProblem,
  getObligation,
  InvalidValueError,
  importResolution,
  listObligations,
  type ObligationView,
  overview,
  releaseDigestDay,
  setDigestSettings,
  settledStatuses,
  type TrackingChange,
  type User,
  updateTracking,
} from "../src/index.ts";
import { library } from "./corpus.ts";
import { dialects, freshDatabase, type TestDatabase } from "./databases.ts";

const today = "2026-08-01";
const open = (o: ObligationView) => !settledStatuses.includes(o.status);
const isLate = (o: ObligationView) => o.dueDate !== null && o.dueDate < today && open(o);
const byDue = (a: ObligationView, b: ObligationView) =>
  (a.dueDate ?? "").localeCompare(b.dueDate ?? "") || a.id - b.id;
const inUnodcScope = (o: ObligationView) =>
  o.bearers.includes("unodc") || (o.leadByPerson && o.lead === "unodc");

describe.each(dialects)("the overview (%s)", (dialect) => {
  let t: TestDatabase;
  let officer: User;
  let all: ObligationView[];
  const everything = async () => (await listObligations(t.db, { limit: 500, today })).items;
  const set = async (o: ObligationView, change: Omit<TrackingChange, "expectedVersion">) => {
    const fresh = await getObligation(t.db, o.id);
    return updateTracking(t.db, o.id, { ...change, expectedVersion: fresh?.version ?? 0 });
  };

  beforeAll(async () => {
    t = await freshDatabase(dialect);
    for (const p of library())
      await importResolution(t.db, p.resolution, { sourceText: p.sourceText });
    officer = await createUser(t.db, {
      username: "unodc.officer",
      displayName: "UNODC Officer",
      role: "editor",
      editableActorIds: ["unodc"],
      passwordHash: "x",
    });
    all = await everything();
  });
  afterAll(() => t?.drop());

  it("lists what is overdue and what falls due in the next 90 days, soonest first", async () => {
    // One overdue obligation completed: it is no longer overdue.
    const late = all.filter(isLate).sort(byDue);
    expect(late.length).toBeGreaterThan(3);
    await set(late[0] as ObligationView, { status: "completed", user: "admin" });
    all = await everything();

    const view = await overview(t.db, { today, limit: 3 });
    const overdue = all.filter(isLate).sort(byDue);
    expect(view.overdue.total).toBe(overdue.length);
    expect(view.overdue.items.map((o) => o.id)).toEqual(overdue.slice(0, 3).map((o) => o.id));
    expect(view.overdue.items.map((o) => o.id)).not.toContain(late[0]?.id);

    const until = addDays(today, 90);
    expect(view.dueUntil).toBe(until);
    const soon = all
      .filter((o) => o.dueDate !== null && o.dueDate >= today && o.dueDate <= until && open(o))
      .sort(byDue);
    expect(soon.length).toBeGreaterThan(0);
    expect(view.dueSoon.total).toBe(soon.length);
    expect(view.dueSoon.items.map((o) => o.dueDate)).toEqual(
      soon.slice(0, 3).map((o) => o.dueDate),
    );
  });

  it("counts progress by lead entity and by resolution, every obligation once", async () => {
    const view = await overview(t.db, { today, limit: 50 });
    expect(view.totals.total).toBe(all.length);
    expect(view.totals.overdue).toBe(all.filter(isLate).length);
    expect(view.totals.byStatus.completed).toBe(all.filter((o) => o.status === "completed").length);

    const leads = new Map<string, ObligationView[]>();
    for (const o of all) if (o.lead) leads.set(o.lead, [...(leads.get(o.lead) ?? []), o]);
    expect(view.actorCount).toBe(leads.size);
    for (const a of view.byActor) {
      const mine = leads.get(a.id) ?? [];
      expect(a.total, a.id).toBe(mine.length);
      expect(a.overdue, a.id).toBe(mine.filter(isLate).length);
    }
    // Largest first; Member States lead most of what these texts ask.
    const totals = view.byActor.map((a) => a.total);
    expect(totals).toEqual([...totals].sort((x, y) => y - x));
    expect(view.byActor[0]).toMatchObject({ id: "member-states", label: "Member States" });

    const symbols = new Set(all.map((o) => o.resolution.symbol));
    expect(view.resolutionCount).toBe(symbols.size);
    for (const r of view.byResolution) {
      const mine = all.filter((o) => o.resolution.symbol === r.id);
      expect(r.total, r.id).toBe(mine.length);
      expect(r.byStatus.completed, r.id).toBe(mine.filter((o) => o.status === "completed").length);
      expect(r.label).toBe(mine[0]?.resolution.title ?? r.id);
    }
  });

  it("gives what is assigned to me, open ones only", async () => {
    const unodcs = all.filter((o) => o.bearers.includes("unodc") && open(o));
    const [first, second] = unodcs;
    if (!first || !second) throw new Error("the library asks too little of UNODC");
    await set(first, { assigneeId: officer.id, user: "admin" });
    await set(second, { assigneeId: officer.id, status: "completed", user: "admin" });

    const view = await overview(t.db, { today, userId: officer.id });
    expect(view.assignedToMe?.total).toBe(1);
    expect(view.assignedToMe?.items.map((o) => o.id)).toEqual([first.id]);
    expect((await overview(t.db, { today })).assignedToMe).toBeNull();
    // A reader without an account has no "me", whatever is passed.
    expect(
      (await overview(t.db, { today, userId: officer.id, publicOnly: true })).assignedToMe,
    ).toBeNull();
  });

  it("shows recent changes, newest first, and to readers without an account only public ones", async () => {
    const [a, b] = all.filter((o) => o.bearers.includes("sg"));
    if (!a || !b) throw new Error("the library asks too little of the Secretary-General");
    await set(a, { status: "in-progress", user: "admin" });
    await addNote(t.db, b.id, { text: "Internal: draft with OLA", user: "admin" });

    const signedIn = await overview(t.db, { today, userId: officer.id });
    expect(signedIn.recentlyChanged[0]).toMatchObject({
      obligation: { id: b.id },
      change: "note",
      by: "admin",
    });
    expect(signedIn.recentlyChanged[1]).toMatchObject({
      obligation: { id: a.id },
      field: "status",
      from: "no-indication",
      to: "in-progress",
    });
    // The assignments of the test before are there, with their assignee.
    expect(signedIn.recentlyChanged.some((c) => c.field === "assignee")).toBe(true);

    const anonymous = await overview(t.db, { today, publicOnly: true });
    const text = JSON.stringify(anonymous);
    expect(text).not.toContain("Internal: draft with OLA");
    expect(text).not.toContain("unodc.officer");
    expect(text).not.toContain("UNODC Officer");
    expect(anonymous.recentlyChanged.every((c) => c.by === "" && c.field !== "assignee")).toBe(
      true,
    );
    expect(anonymous.recentlyChanged[0]).toMatchObject({ obligation: { id: a.id } });
    expect([...anonymous.overdue.items, ...anonymous.dueSoon.items].every((o) => !o.assignee)).toBe(
      true,
    );
  });

  it("keeps to a limited editor's scope, with what UNODC leads", async () => {
    const sgOnly = all.find(
      (o) => o.bearers.includes("sg") && !o.bearers.includes("unodc") && o.dueDate !== null,
    );
    if (!sgOnly) throw new Error("no dated request of the Secretary-General alone");
    const before = await overview(t.db, { today, scope: ["unodc"], limit: 50 });
    await set(sgOnly, { lead: "unodc", user: "admin" });
    all = await everything();
    const view = await overview(t.db, { today, scope: ["unodc"], limit: 50 });
    const mine = all.filter(inUnodcScope);
    expect(view.scope).toEqual(["unodc"]);
    expect(view.totals.total).toBe(mine.length);
    expect(view.totals.total).toBe(before.totals.total + 1);
    expect(view.overdue.total).toBe(mine.filter(isLate).length);
    for (const o of [...view.overdue.items, ...view.dueSoon.items])
      expect(inUnodcScope(o)).toBe(true);
    expect(view.byActor.map((a) => a.id)).toContain("unodc");
    expect(view.byActor.every((a) => mine.some((o) => o.lead === a.id))).toBe(true);
    expect((await overview(t.db, { today, scope: [] })).totals.total).toBe(0);
  });

  it("composes a digest of a limited editor's overdue and coming work", async () => {
    const coming = all.find((o) => o.bearers.includes("unodc") && open(o) && !isLate(o));
    if (!coming) throw new Error("no open request of UNODC");
    await set(coming, { dueDate: addDays(today, 10), user: "admin" });
    all = await everything();
    const digest = await digestOf(t.db, officer, { today, days: 400 });
    const mine = all.filter(inUnodcScope);
    expect(digest.scope).toEqual(["unodc"]);
    expect(digest.overdue.total).toBe(mine.filter(isLate).length);
    const until = addDays(today, 400);
    expect(digest.dueSoon.total).toBe(
      mine.filter((o) => o.dueDate !== null && o.dueDate >= today && o.dueDate <= until && open(o))
        .length,
    );
    expect(digest.dueSoon.items.map((o) => o.id)).toContain(coming.id);
    const library = await digestOf(t.db, { role: "admin", editableActorIds: ["unodc"] }, { today });
    expect(library.scope).toBeNull();
    expect(library.overdue.total).toBe(all.filter(isLate).length);
  });

  it("keeps one's address and opt-in, refusing addresses that could carry a header", async () => {
    for (const bad of [
      "someone@un.org\r\nBcc: everyone@example.org",
      "someone@un.org\nSubject: hi",
      "a@b@un.org",
      "two words@un.org",
      "<someone@un.org>",
      "someone@un.org, other@un.org",
      "someone@localhost",
      `${"x".repeat(65)}@un.org`,
      `someone@${"d".repeat(250)}.org`,
      "",
    ])
      expect(emailAddressProblem(bad), JSON.stringify(bad)).not.toBeNull();
    expect(emailAddressProblem("first.last+mandates@unodc.org")).toBeNull();

    expect(await digestSettingsOf(t.db, officer.id)).toEqual({ email: null, digest: false });
    await expect(
      setDigestSettings(t.db, officer.id, { email: null, digest: true }),
    ).rejects.toBeInstanceOf(InvalidValueError);
    await expect(
      setDigestSettings(t.db, officer.id, { email: "x@un.org\r\nBcc: y@un.org", digest: true }),
    ).rejects.toThrow("e-mail address");
    expect(await digestSettingsOf(t.db, officer.id)).toEqual({ email: null, digest: false });
    expect(await digestRecipients(t.db)).toEqual([]);

    await setDigestSettings(t.db, officer.id, { email: " officer@unodc.org ", digest: true });
    expect(await digestSettingsOf(t.db, officer.id)).toEqual({
      email: "officer@unodc.org",
      digest: true,
    });
    const recipients = await digestRecipients(t.db);
    expect(recipients.map((r) => [r.user.username, r.email])).toEqual([
      ["unodc.officer", "officer@unodc.org"],
    ]);
    await setDigestSettings(t.db, officer.id, { email: "officer@unodc.org", digest: false });
    expect(await digestRecipients(t.db)).toEqual([]);
  });

  it("lets one caller claim a day's digests, and a released day be claimed again", async () => {
    expect(await claimDigestDay(t.db, today)).toBe(true);
    expect(await claimDigestDay(t.db, today)).toBe(false);
    await releaseDigestDay(t.db, today);
    expect(await claimDigestDay(t.db, today)).toBe(true);
    expect(await claimDigestDay(t.db, addDays(today, 1))).toBe(true);
    expect(await claimDigestDay(t.db, addDays(today, 1))).toBe(false);
  });
});
