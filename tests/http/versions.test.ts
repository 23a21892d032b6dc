/**
 * Versions over HTTP, on SQLite and PostgreSQL, with a real draft and its adopted text: the Third
 * Committee's A/C.3/80/L.4 and A/RES/80/228, imported one after the other as an editor uploads
 * them (each import links around itself). The draft, superseded, is off the Deadlines page and
 * the iCalendar feed unless asked for (superseded: true, ?superseded=1): its adopted text asks
 * the same, by the same dates.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, sharedText, startHarness } from "./harness.ts";

const corpus = (name: string) => sharedText(`corpus/un-ga-pdftext/${name}.txt`);

/** The events of an iCalendar feed, lines unfolded. */
const eventsOf = (ics: string) => ics.replace(/\r\n /g, "").split("BEGIN:VEVENT").slice(1);

describe.each(["sqlite", "postgres"] as const)("versions over HTTP on %s", (dialect) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(dialect);
    const editor = await h.signIn("editor");
    for (const name of ["A_RES_78_228", "A_C.3_80_L.4", "A_RES_80_228"])
      await editor.resolutions.import.mutate({ text: corpus(name), source: `${name}.txt` });
  }, 120_000);
  afterAll(async () => {
    await h?.close();
  });

  it("links the draft to the text adopted from it as they are imported", async () => {
    const viewer = await h.signIn("viewer");
    const versions = await viewer.versions.of.query({ symbol: "A/C.3/80/L.4" });
    expect(versions.supersededBy).toMatchObject({ symbol: "A/RES/80/228", rule: "title-and-text" });
    const adopted = await viewer.versions.of.query({ symbol: "A/RES/80/228" });
    expect(adopted.renews).toMatchObject({ symbol: "A/RES/78/228" });
  });

  it("leaves the superseded draft off the deadlines unless asked", async () => {
    const viewer = await h.signIn("viewer");
    const range = { from: "2026-01-01", to: "2030-12-31", limit: 500 };
    const symbols = (page: { items: Array<{ resolution: { symbol: string } }> }) =>
      page.items.map((o) => o.resolution.symbol);
    const byDefault = await viewer.obligations.due.query(range);
    const asked = await viewer.obligations.due.query({ ...range, superseded: true });
    const draft = symbols(asked).filter((s) => s === "A/C.3/80/L.4");
    // Reports at the eighty-second and eighty-fourth sessions, asked by the draft as by 80/228.
    expect(draft.length).toBeGreaterThan(0);
    expect(symbols(byDefault)).not.toContain("A/C.3/80/L.4");
    expect(symbols(byDefault).filter((s) => s === "A/RES/80/228")).toHaveLength(draft.length);
    expect(asked.total).toBe(byDefault.total + draft.length);
  });

  it("leaves the superseded draft out of the calendar feed unless ?superseded=1", async () => {
    const viewer = await h.signIn("viewer");
    const { path } = await viewer.users.calendarFeed.mutate();
    const feed = async (query: string) => {
      const response = await fetch(`${h.url}${path}${query}`);
      expect(response.status).toBe(200);
      return eventsOf(await response.text());
    };
    const fromDraft = (events: string[]) => events.filter((e) => e.includes("A/C.3/80/L.4"));
    const byDefault = await feed("");
    expect(byDefault.some((e) => e.includes("A/RES/80/228"))).toBe(true);
    expect(fromDraft(byDefault)).toEqual([]);
    const asked = await feed("&superseded=1");
    expect(fromDraft(asked).length).toBeGreaterThan(0);
    expect(asked.length).toBe(byDefault.length + fromDraft(asked).length);
    // One actor's feed the same way.
    expect(fromDraft(await feed("&actor=sg"))).toEqual([]);
    expect(fromDraft(await feed("&actor=sg&superseded=1")).length).toBeGreaterThan(0);

    const bad = await fetch(`${h.url}${path}&superseded=yes`);
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({
      error:
        "Give superseded=1 to include drafts superseded by their adopted text, or leave it out.",
    });
  });
});
