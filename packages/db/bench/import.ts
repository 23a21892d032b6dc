/**
 * Import and query throughput over the whole GA corpus (../shared/corpus/un-ga-pdftext), into
 * SQLite and into PostgreSQL. Parses first, then times the imports only, two ways: one
 * transaction per resolution (importResolution, as the server imports one upload) and in batches
 * (importResolutions, as a bulk load does). Then search latency over 20 queries and the latency of
 * obligation lists with three filters. Prints figures against the targets; never fails on timing.
 * The load average is printed too: on a shared machine, wall-clock figures move with it, so the
 * SQLite import is also given in this process's CPU time.
 *
 *   npx tsx bench/import.ts            (from packages/db; PostgreSQL as for the tests)
 */
import { readdirSync, readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Resolution } from "@mandates/domain";
import { parseResolution } from "@mandates/parser";
import {
  type DatabaseHandle,
  type DialectName,
  importResolution,
  importResolutions,
  listObligations,
  search,
} from "../src/index.ts";
import { freshDatabase } from "../test/databases.ts";

const corpus = join(
  dirname(fileURLToPath(import.meta.url)),
  "../../../../shared/corpus/un-ga-pdftext",
);

const targets = { importPerSecond: 200, searchP95: 20, listP95: 20 };

const searches = [
  "trafficking in persons",
  "climate change",
  "Secretary-General report",
  "human rights",
  "sustainable development",
  '"Member States"',
  "women girls violence",
  "nuclear disarmament",
  "refugees",
  "peacekeeping operations",
  "ocean biodiversity",
  "terrorism",
  "health pandemic",
  "indigenous peoples",
  "financing development",
  "children armed conflict",
  "cybercrime or trafficking",
  "decides to convene",
  "Palestine",
  "disaster risk reduction",
];

const obligationQueries = [
  { actor: "sg", strength: { min: 4 }, dueFrom: "2025-01-01" },
  { actor: "member-states", status: "no-indication" as const, sort: "strength" as const },
  { actor: "sg", verb: "requests", body: "ga" },
  { actor: "un-entities", strength: 3, overdue: true, today: "2026-06-01" },
  { verb: "invites", year: 2024, sort: "symbol" as const },
];

interface Parsed {
  resolution: Resolution;
  sourceText: string;
  file: string;
}

function parseCorpus(): { parsed: Parsed[]; refused: number; withoutSymbol: number } {
  const parsed: Parsed[] = [];
  let refused = 0;
  let withoutSymbol = 0;
  for (const file of readdirSync(corpus)
    .filter((f) => f.endsWith(".txt"))
    .sort()) {
    const sourceText = readFileSync(join(corpus, file), "utf8");
    try {
      const resolution = parseResolution(sourceText);
      if (resolution.symbol) parsed.push({ resolution, sourceText, file });
      else withoutSymbol += 1;
    } catch {
      refused += 1;
    }
  }
  return { parsed, refused, withoutSymbol };
}

const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return (
    sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN
  );
};

async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

/** Wall-clock and CPU milliseconds (CPU of this process only: SQLite's work, not PostgreSQL's). */
async function clocked(work: () => Promise<unknown>): Promise<{ wall: number; cpu: number }> {
  const cpu = process.cpuUsage();
  const wall = await timed(work);
  const used = process.cpuUsage(cpu);
  return { wall, cpu: (used.user + used.system) / 1000 };
}

const ms = (value: number) => `${value.toFixed(1)} ms`;
const verdict = (ok: boolean) => (ok ? "meets target" : "BELOW TARGET");
const rate = (count: number, millis: number) => count / (millis / 1000);

async function importRate(dialect: DialectName, parsed: readonly Parsed[], batched: boolean) {
  const store = await freshDatabase(dialect);
  try {
    const items = parsed.map((p) => ({
      resolution: p.resolution,
      sourceText: p.sourceText,
      source: p.file,
    }));
    const time = await clocked(async () => {
      if (batched) await importResolutions(store.db, items);
      else for (const item of items) await importResolution(store.db, item.resolution, item);
    });
    const wall = rate(parsed.length, time.wall);
    const cpu = rate(parsed.length, time.cpu);
    const target =
      dialect === "sqlite"
        ? ` (target >= ${targets.importPerSecond}: ${verdict(wall >= targets.importPerSecond)})`
        : "";
    const cpuNote = dialect === "sqlite" ? `; ${cpu.toFixed(0)}/s of CPU time` : "";
    console.log(
      `  import   ${batched ? "batched, 100 per transaction " : "one transaction per document "}` +
        `${(time.wall / 1000).toFixed(2)} s: ${wall.toFixed(0)} documents/s${target}${cpuNote}`,
    );
    return store;
  } catch (error) {
    await store.drop();
    throw error;
  }
}

async function queryLatency(db: DatabaseHandle) {
  // One warm-up pass (caches, query plans), then the measured one.
  for (const q of searches) await search(db, q, { limit: 20 });
  const searchMs: number[] = [];
  let hits = 0;
  for (const q of searches)
    searchMs.push(
      await timed(async () => {
        hits += (await search(db, q, { limit: 20 })).total;
      }),
    );
  for (const f of obligationQueries) await listObligations(db, { ...f, limit: 50 });
  const listMs: number[] = [];
  for (let round = 0; round < 4; round++)
    for (const f of obligationQueries)
      listMs.push(await timed(() => listObligations(db, { ...f, limit: 50 })));
  const searchP95 = percentile(searchMs, 95);
  const listP95 = percentile(listMs, 95);
  console.log(
    `  search   ${searches.length} queries, top 20 with snippets (${hits} hits in all): p50 ${ms(percentile(searchMs, 50))}, ` +
      `p95 ${ms(searchP95)} (target <= ${targets.searchP95} ms: ${verdict(searchP95 <= targets.searchP95)})`,
  );
  console.log(
    `  list     ${listMs.length} obligation lists with three filters: p50 ${ms(percentile(listMs, 50))}, ` +
      `p95 ${ms(listP95)} (target <= ${targets.listP95} ms: ${verdict(listP95 <= targets.listP95)})`,
  );
}

async function measure(dialect: DialectName, parsed: readonly Parsed[]) {
  console.log(`\n${dialect} (load average ${loadavg()[0]?.toFixed(1)})`);
  await (await importRate(dialect, parsed, false)).drop();
  const store = await importRate(dialect, parsed, true);
  try {
    await queryLatency(store.db);
  } finally {
    await store.drop();
  }
}

const parseStart = performance.now();
const { parsed, refused, withoutSymbol } = parseCorpus();
console.log(
  `parsed ${parsed.length} resolutions in ${((performance.now() - parseStart) / 1000).toFixed(1)} s ` +
    `(${refused} refused by the parser, ${withoutSymbol} without a symbol; not timed below)`,
);
for (const dialect of ["sqlite", "postgres"] as const) {
  try {
    await measure(dialect, parsed);
  } catch (error) {
    console.log(
      `\n${dialect}\n  not measured: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
