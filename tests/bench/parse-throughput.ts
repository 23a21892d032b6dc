/**
 * Parser throughput on the General Assembly PDF-text corpus, on one core (no workers).
 *
 *   pnpm bench [-- DIR] [-- --runs N]
 *
 * Baseline: read each file from disk and split it into lines, the least any parser must do. Parse:
 * parseResolution on texts already in memory. Each is warmed up once, then timed over N runs
 * (default 3) and the median run is reported. Wall time and this process's CPU time are both
 * given: on a busy machine the wall time also counts what other processes took, the CPU time does
 * not.
 *
 * The parser is timed in two forms: as it ships (one JavaScript file built by esbuild, the way the
 * server's bundle and the CLI's reading threads run it), which the target is held to, and as
 * TypeScript compiled module by module through tsx, the way tests and development run it. Both
 * read the same packages/parser source.
 *
 * Informational: exits 0 whatever the timings, but 1 when a text breaks the parser (an error other
 * than a refusal, ParseError), the two forms disagree on how many texts they refuse, the parser
 * cannot be bundled, or the corpus cannot be read.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { parseResolution as parseFromSource } from "@mandates/parser";
import { buildSync } from "esbuild";
import { median, percentile, toMB } from "./stats.ts";

/** The throughput the parser should reach, in MB/s (10^6 bytes). */
const TARGET_MB_PER_S = 20;

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const { values, positionals } = parseArgs({
  options: { runs: { type: "string", default: "3" } },
  allowPositionals: true,
});
const runs = Math.max(1, Number.parseInt(values.runs ?? "3", 10) || 3);
const dir = resolve(positionals[0] ?? join(repoRoot, "../shared/corpus/un-ga-pdftext"));

let names: string[];
try {
  // The texts only: the folder's MANIFEST.md describes the corpus and is not one of them.
  names = readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort();
} catch (error) {
  console.error(`bench: cannot read the corpus at ${dir}: ${(error as Error).message}`);
  process.exit(1);
}
if (names.length === 0) {
  console.error(`bench: no .txt files in ${dir}`);
  process.exit(1);
}

// Everything in memory first, so that the parse runs time the parser and not the disk.
const docs = names.map((name) => {
  const path = join(dir, name);
  const buffer = readFileSync(path);
  return { name, path, bytes: buffer.length, text: buffer.toString("utf8") };
});
const totalBytes = docs.reduce((sum, d) => sum + d.bytes, 0);

/** Reads every file from disk and splits it into lines; returns the line count so it is not optimized away. */
function baselinePass(): number {
  let lines = 0;
  for (const d of docs) lines += readFileSync(d.path, "utf8").split(/\r?\n/).length;
  return lines;
}

/** CPU time (user and system) this process has used, in ms. */
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

interface ParsePass {
  ms: number;
  cpuMs: number;
  perDoc: number[];
  refused: number;
  failed: { name: string; message: string }[];
  peakHeap: number;
}

/** Parses every text once, timing each; heap is sampled between documents, outside the timings. */
type Parse = (text: string) => unknown;

/**
 * The parser as it ships: packages/parser bundled into one file with the settings of the CLI's
 * reading threads (apps/cli/src/parallel/worker-bundle.ts) and the server's bundle.
 */
async function shippedParser(): Promise<Parse> {
  const out = mkdtempSync(join(tmpdir(), "mandates-parser-bundle-"));
  try {
    const outfile = join(out, "parser.mjs");
    buildSync({
      stdin: {
        contents: 'export { parseResolution } from "@mandates/parser";',
        resolveDir: dirname(fileURLToPath(import.meta.url)),
        loader: "ts",
      },
      outfile,
      bundle: true,
      platform: "node",
      format: "esm",
      target: "node20",
      logLevel: "silent",
    });
    return (await import(pathToFileURL(outfile).href)).parseResolution as Parse;
  } catch (error) {
    console.error(`bench: cannot bundle the parser: ${(error as Error).message}`);
    process.exit(1);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

function parsePass(parseResolution: Parse, sampleHeap: boolean): ParsePass {
  const perDoc: number[] = new Array(docs.length);
  const failed: ParsePass["failed"] = [];
  let refused = 0;
  let peakHeap = 0;
  const start = performance.now();
  const cpuStart = cpuMs();
  // Heap sampling takes CPU time between documents: it is left out of the pass's CPU time.
  let sampling = 0;
  for (const [i, d] of docs.entries()) {
    const t0 = performance.now();
    try {
      parseResolution(d.text);
    } catch (error) {
      if (error instanceof Error && error.name === "ParseError") refused++;
      else
        failed.push({
          name: d.name,
          message: error instanceof Error ? error.message : String(error),
        });
    }
    perDoc[i] = performance.now() - t0;
    if (sampleHeap) {
      const before = cpuMs();
      peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
      sampling += cpuMs() - before;
    }
  }
  const ms = performance.now() - start;
  return { ms, cpuMs: cpuMs() - cpuStart - sampling, perDoc, refused, failed, peakHeap };
}

function timeRuns<T extends { ms: number }>(run: (i: number) => T): T[] {
  run(-1); // warm-up: JIT, caches
  return Array.from({ length: runs }, (_, i) => run(i));
}

const baselineRuns = timeRuns(() => {
  const start = performance.now();
  const lines = baselinePass();
  return { ms: performance.now() - start, lines };
});
const baselineMs = median(baselineRuns.map((r) => r.ms));
const mb = toMB(totalBytes);
const baselineRate = mb / (baselineMs / 1000);
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
const ms = (x: number) => `${x.toFixed(2)} ms`;

interface FormFigures {
  rate: number;
  rows: [string, string][];
  last: ParsePass;
}

/** Times one form of the parser over the corpus: its rows of figures and its last pass. */
function timeForm(parse: Parse): FormFigures {
  const parseRuns = timeRuns((i) => parsePass(parse, i === runs - 1));
  const parseMs = median(parseRuns.map((r) => r.ms));
  const parseCpuMs = median(parseRuns.map((r) => r.cpuMs));
  // Each document's own median over the timed runs, then the spread over documents.
  const perDoc = docs.map((_, i) => median(parseRuns.map((r) => r.perDoc[i] ?? 0)));
  const slowest = perDoc.reduce((best, t, i) => (t > (perDoc[best] ?? 0) ? i : best), 0);
  const last = parseRuns[parseRuns.length - 1] as ParsePass;
  const rate = mb / (parseMs / 1000);
  return {
    rate,
    last,
    rows: [
      ["parse (wall time)", `${ms(parseMs)}  ${rate.toFixed(1)} MB/s`],
      ["parse (CPU time)", `${ms(parseCpuMs)}  ${(mb / (parseCpuMs / 1000)).toFixed(1)} MB/s`],
      ["parse / baseline time", `${(parseMs / baselineMs).toFixed(1)}x`],
      ["per document p50", ms(percentile(perDoc, 50))],
      ["per document p95", ms(percentile(perDoc, 95))],
      ["per document max", `${ms(perDoc[slowest] ?? 0)}  (${docs[slowest]?.name})`],
      ["refused (ParseError)", String(last.refused)],
      ["failed (other errors)", String(last.failed.length)],
      ["heap used: peak / now", `${mib(last.peakHeap)} / ${mib(process.memoryUsage().heapUsed)}`],
    ],
  };
}

const shipped = timeForm(await shippedParser());
const source = timeForm(parseFromSource);

const rows: [string, string][] = [
  ["corpus", dir],
  ["files", String(docs.length)],
  ["total", `${mb.toFixed(2)} MB`],
  ["runs", `${runs} timed after 1 warm-up, median reported; one core`],
  ["baseline (read + split)", `${ms(baselineMs)}  ${baselineRate.toFixed(1)} MB/s`],
  ["as shipped", "one file built by esbuild, as the server and the CLI's threads run it"],
  ...shipped.rows.map(([key, value]): [string, string] => [`  ${key}`, value]),
  ["through tsx", "TypeScript compiled module by module, as tests run it"],
  ...source.rows.map(([key, value]): [string, string] => [`  ${key}`, value]),
  ["peak RSS", mib(process.resourceUsage().maxRSS * 1024)],
  [
    "target (as shipped)",
    `>= ${TARGET_MB_PER_S} MB/s: ${shipped.rate >= TARGET_MB_PER_S ? "PASS" : "BELOW"} (informational)`,
  ],
];
const width = Math.max(...rows.map(([k]) => k.length));
console.log("Parser throughput (MB = 10^6 bytes)");
for (const [key, value] of rows) console.log(`  ${key.padEnd(width)}  ${value}`);
const failed = [...shipped.last.failed, ...source.last.failed];
for (const f of failed.slice(0, 5)) console.log(`  ! ${f.name}: ${f.message.split("\n")[0]}`);
if (failed.length > 5) console.log(`  ! ... and ${failed.length - 5} more`);
if (failed.length > 0) {
  console.error(`bench: ${failed.length} parses broke the parser (see above)`);
  process.exit(1);
}
if (shipped.last.refused !== source.last.refused) {
  console.error(
    `bench: the shipped parser refused ${shipped.last.refused} texts and the source ${source.last.refused}: they should be the same parser`,
  );
  process.exit(1);
}
