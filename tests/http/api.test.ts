/**
 * The API over HTTP, against SQLite and PostgreSQL: import, query, update, history; stale updates
 * refused; editors limited to their actors; viewers and anonymous callers cannot write; a
 * re-import keeps tracking and corrections; the calendar, by cookie and at a private address; bad
 * input refused clearly.
 */
import { type AppRouter, createSessionClient, TRPCClientError } from "@mandates/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, sharedText, startHarness } from "./harness.ts";

const seed = sharedText("seed/E_RES_2015_23.txt");

/** The error a call fails with, to look at its code and message. */
async function failure(call: Promise<unknown>): Promise<TRPCClientError<AppRouter>> {
  try {
    await call;
  } catch (error) {
    if (error instanceof TRPCClientError) return error as TRPCClientError<AppRouter>;
    throw error;
  }
  throw new Error("the call succeeded");
}

describe.each(["sqlite", "postgres"] as const)("the API over HTTP on %s", (dialect) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(dialect);
  });
  afterAll(async () => {
    await h?.close();
  });

  it("answers /healthz", async () => {
    const response = await fetch(`${h.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true });
  });

  it("imports the seed, lists it, and returns it with its clauses and obligations", async () => {
    const editor = await h.signIn("editor");
    const result = await editor.resolutions.import.mutate({
      text: seed,
      source: "E_RES_2015_23.txt",
    });
    expect(result).toMatchObject({ status: "stored", symbol: "E/RES/2015/23" });
    const list = await editor.resolutions.list.query({ body: "ecosoc" });
    expect(list.items.map((r) => r.symbol)).toContain("E/RES/2015/23");
    const resolution = await editor.resolutions.get.query({ symbol: "E/RES/2015/23" });
    expect(resolution.clauses.filter((c) => c.kind === "operative")).toHaveLength(11);
    expect(resolution.obligations.length).toBe(12);
  });

  it("filters obligations by actor, strength and status", async () => {
    const viewer = await h.signIn("viewer");
    const page = await viewer.obligations.list.query({
      actor: "sg",
      strength: { min: 4 },
      status: "no-indication",
    });
    expect(page.items).toHaveLength(1);
    expect(page.items[0]).toMatchObject({ clause: "op11", verb: "requests", bearers: ["sg"] });
  });

  it("updates tracking with history, and refuses a stale version without overwriting", async () => {
    const editor = await h.signIn("editor");
    const [request] = (await editor.obligations.list.query({ actor: "sg" })).items;
    if (!request) throw new Error("no obligation of the Secretary-General");
    const updated = await editor.tracking.update.mutate({
      id: request.id,
      expectedVersion: request.version,
      status: "in-progress",
      lead: "dppa",
    });
    expect(updated).toMatchObject({
      status: "in-progress",
      lead: "dppa",
      leadByPerson: true,
      version: request.version + 1,
    });
    const stale = await failure(
      editor.tracking.update.mutate({
        id: request.id,
        expectedVersion: request.version,
        status: "completed",
      }),
    );
    expect(stale.data?.code).toBe("CONFLICT");
    expect(stale.message).toMatch(/changed since it was read/);
    expect((await editor.obligations.get.query({ id: request.id })).status).toBe("in-progress");
    const history = await editor.obligations.history.query({ id: request.id });
    expect(history.map((e) => [e.field, e.from, e.to])).toEqual(
      expect.arrayContaining([
        ["status", "no-indication", "in-progress"],
        ["lead", "sg", "dppa"],
      ]),
    );
    expect(history.filter((e) => e.change === "tracking").every((e) => e.by === "editor")).toBe(
      true,
    );
  });

  it("lets a UNODC focal point change UNODC's obligations but not the Secretary-General's", async () => {
    const focal = await h.signIn("unodc");
    const [ofSg] = (await focal.obligations.list.query({ actor: "sg" })).items;
    const [ofUnodc] = (await focal.obligations.list.query({ actor: "unodc" })).items;
    if (!ofSg || !ofUnodc) throw new Error("missing obligations");
    const refused = await failure(
      focal.tracking.update.mutate({
        id: ofSg.id,
        expectedVersion: ofSg.version,
        status: "completed",
      }),
    );
    expect(refused.data?.code).toBe("FORBIDDEN");
    expect(
      await focal.tracking.update.mutate({
        id: ofUnodc.id,
        expectedVersion: ofUnodc.version,
        status: "in-progress",
      }),
    ).toMatchObject({
      status: "in-progress",
    });
  });

  it("refuses writes from a viewer and from an anonymous caller", async () => {
    const viewer = await h.signIn("viewer");
    const [any] = (await viewer.obligations.list.query({ limit: 1 })).items;
    if (!any) throw new Error("no obligation");
    expect(
      (await failure(viewer.tracking.addNote.mutate({ id: any.id, text: "no" }))).data?.code,
    ).toBe("FORBIDDEN");
    expect((await failure(viewer.resolutions.import.mutate({ text: seed }))).data?.code).toBe(
      "FORBIDDEN",
    );
    expect(
      (await failure(h.anonymous.tracking.addNote.mutate({ id: any.id, text: "no" }))).data?.code,
    ).toBe("UNAUTHORIZED");
    expect((await failure(h.anonymous.resolutions.list.query({}))).data?.code).toBe("UNAUTHORIZED");
  });

  it("keeps tracking, evidence and corrections when the resolution is imported again", async () => {
    const editor = await h.signIn("editor");
    const [request] = (await editor.obligations.list.query({ actor: "sg" })).items;
    if (!request) throw new Error("no obligation");
    await editor.tracking.addEvidence.mutate({
      id: request.id,
      documentSymbol: "E/CN.15/2017/2",
      date: "2017-03-01",
      note: "Report of the Secretary-General",
    });
    const { version } = await editor.obligations.get.query({ id: request.id });
    const corrected = await editor.tracking.correct.mutate({
      id: request.id,
      expectedVersion: version,
      field: "deadline",
      value: { text: "by May 2017", year: 2017, date: "2017-05-22", precision: "day", bound: "by" },
    });
    expect(corrected.review.deadline).toBe("corrected");
    const again = await editor.resolutions.import.mutate({ text: seed });
    expect(again).toMatchObject({ status: "unchanged", obligationsRemoved: 0 });
    const after = await editor.obligations.get.query({ id: request.id });
    expect(after).toMatchObject({ status: "in-progress", lead: "dppa" });
    expect(after.deadline?.date).toBe("2017-05-22");
    expect(after.extracted.deadline?.text).toBe("at its twenty-sixth session");
    expect(after.evidence.map((e) => e.documentSymbol)).toEqual(["E/CN.15/2017/2"]);
  });

  it("serves due dates as iCalendar, with the 2017 report to the Commission", async () => {
    const { cookieHeader } = await signedInCookie(h);
    const response = await fetch(`${h.url}/calendar.ics?actor=sg`, {
      headers: { cookie: cookieHeader },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/calendar/);
    const ics = (await response.text()).replace(/\r\n /g, "");
    const events = ics.split("BEGIN:VEVENT").slice(1);
    const report = events.find(
      (e) => e.includes("E/RES/2015/23") && /SUMMARY:Secretary-General/.test(e),
    );
    expect(report).toMatch(/DTSTART;VALUE=DATE:2017\d{4}/);
    expect(report).toMatch(/Commission on Crime Prevention and Criminal Justice/);
    expect((await fetch(`${h.url}/calendar.ics`)).status).toBe(401);
  });

  it("serves the calendar at a private address without the cookie, until it is reset", async () => {
    const anonymous = await fetch(`${h.url}/calendar.ics`);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toEqual({ error: "Sign in to read the calendar." });

    const viewer = await h.signIn("viewer");
    const { path } = await viewer.users.calendarFeed.mutate();
    // No cookie: as a calendar program asks for it.
    const response = await fetch(`${h.url}${path}&actor=sg`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/calendar/);
    const ics = (await response.text()).replace(/\r\n /g, "");
    expect(ics).toMatch(/X-WR-CALNAME:Mandates: obligations of sg/);
    const report = ics
      .split("BEGIN:VEVENT")
      .find((e) => e.includes("E/RES/2015/23") && /SUMMARY:Secretary-General/.test(e));
    expect(report).toMatch(/DTSTART;VALUE=DATE:2017\d{4}/);

    const reset = await viewer.users.calendarFeed.mutate();
    expect(reset.path).not.toBe(path);
    const old = await fetch(`${h.url}${path}`);
    expect(old.status).toBe(401);
    expect(((await old.json()) as { error: string }).error).toMatch(
      /^This calendar address is not valid: it was reset or mistyped\./,
    );
    expect((await fetch(`${h.url}${reset.path}`)).status).toBe(200);
    expect((await fetch(`${h.url}/calendar.ics?token=guess`)).status).toBe(401);
  });

  it("refuses malformed input with field-level messages", async () => {
    const editor = await h.signIn("editor");
    const error = await failure(
      editor.tracking.update.mutate({ id: -1, expectedVersion: 0, status: "done" as never }),
    );
    expect(error.data?.code).toBe("BAD_REQUEST");
    const fields = (error.data as { fields?: Record<string, string[]> } | undefined)?.fields ?? {};
    expect(Object.keys(fields).sort()).toEqual(["id", "status"]);
    const notResolution = await failure(
      editor.resolutions.import.mutate({
        text: "Dear colleagues,\nplease find attached the minutes.",
      }),
    );
    expect(notResolution.data?.code).toBe("BAD_REQUEST");
    expect(notResolution.message).toMatch(/does not look like a resolution/);
  });

  it("refuses a request over 10 MB with a clear message", async () => {
    const { cookieHeader } = await signedInCookie(h);
    const big = JSON.stringify({ text: "x".repeat(11 * 1024 * 1024) });
    const response = await fetch(`${h.url}/trpc/resolutions.import`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie: cookieHeader },
      body: big,
    });
    expect(response.status).toBe(413);
    expect(((await response.json()) as { error: string }).error).toMatch(/over 10 MB/);
  });
});

async function signedInCookie(h: Harness): Promise<{ cookieHeader: string }> {
  const session = createSessionClient(h.url);
  await session.client.users.signIn.mutate({
    username: "admin",
    password: "correct horse battery staple",
  });
  return { cookieHeader: session.cookie() };
}
