/**
 * PDF reading speed: the official PDFs of ../shared/corpus/pdf read into text (pdf.js, lines
 * rebuilt from positions: @mandates/server/pdf, as the CLI and the server's parser threads read
 * them), on one core, then that text parsed.
 *
 *   pnpm bench:pdf [-- DIR] [-- --runs N]
 *
 * pdf.js is loaded and every PDF read once before timing (a warm-up); then all the PDFs are read
 * N times (default 3) and the median run is reported, in pages and MB of PDF per second, wall time
 * and this process's CPU time (on a busy machine the wall time also counts other processes).
 * Informational: exits 0 whatever the timings, but 1 when a PDF cannot be read or its text does
 * not parse, or the folder holds no PDF.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { parseResolution } from "@mandates/parser";
import { readPdf } from "@mandates/server/pdf";
import { median, toMB } from "./stats.ts";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const { values, positionals } = parseArgs({
  options: { runs: { type: "string", default: "3" } },
  allowPositionals: true,
});
const runs = Math.max(1, Number.parseInt(values.runs ?? "3", 10) || 3);
const dir = resolve(positionals[0] ?? join(repoRoot, "../shared/corpus/pdf"));

let files: { name: string; bytes: Uint8Array }[];
try {
  files = readdirSync(dir)
    .filter((f) => f.toLowerCase().endsWith(".pdf"))
    .sort()
    .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(dir, name))) }));
} catch (error) {
  console.error(`bench:pdf: cannot read the PDFs at ${dir}: ${(error as Error).message}`);
  process.exit(1);
}
if (files.length === 0) {
  console.error(`bench:pdf: no PDF in ${dir}.`);
  process.exit(1);
}

/** Reads every PDF once; the texts, or the first failure as a sentence. */
async function readAll(): Promise<{ texts: string[]; pages: number }> {
  const texts: string[] = [];
  let pages = 0;
  for (const { name, bytes } of files) {
    try {
      const read = await readPdf(bytes);
      texts.push(read.text);
      pages += read.pages;
    } catch (error) {
      console.error(`bench:pdf: ${name} cannot be read: ${(error as Error).message}`);
      process.exit(1);
    }
  }
  return { texts, pages };
}

const warm = await readAll();
for (const [i, text] of warm.texts.entries()) {
  try {
    parseResolution(text);
  } catch (error) {
    console.error(
      `bench:pdf: ${files[i]?.name} read, but its text does not parse: ${(error as Error).message}`,
    );
    process.exit(1);
  }
}

const wall: number[] = [];
const cpu: number[] = [];
for (let run = 0; run < runs; run++) {
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  await readAll();
  const used = process.cpuUsage(cpuStarted);
  wall.push((performance.now() - started) / 1000);
  cpu.push((used.user + used.system) / 1e6);
}

const bytes = files.reduce((sum, f) => sum + f.bytes.length, 0);
const wallS = median(wall);
const cpuS = median(cpu);
const parseStarted = performance.now();
for (const text of warm.texts) parseResolution(text);
const parseS = (performance.now() - parseStarted) / 1000;

console.log(
  `PDF reading (pdf.js, one thread): ${files.length} PDFs, ${warm.pages} pages, ${toMB(bytes).toFixed(1)} MB, median of ${runs} runs`,
);
console.log(
  `  ${(warm.pages / wallS).toFixed(0)} pages/s wall (${wallS.toFixed(2)} s), ${(warm.pages / cpuS).toFixed(0)} pages/s of CPU (${cpuS.toFixed(2)} s), ${(toMB(bytes) / wallS).toFixed(1)} MB of PDF/s`,
);
console.log(
  `  then parsing the text read: ${(warm.pages / parseS).toFixed(0)} pages/s (${(parseS * 1000).toFixed(0)} ms)`,
);
