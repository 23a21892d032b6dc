/**
 * The built server killed without warning (SIGKILL) and started again on the same database, on
 * SQLite and PostgreSQL (the scenarios are in bench/faults.ts, which `pnpm bench:load` prints too):
 * - while several large resolutions are being imported over HTTP: afterwards each resolution is
 *   whole (as many clauses and obligations as a fresh parse of its text) or absent, every
 *   acknowledged import is there, and no row belongs to a resolution that is not;
 * - while connections edit contended obligations, add notes and evidence, and read: afterwards
 *   every acknowledged write is in the history at its version, no refused one is, and the server
 *   takes edits again.
 * And the checks themselves see what they look for: a lost edit, a refused edit that was made, a
 * resolution missing a clause. Needs the built server: `pnpm build` first (CI builds first).
 */
import { dialects } from "@mandates/db/testing";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { statusOf } from "../bench/connection.ts";
import { checkLedger, EditLedger, outcomeOf, snapshot } from "../bench/edit-ledger.ts";
import { importKilledMidway, restartMidLoad } from "../bench/faults.ts";
import { readBackWhole } from "../bench/whole-library.ts";
import { type Harness, sharedText, startHarness } from "./harness.ts";

describe.each(dialects)("the server killed on %s", (dialect) => {
  it("midway through imports leaves each resolution whole or absent", {
    timeout: 180_000,
  }, async () => {
    const result = await importKilledMidway(dialect);
    expect(result.problems).toEqual([]);
    expect(result.acknowledged).toBeGreaterThanOrEqual(6);
    expect(result.inFlight).toBeGreaterThan(0);
    // The kill fell inside a write transaction of an import, not only between them.
    expect(result.killedWhileStoring).toBe(true);
    // What is stored is exactly what was acknowledged, and whichever imports in flight got in.
    expect(result.stored).toBe(result.acknowledged + result.inFlightStored);
  });

  it("mid-load comes back with every acknowledged write", { timeout: 180_000 }, async () => {
    const result = await restartMidLoad(dialect, { connections: 20, killAfterEdits: 10 });
    expect(result.problems).toEqual([]);
    expect(result.check.lost).toEqual([]);
    expect(result.check.phantom).toEqual([]);
    expect(result.check.inconsistent).toEqual([]);
    expect(result.acknowledged).toBeGreaterThan(0);
    expect(result.rejected).toBeGreaterThan(0);
  });
});

describe.each(dialects)("the fault checks on %s", (dialect) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(dialect);
    const admin = await h.signIn("admin");
    await admin.resolutions.import.mutate({ text: sharedText("seed/E_RES_2015_23.txt") });
  });
  afterAll(() => h.close());

  it("see an acknowledged edit missing, a refused one made, and a version out of step", async () => {
    const editor = await h.signIn("editor");
    const [obligation] = (await editor.obligations.list.query({ limit: 1 })).items;
    if (!obligation) throw new Error("no obligation");
    const id = obligation.id;
    const before = await snapshot(editor, [id]);
    const ledger = new EditLedger();
    const { version } = await editor.obligations.get.query({ id });
    // Two edits from the same version: the first is accepted, the second refused as stale.
    for (const dueDate of ["2201-01-01", "2201-01-02"]) {
      const edit = { obligationId: id, expectedVersion: version, dueDate, status: "in-progress" };
      try {
        const answer = await editor.tracking.update.mutate({
          id,
          expectedVersion: version,
          dueDate,
          status: "in-progress",
        });
        ledger.edits.push({ ...edit, outcome: "accepted", answeredVersion: answer.version });
      } catch (error) {
        ledger.edits.push({ ...edit, outcome: outcomeOf(statusOf(error)) });
      }
    }
    const note = await editor.tracking.addNote.mutate({ id, text: "Noted (token-1)." });
    ledger.additions.push({
      kind: "note",
      obligationId: id,
      token: "token-1",
      outcome: "accepted",
    });
    expect(note.text).toContain("token-1");
    expect(ledger.edits.map((e) => e.outcome)).toEqual(["accepted", "rejected"]);
    expect(await checkLedger(editor, ledger, before)).toEqual({
      lost: [],
      phantom: [],
      inconsistent: [],
      unansweredMade: 0,
    });

    // The same ledger told otherwise: each lie is caught.
    const lostEdit = new EditLedger();
    lostEdit.edits.push(...ledger.edits.map((e) => ({ ...e, outcome: "accepted" as const })));
    expect((await checkLedger(editor, lostEdit, before)).lost).toHaveLength(1);
    const refusedMade = new EditLedger();
    refusedMade.edits.push(...ledger.edits.map((e) => ({ ...e, outcome: "rejected" as const })));
    expect((await checkLedger(editor, refusedMade, before)).phantom).toHaveLength(1);
    const outOfStep = new EditLedger();
    outOfStep.edits.push(...ledger.edits.map((e) => ({ ...e, expectedVersion: version + 1 })));
    expect((await checkLedger(editor, outOfStep, before)).inconsistent.length).toBeGreaterThan(0);
    const lostNote = new EditLedger();
    lostNote.additions.push({
      kind: "note",
      obligationId: id,
      token: "token-2",
      outcome: "accepted",
    });
    expect((await checkLedger(editor, lostNote, before)).lost).toHaveLength(1);
  });

  it("see a resolution that lacks one of its clauses", async () => {
    const admin = await h.signIn("admin");
    expect((await readBackWhole(admin, h.database.db)).problems).toEqual([]);
    // History is append-only, so an obligation cannot be taken out; a preambular clause can.
    await sql`delete from clauses where id = (select min(id) from clauses where kind = 'preambular')`.execute(
      h.database.db.kysely,
    );
    expect((await readBackWhole(admin, h.database.db)).problems).toEqual([
      expect.stringMatching(/^E\/RES\/2015\/23: \d+ clauses stored, \d+ in its text$/),
    ]);
  });
});
