import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  exportDatabase,
  getLanguageVersion,
  getObligation,
  getResolution,
  importDatabase,
  importResolution,
  importResolutions,
  resolutionLanguages,
  search,
  updateTracking,
} from "../src/index.ts";
import { parsed } from "./corpus.ts";
import { dialects, freshDatabase, type TestDatabase } from "./databases.ts";

/** S/RES/2561 (2021) (Cyprus, UNFICYP) in the three languages of ../shared/corpus/un-sc-akn4un. */
const cyprus = (language: "en" | "fr" | "es") =>
  parsed(
    `corpus/un-sc-akn4un/${language}/resolutions/SC_2561_2021-${{ en: "E", fr: "F", es: "S" }[language]}.xml`,
  );
const symbol = "S/RES/2561 (2021)";

describe.each(dialects)("a resolution's language versions (%s)", (dialect) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await freshDatabase(dialect);
  });
  afterAll(() => t?.drop());

  it("keeps a French text beside the English one, its obligations the stored ones", async () => {
    const en = cyprus("en");
    const fr = cyprus("fr");
    expect(en.resolution.language ?? "en").toBe("en");
    expect(fr.resolution.language).toBe("fr");
    const first = await importResolution(t.db, en.resolution, { sourceText: en.sourceText });
    expect(first.status).toBe("stored");
    const before = await getResolution(t.db, symbol);
    const tracked = before?.obligations[0];
    if (!before || !tracked) throw new Error("S/RES/2561 (2021) was not stored with obligations");
    await updateTracking(t.db, tracked.id, {
      expectedVersion: tracked.version,
      status: "in-progress",
      user: "officer",
    });

    const added = await importResolution(t.db, fr.resolution, { sourceText: fr.sourceText });
    expect(added).toMatchObject({
      status: "stored",
      symbol,
      language: "fr",
      languageVersion: { of: "en" },
      obligationsAdded: 0,
      obligationsRemoved: 0,
    });
    expect(added.obligationsKept).toBeGreaterThan(0);

    // The English rows are untouched: same obligations, same tracking, same search.
    const after = await getResolution(t.db, symbol);
    expect(after?.clauses).toEqual(before.clauses);
    expect(after?.obligations.map((o) => o.id)).toEqual(before.obligations.map((o) => o.id));
    expect((await getObligation(t.db, tracked.id))?.status).toBe("in-progress");
    expect((await search(t.db, "peacekeeping")).total).toBeGreaterThan(0);

    expect((await resolutionLanguages(t.db, symbol))?.map((l) => [l.language, l.primary])).toEqual([
      ["en", true],
      ["fr", false],
    ]);
    const french = await getLanguageVersion(t.db, symbol, "fr");
    if (!french) throw new Error("no French version");
    // The same paragraphs, in French.
    expect(french.clauses.map((c) => c.id)).toEqual(before.clauses.map((c) => c.id));
    expect(french.clauses.find((c) => c.kind === "operative")?.lead).toMatch(/^[A-ZÉ]/);
    // Each French obligation read as the English one of its paragraph, tracked once.
    const stored = new Map(before.obligations.map((o) => [o.id, o]));
    const aligned = french.obligations.filter((o) => o.obligationId !== null);
    expect(aligned.length).toBe(added.obligationsKept);
    for (const o of aligned) expect(stored.get(o.obligationId as number)?.clause).toBe(o.clause);
    expect(aligned.map((o) => o.obligationId)).toContain(tracked.id);
  });

  it("reads the resolution's own language as a version too, and refuses none held", async () => {
    const english = await getLanguageVersion(t.db, symbol, "en");
    expect(english?.primary).toBe(true);
    expect(english?.obligations.every((o) => o.obligationId !== null)).toBe(true);
    expect(await getLanguageVersion(t.db, symbol, "es")).toBeNull();
    expect(await getLanguageVersion(t.db, "S/RES/1 (1946)", "fr")).toBeNull();
    expect(await resolutionLanguages(t.db, "S/RES/1 (1946)")).toBeNull();
  });

  it("re-imports a version unchanged, and adds the Spanish one through a bulk import", async () => {
    const fr = cyprus("fr");
    expect(
      (await importResolution(t.db, fr.resolution, { sourceText: fr.sourceText })).status,
    ).toBe("unchanged");
    const es = cyprus("es");
    const [result] = await importResolutions(t.db, [
      { resolution: es.resolution, sourceText: es.sourceText },
    ]);
    expect(result).toMatchObject({ status: "stored", languageVersion: { of: "en" } });
    expect((await resolutionLanguages(t.db, symbol))?.map((l) => l.language)).toEqual([
      "en",
      "es",
      "fr",
    ]);
  });

  it("keeps the versions through an export and a restore", async () => {
    const dump = await exportDatabase(t.db);
    const copy = await freshDatabase(dialect);
    try {
      await importDatabase(copy.db, dump);
      expect(await getLanguageVersion(copy.db, symbol, "fr")).toEqual(
        await getLanguageVersion(t.db, symbol, "fr"),
      );
    } finally {
      await copy.drop();
    }
  });
});

describe.each(dialects)("a French text first, then the English one (%s)", (dialect) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await freshDatabase(dialect);
  });
  afterAll(() => t?.drop());

  it("keeps the obligations read from the French text, and the English beside them", async () => {
    const fr = cyprus("fr");
    await importResolution(t.db, fr.resolution, { sourceText: fr.sourceText });
    const stored = await getResolution(t.db, symbol);
    const en = cyprus("en");
    const added = await importResolution(t.db, en.resolution, { sourceText: en.sourceText });
    expect(added.languageVersion).toEqual({ of: "fr" });
    expect((await getResolution(t.db, symbol))?.obligations.map((o) => o.verbText)).toEqual(
      stored?.obligations.map((o) => o.verbText),
    );
    expect((await resolutionLanguages(t.db, symbol))?.[0]).toMatchObject({
      language: "fr",
      name: "Français",
      primary: true,
    });
  });
});
