/**
 * Import and query throughput over the whole GA corpus (../shared/corpus/un-ga-pdftext), into
 * SQLite and into PostgreSQL. Parses first, then times the imports only, two ways: one
 * transaction per resolution (importResolution, as the server imports one upload) and in batches
 * (importResolutions, as a bulk load does). Then search latency over 20 queries and the latency of
 * obligation lists with three filters. Prints figures against the targets; never fails on timing.
 * The load average is printed too: on a shared machine, wall-clock figures move with it, so the
 * SQLite import is also given in this process's CPU time.
 *
 * Every figure is of work checked to be done: after each import the database must hold the
 * resolutions, clauses and obligations the parse produced (counted in SQL), every search must find
 * at least the clauses that hold its words as written, and every obligation list must hold exactly
 * the obligations of the parse that match its filters. Exits 1, saying what failed, when one of
 * these does not hold, when an import fails or a text breaks the parser (a refusal, ParseError, is
 * expected of texts that are not resolutions), or when nothing could be parsed.
 *
 *   npx tsx bench/import.ts [DIR]      (from packages/db; DIR: a folder of .txt texts, the GA
 *                                       corpus by default; PostgreSQL as for the tests)
 */
import { readdirSync, readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import type { Obligation, Resolution } from "@mandates/domain";
import { ParseError, parseResolution } from "@mandates/parser";
import { sql } from "kysely";
import {
  type DatabaseHandle,
  type DialectName,
  dueDateOf,
  importResolution,
  importResolutions,
  listObligations,
  type ObligationFilters,
  search,
} from "../src/index.ts";
import { freshDatabase } from "../test/databases.ts";

const { positionals } = parseArgs({ allowPositionals: true });
const corpus = resolve(
  positionals[0] ??
    join(dirname(fileURLToPath(import.meta.url)), "../../../../shared/corpus/un-ga-pdftext"),
);

const targets = { importPerSecond: 200, searchP95: 20, listP95: 20 };

/** Words, "quoted phrases" and `or` between two words: what `corpusHits` below reads. */
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

const today = "2026-06-01";
const obligationQueries: ObligationFilters[] = [
  { actor: "sg", strength: { min: 4 }, dueFrom: "2025-01-01" },
  { actor: "member-states", status: "no-indication", sort: "strength" },
  { actor: "sg", verb: "requests", body: "ga" },
  { actor: "un-entities", strength: 3, overdue: true, today },
  { verb: "invites", year: 2024, sort: "symbol" },
];

/** What went wrong; any entry makes the bench exit 1. */
const problems: string[] = [];

interface Parsed {
  resolution: Resolution;
  sourceText: string;
  file: string;
}

function parseCorpus(): { parsed: Parsed[]; refused: number; withoutSymbol: number } {
  const parsed: Parsed[] = [];
  let refused = 0;
  let withoutSymbol = 0;
  let files: string[];
  try {
    files = readdirSync(corpus)
      .filter((f) => f.endsWith(".txt"))
      .sort();
  } catch (error) {
    problems.push(`cannot read the corpus at ${corpus}: ${(error as Error).message}`);
    return { parsed, refused, withoutSymbol };
  }
  for (const file of files) {
    const sourceText = readFileSync(join(corpus, file), "utf8");
    try {
      const resolution = parseResolution(sourceText);
      if (resolution.symbol) parsed.push({ resolution, sourceText, file });
      else withoutSymbol += 1;
    } catch (error) {
      // Texts that are not resolutions (amendments, letters) are refused; anything else is a bug.
      if (error instanceof ParseError) refused += 1;
      else problems.push(`${file}: the parser failed: ${(error as Error).message}`);
    }
  }
  return { parsed, refused, withoutSymbol };
}

interface Counts {
  resolutions: number;
  clauses: number;
  obligations: number;
}

/** The library the parse should leave: one resolution per symbol, the last text imported winning. */
function lastPerSymbol(parsed: readonly Parsed[]): Resolution[] {
  const bySymbol = new Map<string, Resolution>();
  for (const p of parsed) bySymbol.set(p.resolution.symbol ?? "", p.resolution);
  return [...bySymbol.values()];
}

function expectedCounts(library: readonly Resolution[]): Counts {
  return {
    resolutions: library.length,
    clauses: library.reduce((n, r) => n + r.clauses.length, 0),
    obligations: library.reduce((n, r) => n + r.obligations.length, 0),
  };
}

async function countRows(db: DatabaseHandle, query: ReturnType<typeof sql>): Promise<number> {
  const { rows } = await query.execute(db.kysely);
  return Number((rows[0] as { n: number | string } | undefined)?.n ?? Number.NaN);
}

/** Rows in the store: resolutions, clauses, obligations not withdrawn by a re-import. */
async function storedCounts(db: DatabaseHandle): Promise<Counts> {
  return {
    resolutions: await countRows(db, sql`select count(*) as n from resolutions`),
    clauses: await countRows(db, sql`select count(*) as n from clauses`),
    obligations: await countRows(
      db,
      sql`select count(*) as n from obligations where withdrawn_at is null`,
    ),
  };
}

async function checkStored(db: DatabaseHandle, expected: Counts, what: string): Promise<void> {
  const stored = await storedCounts(db);
  for (const key of ["resolutions", "clauses", "obligations"] as const)
    if (stored[key] !== expected[key])
      problems.push(
        `${what}: ${stored[key]} ${key} stored, ${expected[key]} in the parse of the corpus`,
      );
}

/** Lower case, accents off, every run of other characters one space: words as a search sees them. */
const words = (text: string) =>
  ` ${text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()} `;

const itemsText = (items: Resolution["clauses"][number]["items"]): string[] =>
  items.flatMap((item) => [item.text, ...itemsText(item.items)]);

/** Each clause's text with its sub-items and closing words, as words: what the index is given. */
function clauseTexts(library: readonly Resolution[]): string[] {
  return library.flatMap((r) =>
    r.clauses.map((c) => words([c.text, ...itemsText(c.items), c.tail ?? ""].join(" "))),
  );
}

/**
 * Clauses holding the query's words as written (whole words, any case): a stemming search finds
 * at least these. Alternatives split at `or`; each needs all its words or "phrases".
 */
function corpusHits(query: string, texts: readonly string[]): number {
  const alternatives = query.split(/\s+or\s+/i).map((part) => {
    const terms = part.match(/"[^"]*"|\S+/g) ?? [];
    return terms.map((term) => words(term.replace(/"/g, ""))).filter((t) => t.trim() !== "");
  });
  return texts.filter((text) =>
    alternatives.some((terms) => terms.length > 0 && terms.every((t) => text.includes(t))),
  ).length;
}

/** Whether a parsed obligation passes the filters, read from the parse as the store should. */
function matches(o: Obligation, r: Resolution, f: ObligationFilters): boolean {
  const due = dueDateOf(o.deadline);
  const dated = r.adopted ?? r.distributed;
  const status = "no-indication"; // every obligation of a fresh import
  const strength = f.strength;
  return (
    (f.actor === undefined || o.bearers.includes(f.actor)) &&
    (f.verb === undefined || o.verb === f.verb) &&
    (strength === undefined ||
      (typeof strength === "number"
        ? o.strength === strength
        : (strength.min === undefined || o.strength >= strength.min) &&
          (strength.max === undefined || o.strength <= strength.max))) &&
    (f.status === undefined ||
      (typeof f.status === "string" ? f.status === status : f.status.includes(status))) &&
    (f.dueFrom === undefined || (due !== null && due >= f.dueFrom)) &&
    (f.dueTo === undefined || (due !== null && due <= f.dueTo)) &&
    (f.overdue === undefined || (due !== null && due < (f.today ?? today)) === f.overdue) &&
    (f.body === undefined || r.body === f.body) &&
    (f.year === undefined || (dated !== null && Number(dated.slice(0, 4)) === f.year))
  );
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

async function importRate(
  dialect: DialectName,
  parsed: readonly Parsed[],
  expected: Counts,
  batched: boolean,
) {
  const store = await freshDatabase(dialect);
  try {
    const items = parsed.map((p) => ({
      resolution: p.resolution,
      sourceText: p.sourceText,
      source: p.file,
    }));
    const failed: string[] = [];
    const time = await clocked(async () => {
      if (!batched) {
        for (const item of items) await importResolution(store.db, item.resolution, item);
        return;
      }
      for (const result of await importResolutions(store.db, items))
        if (result.status === "failed") failed.push(`${result.source}: ${result.error.message}`);
    });
    const how = batched ? "batched, 100 per transaction " : "one transaction per document ";
    for (const line of failed) problems.push(`${dialect}, import ${how.trim()}: ${line}`);
    await checkStored(store.db, expected, `${dialect}, import ${how.trim()}`);
    // Documents per second of what was found stored: the check above failed the bench otherwise.
    const wall = rate(expected.resolutions, time.wall);
    const cpu = rate(expected.resolutions, time.cpu);
    const target =
      dialect === "sqlite"
        ? ` (target >= ${targets.importPerSecond}: ${verdict(wall >= targets.importPerSecond)})`
        : "";
    const cpuNote = dialect === "sqlite" ? `; ${cpu.toFixed(0)}/s of CPU time` : "";
    console.log(
      `  import   ${how}${(time.wall / 1000).toFixed(2)} s: ${wall.toFixed(0)} documents/s${target}${cpuNote}`,
    );
    return store;
  } catch (error) {
    await store.drop();
    throw error;
  }
}

async function queryLatency(
  dialect: DialectName,
  db: DatabaseHandle,
  library: readonly Resolution[],
) {
  const texts = clauseTexts(library);
  // One warm-up pass (caches, query plans) that also checks what each search finds.
  let hits = 0;
  let asWritten = 0;
  for (const q of searches) {
    const { total, items } = await search(db, q, { limit: 20 });
    const least = corpusHits(q, texts);
    hits += total;
    asWritten += least;
    if (total < least || items.length !== Math.min(total, 20))
      problems.push(
        `${dialect}, search "${q}": ${total} clauses found (${items.length} returned), but ${least} clauses of the corpus hold its words`,
      );
  }
  const searchMs: number[] = [];
  for (const q of searches) searchMs.push(await timed(() => search(db, q, { limit: 20 })));

  let listed = 0;
  for (const f of obligationQueries) {
    const { total, items } = await listObligations(db, { ...f, limit: 50 });
    const expected = library.reduce(
      (n, r) => n + r.obligations.filter((o) => matches(o, r, f)).length,
      0,
    );
    listed += total;
    if (total !== expected || items.length !== Math.min(total, 50))
      problems.push(
        `${dialect}, obligations ${JSON.stringify(f)}: ${total} listed (${items.length} returned), ${expected} in the parse of the corpus`,
      );
  }
  const listMs: number[] = [];
  for (let round = 0; round < 4; round++)
    for (const f of obligationQueries)
      listMs.push(await timed(() => listObligations(db, { ...f, limit: 50 })));
  const searchP95 = percentile(searchMs, 95);
  const listP95 = percentile(listMs, 95);
  console.log(
    `  search   ${searches.length} queries, top 20 with snippets (${hits} clauses found; ${asWritten} hold the words as written): ` +
      `p50 ${ms(percentile(searchMs, 50))}, p95 ${ms(searchP95)} (target <= ${targets.searchP95} ms: ${verdict(searchP95 <= targets.searchP95)})`,
  );
  console.log(
    `  list     ${listMs.length} obligation lists with three filters (${listed} obligations, as in the parse): ` +
      `p50 ${ms(percentile(listMs, 50))}, p95 ${ms(listP95)} (target <= ${targets.listP95} ms: ${verdict(listP95 <= targets.listP95)})`,
  );
}

async function measure(dialect: DialectName, parsed: readonly Parsed[]) {
  console.log(`\n${dialect} (load average ${loadavg()[0]?.toFixed(1)})`);
  const library = lastPerSymbol(parsed);
  const expected = expectedCounts(library);
  await (await importRate(dialect, parsed, expected, false)).drop();
  const store = await importRate(dialect, parsed, expected, true);
  try {
    await queryLatency(dialect, store.db, library);
  } finally {
    await store.drop();
  }
}

const parseStart = performance.now();
const { parsed, refused, withoutSymbol } = parseCorpus();
console.log(
  `parsed ${parsed.length} resolutions of ${corpus} in ${((performance.now() - parseStart) / 1000).toFixed(1)} s ` +
    `(${refused} refused by the parser, ${withoutSymbol} without a symbol; not timed below)`,
);
if (parsed.length === 0) problems.push(`no resolution could be parsed from ${corpus}`);
else
  for (const dialect of ["sqlite", "postgres"] as const)
    try {
      await measure(dialect, parsed);
    } catch (error) {
      problems.push(`${dialect}: the bench could not run: ${(error as Error).message}`);
    }

if (problems.length > 0) {
  console.error(`\nbench: ${problems.length} problems, the figures above do not stand:`);
  for (const line of problems.slice(0, 20)) console.error(`  ${line}`);
  if (problems.length > 20) console.error(`  ... and ${problems.length - 20} more`);
  process.exit(1);
}
console.log("\nEvery import stored whole; every search and list found what the corpus holds.");
