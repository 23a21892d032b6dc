/**
 * A read endpoint under load: the built server (apps/server/dist/server.mjs, as shipped) in its own
 * process on an embedded library holding the resolutions of un-ga-pdftext; autocannon with 50
 * connections for 10 s on loopback asks it for the library's first page (the list the web app
 * opens on: 50 resolutions), then for one whole resolution with its clauses and obligations (a
 * heavier read). Prints requests per second, latency percentiles and errors.
 *
 * Before any load, the library is read back through the API: as many resolutions and obligations
 * as the parse of the corpus produced, and the resolution read under load whole. Exits 1, saying
 * what failed, when a text breaks the parser or the import (a refusal, ParseError, is expected of
 * texts that are not resolutions), when the library read back is not what was imported, or when
 * any request under load errs (a status other than 2xx, a socket error, a timeout). Never on
 * timing.
 *
 *   pnpm bench:http [DIR]        (DIR: a folder of .txt texts holding A/RES/80/228; the GA corpus
 *                                 by default)
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { createMandatesClient } from "@mandates/client";
import { importResolution, openDatabase, setSetting } from "@mandates/db";
import { ParseError, parseResolution } from "@mandates/parser";
import autocannon from "autocannon";
import { repoRoot, type ServerProcess, startServerProcess } from "./server-process.ts";

const TARGET_REQUESTS_PER_S = 1000;
const { positionals } = parseArgs({ allowPositionals: true });
const corpus = resolve(positionals[0] ?? join(repoRoot, "../shared/corpus/un-ga-pdftext"));
/** The whole resolution asked for under load: a long one, 38 operative paragraphs. */
const heavySymbol = "A/RES/80/228";

/** What went wrong; any entry makes the bench exit 1. */
const problems: string[] = [];

interface Expected {
  resolutions: Map<string, { clauses: number; obligations: number }>;
  obligations: number;
}

/** Imports every text; returns what the parse says the library now holds. */
async function buildLibrary(file: string): Promise<{ expected: Expected; refused: number }> {
  let names: string[];
  try {
    names = readdirSync(corpus)
      .filter((f) => f.endsWith(".txt"))
      .sort();
  } catch (error) {
    throw new Error(`cannot read the corpus at ${corpus}: ${(error as Error).message}`);
  }
  if (names.length === 0) throw new Error(`no .txt texts in ${corpus}`);
  const db = await openDatabase({ file });
  const resolutions: Expected["resolutions"] = new Map();
  let refused = 0;
  try {
    for (const name of names) {
      const text = readFileSync(join(corpus, name), "utf8");
      try {
        // Parsed here, then stored as the server stores an upload: the parse is the expectation.
        const resolution = parseResolution(text);
        const result = await importResolution(db, resolution, {
          sourceText: text,
          source: name,
          user: "bench",
        });
        resolutions.set(result.symbol, {
          clauses: resolution.clauses.length,
          obligations: resolution.obligations.length,
        });
      } catch (error) {
        // Amendments and other texts that are not resolutions are refused; anything else is a bug.
        if (error instanceof ParseError) refused++;
        else problems.push(`${name}: the import failed: ${(error as Error).message}`);
      }
    }
    // Reading without an account keeps the measured request a plain read.
    await setSetting(db, "anonymousRead", true);
  } finally {
    await db.close();
  }
  const obligations = [...resolutions.values()].reduce((n, r) => n + r.obligations, 0);
  return { expected: { resolutions, obligations }, refused };
}

/** Reads the library back through the API and says what is not as imported. */
async function verifyLibrary(url: string, expected: Expected): Promise<void> {
  const client = createMandatesClient({ url });
  const listed = await client.resolutions.list.query({ limit: 1 });
  if (listed.total !== expected.resolutions.size)
    problems.push(
      `the API lists ${listed.total} resolutions; ${expected.resolutions.size} were imported`,
    );
  const obligations = await client.obligations.list.query({ limit: 1 });
  if (obligations.total !== expected.obligations)
    problems.push(
      `the API lists ${obligations.total} obligations; the import stored ${expected.obligations}`,
    );
  const heavy = expected.resolutions.get(heavySymbol);
  if (!heavy) {
    problems.push(`${heavySymbol}, the resolution read under load, is not among the imported`);
    return;
  }
  const read = await client.resolutions.get.query({ symbol: heavySymbol });
  if (read.clauses.length !== heavy.clauses || read.obligations.length !== heavy.obligations)
    problems.push(
      `${heavySymbol} reads back with ${read.clauses.length} clauses and ${read.obligations.length} obligations; ${heavy.clauses} and ${heavy.obligations} were imported`,
    );
}

interface Load {
  label: string;
  path: string;
}

const loads: Load[] = [
  {
    label: "resolutions.list (first page of 50, by symbol)",
    path: `/trpc/resolutions.list?input=${encodeURIComponent(JSON.stringify({ limit: 50 }))}`,
  },
  {
    label: `resolutions.get (${heavySymbol}, with its clauses and obligations)`,
    path: `/trpc/resolutions.get?input=${encodeURIComponent(JSON.stringify({ symbol: heavySymbol }))}`,
  },
];

async function runLoad(server: ServerProcess, load: Load): Promise<void> {
  const base = server.url;
  const once = await fetch(`${base}${load.path}`);
  const bytes = (await once.arrayBuffer()).byteLength;
  const cpuBefore = server.cpuSeconds();
  const load1 = loadavg()[0] ?? Number.NaN;
  const result = await autocannon({ url: `${base}${load.path}`, connections: 50, duration: 10 });
  const cpu = server.cpuSeconds() - cpuBefore;
  // autocannon counts timeouts among the connection errors.
  const errors = result.errors + result.non2xx;
  const rps = result.requests.average;
  console.log(`GET ${load.label}, ${(bytes / 1000).toFixed(0)} KB, 50 connections, 10 s`);
  console.log(
    `  requests/s  ${rps.toFixed(0)} (target >= ${TARGET_REQUESTS_PER_S}: ${errors > 0 ? "FAILED, requests erred" : rps >= TARGET_REQUESTS_PER_S ? "PASS" : "BELOW"})`,
  );
  console.log(
    `  latency     p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`,
  );
  console.log(
    `  server CPU  ${cpu.toFixed(1)} s over ${result.duration.toFixed(0)} s (${((cpu * 1000) / Math.max(1, result.requests.total)).toFixed(1)} ms a request); load average ${load1.toFixed(1)} on ${availableParallelism()} cores before the run`,
  );
  console.log(
    `  errors      ${errors} (connection errors ${result.errors}, of which timeouts ${result.timeouts}; non-2xx ${result.non2xx})`,
  );
  if (!once.ok) problems.push(`GET ${load.label}: HTTP ${once.status} before the load`);
  if (errors > 0)
    problems.push(
      `GET ${load.label}: ${errors} of ${result.requests.sent} requests failed (connection errors ${result.errors}, of which timeouts ${result.timeouts}; non-2xx ${result.non2xx})`,
    );
  if (result["2xx"] === 0) problems.push(`GET ${load.label}: no request succeeded`);
}

const folder = mkdtempSync(join(tmpdir(), "mandates-bench-http-"));
let server: ServerProcess | undefined;
try {
  const file = join(folder, "library.db");
  const { expected, refused } = await buildLibrary(file);
  console.log(
    `library: ${expected.resolutions.size} resolutions (${expected.obligations} obligations) of ${corpus}; ${refused} texts refused by the parser`,
  );
  server = await startServerProcess({ MANDATES_DB: file });
  await verifyLibrary(server.url, expected);
  if (problems.length === 0) {
    console.log("  read back through the API: as imported");
    for (const load of loads) await runLoad(server, load);
  }
} catch (error) {
  problems.push(`the bench could not run: ${(error as Error).message}`);
} finally {
  await server?.stop();
  rmSync(folder, { recursive: true, force: true });
}

if (problems.length > 0) {
  console.error(`\nbench:http: ${problems.length} problems, no figure above stands:`);
  for (const line of problems.slice(0, 20)) console.error(`  ${line}`);
  if (problems.length > 20) console.error(`  ... and ${problems.length - 20} more`);
  const stderr = server?.stderr().trim();
  if (stderr) console.error(`the server said:\n${stderr.slice(-2000)}`);
  process.exit(1);
}
