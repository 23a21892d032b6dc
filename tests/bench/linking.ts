/**
 * Linking speed: the General Assembly corpus (1,202 texts of un-ga-pdftext, about 1,160 that parse)
 * stored in a fresh library on SQLite and on PostgreSQL, then linked (drafts, renewals, repeated
 * obligations) from nothing, and again with nothing changed. Then one import at a time into that
 * library, as the server takes them: six texts held back (drafts and adopted texts, renewals),
 * each imported and linked around itself (what an import pays now), then the whole library linked
 * again (what an import paid before). Prints the seconds and what was linked; exits 1 when
 * linking fails.
 *
 *   pnpm exec tsx tests/bench/linking.ts
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  importResolution,
  importResolutions,
  linkVersions,
  linkVersionsAround,
} from "@mandates/db";
import { dialects, freshDatabase } from "@mandates/db/testing";
import { parseResolution } from "@mandates/parser";
import { filesEndingWith, gaPdfTextDir } from "../corpus/corpus-paths.ts";
import { percentile } from "./stats.ts";

/** Imported one by one into the linked library, last: each links to texts already there. */
const heldBack = [
  "A_C.3_80_L.4.txt",
  "A_RES_80_228.txt",
  "A_RES_79_221.txt",
  "A_80_L.8.txt",
  "A_RES_80_9.txt",
  "A_RES_80_1.txt",
];

const items = filesEndingWith(gaPdfTextDir, ".txt").flatMap((file) => {
  const sourceText = readFileSync(join(gaPdfTextDir, file), "utf8");
  try {
    return [{ resolution: parseResolution(sourceText), sourceText, source: file }];
  } catch {
    return [];
  }
});
const library = items.filter((i) => !heldBack.includes(i.source));
const later = heldBack.flatMap((file) => items.filter((i) => i.source === file));

const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(2);
const ms = (values: number[]) =>
  `median ${percentile(values, 50).toFixed(1)} ms, slowest ${Math.max(...values).toFixed(1)} ms`;

try {
  for (const dialect of dialects) {
    const t = await freshDatabase(dialect);
    try {
      await importResolutions(t.db, library, { discardResults: true });
      let started = performance.now();
      const first = await linkVersions(t.db);
      const cold = seconds(started);
      started = performance.now();
      await linkVersions(t.db);
      const again = seconds(started);
      process.stdout.write(
        `${dialect}: linked ${library.length} texts in ${cold} s (again, nothing changed: ${again} s): ` +
          `${first.drafts.printed + first.drafts.byTitleAndText} drafts, ${first.renewals} renewals, ${first.obligations} obligations\n`,
      );
      const around: number[] = [];
      const whole: number[] = [];
      let added = 0;
      for (const item of later) {
        const { resolutionId } = await importResolution(t.db, item.resolution, item);
        started = performance.now();
        const linked = await linkVersionsAround(t.db, [resolutionId]);
        around.push(performance.now() - started);
        added += linked.versionLinks.added + linked.obligationLinks.added;
        started = performance.now();
        await linkVersions(t.db);
        whole.push(performance.now() - started);
      }
      process.stdout.write(
        `${dialect}: one import into that library (${later.length} texts, ${added} links made): ` +
          `linked around the text ${ms(around)}; the whole library linked again ${ms(whole)}\n`,
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
