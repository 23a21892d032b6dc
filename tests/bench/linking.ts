/**
 * Linking speed: the General Assembly corpus (1,202 texts of un-ga-pdftext, about 1,160 that parse)
 * stored in a fresh library on SQLite and on PostgreSQL, then linked (drafts, renewals, repeated
 * obligations) from nothing, and again with nothing changed (what every import pays). Prints the
 * seconds and what was linked; exits 1 when linking fails.
 *
 *   pnpm exec tsx tests/bench/linking.ts
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { importResolutions, linkVersions } from "@mandates/db";
import { dialects, freshDatabase } from "@mandates/db/testing";
import { parseResolution } from "@mandates/parser";
import { filesEndingWith, gaPdfTextDir } from "../corpus/corpus-paths.ts";

const items = filesEndingWith(gaPdfTextDir, ".txt").flatMap((file) => {
  const sourceText = readFileSync(join(gaPdfTextDir, file), "utf8");
  try {
    return [{ resolution: parseResolution(sourceText), sourceText, source: file }];
  } catch {
    return [];
  }
});

const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(2);

try {
  for (const dialect of dialects) {
    const t = await freshDatabase(dialect);
    try {
      await importResolutions(t.db, items, { discardResults: true });
      let started = performance.now();
      const first = await linkVersions(t.db);
      const cold = seconds(started);
      started = performance.now();
      await linkVersions(t.db);
      const again = seconds(started);
      process.stdout.write(
        `${dialect}: linked ${items.length} texts in ${cold} s (again, nothing changed: ${again} s): ` +
          `${first.drafts.printed + first.drafts.byTitleAndText} drafts, ${first.renewals} renewals, ${first.obligations} obligations\n`,
      );
    } finally {
      await t.drop();
    }
  }
} catch (error) {
  process.stderr.write(
    `Linking failed: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exitCode = 1;
}
