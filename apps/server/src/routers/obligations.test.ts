/**
 * Obligations across the library: the tracker's filters (actor, strength, status, due dates,
 * overdue), pages, one obligation, and the deadlines view. The seed's twelve obligations, two of
 * them with their status recorded before the tests read them.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type Caller,
  fieldErrors,
  type Library,
  openLibrary,
  refusal,
  seedSymbol,
} from "./test-support.ts";

let library: Library;
/** Obligation ids by the parser's key ("op11.1"). */
let idOf: Record<string, number>;

beforeAll(async () => {
  library = await openLibrary();
  const seed = await library.as("viewer").resolutions.get({ symbol: seedSymbol });
  idOf = Object.fromEntries(seed.obligations.map((o) => [o.key, o.id]));
  const editor = library.as("editor");
  for (const [key, status] of [
    ["op6.1", "in-progress"],
    ["op8.2", "completed"],
  ] as const) {
    const { version } = await editor.obligations.get({ id: idOf[key] ?? 0 });
    await editor.tracking.update({ id: idOf[key] ?? 0, expectedVersion: version, status });
  }
});
afterAll(async () => {
  await library?.drop();
});

type Filters = Parameters<Caller["obligations"]["list"]>[0];
const list = (filters: Filters) => library.as("viewer").obligations.list(filters);
/** The keys found, in the order of the text: what a filter selects, not how it sorts. */
const keys = async (filters: Filters) =>
  (await list({ ...filters, sort: "symbol" })).items.map((o) => o.key);

describe("obligations.list", () => {
  it("lists every obligation of the library by default", async () => {
    const page = await list({});
    expect(page.total).toBe(12);
    expect(page.items).toHaveLength(12);
  });

  it("filters by the actor who bears them", async () => {
    expect(await keys({ actor: "sg" })).toEqual(["op11.1"]);
    expect(await keys({ actor: "unodc" })).toEqual(["op6.1", "op7.1", "op8.1", "op8.2", "op9.1"]);
    expect(await keys({ actor: "nobody" })).toEqual([]);
  });

  it("filters by strength, exact or as a range", async () => {
    expect(await keys({ strength: 4 })).toEqual(["op6.1", "op9.1", "op11.1"]);
    expect(await keys({ strength: { min: 3 } })).toEqual([
      "op1.1",
      "op3.1",
      "op6.1",
      "op9.1",
      "op11.1",
    ]);
    expect(await keys({ strength: { min: 3, max: 3 } })).toEqual(["op1.1", "op3.1"]);
    const weak = await list({ strength: { max: 2 } });
    expect(weak.total).toBe(7);
    expect(weak.items.every((o) => o.strength <= 2)).toBe(true);
  });

  it("filters by status, one or several", async () => {
    expect(await keys({ status: "in-progress" })).toEqual(["op6.1"]);
    expect(await keys({ status: ["completed", "in-progress"] })).toEqual(["op6.1", "op8.2"]);
    expect((await list({ status: "no-indication" })).total).toBe(10);
  });

  it("filters by due date, both ends included", async () => {
    // op8.2 falls due when the General Assembly's 69th session closes, op11.1 when the
    // Commission's 26th opens; the others have no deadline.
    expect(await keys({ dueFrom: "2015-01-01" })).toEqual(["op8.2", "op11.1"]);
    expect(await keys({ dueFrom: "2016-01-01", dueTo: "2017-12-31" })).toEqual(["op11.1"]);
    expect(await keys({ dueFrom: "2017-05-01", dueTo: "2017-05-01" })).toEqual(["op11.1"]);
    expect(await keys({ dueTo: "2015-08-31" })).toEqual([]);
  });

  it("counts as overdue only what is past due and not settled", async () => {
    // Both due dates are years past; op8.2 is completed, so it is no longer a concern.
    const overdue = await list({ overdue: true });
    expect(overdue.items.map((o) => [o.key, o.overdue])).toEqual([["op11.1", true]]);
    const rest = await list({ overdue: false });
    expect(rest.total).toBe(11);
    expect(rest.items.some((o) => o.overdue)).toBe(false);
  });

  it("combines filters", async () => {
    expect(await keys({ actor: "unodc", strength: 4, status: "no-indication" })).toEqual(["op9.1"]);
  });

  it("pages through the list without gaps or repeats", async () => {
    const seen: number[] = [];
    for (const offset of [0, 5, 10]) {
      const page = await list({ limit: 5, offset, sort: "strength", direction: "desc" });
      expect(page).toMatchObject({ total: 12, limit: 5, offset });
      seen.push(...page.items.map((o) => o.id));
    }
    expect(seen).toHaveLength(12);
    expect(new Set(seen).size).toBe(12);
    // Past the end: no items, and still the total, so a pager can say where the list ends.
    expect(await list({ limit: 5, offset: 20 })).toMatchObject({ items: [], total: 12 });
  });

  it("sorts by strength, strongest first", async () => {
    const strengths = (await list({ sort: "strength", direction: "desc" })).items.map(
      (o) => o.strength,
    );
    expect(strengths).toEqual([...strengths].sort((a, b) => b - a));
    expect(strengths[0]).toBe(4);
  });

  it("refuses a malformed filter with the field at fault", async () => {
    const error = await refusal(list({ dueFrom: "1 May 2017", strength: 9 }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(fieldErrors(error)).toMatchObject({ dueFrom: ["a date as YYYY-MM-DD"] });
    expect(Object.keys(fieldErrors(error) ?? {}).sort()).toEqual(["dueFrom", "strength"]);
  });
});

describe("obligations.get and obligations.due", () => {
  it("returns one obligation with its resolution and tracking", async () => {
    const report = await library.as("viewer").obligations.get({ id: idOf["op11.1"] ?? 0 });
    expect(report).toMatchObject({
      key: "op11.1",
      resolution: { symbol: seedSymbol },
      bearers: ["sg"],
      status: "no-indication",
      dueDate: "2017-05-01",
      evidence: [],
    });
  });

  it("says which obligation does not exist", async () => {
    const error = await refusal(library.as("viewer").obligations.get({ id: 9999 }));
    expect(error.code).toBe("NOT_FOUND");
    expect(error.message).toBe("No obligation 9999.");
    // The store's own error, mapped to the same code by the server (errors.ts).
    const history = await refusal(library.as("viewer").obligations.history({ id: 9999 }));
    expect(history.code).toBe("NOT_FOUND");
    expect(history.message).toBe("No obligation 9999.");
  });

  it("lists what falls due between two dates, soonest first", async () => {
    const due = await library
      .as("viewer")
      .obligations.due({ from: "2015-01-01", to: "2017-12-31" });
    expect(due.items.map((o) => [o.key, o.dueDate])).toEqual([
      ["op8.2", "2015-09-01"],
      ["op11.1", "2017-05-01"],
    ]);
    const ofSg = await library
      .as("viewer")
      .obligations.due({ from: "2015-01-01", to: "2017-12-31", actor: "sg" });
    expect(ofSg.items.map((o) => o.key)).toEqual(["op11.1"]);
  });
});
