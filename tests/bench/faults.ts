/**
 * Faults, each on a fresh database of the given dialect, against the built server in its own
 * process, killed without warning (SIGKILL) and started again on the same database:
 * - an import killed midway: several large resolutions are being imported over HTTP when the
 *   server dies; afterwards every resolution is whole (as many clauses and obligations as a fresh
 *   parse of its stored text gives) or absent, every acknowledged import is there, and no row
 *   belongs to a resolution that is not;
 * - a restart mid-load: 50 connections edit and read when the server dies; afterwards every edit
 *   that was acknowledged is in the history, nothing refused is, and the server takes edits again.
 * Each returns what it saw and a list of problems (empty when all held).
 */
import { readFileSync } from "node:fs";
import type { DialectName } from "@mandates/db";
import { freshDatabase } from "@mandates/db/testing";
import { parseResolution } from "@mandates/parser";
import { messageOf, statusOf } from "./connection.ts";
import { checkLedger, EditLedger, type LedgerCheck, snapshot } from "./edit-ledger.ts";
import {
  createAccounts,
  largestFiles,
  prepareLibrary,
  shared,
  signIn,
  traffickingFiles,
} from "./library.ts";
import { runMixedLoad } from "./mixed-load.ts";
import { type ServerProcess, startServerProcess } from "./server-process.ts";
import { readBackWhole } from "./whole-library.ts";
import { openWriteProbe } from "./write-probe.ts";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface ImportKilled {
  /** Imports answered before the kill. */
  acknowledged: number;
  /** Imports sent and not answered when the server died. */
  inFlight: number;
  /** Of those, found whole after the restart (the rest are absent). */
  inFlightStored: number;
  /** Resolutions in the library after the restart, each checked whole. */
  stored: number;
  /** Whether the database showed an import's write transaction open just before the kill. */
  killedWhileStoring: boolean;
  problems: string[];
}

export async function importKilledMidway(
  dialect: DialectName,
  { streams = 4, killAfter = 6 } = {},
): Promise<ImportKilled> {
  const database = await freshDatabase(dialect);
  const problems: string[] = [];
  // Whatever happens, no server outlives its database.
  const servers: ServerProcess[] = [];
  try {
    await createAccounts(database.db, 0);
    const server = await startServerProcess(database.env);
    servers.push(server);
    const { client } = await signIn(server.url, "admin");
    const queue = largestFiles(40);
    const acknowledged: string[] = [];
    const inFlight = new Set<string>();
    let killed: Promise<void> | null = null;
    let dead = false;
    let killedWhileStoring = false;
    const probe = await openWriteProbe(dialect, database);
    // Once enough imports are in, the server dies as soon as the database shows one being stored
    // (or after 20 s regardless); the streams go on sending, so others are being parsed.
    const killWhileStoring = async () => {
      const deadline = Date.now() + 20_000;
      while (!killedWhileStoring && Date.now() < deadline) {
        killedWhileStoring = await probe.writing();
        // A pause that lets this process's own requests go on (SQLite's probe never waits).
        if (!killedWhileStoring) await sleep(1);
      }
      dead = true;
      await server.kill();
      await probe.close();
    };

    const stream = async () => {
      for (let file = queue.shift(); file && !dead; file = queue.shift()) {
        inFlight.add(file);
        try {
          const result = await client.resolutions.import.mutate({
            text: readFileSync(file, "utf8"),
            source: file.slice(shared.length + 1),
          });
          inFlight.delete(file);
          acknowledged.push(result.symbol);
          if (acknowledged.length >= killAfter && !killed) killed = killWhileStoring();
        } catch (error) {
          if (!dead || statusOf(error) !== 0)
            problems.push(`import of ${file} refused before the kill: ${messageOf(error)}`);
        }
      }
    };
    await Promise.all(Array.from({ length: streams }, stream));
    if (!killed) {
      problems.push("every import finished before the kill");
      await server.stop();
      await probe.close();
    } else await killed;
    if (inFlight.size === 0) problems.push("no import was in flight when the server was killed");

    const restarted = await startServerProcess(database.env);
    servers.push(restarted);
    let stored = 0;
    let inFlightStored = 0;
    try {
      const { client: after } = await signIn(restarted.url, "admin");
      const library = await readBackWhole(after, database.db);
      problems.push(...library.problems);
      stored = library.symbols.length;
      const present = new Set(library.symbols);
      for (const symbol of acknowledged)
        if (!present.has(symbol)) problems.push(`${symbol} was acknowledged but is not stored`);
      for (const file of inFlight) {
        const symbol = parseResolution(readFileSync(file, "utf8")).symbol;
        if (symbol && present.has(symbol)) inFlightStored++;
      }
    } finally {
      await restarted.stop();
    }
    return {
      acknowledged: acknowledged.length,
      inFlight: inFlight.size,
      inFlightStored,
      stored,
      killedWhileStoring,
      problems,
    };
  } finally {
    for (const server of servers) await server.kill();
    await database.drop();
  }
}

export interface RestartMidLoad {
  /** Edits, notes and evidence acknowledged (2xx) before the kill. */
  acknowledged: number;
  /** Refused as stale (409) before the kill. */
  rejected: number;
  /** Sent and never answered: the kill cut them off. */
  unanswered: number;
  check: LedgerCheck;
  problems: string[];
}

export async function restartMidLoad(
  dialect: DialectName,
  { connections = 50, killAfterEdits = 30 } = {},
): Promise<RestartMidLoad> {
  const database = await freshDatabase(dialect);
  const problems: string[] = [];
  // Whatever happens, no server outlives its database.
  const servers: ServerProcess[] = [];
  try {
    const library = await prepareLibrary(database, traffickingFiles(4));
    servers.push(library.server);
    const before = await snapshot(library.admin, [...library.contended, ...library.annotated]);
    let stop = () => {};
    const stopped = new Promise<void>((resolve) => {
      stop = resolve;
    });
    const ledger = new EditLedger();
    const load = runMixedLoad({
      ...library,
      url: library.server.url,
      connections,
      seconds: 60,
      stop: stopped,
      ledger,
    });
    // Killed once enough edits were accepted (however slow the machine), a moment later so that
    // the kill falls anywhere in a request.
    let running = true;
    void load.finally(() => {
      running = false;
    });
    while (running && ledger.count("accepted").edits < killAfterEdits) await sleep(20);
    if (!running) problems.push("the load ended before the kill");
    await sleep(Math.random() * 300);
    stop();
    await library.server.kill();
    const result = await load;
    for (const failure of result.failures.slice(0, 5))
      problems.push(`${failure.kind} answered ${failure.status}: ${failure.message}`);
    if (result.failures.length > 5)
      problems.push(`and ${result.failures.length - 5} more failures`);

    const restarted = await startServerProcess(database.env);
    servers.push(restarted);
    try {
      const { client } = await signIn(restarted.url, "admin");
      const check = await checkLedger(client, result.ledger, before);
      problems.push(...check.lost, ...check.phantom, ...check.inconsistent);
      // The server takes edits again, at the versions it now holds.
      for (const id of library.contended) {
        const { version } = await client.obligations.get.query({ id });
        await client.tracking.update.mutate({
          id,
          expectedVersion: version,
          dueDate: "2199-12-31",
        });
      }
      const accepted = result.ledger.count("accepted");
      const rejected = result.ledger.count("rejected");
      const unanswered = result.ledger.count("unanswered");
      if (accepted.edits === 0) problems.push("no edit was acknowledged before the kill");
      return {
        acknowledged: accepted.edits + accepted.additions,
        rejected: rejected.edits,
        unanswered: unanswered.edits + unanswered.additions,
        check,
        problems,
      };
    } finally {
      await restarted.stop();
    }
  } finally {
    for (const server of servers) await server.kill();
    await database.drop();
  }
}
