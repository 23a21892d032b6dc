/**
 * A library of 100,000 resolutions, on SQLite and on PostgreSQL: how long it takes to store, how
 * large it is against the text it holds, and how fast the reads people make are at that size.
 *
 *   pnpm bench:scale [-- --size N] [-- --dialects sqlite,postgres] [-- --rounds N] [-- --detail] [-- --keep]
 *   pnpm bench:scale -- --library <file or postgres:// URL> [-- --library ...] [-- --rounds N] [-- --detail]
 *
 * With --library, nothing is built: the reads are timed on a library kept by an earlier --keep run
 * (brought to the newest schema first, as the server would), to compare query plans back to back.
 *
 * The library is the GA and SC corpus (GA PDF text, SC Akoma Ntoso, SC OCR) replicated under new
 * symbols ("A/RES/78/228/R7" is the seventh copy of A/RES/78/228): each text is parsed once and
 * packed once (as the reading threads of `mandates ingest` pack it), then stored as many times as
 * it takes, through importResolutions in batches of 100, so the parser is not the cost. Copies
 * are interleaved, as a real library mixes years and bodies.
 *
 * What was built is checked, not assumed: every copy stored, and the library holds exactly the
 * resolutions, clauses and obligations in force that were sent; a difference exits 1, as does a
 * failed import or query. Timings never fail the bench.
 *
 * Reads, each timed over --rounds rounds after one warm-up round, p50 and p95:
 * - search: search() as the API's search.clauses serves it, top 20 with snippets;
 * - library: resolutions.list as the library page asks it (first page of 100, with words, a body,
 *   a year, by adoption date) and the body facet counts it shows beside it;
 * - tracker: obligations.list as the tracker asks it (first page of 100 by due date, with the
 *   filters of its URL), and the tracker page alone: the first page by due date with its total.
 */
import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { normalizeSymbol, type Resolution } from "@mandates/domain";
import { parseResolution } from "@mandates/parser";
import { sql } from "kysely";
import {
  type DatabaseHandle,
  type DialectName,
  type ImportItem,
  importResolutions,
  openDatabase,
  type PackedSource,
  packSource,
} from "../src/index.ts";
import { freshDatabase, type TestDatabase } from "../test/databases.ts";
import { corpusFiles } from "./corpus-files.ts";
import { reads } from "./scale-reads.ts";

const targets = { sizeRatio: 3 };

const { values } = parseArgs({
  // `pnpm bench:scale -- --size N` hands the "--" on.
  args: process.argv.slice(2).filter((a) => a !== "--"),
  options: {
    size: { type: "string", default: "100000" },
    dialects: { type: "string", default: "sqlite,postgres" },
    rounds: { type: "string", default: "5" },
    /** Print every read's p50 and total, not only the slowest three of each kind. */
    detail: { type: "boolean", default: false },
    /** Keep the libraries built, and say where they are (to explore them). */
    keep: { type: "boolean", default: false },
    /** A kept library (SQLite file or PostgreSQL URL): time its reads, build nothing. */
    library: { type: "string", multiple: true },
  },
});
const size = Math.max(1, Number.parseInt(values.size ?? "", 10) || 100_000);
const rounds = Math.max(1, Number.parseInt(values.rounds ?? "", 10) || 5);
const dialects = (values.dialects ?? "").split(",").filter(Boolean) as DialectName[];

const shared = resolve(dirname(fileURLToPath(import.meta.url)), "../../../../shared");

class BrokenSetup extends Error {}

interface Text {
  resolution: Resolution;
  packed: PackedSource;
  /** UTF-8 bytes of the source text. */
  bytes: number;
}

/** Each corpus text parsed once; texts the parser refuses, or that print no symbol, left out. */
function corpus(): Text[] {
  const bySymbol = new Map<string, Text>();
  for (const file of corpusFiles(shared)) {
    const sourceText = readFileSync(file, "utf8");
    let resolution: Resolution;
    try {
      resolution = parseResolution(sourceText);
    } catch {
      continue;
    }
    if (!resolution.symbol) continue;
    // One text per symbol (SC resolutions come both as OCR and as Akoma Ntoso): the last one.
    bySymbol.set(normalizeSymbol(resolution.symbol), {
      resolution,
      packed: packSource(resolution, sourceText),
      bytes: Buffer.byteLength(sourceText),
    });
  }
  return [...bySymbol.values()];
}

/** What was sent to the store, to check it against what the store holds. */
interface Sent {
  resolutions: number;
  clauses: number;
  obligations: number;
  textBytes: number;
}

/** The `size` copies, interleaved: copy k of every text, then copy k + 1. */
function* copies(texts: readonly Text[], sent: Sent): Generator<ImportItem> {
  for (let i = 0; i < size; i++) {
    const text = texts[i % texts.length] as Text;
    const k = Math.floor(i / texts.length);
    const symbol = k === 0 ? text.resolution.symbol : `${text.resolution.symbol}/R${k}`;
    const resolution = k === 0 ? text.resolution : { ...text.resolution, symbol };
    sent.resolutions++;
    sent.clauses += resolution.clauses.length;
    sent.obligations += resolution.obligations.length;
    sent.textBytes += text.bytes;
    // The same text under another symbol: its own hash, the same packed bytes.
    const contentHash = createHash("sha256")
      .update(text.packed.contentHash)
      .update(symbol ?? "")
      .digest("hex");
    yield { resolution, packed: { packed: text.packed.packed, contentHash }, source: `copy ${k}` };
  }
}

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(0)} MB`;
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;
const verdict = (ok: boolean) => (ok ? "meets target" : "ABOVE TARGET");

/**
 * The largest resident memory of this process since `reset`, sampled (the process's own peak
 * cannot be reset between the two databases). The PostgreSQL server's memory is not in it.
 */
const rss = (() => {
  let peak = 0;
  const sample = () => {
    peak = Math.max(peak, process.memoryUsage.rss());
  };
  setInterval(sample, 100).unref();
  return {
    reset: () => {
      peak = 0;
      sample();
    },
    peak: () => {
      sample();
      return peak;
    },
  };
})();

async function build(store: TestDatabase, texts: readonly Text[]): Promise<Sent> {
  const sent: Sent = { resolutions: 0, clauses: 0, obligations: 0, textBytes: 0 };
  let failed: string | null = null;
  let done = 0;
  const started = performance.now();
  const cpu = process.cpuUsage();
  await importResolutions(store.db, copies(texts, sent), {
    discardResults: true,
    onResult: (result) => {
      if (result.status === "failed") failed ??= `${result.symbol}: ${result.error.message}`;
      if (++done % 20_000 === 0)
        console.log(`  ... ${done} stored, ${((performance.now() - started) / 1000).toFixed(0)} s`);
    },
  });
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  if (failed) throw new BrokenSetup(`an import failed: ${failed}`);
  console.log(
    `  import  ${sent.resolutions} resolutions in ${seconds.toFixed(1)} s: ` +
      `${(sent.resolutions / seconds).toFixed(0)} resolutions/s, ${(sent.textBytes / 1e6 / seconds).toFixed(1)} MB/s of text ` +
      `(CPU of this process ${((used.user + used.system) / 1e6).toFixed(0)} s; peak RSS ${mib(rss.peak())})`,
  );
  return sent;
}

async function check(db: DatabaseHandle, sent: Sent): Promise<void> {
  const count = async (from: string) =>
    Number(
      (await sql<{ n: number }>`select count(*) as n from ${sql.raw(from)}`.execute(db.kysely))
        .rows[0]?.n,
    );
  const held = {
    resolutions: await count("resolutions"),
    clauses: await count("clauses"),
    obligations: await count("obligations where withdrawn_at is null"),
  };
  const want = {
    resolutions: sent.resolutions,
    clauses: sent.clauses,
    obligations: sent.obligations,
  };
  if (JSON.stringify(held) !== JSON.stringify(want))
    throw new BrokenSetup(
      `the library holds ${JSON.stringify(held)}, ${JSON.stringify(want)} were sent`,
    );
  console.log(
    `  stored  ${held.resolutions} resolutions, ${held.clauses} clauses, ${held.obligations} obligations in force (as sent)`,
  );
}

/** Bytes on disk, and the largest tables and indexes. */
async function sizeOf(store: TestDatabase): Promise<{ bytes: number; parts: string }> {
  const { db } = store;
  if (db.dialect === "sqlite") {
    await sql`pragma wal_checkpoint(truncate)`.execute(db.kysely);
    const file = store.env.MANDATES_DB ?? "";
    const { rows } = await sql<{ name: string; bytes: number }>`
      select name, sum(pgsize) as bytes from dbstat group by name order by bytes desc limit 6`
      .execute(db.kysely)
      .catch(() => ({ rows: [] as { name: string; bytes: number }[] }));
    return {
      bytes: statSync(file).size,
      parts: rows.map((r) => `${r.name} ${mb(r.bytes)}`).join(", "),
    };
  }
  const size = await sql<{
    bytes: string;
  }>`select pg_database_size(current_database()) as bytes`.execute(db.kysely);
  const { rows } = await sql<{ name: string; bytes: string }>`
    select c.relname as name, pg_total_relation_size(c.oid) as bytes from pg_class c
    join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'public' and c.relkind = 'r' order by 2 desc limit 6`.execute(db.kysely);
  return {
    bytes: Number(size.rows[0]?.bytes),
    parts: rows.map((r) => `${r.name} ${mb(Number(r.bytes))}`).join(", "),
  };
}

async function measure(dialect: DialectName, texts: readonly Text[]) {
  console.log(
    `\n${dialect} (load average ${loadavg()[0]?.toFixed(1)} on ${availableParallelism()} cores)`,
  );
  const store = await freshDatabase(dialect);
  rss.reset();
  try {
    const sent = await build(store, texts);
    await check(store.db, sent);
    const { bytes, parts } = await sizeOf(store);
    const ratio = bytes / sent.textBytes;
    console.log(
      `  size    ${mb(bytes)} for ${mb(sent.textBytes)} of source text: ${ratio.toFixed(2)}x ` +
        `(target <= ${targets.sizeRatio}x: ${verdict(ratio <= targets.sizeRatio)}); largest: ${parts}`,
    );
    await reads(store.db, rounds, { detail: values.detail, wholeCorpus: size >= texts.length });
    console.log(
      `  memory  peak RSS of this process ${mib(rss.peak())} while building and reading ` +
        `(the corpus held in memory to copy took ${mib(corpusRss)} of it; the PostgreSQL server's own is not counted)`,
    );
  } finally {
    if (values.keep) {
      await store.db.close();
      console.log(`  kept    ${JSON.stringify(store.env)}`);
    } else await store.drop();
  }
}

/** The reads alone, on a library built before. */
async function readKept(where: string) {
  const db = await openDatabase(
    /^postgres(ql)?:\/\//.test(where) ? { databaseUrl: where } : { file: where },
  );
  try {
    const { rows } = await sql<{ n: number }>`select count(*) as n from resolutions`.execute(
      db.kysely,
    );
    const held = Number(rows[0]?.n);
    console.log(
      `\n${db.dialect}, kept library of ${held} resolutions (load average ${loadavg()[0]?.toFixed(1)} on ${availableParallelism()} cores)`,
    );
    // The corpus holds 3,618 texts: a kept library at least that large holds each of them.
    await reads(db, rounds, { detail: values.detail, wholeCorpus: held >= corpusTexts });
  } finally {
    await db.close();
  }
}

/** How many texts the corpus gives (without a symbol or refused by the parser, left out). */
const corpusTexts = 3618;

let failed = false;
let corpusRss = 0;
try {
  if (values.library?.length) {
    for (const where of values.library) await readKept(where);
    process.exit(0);
  }
  const parseStart = performance.now();
  const before = process.memoryUsage.rss();
  const texts = corpus();
  corpusRss = process.memoryUsage.rss() - before;
  console.log(
    `Library of ${size} resolutions (--size): ${texts.length} corpus texts (GA, SC AKN, SC OCR) parsed and packed once ` +
      `in ${((performance.now() - parseStart) / 1000).toFixed(0)} s, stored ${Math.ceil(size / texts.length)} times over under new symbols`,
  );
  for (const dialect of dialects) await measure(dialect, texts);
} catch (error) {
  failed = true;
  console.error(
    `bench:scale: ${error instanceof BrokenSetup ? "" : "failed: "}${error instanceof Error ? error.message : String(error)}`,
  );
}
process.exit(failed ? 1 : 0);
