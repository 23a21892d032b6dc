/**
 * The command line's speed end to end, as users run it: `mandates parse --jsonl` over the GA
 * corpus (26 MB in 1,202 files), `mandates ingest` of the same folder into a new SQLite library
 * (and into PostgreSQL), and the ingest of the whole GA and SC corpus (GA PDF text, SC Akoma
 * Ntoso, SC OCR: about 3,600 texts) into SQLite.
 *
 *   pnpm bench:cli [-- --runs N]
 *
 * Each command is spawned as `pnpm mandates` spawns it (node with tsx). Start-up (node, tsx,
 * loading the code, opening the library) is measured on one small file and taken off: "excluding
 * start-up" is the time of the whole batch less the time of a batch of one. CPU time (all threads)
 * and peak resident memory are the command's own (usage-on-exit.mjs); CPU time is printed after
 * start-up too, the figure to compare when other work shares the cores (it does not wait for them).
 * MB are 10^6 bytes of input.
 *
 * What the commands did is checked, not assumed: every file has its JSON line in order, no parser
 * bug; the library holds as many resolutions, clauses and obligations in force as the parse of the
 * same files gives (the last text of each symbol, as a re-import keeps). A check that fails, or a
 * command that fails, exits 1. Timings never fail the bench.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { type DialectName, openDatabase } from "@mandates/db";
import { freshDatabase } from "@mandates/db/testing";
import { normalizeSymbol } from "@mandates/domain";
import { sql } from "kysely";
import { findFiles } from "../../apps/cli/src/files.ts";
import { repoRoot } from "./server-process.ts";
import { median, toMB } from "./stats.ts";

const target = { mbPerSecond: 20, wholeCorpusSeconds: 15 };

// pnpm passes the "--" of `pnpm bench:cli -- --runs 1` on: it is not an argument.
const { values } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== "--"),
  options: { runs: { type: "string", default: "3" } },
});
const runs = Math.max(1, Number.parseInt(values.runs ?? "3", 10) || 3);

const shared = resolve(repoRoot, "../shared");
const ga = join(shared, "corpus/un-ga-pdftext");
const wholeCorpus = [
  ga,
  join(shared, "corpus/un-sc-akn4un/en"),
  join(shared, "corpus/un-sc-ocr-1946-1994"),
];
const oneFile = join(shared, "seed/E_RES_2015_23.txt");
const mainScript = join(repoRoot, "apps/cli/src/main.ts");
const usageModule = join(repoRoot, "tests/bench/usage-on-exit.mjs");
const scratch = mkdtempSync(join(tmpdir(), "mandates-cli-bench-"));

class BrokenSetup extends Error {}

interface Run {
  seconds: number;
  cpuSeconds: number;
  maxRssBytes: number;
  stdout: string;
  stderr: string;
}

/** Runs `mandates ARGS`, its standard output to `outFile` (or kept), and what it used. */
function mandates(args: string[], env: Record<string, string>, outFile?: string): Promise<Run> {
  const usageFile = join(scratch, `usage-${Date.now()}-${Math.random()}.json`);
  const { DATABASE_URL: _u, MANDATES_DB: _f, ...inherited } = process.env;
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn(
      "sh",
      [
        "-c",
        outFile ? `exec "$0" "$@" > "${outFile}"` : `exec "$0" "$@"`,
        process.execPath,
        "--import",
        "tsx",
        "--import",
        usageModule,
        mainScript,
        ...args,
      ],
      {
        cwd: repoRoot,
        env: { ...inherited, ...env, BENCH_USAGE_FILE: usageFile, MANDATES_DEBUG: "" },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on("error", fail);
    child.on("close", (code) => {
      const seconds = (performance.now() - started) / 1000;
      const said = stderr.trim().split("\n").slice(-3).join(" | ");
      // Exit 1: some file could not be parsed or stored; what was done is checked afterwards.
      if (code !== 0 && code !== 1) {
        fail(new BrokenSetup(`mandates ${args[0]} exited ${code}: ${said}`));
        return;
      }
      try {
        const usage = JSON.parse(readFileSync(usageFile, "utf8"));
        rmSync(usageFile, { force: true });
        done({
          seconds,
          cpuSeconds: usage.cpuSeconds,
          maxRssBytes: usage.maxRssBytes,
          stdout,
          stderr,
        });
      } catch (error) {
        fail(new BrokenSetup(`mandates ${args[0]} left no usage (${String(error)}): ${said}`));
      }
    });
  });
}

const bytesOf = (files: readonly string[]) => files.reduce((sum, f) => sum + statSync(f).size, 0);
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;
const verdict = (ok: boolean) => (ok ? "meets target" : "BELOW TARGET");

interface Expected {
  files: number;
  parsed: number;
  refused: number;
  /** Parsed, but printing no symbol: ingest cannot key them, and reports them as failed. */
  withoutSymbol: number;
  /** Per normalized symbol, the clause and obligation counts of its last text. */
  last: Map<string, { clauses: number; obligations: number }>;
}

/** Checks the --jsonl output: a line per file, in order, none a parser bug; what a library should hold. */
function checkLines(outFile: string, files: readonly string[]): Expected {
  const lines = readFileSync(outFile, "utf8").split("\n");
  if (lines.at(-1) === "") lines.pop();
  if (lines.length !== files.length)
    throw new BrokenSetup(`parse --jsonl printed ${lines.length} lines for ${files.length} files`);
  const expected: Expected = {
    files: files.length,
    parsed: 0,
    refused: 0,
    withoutSymbol: 0,
    last: new Map(),
  };
  lines.forEach((line, i) => {
    const record = JSON.parse(line);
    if (record.file !== files[i])
      throw new BrokenSetup(`line ${i + 1} is for ${record.file}, not ${files[i]}: out of order`);
    if (record.error) {
      if (record.code === "internal-error") throw new BrokenSetup(`parser bug: ${record.error}`);
      expected.refused++;
      return;
    }
    expected.parsed++;
    if (!record.symbol) expected.withoutSymbol++;
    else
      expected.last.set(normalizeSymbol(record.symbol), {
        clauses: record.clauses.length,
        obligations: record.obligations.length,
      });
  });
  return expected;
}

/** What the library holds, against what the parse of the same files gives. */
async function checkLibrary(env: Record<string, string>, expected: Expected, printed: string) {
  const db = await openDatabase({ env });
  try {
    const count = async (from: string) =>
      Number(
        (await sql<{ n: number }>`select count(*) as n from ${sql.raw(from)}`.execute(db.kysely))
          .rows[0]?.n,
      );
    const resolutions = await count("resolutions");
    const clauses = await count("clauses");
    const obligations = await count("obligations where withdrawn_at is null");
    const want = [...expected.last.values()].reduce(
      (sum, r) => ({
        clauses: sum.clauses + r.clauses,
        obligations: sum.obligations + r.obligations,
      }),
      { clauses: 0, obligations: 0 },
    );
    const got = { resolutions, clauses, obligations };
    const wanted = { resolutions: expected.last.size, ...want };
    if (JSON.stringify(got) !== JSON.stringify(wanted))
      throw new BrokenSetup(
        `the library holds ${JSON.stringify(got)}, the parse gives ${JSON.stringify(wanted)}`,
      );
    const summary =
      /(\d+) stored, (\d+) updated, (\d+) unchanged, (\d+) skipped, (\d+) failed/.exec(printed);
    if (
      !summary ||
      Number(summary[5]) !== expected.withoutSymbol ||
      Number(summary[1]) + Number(summary[2]) + Number(summary[3]) !==
        expected.parsed - expected.withoutSymbol ||
      Number(summary[1]) !== resolutions
    )
      throw new BrokenSetup(
        `ingest said "${printed.trim()}" for ${resolutions} resolutions stored`,
      );
    return got;
  } finally {
    await db.close();
  }
}

/** A new library for one ingest: a SQLite file, or a PostgreSQL database. */
async function library(dialect: DialectName) {
  if (dialect === "postgres") return freshDatabase("postgres");
  const folder = mkdtempSync(join(scratch, "library-"));
  const file = join(folder, "mandates.db");
  return {
    env: { MANDATES_DB: file },
    drop: async () => rmSync(folder, { recursive: true, force: true }),
  };
}

/** The median run of `times` runs of `run`, each on fresh ground (`run` sets up and cleans up). */
async function medianRun(times: number, run: () => Promise<Run>): Promise<Run> {
  const all: Run[] = [];
  for (let i = 0; i < times; i++) all.push(await run());
  const middle = median(all.map((r) => r.seconds));
  return all.reduce((best, r) =>
    Math.abs(r.seconds - middle) < Math.abs(best.seconds - middle) ? r : best,
  );
}

function line(label: string, files: number, bytes: number, whole: Run, startUp: Run, goal: string) {
  const seconds = Math.max(0.001, whole.seconds - startUp.seconds);
  const rate = toMB(bytes) / seconds;
  console.log(
    `  ${label}: ${files} files, ${toMB(bytes).toFixed(1)} MB in ${whole.seconds.toFixed(2)} s, ` +
      `${seconds.toFixed(2)} s after start-up (${startUp.seconds.toFixed(2)} s): ` +
      `${rate.toFixed(1)} MB/s, ${(files / seconds).toFixed(0)} files/s; ` +
      `CPU ${whole.cpuSeconds.toFixed(1)} s (all threads; ${Math.max(0, whole.cpuSeconds - startUp.cpuSeconds).toFixed(1)} s after start-up's ${startUp.cpuSeconds.toFixed(1)} s), ` +
      `peak RSS ${mib(whole.maxRssBytes)}${goal}`,
  );
  return rate;
}

async function parseBench(files: readonly string[], bytes: number): Promise<Expected> {
  const outFile = join(scratch, "parse.jsonl");
  const startUp = await medianRun(runs, () => mandates(["parse", "--jsonl", oneFile], {}, outFile));
  const whole = await medianRun(runs, () => mandates(["parse", "--jsonl", ...files], {}, outFile));
  const expected = checkLines(outFile, files);
  const out = statSync(outFile).size;
  const rate = line("parse --jsonl", files.length, bytes, whole, startUp, "");
  console.log(
    `    ${expected.parsed} parsed, ${expected.refused} refused as not resolutions, ${toMB(out).toFixed(1)} MB of JSON lines ` +
      `(target >= ${target.mbPerSecond} MB/s: ${verdict(rate >= target.mbPerSecond)})`,
  );
  return expected;
}

async function ingestBench(
  label: string,
  dialect: DialectName,
  folders: readonly string[],
  bytes: number,
  files: number,
  expected: Expected,
  times: number,
  goal: (seconds: number, rate: number) => string,
) {
  const once = async (paths: readonly string[], check: boolean) => {
    const store = await library(dialect);
    try {
      const run = await mandates(["ingest", ...paths], store.env);
      if (check) await checkLibrary(store.env, expected, run.stdout);
      return run;
    } finally {
      await store.drop();
    }
  };
  const startUp = await medianRun(runs, () => once([oneFile], false));
  const whole = await medianRun(times, () => once(folders, true));
  const seconds = Math.max(0.001, whole.seconds - startUp.seconds);
  line(label, files, bytes, whole, startUp, goal(whole.seconds, toMB(bytes) / seconds));
  const noSymbol = expected.withoutSymbol
    ? `; ${expected.withoutSymbol} texts print no symbol and could not be stored (checked)`
    : "";
  console.log(
    `    ${expected.last.size} resolutions stored, as many clauses and obligations as the parse gives (checked)${noSymbol}`,
  );
}

let failed = false;
try {
  console.log(
    `Command line end to end (load average ${loadavg()[0]?.toFixed(1)}; median of ${runs} runs)`,
  );
  const gaFiles = (await findFiles([ga])).map((f) => f.path);
  const gaBytes = bytesOf(gaFiles);
  const gaExpected = await parseBench(gaFiles, gaBytes);
  for (const dialect of ["sqlite", "postgres"] as const)
    await ingestBench(
      `ingest into ${dialect === "sqlite" ? "SQLite" : "PostgreSQL"}`,
      dialect,
      [ga],
      gaBytes,
      gaFiles.length,
      gaExpected,
      dialect === "sqlite" ? runs : 1,
      (_, rate) =>
        dialect === "sqlite"
          ? ` (target >= ${target.mbPerSecond} MB/s: ${verdict(rate >= target.mbPerSecond)})`
          : "",
    );

  const allFiles = (await findFiles(wholeCorpus)).map((f) => f.path);
  const allBytes = bytesOf(allFiles);
  const outFile = join(scratch, "whole.jsonl");
  await mandates(["parse", "--jsonl", ...allFiles], {}, outFile);
  const allExpected = checkLines(outFile, allFiles);
  await ingestBench(
    "whole GA and SC corpus into SQLite",
    "sqlite",
    wholeCorpus,
    allBytes,
    allFiles.length,
    allExpected,
    1,
    (seconds) =>
      ` (target < ${target.wholeCorpusSeconds} s in all: ${verdict(seconds < target.wholeCorpusSeconds)})`,
  );
} catch (error) {
  failed = true;
  console.error(
    `bench:cli: ${error instanceof BrokenSetup ? "" : "failed: "}${error instanceof Error ? error.message : String(error)}`,
  );
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
