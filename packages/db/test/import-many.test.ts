/**
 * A bulk import stores new symbols together, a statement per table for a whole batch: the library
 * it leaves is row for row the one that storing each resolution alone leaves, citations between
 * them linked, a symbol given twice re-imported in its turn.
 */

import { normalizeSymbol } from "@mandates/domain";
import { describe, expect, it } from "vitest";
import { inTransaction } from "../src/handle.ts";
import { storeNewResolutions } from "../src/import/store-new.ts";
import {
  type DatabaseDump,
  exportDatabase,
  importResolution,
  importResolutions,
} from "../src/index.ts";
import { packSource } from "../src/source-text.ts";
import { assembly, library } from "./corpus.ts";
import { dialects, freshDatabase } from "./databases.ts";

/** Every row, without the times of the writes (each import takes its own). */
function rowsOf(dump: DatabaseDump) {
  const times = new Set(["imported_at", "updated_at", "created_at", "changed_at"]);
  return Object.fromEntries(
    Object.entries(dump.tables).map(([table, rows]) => [
      table,
      rows.map((row) => Object.fromEntries(Object.entries(row).filter(([k]) => !times.has(k)))),
    ]),
  );
}

describe.each(dialects)("a bulk import (%s)", (dialect) => {
  it("leaves the library that storing each resolution alone leaves", {
    timeout: 60_000,
  }, async () => {
    // A/RES/80/228 cites A/RES/78/228, which comes again, changed, at the end: a re-import.
    const changed = assembly("A_RES_78_228");
    const clause = changed.resolution.clauses.find((c) => c.kind === "operative");
    if (!clause) throw new Error("A/RES/78/228 has operative clauses");
    clause.text = `${clause.text} As amended.`;
    const items = [...library(), changed].map((p, i) => ({ ...p, source: `file-${i}` }));
    const alone = await freshDatabase(dialect);
    const together = await freshDatabase(dialect);
    try {
      for (const item of items) await importResolution(alone.db, item.resolution, item);
      const results = await importResolutions(together.db, items, { batchSize: 50 });
      expect(results.map((r) => r.status)).toEqual([
        ...items.slice(0, -1).map(() => "stored"),
        "updated",
      ]);
      const expected = rowsOf(await exportDatabase(alone.db));
      expect(expected.citations?.some((c) => c.cited_resolution_id !== null)).toBe(true);
      expect(rowsOf(await exportDatabase(together.db))).toEqual(expected);
    } finally {
      await alone.drop();
      await together.drop();
    }
  });

  it("stores new symbols together as each alone would, in one go", {
    timeout: 60_000,
  }, async () => {
    const items = library().map((p, i) => ({ ...p, source: `file-${i}` }));
    const alone = await freshDatabase(dialect);
    const together = await freshDatabase(dialect);
    try {
      for (const item of items) await importResolution(alone.db, item.resolution, item);
      const stored = await inTransaction(together.db, (tx) =>
        storeNewResolutions(
          tx,
          items.map((p) => ({
            resolution: p.resolution,
            symbol: normalizeSymbol(p.resolution.symbol ?? ""),
            packed: packSource(p.resolution, p.sourceText),
            source: p.source,
          })),
          { by: "import", at: new Date().toISOString() },
        ),
      );
      expect(stored.map((r) => r.symbol)).toEqual(items.map((p) => p.resolution.symbol));
      const written = rowsOf(await exportDatabase(together.db));
      expect(written.clauses?.length).toBeGreaterThan(0);
      expect(written).toEqual(rowsOf(await exportDatabase(alone.db)));
    } finally {
      await alone.drop();
      await together.drop();
    }
  });
});
