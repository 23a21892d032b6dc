/**
 * `mandates export` then `mandates import` into an empty library reproduces every row: the test
 * compares the export of the original with the export of the restored copy. An export holding no
 * version links (made before versions were linked) is linked as it is restored.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  addNote,
  type DialectName,
  listObligations,
  resolutionVersions,
  updateTracking,
} from "@mandates/db";
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

    it("links versions when the export holds none", { timeout: 120_000 }, async () => {
      const original = await freshDatabase(dialect);
      const restored = await freshDatabase(dialect);
      const folder = mkdtempSync(join(tmpdir(), "mandates-export-"));
      try {
        const pair = ["A_C.3_80_L.4", "A_RES_80_228"].map((name) =>
          join(repoRoot, `../shared/corpus/un-ga-pdftext/${name}.txt`),
        );
        expect((await runCli(["ingest", ...pair], original.env)).code).toBe(0);
        const file = join(folder, "library.json");
        expect((await runCli(["export", "--out", file], original.env)).code).toBe(0);
        // As an export of a library never linked: no links, no draft superseded.
        const dump = JSON.parse(readFileSync(file, "utf8"));
        expect(dump.tables.version_links).toHaveLength(1);
        dump.tables.version_links = [];
        dump.tables.obligation_links = [];
        for (const r of dump.tables.resolutions) r.superseded_by = null;
        writeFileSync(file, JSON.stringify(dump));

        const restore = await runCli(["import", file], restored.env);
        expect(restore.code, restore.stderr).toBe(0);
        expect(restore.stdout).toMatch(/; linked 1 drafts to their adopted text/);
        expect((await resolutionVersions(restored.db, "A/C.3/80/L.4"))?.supersededBy).toMatchObject(
          { symbol: "A/RES/80/228" },
        );
      } finally {
        rmSync(folder, { recursive: true, force: true });
        await original.drop();
        await restored.drop();
      }
    });
  },
);
