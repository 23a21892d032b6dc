/**
 * Load and faults against the built server (apps/server/dist/server.mjs, in its own process), on a
 * fresh SQLite file and then a fresh PostgreSQL database, each seeded over HTTP with the seed and
 * 30 GA resolutions on trafficking in persons, with five editor accounts:
 * - 50 connections for 10 s of mixed reads and edits (see mixed-load.ts), contended on purpose:
 *   requests per second, p50/p95/p99 latency by kind, errors, accepted and refused edits; then
 *   every edit read back through the API (see edit-ledger.ts): no acknowledged edit lost;
 * - an import killed midway, and a restart mid-load (see faults.ts).
 * Exits 1 when a request failed (anything but 2xx, or 409 for a stale version), an update was
 * lost, or a fault left something half-written. Never on timing.
 *
 *   pnpm bench:load        (builds the server first; PostgreSQL as for the tests)
 */
import { availableParallelism, loadavg } from "node:os";
import type { DialectName } from "@mandates/db";
import { dialects, freshDatabase } from "@mandates/db/testing";
import { checkLedger, snapshot } from "./edit-ledger.ts";
import { importKilledMidway, restartMidLoad } from "./faults.ts";
import { prepareLibrary, traffickingFiles } from "./library.ts";
import { type LoadResult, runMixedLoad } from "./mixed-load.ts";
import { percentile } from "./stats.ts";

const connections = 50;
const seconds = 10;

const ms = (value: number) => value.toFixed(1).padStart(7);

function printLoad(result: LoadResult) {
  console.log(
    `  ${"kind".padEnd(22)} ${"requests".padStart(8)} ${"p50 ms".padStart(7)} ${"p95 ms".padStart(7)} ${"p99 ms".padStart(7)}  statuses`,
  );
  const all: number[] = [];
  for (const [kind, figures] of [...result.byKind].sort(([a], [b]) => a.localeCompare(b))) {
    const { latencies } = figures;
    all.push(...latencies);
    const count = [...figures.statuses.values()].reduce((a, b) => a + b, 0);
    const statuses = [...figures.statuses]
      .sort(([a], [b]) => a - b)
      .map(([status, n]) => `${status === 0 ? "no answer" : status}: ${n}`)
      .join(", ");
    const [p50, p95, p99] = latencies.length
      ? [50, 95, 99].map((p) => ms(percentile(latencies, p)))
      : ["-", "-", "-"].map((s) => s.padStart(7));
    console.log(
      `  ${kind.padEnd(22)} ${String(count).padStart(8)} ${p50} ${p95} ${p99}  ${statuses}`,
    );
  }
  if (all.length)
    console.log(
      `  ${"all".padEnd(22)} ${String(result.requests).padStart(8)} ${[50, 95, 99].map((p) => ms(percentile(all, p))).join(" ")}`,
    );
}

async function loadRun(dialect: DialectName): Promise<number> {
  const database = await freshDatabase(dialect);
  let problems = 0;
  try {
    const library = await prepareLibrary(database, traffickingFiles(30));
    try {
      console.log(
        `\n${dialect}: ${library.symbols.length} resolutions, ${library.cookies.length} editors; ${connections} connections for ${seconds} s`,
      );
      const before = await snapshot(library.admin, [...library.contended, ...library.annotated]);
      const serverCpu = library.server.cpuSeconds();
      const ownCpu = process.cpuUsage();
      const result = await runMixedLoad({
        ...library,
        url: library.server.url,
        connections,
        seconds,
      });
      const serverSeconds = library.server.cpuSeconds() - serverCpu;
      const own = process.cpuUsage(ownCpu);
      const check = await checkLedger(library.admin, result.ledger, before);
      const accepted = result.ledger.count("accepted");
      const rejected = result.ledger.count("rejected");
      const errors = result.failures.length + result.unanswered;
      const lost = check.lost.length + check.phantom.length + check.inconsistent.length;
      printLoad(result);
      console.log(`  requests/s   ${(result.requests / result.seconds).toFixed(0)}`);
      console.log(
        `  CPU          server ${serverSeconds.toFixed(1)} s (${((serverSeconds * 1000) / result.requests).toFixed(1)} ms a request), load generator ${((own.user + own.system) / 1e6).toFixed(1)} s, over ${result.seconds.toFixed(1)} s on ${availableParallelism()} cores`,
      );
      console.log(
        `  edits        ${accepted.edits} accepted, ${rejected.edits} refused as stale (409) on ${library.contended.length} contended obligations; ${accepted.additions} notes and evidence added`,
      );
      console.log(
        `  errors       ${errors} (other non-2xx: ${result.failures.length}, no answer: ${result.unanswered})`,
      );
      for (const failure of result.failures.slice(0, 5))
        console.log(`    ${failure.kind} ${failure.status}: ${failure.message}`);
      console.log(
        `  lost updates ${lost} (acknowledged but missing: ${check.lost.length}, refused but made: ${check.phantom.length}, out of step: ${check.inconsistent.length})`,
      );
      for (const line of [...check.lost, ...check.phantom, ...check.inconsistent].slice(0, 5))
        console.log(`    ${line}`);
      problems += errors + lost;
    } finally {
      await library.server.stop();
    }
  } finally {
    await database.drop();
  }
  return problems;
}

async function faultRuns(dialect: DialectName): Promise<number> {
  const imports = await importKilledMidway(dialect);
  console.log(
    `  import killed midway: ${imports.acknowledged} imports acknowledged, ${imports.inFlight} in flight at the kill, ${imports.killedWhileStoring ? "one of them while it was being stored" : "none seen being stored"} (${imports.inFlightStored} stored whole, ${imports.inFlight - imports.inFlightStored} absent); after the restart ${imports.stored} resolutions, each whole: ${imports.problems.length ? "NO" : "yes"}`,
  );
  for (const line of imports.problems.slice(0, 5)) console.log(`    ${line}`);
  const restart = await restartMidLoad(dialect);
  console.log(
    `  restart mid-load: ${restart.acknowledged} writes acknowledged before the kill, ${restart.rejected} refused as stale, ${restart.unanswered} cut off (${restart.check.unansweredMade} of them made); after the restart every acknowledged write is there: ${restart.problems.length ? "NO" : "yes"}`,
  );
  for (const line of restart.problems.slice(0, 5)) console.log(`    ${line}`);
  return imports.problems.length + restart.problems.length;
}

console.log(`Load and faults against the built server (load average ${loadavg()[0]?.toFixed(2)})`);
let problems = 0;
for (const dialect of dialects) {
  problems += await loadRun(dialect);
  problems += await faultRuns(dialect);
}
console.log(problems ? `\n${problems} problems: see above.` : "\nNo errors, no lost updates.");
process.exit(problems ? 1 : 0);
