/**
 * Export speed: 10,000 obligations of the GA corpus (texts parsed and stored in a SQLite file
 * first, untimed) written as CSV and as an Excel workbook through the code the server's downloads
 * and `mandates export` use, then a report draft (.docx) for A/RES/78/228.
 *
 *   pnpm bench:export [-- --obligations N]
 *
 * Prints, per format: seconds, obligations per second, the file's size, and how far the heap grew
 * while writing (sampled): a streamed export grows by a batch of rows, not by the whole file.
 * Informational: exits 0 whatever the timings, 1 when an export is short of rows.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { parseArgs } from "node:util";
import { importResolutions, listObligations } from "@mandates/db";
import { freshDatabase } from "@mandates/db/testing";
import { parseResolution } from "@mandates/parser";
import { reportDocx, reportDraft, trackerExport } from "@mandates/server";
import { repoRoot } from "./server-process.ts";

const { values } = parseArgs({ options: { obligations: { type: "string", default: "10000" } } });
const wanted = Math.max(1, Number.parseInt(values.obligations ?? "10000", 10) || 10_000);
const corpus = join(repoRoot, "../shared/corpus/un-ga-pdftext");

const t = await freshDatabase("sqlite");
try {
  const files = readdirSync(corpus)
    .filter((f) => f.startsWith("A_RES_") && f.endsWith(".txt"))
    .sort();
  let stored = 0;
  for (let i = 0; i < files.length && stored < wanted; i += 50) {
    const items = files.slice(i, i + 50).flatMap((file) => {
      const sourceText = readFileSync(join(corpus, file), "utf8");
      try {
        return [{ resolution: parseResolution(sourceText), sourceText }];
      } catch {
        return [];
      }
    });
    await importResolutions(t.db, items);
    stored = (await listObligations(t.db, { limit: 1 })).total;
  }
  const count = Math.min(wanted, stored);
  console.log(
    `bench:export: ${count.toLocaleString("en")} obligations of ${stored.toLocaleString("en")} stored`,
  );

  let failed = false;
  for (const format of ["csv", "xlsx"] as const) {
    const stream = await trackerExport(t.db, {
      format,
      filters: { sort: "symbol" },
      signedIn: true,
      max: count,
    });
    let bytes = 0;
    let csvRows = 0;
    const heapAtStart = process.memoryUsage().heapUsed;
    let heapPeak = heapAtStart;
    const sampler = setInterval(() => {
      heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
    }, 5);
    const started = performance.now();
    await pipeline(
      stream,
      new Writable({
        write(chunk: Buffer, _encoding, done) {
          bytes += chunk.length;
          if (format === "csv") for (const b of chunk) if (b === 0x0a) csvRows++;
          done();
        },
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    clearInterval(sampler);
    if (format === "csv" && csvRows !== count + 1) {
      console.error(`bench:export: the CSV holds ${csvRows - 1} rows, not ${count}`);
      failed = true;
    }
    console.log(
      `  ${format.padEnd(4)} ${seconds.toFixed(2)} s, ${Math.round(count / seconds).toLocaleString("en")} obligations/s, ${(bytes / 1e6).toFixed(1)} MB, heap grew at most ${((heapPeak - heapAtStart) / 1e6).toFixed(0)} MB`,
    );
  }
  const started = performance.now();
  const draft = await reportDraft(t.db, "A/RES/78/228");
  const docx = draft ? await reportDocx(draft) : null;
  console.log(
    `  docx ${((performance.now() - started) / 1000).toFixed(2)} s for the report draft of A/RES/78/228 (${draft?.sections.length ?? 0} sections, ${((docx?.length ?? 0) / 1e3).toFixed(0)} kB)`,
  );
  if (failed) process.exitCode = 1;
} finally {
  await t.drop();
}
