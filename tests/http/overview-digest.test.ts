/**
 * The overview and the digest over HTTP on SQLite and PostgreSQL. The overview: "assigned to me",
 * a limited editor's scope, and for readers without an account no assignee, name or internal note.
 * The digest: an address that could carry a header is refused in words; without an SMTP relay
 * the digest is given to the app and "send now" says why it cannot send; with one (a real SMTP
 * server on 127.0.0.1, smtp-server, receiving what nodemailer sends) each person who opted in
 * gets a mail whose HTML escapes what the library holds, and the daily run sends once a day.
 */
import { type AppRouter, type MandatesClient, TRPCClientError } from "@mandates/client";
import { addDays } from "@mandates/db";
import { sendTodaysDigests } from "@mandates/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, sharedText, startHarness } from "./harness.ts";
import { type Received, smtpSink } from "./smtp-sink.ts";

const symbol = "A/RES/78/228";
const text = sharedText("corpus/un-ga-pdftext/A_RES_78_228.txt");
const today = new Date().toISOString().slice(0, 10);

async function failure(call: Promise<unknown>): Promise<TRPCClientError<AppRouter>> {
  try {
    await call;
  } catch (error) {
    if (error instanceof TRPCClientError) return error as TRPCClientError<AppRouter>;
    throw error;
  }
  throw new Error("the call succeeded");
}

describe.each(["sqlite", "postgres"] as const)("the overview and the digest on %s", (dialect) => {
  let h: Harness;
  let mailing: Harness;
  let sink: Awaited<ReturnType<typeof smtpSink>>;
  let admin: MandatesClient;
  let unodc: MandatesClient;
  type Obligation = Awaited<
    ReturnType<MandatesClient["obligations"]["list"]["query"]>
  >["items"][number];
  let obligations: Obligation[];
  const fresh = (id: number) => admin.obligations.get.query({ id });

  beforeAll(async () => {
    sink = await smtpSink();
    h = await startHarness(dialect);
    admin = await h.signIn("admin");
    unodc = await h.signIn("unodc");
    await admin.resolutions.import.mutate({ text });
    const listed = await admin.obligations.list.query({ resolution: symbol, limit: 500 });
    obligations = listed.items;
  }, 60_000);
  afterAll(async () => {
    await mailing?.close();
    await h?.close();
    await sink?.close();
  });

  it("gives a limited editor their scope, what is assigned to them, and recent changes", async () => {
    const [first, second] = obligations.filter((o) => o.bearers.includes("unodc"));
    if (!first || !second) throw new Error("A/RES/78/228 should ask UNODC twice");
    const me = (await unodc.users.assignable.query({ words: "unodc" })).find(
      (a) => a.username === "unodc",
    );
    if (!me) throw new Error("the UNODC focal point should be assignable");
    await admin.tracking.update.mutate({
      id: first.id,
      expectedVersion: (await fresh(first.id)).version,
      assigneeId: me.id,
      dueDate: addDays(today, -3),
    });
    await admin.tracking.update.mutate({
      id: second.id,
      expectedVersion: (await fresh(second.id)).version,
      dueDate: addDays(today, 5),
    });
    await admin.tracking.addNote.mutate({ id: second.id, text: "Internal: ask OLA first." });

    const view = await unodc.overview.get.query();
    expect(view.scope).toEqual(["unodc"]);
    expect(view.assignedToMe?.items.map((o) => o.id)).toEqual([first.id]);
    expect(view.overdue.items.map((o) => o.id)).toContain(first.id);
    expect(view.dueSoon.items.map((o) => o.id)).toContain(second.id);
    expect(view.recentlyChanged[0]).toMatchObject({
      obligation: { id: second.id },
      change: "note",
      by: "admin",
    });
    const everyBearer = [...view.overdue.items, ...view.dueSoon.items].every(
      (o) => o.bearers.includes("unodc") || o.lead === "unodc",
    );
    expect(everyBearer).toBe(true);
    const library = await unodc.overview.get.query({ scope: "library" });
    expect(library.scope).toBeNull();
    expect(library.totals.total).toBe(obligations.length);
    expect(view.totals.total).toBeLessThan(library.totals.total);
  });

  it("shows readers without an account public fields only, and nothing while the library is closed", async () => {
    expect((await failure(h.anonymous.overview.get.query())).data?.code).toBe("UNAUTHORIZED");
    await admin.users.setAnonymousRead.mutate({ anonymousRead: true });
    try {
      const view = await h.anonymous.overview.get.query();
      const body = JSON.stringify(view);
      expect(view.assignedToMe).toBeNull();
      expect(body).not.toContain("Internal: ask OLA first.");
      expect(body).not.toContain('"username"');
      expect(view.recentlyChanged.every((c) => c.by === "" && c.field !== "assignee")).toBe(true);
      expect(view.overdue.total).toBeGreaterThan(0);
    } finally {
      await admin.users.setAnonymousRead.mutate({ anonymousRead: false });
    }
  });

  it("keeps a person's address and opt-in, refusing one that could carry a header", async () => {
    const smuggled = await failure(
      unodc.digest.setMine.mutate({
        email: "focal@unodc.org\r\nBcc: everyone@example.org",
        digest: true,
      }),
    );
    expect(smuggled.data?.code).toBe("BAD_REQUEST");
    const fields = (smuggled.data as { fields?: Record<string, string[]> } | undefined)?.fields;
    expect(fields?.email?.[0]).toMatch(/no spaces|one address|domain/);
    const long = await failure(
      unodc.digest.setMine.mutate({ email: `${"a".repeat(250)}@un.org`, digest: true }),
    );
    expect(long.data?.code).toBe("BAD_REQUEST");
    const none = await failure(unodc.digest.setMine.mutate({ email: "", digest: true }));
    expect(none.message).toBe("e-mail address: give one to receive the digest");
    expect((await unodc.digest.mine.query()).settings).toEqual({ email: null, digest: false });

    expect(await unodc.digest.setMine.mutate({ email: "focal@unodc.org", digest: true })).toEqual({
      email: "focal@unodc.org",
      digest: true,
    });
  });

  it("without an SMTP relay, gives the digest to the app and says why it cannot send", async () => {
    const mine = await unodc.digest.mine.query();
    expect(mine.mailConfigured).toBe(false);
    expect(mine.digest.scope).toEqual(["unodc"]);
    expect(mine.digest.overdue.items.length).toBeGreaterThan(0);
    expect(mine.digest.dueSoon.items.length).toBeGreaterThan(0);
    const refused = await failure(admin.digest.sendNow.mutate());
    expect(refused.data?.code).toBe("PRECONDITION_FAILED");
    expect(refused.message).toMatch(/^This server has no SMTP relay \(MANDATES_SMTP_URL\)/);
    expect((await failure(unodc.digest.sendNow.mutate())).data?.code).toBe("FORBIDDEN");
  });

  it("sends each digest through SMTP, escaped, and the daily run once a day", async () => {
    // A second server, with a relay, on a library of its own.
    mailing = await startHarness(dialect, {
      mail: { smtpUrl: `smtp://127.0.0.1:${sink.port}`, from: "mandates@example.org" },
      publicUrl: "https://mandates.example.org",
    });
    const a = await mailing.signIn("admin");
    const u = await mailing.signIn("unodc");
    await a.resolutions.import.mutate({ text });
    const mineList = await a.obligations.list.query({ resolution: symbol, limit: 500 });
    const target = mineList.items.find((o) => o.bearers.includes("unodc"));
    if (!target) throw new Error("A/RES/78/228 should ask UNODC");
    const corrected = await a.tracking.correct.mutate({
      id: target.id,
      field: "action",
      value: 'report on <img src=x onerror="alert(1)"> & more',
      expectedVersion: target.version,
    });
    await a.tracking.update.mutate({
      id: target.id,
      expectedVersion: corrected.version,
      dueDate: addDays(today, 2),
    });
    await u.digest.setMine.mutate({ email: "focal@unodc.org", digest: true });
    await a.digest.setMine.mutate({ email: "chief@un.org", digest: false });

    const run = await a.digest.sendNow.mutate();
    expect(run).toEqual({ sent: ["unodc"], empty: [], failed: [] });
    expect(sink.received).toHaveLength(1);
    const mail = sink.received[0] as Received;
    expect(mail.to).toEqual(["focal@unodc.org"]);
    expect(mail.from).toBe("mandates@example.org");
    expect(mail.headers).toMatch(
      /^Subject: Mandates digest, .*: \d+ obligations? overdue, \d+ due by\s/m,
    );
    expect(mail.headers).not.toMatch(/^Bcc:/im);
    expect(mail.text).toContain(`${symbol}, para.`);
    expect(mail.text).toContain('report on <img src=x onerror="alert(1)"> & more');
    expect(mail.text).toContain(`https://mandates.example.org/obligations/${target.id}`);
    expect(mail.html).toContain(
      "report on &lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; more",
    );
    expect(mail.html).not.toContain("<img");
    expect(mail.html).toContain(`<a href="https://mandates.example.org/obligations/${target.id}">`);

    // The daily run: not before 06:00 UTC, then once, whichever server asks.
    const services = mailing.server.services;
    expect(await sendTodaysDigests(services, new Date(`${today}T05:59:00Z`))).toBeNull();
    expect(await sendTodaysDigests(services, new Date(`${today}T06:30:00Z`))).toEqual({
      sent: ["unodc"],
      empty: [],
      failed: [],
    });
    expect(await sendTodaysDigests(services, new Date(`${today}T09:00:00Z`))).toBeNull();
    expect(sink.received).toHaveLength(2);
    // Opting out stops it.
    await u.digest.setMine.mutate({ email: "focal@unodc.org", digest: false });
    expect(await a.digest.sendNow.mutate()).toEqual({ sent: [], empty: [], failed: [] });
    expect(sink.received).toHaveLength(2);
  });
});
