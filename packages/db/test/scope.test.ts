/**
 * Rights that follow an editor's scope inside the store's own transactions: a re-import by an
 * editor limited to UNODC that would withdraw the Secretary-General's obligation, bearers moved
 * out of the editor's scope by a correction or a revert, tracking of an obligation others bear;
 * each refused with a sentence naming the actors, and nothing written. A correction committed by
 * someone else while a re-import waits is seen by the re-import's check.
 */
import { parseResolution } from "@mandates/parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  addEvidence,
  addNote,
  confirmObligation,
  correctObligation,
  type Db,
  type EditScope,
  getObligation,
  getResolution,
  getSourceText,
  importResolution,
  type ObligationDetail,
  OutOfScopeError,
  obligationHistory,
  revertCorrection,
  updateTracking,
} from "../src/index.ts";
import { assembly, seed } from "./corpus.ts";
import { rowCounts } from "./counts.ts";
import { dialects, freshDatabase, type TestDatabase } from "./databases.ts";

const symbol = "E/RES/2015/23";
const unodc: EditScope = { actors: ["unodc"] };

/** The seed as an editor might re-import it: the text without its paragraph 11. */
function seedWithoutParagraph11() {
  const { sourceText } = seed();
  const text = sourceText.replace(/^11\. .*\n/m, "");
  expect(text).not.toBe(sourceText);
  return { resolution: parseResolution(text), sourceText: text };
}

/** What a refused write must leave as it was. */
async function snapshot(db: Db) {
  return {
    resolution: await getResolution(db, symbol),
    source: await getSourceText(db, symbol),
    counts: await rowCounts(db),
  };
}

async function refusal(call: Promise<unknown>): Promise<OutOfScopeError> {
  const error = await call.then(
    () => new Error("the call succeeded"),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(OutOfScopeError);
  return error as OutOfScopeError;
}

describe.each(dialects)("an editor's scope (%s)", (dialect) => {
  let t: TestDatabase;
  let byKey: (key: string) => Promise<ObligationDetail>;
  beforeAll(async () => {
    t = await freshDatabase(dialect);
    const { resolution, sourceText } = seed();
    await importResolution(t.db, resolution, { sourceText });
    const ids = new Map(
      ((await getResolution(t.db, symbol))?.obligations ?? []).map((o) => [o.key, o.id]),
    );
    byKey = async (key) => {
      const found = await getObligation(t.db, ids.get(key) ?? -1);
      if (!found) throw new Error(`the seed has no obligation ${key}`);
      return found;
    };
  });
  afterAll(() => t?.drop());

  describe("re-importing", () => {
    it("refuses an editor limited to UNODC, naming the actors outside the scope, and changes nothing", async () => {
      const before = await snapshot(t.db);
      const { resolution, sourceText } = seedWithoutParagraph11();
      const error = await refusal(
        importResolution(t.db, resolution, { sourceText, user: "unodc", scope: unodc }),
      );
      expect(error.message).toMatch(
        /^Re-importing E\/RES\/2015\/23 would change obligations of Member States, .* and the Secretary-General, which your account may not edit; ask an admin\.$/,
      );
      expect(await snapshot(t.db)).toEqual(before);
      expect(await byKey("op11.1")).toMatchObject({ bearers: ["sg"], withdrawnAt: null });
    });

    it("names exactly the actors outside the scope: here the Secretary-General alone", async () => {
      const bearers = new Set(
        ((await getResolution(t.db, symbol))?.obligations ?? []).flatMap((o) => o.bearers),
      );
      const allButSg = { actors: [...bearers].filter((id) => id !== "sg") };
      const before = await snapshot(t.db);
      const { resolution, sourceText } = seedWithoutParagraph11();
      const error = await refusal(
        importResolution(t.db, resolution, { sourceText, scope: allButSg }),
      );
      expect(error.message).toBe(
        "Re-importing E/RES/2015/23 would change obligations of the Secretary-General, which your account may not edit; ask an admin.",
      );
      expect(await snapshot(t.db)).toEqual(before);
    });

    it("lets a limited editor import a new symbol, and re-import an identical text", async () => {
      const other = assembly("A_RES_78_231");
      const stored = await importResolution(t.db, other.resolution, {
        sourceText: other.sourceText,
        scope: unodc,
      });
      expect(stored.status).toBe("stored");
      const { resolution, sourceText } = seed();
      const same = await importResolution(t.db, resolution, { sourceText, scope: unodc });
      expect(same.status).toBe("unchanged");
    });

    it("checks the bearers as they are when it runs, after a correction committed meanwhile", async () => {
      const bearers = new Set(
        ((await getResolution(t.db, symbol))?.obligations ?? []).flatMap((o) => o.bearers),
      );
      const everyone = { actors: [...bearers] };
      const request = await byKey("op6.1");
      // An admin's correction is under way, its transaction open, when the editor re-imports.
      let corrected = () => {};
      const correcting = new Promise<void>((resolve) => {
        corrected = resolve;
      });
      let release = () => {};
      const gate = new Promise<void>((resolve) => {
        release = resolve;
      });
      const admin = t.db.kysely.transaction().execute(async (trx) => {
        await correctObligation({ kysely: trx, dialect: t.db.dialect }, request.id, {
          field: "bearers",
          value: ["unodc", "ga"],
          expectedVersion: request.version,
          user: "admin",
        });
        corrected();
        await gate;
      });
      await correcting;
      const { resolution, sourceText } = seedWithoutParagraph11();
      const reimport = importResolution(t.db, resolution, { sourceText, scope: everyone }).then(
        () => null,
        (error: unknown) => error,
      );
      // Long enough for the import to reach its check and wait there; not a timing assertion.
      await new Promise((resolve) => setTimeout(resolve, 300));
      release();
      await admin;
      const error = await reimport;
      expect(error).toBeInstanceOf(OutOfScopeError);
      expect((error as Error).message).toBe(
        "Re-importing E/RES/2015/23 would change obligations of the General Assembly, which your account may not edit; ask an admin.",
      );
      expect(await byKey("op6.1")).toMatchObject({ bearers: ["unodc", "ga"] });
      expect(await byKey("op11.1")).toMatchObject({ withdrawnAt: null });
    });
  });

  describe("tracking", () => {
    it("refuses every kind of change to an obligation the scope's actors do not bear", async () => {
      const report = await byKey("op11.1");
      const before = await obligationHistory(t.db, report.id);
      const sentence =
        "You may edit obligations of UNODC; this one is borne by the Secretary-General.";
      const versioned = { expectedVersion: report.version, user: "unodc", scope: unodc };
      const attempts = [
        () => updateTracking(t.db, report.id, { ...versioned, status: "completed" }),
        () => addEvidence(t.db, report.id, { note: "Done.", user: "unodc", scope: unodc }),
        () => addNote(t.db, report.id, { text: "Done.", user: "unodc", scope: unodc }),
        () => confirmObligation(t.db, report.id, versioned),
        () =>
          correctObligation(t.db, report.id, { ...versioned, field: "action", value: "nothing" }),
        () => revertCorrection(t.db, report.id, { ...versioned, field: "action" }),
      ];
      for (const attempt of attempts) expect((await refusal(attempt())).message).toBe(sentence);
      expect(await obligationHistory(t.db, report.id)).toEqual(before);
      expect(await byKey("op11.1")).toMatchObject({
        version: report.version,
        evidence: [],
        notes: [],
      });
    });

    it("lets the editor change what UNODC bears", async () => {
      const request = await byKey("op9.1");
      const updated = await updateTracking(t.db, request.id, {
        expectedVersion: request.version,
        status: "in-progress",
        user: "unodc",
        scope: unodc,
      });
      expect(updated).toMatchObject({ status: "in-progress", version: request.version + 1 });
    });

    it("refuses bearers moved to an actor outside the scope", async () => {
      const request = await byKey("op9.1");
      const error = await refusal(
        correctObligation(t.db, request.id, {
          field: "bearers",
          value: ["sg"],
          expectedVersion: request.version,
          user: "unodc",
          scope: unodc,
        }),
      );
      expect(error.message).toBe(
        "You may add or remove only bearers your account may edit (UNODC); the Secretary-General is not among them. Ask an admin.",
      );
      expect(await byKey("op9.1")).toEqual(request);
    });

    it("refuses removing a bearer outside the scope, and removing the last one inside it", async () => {
      // op8.1 is borne by UNODC and the Inter-Agency Coordination Group together.
      const shared = await byKey("op8.1");
      expect(shared.bearers).toEqual(["unodc", "icat"]);
      const correct = (value: string[], scope: EditScope) =>
        correctObligation(t.db, shared.id, {
          field: "bearers",
          value,
          expectedVersion: shared.version,
          user: "unodc",
          scope,
        });
      expect((await refusal(correct(["unodc"], unodc))).message).toBe(
        "You may add or remove only bearers your account may edit (UNODC); ICAT is not among them. Ask an admin.",
      );
      const both = { actors: ["unodc", "icat"] };
      expect((await refusal(correct([], both))).message).toBe(
        "Removing UNODC and ICAT would leave this obligation without a bearer your account may edit, and you could no longer follow it up. Ask an admin.",
      );
      expect(await byKey("op8.1")).toEqual(shared);
      // Within the scope, and keeping a bearer in it: allowed.
      expect(await correct(["icat"], both)).toMatchObject({ bearers: ["icat"] });
    });

    it("checks the bearers a revert returns to", async () => {
      const report = await byKey("op11.1");
      const widened = await correctObligation(t.db, report.id, {
        field: "bearers",
        value: ["sg", "unodc"],
        expectedVersion: report.version,
        user: "admin",
      });
      const revert = () =>
        revertCorrection(t.db, report.id, {
          field: "bearers",
          expectedVersion: widened.version,
          user: "unodc",
          scope: unodc,
        });
      expect((await refusal(revert())).message).toBe(
        "Removing UNODC would leave this obligation without a bearer your account may edit, and you could no longer follow it up. Ask an admin.",
      );
      expect(await byKey("op11.1")).toEqual(widened);
      // The same revert by an admin (no scope) goes through.
      expect(
        await revertCorrection(t.db, report.id, {
          field: "bearers",
          expectedVersion: widened.version,
          user: "admin",
        }),
      ).toMatchObject({ bearers: ["sg"] });
    });
  });
});
