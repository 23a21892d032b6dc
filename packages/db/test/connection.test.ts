import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import { afterAll, describe, expect, it } from "vitest";
import {
  importResolution,
  listActors,
  listResolutions,
  openDatabase,
  schemaVersion,
} from "../src/index.ts";
import { seed } from "./corpus.ts";
import { dialects, freshDatabase } from "./databases.ts";

describe("opening the embedded database", () => {
  const folder = mkdtempSync(join(tmpdir(), "mandates-open-"));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it("creates the file named by MANDATES_DB and its folders, in WAL mode with foreign keys", async () => {
    const file = join(folder, "nested/deeper/mandates.db");
    const db = await openDatabase({ env: { MANDATES_DB: file } });
    try {
      expect(db.dialect).toBe("sqlite");
      expect(existsSync(file)).toBe(true);
      const mode = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(db.kysely);
      expect(mode.rows[0]?.journal_mode).toBe("wal");
      const keys = await sql<{ foreign_keys: number }>`pragma foreign_keys`.execute(db.kysely);
      expect(keys.rows[0]?.foreign_keys).toBe(1);
    } finally {
      await db.close();
    }
  });

  it("keeps its data across opens and migrates only once", async () => {
    const file = join(folder, "reopen.db");
    const first = await openDatabase({ file });
    const { resolution, sourceText } = seed();
    await importResolution(first, resolution, { sourceText });
    await first.close();
    const second = await openDatabase({ file });
    try {
      expect((await listResolutions(second)).total).toBe(1);
      const migrations = await sql<{
        n: number;
      }>`select count(*) as n from kysely_migration`.execute(second.kysely);
      expect(migrations.rows[0]?.n).toBe(Number(schemaVersion.slice(0, 4)));
    } finally {
      await second.close();
    }
  });
});

describe.each(dialects)("a new database (%s)", (dialect) => {
  it("holds the actor registry and nothing else", async () => {
    const t = await freshDatabase(dialect);
    try {
      expect(t.db.dialect).toBe(dialect);
      const actors = await listActors(t.db);
      expect(actors.length).toBeGreaterThan(100);
      expect(actors.every((a) => a.registered)).toBe(true);
      expect((await listResolutions(t.db)).total).toBe(0);
    } finally {
      await t.drop();
    }
  });
});
