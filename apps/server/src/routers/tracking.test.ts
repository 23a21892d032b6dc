/**
 * Following up an obligation: status and evidence recorded and shown in its history; a change
 * made on a stale version refused without writing; editors limited to UNODC kept to UNODC's
 * obligations; readers kept out.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fieldErrors, type Library, openLibrary, refusal, seedSymbol } from "./test-support.ts";

let library: Library;
/** Obligation ids by the parser's key: op11.1 is the Secretary-General's, op6.1 and op9.1 UNODC's. */
let idOf: (key: string) => number;

beforeAll(async () => {
  library = await openLibrary();
  const seed = await library.as("viewer").resolutions.get({ symbol: seedSymbol });
  const ids = new Map(seed.obligations.map((o) => [o.key, o.id]));
  idOf = (key) => {
    const id = ids.get(key);
    if (id === undefined) throw new Error(`the seed has no obligation ${key}`);
    return id;
  };
});
afterAll(async () => {
  await library?.drop();
});

const read = (key: string) => library.as("viewer").obligations.get({ id: idOf(key) });
const historyOf = (key: string) => library.as("viewer").obligations.history({ id: idOf(key) });

describe("tracking.update and tracking.addEvidence", () => {
  it("records a status with its evidence, and the history says who did what", async () => {
    const editor = library.as("editor");
    const before = await read("op11.1");
    const updated = await editor.tracking.update({
      id: before.id,
      expectedVersion: before.version,
      status: "in-progress",
      assigneeId: library.users.unodc.id,
    });
    expect(updated).toMatchObject({
      status: "in-progress",
      assignee: { id: library.users.unodc.id, username: "unodc" },
      version: before.version + 1,
    });
    const evidence = await editor.tracking.addEvidence({
      id: before.id,
      documentSymbol: "E/CN.15/2017/2",
      date: "2017-03-01",
      note: "Report of the Secretary-General",
    });
    expect(evidence).toMatchObject({ documentSymbol: "E/CN.15/2017/2", addedBy: "editor" });
    const after = await read("op11.1");
    expect(after.evidence.map((e) => e.documentSymbol)).toEqual(["E/CN.15/2017/2"]);
    // Evidence is appended, not edited: it does not move the version.
    expect(after.version).toBe(updated.version);
    // Oldest first, from the import that created it (the editor imported the seed).
    const history = await historyOf("op11.1");
    expect(history.map((e) => [e.by, e.change, e.field, e.from, e.to])).toEqual([
      ["editor", "import", "obligation", null, "op11.1"],
      ["editor", "tracking", "status", "no-indication", "in-progress"],
      ["editor", "tracking", "assignee", null, "unodc"],
      [
        "editor",
        "evidence",
        "evidence",
        null,
        expect.objectContaining({ documentSymbol: "E/CN.15/2017/2", date: "2017-03-01" }),
      ],
    ]);
  });

  it("refuses a change made on a stale version, and writes nothing", async () => {
    const editor = library.as("editor");
    const read1 = await read("op9.1");
    await editor.tracking.update({
      id: read1.id,
      expectedVersion: read1.version,
      status: "in-progress",
    });
    // A second person still holds the version read before the first change.
    const error = await refusal(
      editor.tracking.update({ id: read1.id, expectedVersion: read1.version, status: "completed" }),
    );
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toBe(
      `Obligation ${read1.id} is at version ${read1.version + 1}, not ${read1.version}: ` +
        "it changed since it was read. Reload it and apply the change again.",
    );
    expect(await read("op9.1")).toMatchObject({
      status: "in-progress",
      version: read1.version + 1,
    });
    expect((await historyOf("op9.1")).map((e) => e.to)).not.toContain("completed");
  });

  it("sets a due date by hand, and returns to the one the deadline gives", async () => {
    const editor = library.as("editor");
    const start = await read("op11.1");
    expect(start).toMatchObject({ dueDate: "2017-05-01", dueDateByPerson: false });
    const moved = await editor.tracking.update({
      id: start.id,
      expectedVersion: start.version,
      dueDate: "2017-06-30",
    });
    expect(moved).toMatchObject({ dueDate: "2017-06-30", dueDateByPerson: true });
    const back = await editor.tracking.update({
      id: start.id,
      expectedVersion: moved.version,
      dueDate: null,
    });
    expect(back).toMatchObject({ dueDate: "2017-05-01", dueDateByPerson: false });
    const dueDates = (await historyOf("op11.1")).filter((e) => e.field === "dueDate");
    expect(dueDates.map((e) => [e.from, e.to])).toEqual([
      ["2017-05-01", "2017-06-30"],
      ["2017-06-30", "2017-05-01"],
    ]);
  });

  it("refuses an update that changes nothing, an unknown status and an unknown obligation", async () => {
    const editor = library.as("editor");
    const { id, version } = await read("op1.1");
    expect((await refusal(editor.tracking.update({ id, expectedVersion: version }))).code).toBe(
      "BAD_REQUEST",
    );
    const badStatus = await refusal(
      editor.tracking.update({ id, expectedVersion: version, status: "done" as never }),
    );
    expect(Object.keys(fieldErrors(badStatus) ?? {})).toEqual(["status"]);
    const missing = await refusal(
      editor.tracking.update({ id: 9999, expectedVersion: 0, status: "completed" }),
    );
    expect(missing.code).toBe("NOT_FOUND");
    expect((await read("op1.1")).version).toBe(version);
  });
});

describe("an editor limited to UNODC", () => {
  it("cannot change an obligation borne by the Secretary-General", async () => {
    const focal = library.as("unodc");
    const report = await read("op11.1");
    const error = await refusal(
      focal.tracking.update({
        id: report.id,
        expectedVersion: report.version,
        status: "completed",
      }),
    );
    expect(error.code).toBe("FORBIDDEN");
    expect(error.message).toBe(
      "You may edit obligations of UNODC; this one is borne by the Secretary-General.",
    );
    const note = await refusal(focal.tracking.addNote({ id: report.id, text: "Done." }));
    expect(note.code).toBe("FORBIDDEN");
    const after = await read("op11.1");
    expect(after.version).toBe(report.version);
    expect(after.status).not.toBe("completed");
  });

  it("can change one borne by UNODC", async () => {
    const focal = library.as("unodc");
    const request = await read("op6.1");
    expect(request.bearers).toEqual(["unodc"]);
    expect(
      await focal.tracking.update({
        id: request.id,
        expectedVersion: request.version,
        status: "completed",
      }),
    ).toMatchObject({ status: "completed", version: request.version + 1 });
    expect((await historyOf("op6.1")).at(-1)).toMatchObject({ by: "unodc", to: "completed" });
  });

  it("can change one UNODC shares with others", async () => {
    // op8.1 is borne by UNODC and the Inter-Agency Coordination Group together.
    const shared = await read("op8.1");
    expect(shared.bearers).toEqual(["unodc", "icat"]);
    const note = await library.as("unodc").tracking.addNote({ id: shared.id, text: "Plan sent." });
    expect(note).toMatchObject({ text: "Plan sent." });
  });
});

describe("bearers, under a scope", () => {
  it("refuses moving an obligation out of the editor's scope, and writes nothing", async () => {
    const focal = library.as("unodc");
    const request = await read("op9.1");
    expect(request.bearers).toEqual(["unodc"]);
    const error = await refusal(
      focal.tracking.correct({
        id: request.id,
        expectedVersion: request.version,
        field: "bearers",
        value: ["sg"],
      }),
    );
    expect(error.code).toBe("FORBIDDEN");
    expect(error.message).toBe(
      "You may add or remove only bearers your account may edit (UNODC); the Secretary-General is not among them. Ask an admin.",
    );
    expect(await read("op9.1")).toEqual(request);
  });
});

describe("values, bounded", () => {
  it("refuses an evidence link that is not a web address", async () => {
    const editor = library.as("editor");
    const { id } = await read("op10.1");
    for (const url of ["javascript:alert(document.cookie)", "data:text/html,<b>x</b>"]) {
      const error = await refusal(editor.tracking.addEvidence({ id, url }));
      expect(error.code).toBe("BAD_REQUEST");
      expect(fieldErrors(error)).toEqual({
        url: ["an evidence link must start with http:// or https://"],
      });
    }
    expect((await read("op10.1")).evidence).toEqual([]);
  });

  it("refuses a corrected value over its bound, naming the field and the limit", async () => {
    const editor = library.as("editor");
    const before = await read("op10.1");
    const correct = (field: "action" | "bearers", value: unknown) =>
      refusal(
        editor.tracking.correct({ id: before.id, expectedVersion: before.version, field, value }),
      );
    const action = await correct("action", "x".repeat(5_001));
    expect(action.code).toBe("BAD_REQUEST");
    expect(fieldErrors(action)).toEqual({ value: ["action: at most 5,000 characters"] });
    const bearers = await correct(
      "bearers",
      Array.from({ length: 51 }, () => "unodc"),
    );
    expect(fieldErrors(bearers)).toEqual({ value: ["bearers: at most 50 actors"] });
    expect(await read("op10.1")).toEqual(before);
  });
});

describe("readers", () => {
  it("cannot record anything: a viewer is forbidden, an anonymous caller asked to sign in", async () => {
    const { id, version } = await read("op1.1");
    const viewer = await refusal(
      library.as("viewer").tracking.addEvidence({ id, note: "A report exists." }),
    );
    expect(viewer.code).toBe("FORBIDDEN");
    const anonymous = await refusal(
      library
        .as(null, { anonymousRead: true })
        .tracking.update({ id, expectedVersion: version, status: "completed" }),
    );
    expect(anonymous.code).toBe("UNAUTHORIZED");
    expect(await read("op1.1")).toMatchObject({ version, evidence: [] });
  });
});
