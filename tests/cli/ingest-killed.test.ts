/**
 * An import killed midway leaves nothing half-written: `mandates ingest` is killed (SIGKILL) while
 * it stores a corpus folder, and every resolution found afterwards is whole, with as many clauses
 * and obligations as its own text parses to, and no row belongs to a resolution that is not there.
 */
import { join } from "node:path";
import { type DialectName, getResolution, getSourceText, listResolutions } from "@mandates/db";
import { freshDatabase } from "@mandates/db/testing";
import { parseResolution } from "@mandates/parser";
import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../http/harness.ts";
import { spawnCli } from "./run-cli.ts";

const corpus = join(repoRoot, "../shared/corpus/un-ga-pdftext");

describe.each(["sqlite", "postgres"] as const)(
  "an ingest killed midway on %s",
  (dialect: DialectName) => {
    it("leaves only whole resolutions", { timeout: 120_000 }, async () => {
      const database = await freshDatabase(dialect);
      const { db } = database;
      try {
        const child = spawnCli(["ingest", corpus], database.env);
        // Wait until some resolutions are in, then kill without warning.
        for (let stored = 0; stored < 15; ) {
          await new Promise((resolve) => setTimeout(resolve, 100));
          stored = (await listResolutions(db, { limit: 1 })).total;
          if (child.exitCode !== null) throw new Error("the ingest ended before it was killed");
        }
        child.kill("SIGKILL");
        await new Promise((resolve) => child.on("close", resolve));

        const { items, total } = await listResolutions(db, { limit: 500 });
        expect(total).toBeGreaterThanOrEqual(15);
        expect(total).toBeLessThan(1100);
        for (const summary of items) {
          const stored = await getResolution(db, summary.symbol);
          const parsed = parseResolution((await getSourceText(db, summary.symbol)) ?? "");
          expect(stored?.clauses.length, summary.symbol).toBe(parsed.clauses.length);
          expect(stored?.obligations.length, summary.symbol).toBe(parsed.obligations.length);
        }
        const orphans = await sql<{ n: number }>`
        select count(*) as n from clauses where resolution_id not in (select id from resolutions)`.execute(
          db.kysely,
        );
        expect(Number(orphans.rows[0]?.n)).toBe(0);
      } finally {
        await database.drop();
      }
    });
  },
);
