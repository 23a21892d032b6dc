import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  addNote,
  createUser,
  type DatabaseDump,
  exportDatabase,
  importDatabase,
  listObligations,
  RefusedError,
  search,
} from "../src/index.ts";
import { dialects, freshDatabase, type TestDatabase } from "./databases.ts";
import { fillStore } from "./fixtures.ts";

describe.each(dialects)("export and restore (%s)", (dialect) => {
  let source: TestDatabase;
  let dump: DatabaseDump;
  beforeAll(async () => {
    source = await freshDatabase(dialect);
    await fillStore(source.db);
    dump = await exportDatabase(source.db);
  });
  afterAll(() => source?.drop());

  it("exports every table, as JSON, with the schema version", () => {
    expect(dump.format).toBe("mandates-db");
    expect(dump.schemaVersion).toMatch(/^\d{4}-/);
    for (const [table, rows] of Object.entries(dump.tables))
      expect(rows.length, table).toBeGreaterThan(0);
    expect(JSON.parse(JSON.stringify(dump))).toEqual(dump);
  });

  it("restores into an empty database exactly: exporting again gives the same object", async () => {
    const target = await freshDatabase(dialect);
    try {
      await importDatabase(target.db, dump);
      expect(await exportDatabase(target.db)).toEqual(dump);
      // What the database derives is rebuilt: search finds the restored clauses.
      expect((await search(target.db, "trafficking")).total).toBe(
        (await search(source.db, "trafficking")).total,
      );
      // New rows after a restore get ids of their own.
      const [obligation] = (await listObligations(target.db, { limit: 1 })).items;
      if (!obligation) throw new Error("restored store has no obligations");
      const note = await addNote(target.db, obligation.id, {
        text: "After the restore.",
        user: "alice",
      });
      expect(dump.tables.progress_notes.map((n) => n.id)).not.toContain(note.id);
      const user = await createUser(target.db, {
        username: "bob",
        displayName: "Bob",
        role: "viewer",
        passwordHash: "x",
      });
      expect(dump.tables.users.map((u) => u.id)).not.toContain(user.id);
    } finally {
      await target.drop();
    }
  });

  it("refuses to restore into a database that holds data, and changes nothing", async () => {
    const before = await exportDatabase(source.db);
    await expect(importDatabase(source.db, dump)).rejects.toThrow(RefusedError);
    expect(await exportDatabase(source.db)).toEqual(before);
  });

  it.each(["0006-resolution-counts", "0007-search-table"])(
    "restores an export of schema %s: later migrations only derive data or add tables",
    async (version) => {
      const target = await freshDatabase(dialect);
      try {
        // 0007 moved PostgreSQL's search vectors to a table of their own; the rows are the same.
        // 0008 added calendar_feeds: an older dump has no such table, and it starts empty.
        const { calendar_feeds: _, ...olderTables } = dump.tables;
        await importDatabase(target.db, {
          ...dump,
          schemaVersion: version,
          tables: olderTables as DatabaseDump["tables"],
        });
        expect((await search(target.db, "trafficking")).total).toBe(
          (await search(source.db, "trafficking")).total,
        );
        const restored = await exportDatabase(target.db);
        expect(restored.tables.calendar_feeds).toEqual([]);
        expect(restored.tables.users).toEqual(dump.tables.users);
      } finally {
        await target.drop();
      }
    },
  );

  it("restores an export of schema 0009, whose clauses held their full text", async () => {
    const target = await freshDatabase(dialect);
    try {
      // 0009 exported each clause's text, sub-items and tail as full_text; 0010 derives them.
      const clauses = dump.tables.clauses.map((row) => {
        const items = JSON.parse(String(row.items)) as { label: string; text: string }[];
        const lines = [row.text, ...items.map((i) => `${i.label} ${i.text}`), row.tail ?? ""];
        return { ...row, full_text: lines.filter((t) => t !== "").join("\n") };
      });
      await importDatabase(target.db, {
        ...dump,
        schemaVersion: "0009-session-last-seen",
        tables: { ...dump.tables, clauses },
      });
      expect(await exportDatabase(target.db)).toEqual(dump);
      expect((await search(target.db, "trafficking")).total).toBe(
        (await search(source.db, "trafficking")).total,
      );
    } finally {
      await target.drop();
    }
  });

  it("refuses a dump of another schema version or format", async () => {
    const target = await freshDatabase(dialect);
    try {
      await expect(
        importDatabase(target.db, { ...dump, schemaVersion: "0000-old" }),
      ).rejects.toThrow(/schema/);
      await expect(
        importDatabase(target.db, { ...dump, schemaVersion: "0005-leaner-writes" }),
      ).rejects.toThrow(/schema/);
      await expect(
        importDatabase(target.db, { ...dump, format: "other" } as never),
      ).rejects.toThrow(RefusedError);
    } finally {
      await target.drop();
    }
  });
});

describe("export across dialects", () => {
  let sqlite: TestDatabase;
  let postgres: TestDatabase;
  beforeAll(async () => {
    sqlite = await freshDatabase("sqlite");
    postgres = await freshDatabase("postgres");
  });
  afterAll(async () => {
    await sqlite?.drop();
    await postgres?.drop();
  });

  it("restores a SQLite export into PostgreSQL without a difference", async () => {
    await fillStore(sqlite.db);
    const dump = await exportDatabase(sqlite.db);
    await importDatabase(postgres.db, dump);
    expect(await exportDatabase(postgres.db)).toEqual(dump);
  });
});
