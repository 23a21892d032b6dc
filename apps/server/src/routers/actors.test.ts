/**
 * Actors: the registry, and one actor's page (its obligations with counts by status, strength
 * and year), which follows what is recorded.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Library, openLibrary, refusal, seedSymbol } from "./test-support.ts";

let library: Library;
beforeAll(async () => {
  library = await openLibrary();
});
afterAll(async () => {
  await library?.drop();
});

describe("actors.list", () => {
  it("holds the registry with names people know, and the actors the seed names", async () => {
    const actors = await library.as("viewer").actors.list();
    expect(actors).toContainEqual(
      expect.objectContaining({ id: "sg", name: "Secretary-General", kind: "official" }),
    );
    expect(actors).toContainEqual(
      expect.objectContaining({ id: "unodc", shortName: "UNODC", kind: "secretariat" }),
    );
    const seed = await library.as("viewer").resolutions.get({ symbol: seedSymbol });
    const ids = new Set(actors.map((a) => a.id));
    expect(seed.actors.filter((a) => !ids.has(a.id))).toEqual([]);
  });
});

describe("actors.obligationCounts", () => {
  it("says how many obligations in force each actor bears, for the pickers", async () => {
    const counts = await library.as("viewer").actors.obligationCounts();
    const unodc = await library.as("viewer").actors.get({ id: "unodc", limit: 1 });
    expect(counts.unodc).toBe(unodc.obligations.total);
    expect(counts.unodc).toBeGreaterThan(0);
    // Actors nothing is asked of are left out.
    expect(counts.sc).toBeUndefined();
  });
});

describe("actors.get", () => {
  it("gathers what is asked of UNODC, counted by strength, year and status", async () => {
    const unodc = await library.as("viewer").actors.get({ id: "unodc" });
    expect(unodc.actor.name).toBe("United Nations Office on Drugs and Crime");
    expect(unodc.obligations.items.map((o) => o.key).sort()).toEqual([
      "op6.1",
      "op7.1",
      "op8.1",
      "op8.2",
      "op9.1",
    ]);
    expect(unodc.byStrength).toMatchObject({ "2": 3, "4": 2 });
    expect(unodc.byYear).toEqual([expect.objectContaining({ year: 2015, total: 5 })]);
    // op8.2 (a list of measures for the Assembly's 69th session) is long past due.
    expect(unodc.overdue).toBe(1);
    expect(unodc.byStatus["no-indication"]).toBe(5);
  });

  it("follows a status recorded on one of its obligations, and filters by it", async () => {
    const before = await library.as("viewer").actors.get({ id: "unodc" });
    const request = before.obligations.items.find((o) => o.key === "op6.1");
    if (!request) throw new Error("UNODC should bear op6.1");
    await library
      .as("unodc")
      .tracking.update({ id: request.id, expectedVersion: request.version, status: "in-progress" });
    const after = await library.as("viewer").actors.get({ id: "unodc", status: "in-progress" });
    expect(after.byStatus).toMatchObject({ "in-progress": 1, "no-indication": 4 });
    // The filter narrows the list, not the counts beside it.
    expect(after.obligations.items.map((o) => o.key)).toEqual(["op6.1"]);
    expect(after.byYear[0]?.byStatus["in-progress"]).toBe(1);
  });

  it("says which actor is unknown", async () => {
    const error = await refusal(library.as("viewer").actors.get({ id: "nobody" }));
    expect(error.code).toBe("NOT_FOUND");
    expect(error.message).toBe('No actor "nobody".');
  });
});
