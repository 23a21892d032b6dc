/**
 * The built server (apps/server/dist/server.mjs, as shipped) in its own process on a given
 * library: started with `node`, stopped, or killed without warning (SIGKILL) to be started again
 * on the same database.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const serverBundle = join(repoRoot, "apps/server/dist/server.mjs");

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  /** SIGKILL: no shutdown, no flushing; resolves once the process is gone. */
  kill(): Promise<void>;
  /** SIGTERM: the server closes its connections and the database. */
  stop(): Promise<void>;
  /** What the server wrote to stderr, for a failure message. */
  stderr(): string;
  /** CPU seconds the process has used so far (user + system; Linux only, else NaN). */
  cpuSeconds(): number;
}

/** Starts the bundle on the library of `env` (MANDATES_DB or DATABASE_URL) on a free loopback port. */
export async function startServerProcess(env: Record<string, string>): Promise<ServerProcess> {
  if (!existsSync(serverBundle))
    throw new Error(`${serverBundle} is missing: run pnpm build first.`);
  const { DATABASE_URL: _url, MANDATES_DB: _file, ...inherited } = process.env;
  const child = spawn(process.execPath, [serverBundle], {
    cwd: repoRoot,
    env: { ...inherited, ...env, PORT: "0", HOST: "127.0.0.1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const gone = new Promise<void>((done) => child.once("exit", () => done()));
  const url = await new Promise<string>((ready, fail) => {
    child.stdout?.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
      const serving = /serving at (http:\/\/\S+)/.exec(stdout);
      if (serving?.[1]) ready(serving[1]);
    });
    child.once("exit", (code, signal) =>
      fail(new Error(`the server stopped before serving (${signal ?? code}): ${stderr.trim()}`)),
    );
  });
  return {
    url,
    child,
    async kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
      await gone;
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
      await gone;
    },
    stderr: () => stderr,
    cpuSeconds: () => cpuSecondsOf(child.pid),
  };
}

/** From /proc/PID/stat: utime and stime, in clock ticks of 1/100 s (USER_HZ on Linux). */
function cpuSecondsOf(pid: number | undefined): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The fields after the command name, which is in parentheses and may hold spaces.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return Number.NaN;
  }
}
