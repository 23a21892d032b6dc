/**
 * `mandates export` then `mandates import` into an empty library reproduces every row: the test
 * compares the export of the original with the export of the restored copy.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { addNote, type DialectName, listObligations, updateTracking } from "@mandates/db";
import { freshDatabase } from "@mandates/db/testing";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../http/harness.ts";
import { runCli } from "./run-cli.ts";

const inputs = [
  "../shared/seed/E_RES_2015_23.txt",
  "../shared/corpus/un-ga-pdftext/A_RES_80_228.txt",
  "../shared/corpus/un-ga-pdftext/A_RES_78_234.txt",
].map((path) => join(repoRoot, path));

describe.each(["sqlite", "postgres"] as const)(
  "export and import on %s",
  (dialect: DialectName) => {
    it("round-trips every row", { timeout: 120_000 }, async () => {
      const original = await freshDatabase(dialect);
      const restored = await freshDatabase(dialect);
      const folder = mkdtempSync(join(tmpdir(), "mandates-export-"));
      try {
        expect((await runCli(["ingest", ...inputs], original.env)).code).toBe(0);
        expect(
          (
            await runCli(["user", "add", "focal", "--actors", "unodc"], {
              ...original.env,
              MANDATES_PASSWORD: "a long enough password",
            })
          ).code,
        ).toBe(0);
        const [obligation] = (await listObligations(original.db, { actor: "unodc", limit: 1 }))
          .items;
        if (!obligation) throw new Error("no UNODC obligation");
        await updateTracking(original.db, obligation.id, {
          expectedVersion: obligation.version,
          status: "in-progress",
          user: "focal",
        });
        await addNote(original.db, obligation.id, {
          text: "Consultations under way.",
          user: "focal",
        });

        const first = join(folder, "first.json");
        const second = join(folder, "second.json");
        expect((await runCli(["export", "--out", first], original.env)).code).toBe(0);
        const restore = await runCli(["import", first], restored.env);
        expect(restore.code, restore.stderr).toBe(0);
        expect((await runCli(["export", "--out", second], restored.env)).code).toBe(0);

        const before = JSON.parse(readFileSync(first, "utf8"));
        expect(JSON.parse(readFileSync(second, "utf8"))).toEqual(before);
        expect(before.tables.resolutions).toHaveLength(3);

        // Restoring into a library that is not empty is refused, and changes nothing.
        const again = await runCli(["import", first], restored.env);
        expect(again.code).toBe(1);
        expect(again.stderr).toMatch(/empty/);
      } finally {
        rmSync(folder, { recursive: true, force: true });
        await original.drop();
        await restored.drop();
      }
    });
  },
);
