/**
 * Linking after each import, around the text imported only, gives what linking the whole library
 * gives, on both databases. Real texts of the corpus, imported one at a time in an order where
 * later imports change earlier links: a resolution before its drafts and its predecessors (80/153
 * before 78/164, then 79/221 between them), a draft before the text printing its revision
 * (A/80/L.2, then A/RES/80/1 printing A/80/L.2/Rev.1), a tracked draft before its adopted text
 * (A/C.3/80/L.4, whose tracking is carried to 80/228), a renewal under the same agenda item; then
 * a text re-imported under another title, and back.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type Db,
  getResolution,
  importResolution,
  linkVersions,
  linkVersionsAround,
  updateTracking,
} from "../src/index.ts";
import { assembly } from "./corpus.ts";
import { dialects, freshDatabase, type TestDatabase } from "./databases.ts";

const order = [
  "A_RES_80_153",
  "A_RES_78_164",
  "A_C.2_80_L.31",
  "A_RES_79_221",
  "A_C.2_80_L.53",
  "A_80_L.2",
  "A_RES_80_1",
  "A_RES_80_116",
  "A_80_L.26",
  "A_RES_79_232",
  "A_RES_80_202",
  "A_C.3_80_L.28",
  "A_RES_78_212",
  "A_RES_79_174",
  "A_C.3_80_L.4",
  "A_RES_80_228",
  "A_RES_78_228",
  "A_80_L.8",
  "A_RES_80_9",
];

/** Every link, by symbols and keys, so two libraries compare whatever their ids. */
async function links(db: Db) {
  const [versions, obligations, superseded] = await Promise.all([
    db.kysely
      .selectFrom("version_links as l")
      .innerJoin("resolutions as f", "f.id", "l.from_resolution_id")
      .innerJoin("resolutions as t", "t.id", "l.to_resolution_id")
      .select(["l.kind", "f.symbol as from", "t.symbol as to", "l.rule", "l.reason", "l.likeness"])
      .execute(),
    db.kysely
      .selectFrom("obligation_links as l")
      .innerJoin("obligations as e", "e.id", "l.earlier_obligation_id")
      .innerJoin("resolutions as er", "er.id", "e.resolution_id")
      .innerJoin("obligations as o", "o.id", "l.obligation_id")
      .innerJoin("resolutions as r", "r.id", "o.resolution_id")
      .select([
        "l.kind",
        "er.symbol as earlierSymbol",
        "e.obligation_key as earlierKey",
        "r.symbol as symbol",
        "o.obligation_key as key",
        "l.likeness",
        "l.suggestion",
      ])
      .execute(),
    db.kysely
      .selectFrom("resolutions as d")
      .innerJoin("resolutions as a", "a.id", "d.superseded_by")
      .select(["d.symbol as draft", "a.symbol as adopted"])
      .execute(),
  ]);
  const sorted = (rows: object[]) => rows.map((r) => JSON.stringify(r)).sort();
  return {
    versions: sorted(versions),
    obligations: sorted(obligations),
    superseded: sorted(superseded),
  };
}

/** The rows themselves: a linking that finds nothing to change leaves every one as it was. */
const rows = async (db: Db) => ({
  versions: await db.kysely.selectFrom("version_links").selectAll().orderBy("id").execute(),
  obligations: await db.kysely.selectFrom("obligation_links").selectAll().orderBy("id").execute(),
  superseded: await db.kysely
    .selectFrom("resolutions")
    .select(["id", "superseded_by"])
    .orderBy("id")
    .execute(),
});

/** The draft A/C.3/80/L.4's first obligation under way, as an officer records it. */
async function trackDraft(db: Db) {
  const [first] = (await getResolution(db, "A/C.3/80/L.4"))?.obligations ?? [];
  if (!first) throw new Error("A/C.3/80/L.4 has no obligation");
  await updateTracking(db, first.id, {
    expectedVersion: first.version,
    status: "in-progress",
    user: "alice",
  });
}

describe.each(dialects)("linking after each import (%s)", (dialect) => {
  let one: TestDatabase;
  let whole: TestDatabase;
  beforeAll(async () => {
    [one, whole] = await Promise.all([freshDatabase(dialect), freshDatabase(dialect)]);
  });
  afterAll(async () => {
    await one?.drop();
    await whole?.drop();
  });

  /** Imports a text and links around it, as the server does. */
  const importOne = async (db: Db, name: string, change?: (title: string | null) => string) => {
    const { resolution, sourceText } = assembly(name);
    if (change) resolution.title = change(resolution.title);
    const result = await importResolution(db, resolution, { sourceText });
    return linkVersionsAround(db, [result.resolutionId]);
  };

  /** Linking the whole library changes no row, and returns the links as they were. */
  const wholeLinkingChangesNothing = async (db: Db) => {
    const before = await rows(db);
    const summary = await linkVersions(db);
    expect(await rows(db)).toEqual(before);
    expect(summary.carried).toBe(0);
    return links(db);
  };

  it("links each import as linking the whole library would", async () => {
    let carried = 0;
    for (const name of order) {
      carried += (await importOne(one.db, name)).carried;
      if (name === "A_C.3_80_L.4") await trackDraft(one.db);
    }
    // The draft's tracking went to 80/228 when that was imported.
    expect(carried).toBe(1);
    const found = await wholeLinkingChangesNothing(one.db);
    // Every rule at work.
    for (const link of [
      '"from":"A/C.3/80/L.4","to":"A/RES/80/228","rule":"title-and-text"',
      '"from":"A/80/L.2","to":"A/RES/80/1","rule":"printed"',
      '"from":"A/80/L.8","to":"A/RES/80/9","rule":"printed"',
      '"from":"A/RES/79/221","to":"A/RES/80/153","rule":"recalls-same-title"',
      '"from":"A/RES/78/164","to":"A/RES/79/221","rule":"recalls-same-title"',
      '"from":"A/RES/79/174","to":"A/RES/80/202","rule":"recalls-same-agenda-item"',
      '"from":"A/C.2/80/L.53","to":"A/RES/80/153","rule":"title-and-text"',
    ])
      expect(found.versions.some((v) => v.includes(link))).toBe(true);
    // 80/153 cites 78/164 too, but renews the nearer 79/221, imported after it.
    expect(
      found.versions.some((v) => v.includes('"from":"A/RES/78/164","to":"A/RES/80/153"')),
    ).toBe(false);
    expect(found.obligations.length).toBeGreaterThan(100);
    expect(found.obligations.filter((o) => o.includes('"suggestion":"carried"'))).toHaveLength(1);
    expect(found.superseded).toHaveLength(7);

    // The same texts stored first and the whole library linked once give the same links.
    for (const name of order) {
      const { resolution, sourceText } = assembly(name);
      await importResolution(whole.db, resolution, { sourceText });
      if (name === "A_C.3_80_L.4") await trackDraft(whole.db);
    }
    expect((await linkVersions(whole.db)).carried).toBe(1);
    expect(await links(whole.db)).toEqual(found);
  }, 240_000);

  it("unlinks a text re-imported under another title, and links it again when it returns", async () => {
    const before = await links(one.db);
    const renamed = await importOne(one.db, "A_RES_80_153", () => "Something else altogether");
    // Its two drafts and its predecessor no longer hold.
    expect(renamed.versionLinks.removed).toBe(3);
    const after = await wholeLinkingChangesNothing(one.db);
    expect(after.versions.some((v) => v.includes('"to":"A/RES/80/153"'))).toBe(false);
    expect(after.superseded.some((s) => s.includes("A/RES/80/153"))).toBe(false);

    const back = await importOne(one.db, "A_RES_80_153");
    expect(back.versionLinks.added).toBe(3);
    expect(await wholeLinkingChangesNothing(one.db)).toEqual(before);
  }, 120_000);
});
