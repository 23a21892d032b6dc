/**
 * `pnpm start` is `mandates start`: on an empty library it imports the starter texts (the seed and
 * the corpus's resolutions on trafficking in persons) and serves the web app and the API; on a
 * library that holds something it imports nothing. Run as a user runs it, in a child process.
 */
import type { ChildProcess } from "node:child_process";
import { type DialectName, listResolutions } from "@mandates/db";
import { freshDatabase } from "@mandates/db/testing";
import { describe, expect, it } from "vitest";
import { spawnCli } from "./run-cli.ts";

/** Waits for the line that says where the server runs, and returns its address. */
function servedAt(child: ChildProcess): Promise<{ url: string; output: string }> {
  return new Promise((resolve, reject) => {
    let output = "";
    child.stderr?.on("data", (chunk) => (output += chunk));
    child.stdout?.on("data", (chunk) => {
      output += chunk;
      const url = /open (http:\/\/localhost:\d+)/.exec(output)?.[1];
      if (url && /Ctrl-C|password/.test(output)) resolve({ url, output });
    });
    child.on("close", (code) =>
      reject(new Error(`start ended (${code}) before serving:\n${output}`)),
    );
  });
}

/** Ctrl-C, and how the command ended: "exit 0" when it stopped cleanly. */
async function stop(child: ChildProcess): Promise<string> {
  const closed = new Promise<string>((resolve) =>
    child.on("close", (code, signal) => resolve(signal ? `signal ${signal}` : `exit ${code}`)),
  );
  child.kill("SIGINT");
  return closed;
}

describe.each(["sqlite", "postgres"] as const)("mandates start on %s", (dialect: DialectName) => {
  it("fills an empty library once, then serves it", { timeout: 180_000 }, async () => {
    const database = await freshDatabase(dialect);
    try {
      const first = spawnCli(["start", "--port", "0"], database.env);
      const { url, output } = await servedAt(first);
      const imported = Number(/importing (\d+) texts/.exec(output)?.[1]);
      expect(imported).toBeGreaterThan(5);
      expect(output).toContain("E/RES/2015/23");
      expect(output).toMatch(/sign in as "admin" with the password \S+/);
      const health = await fetch(`${url.replace("localhost", "127.0.0.1")}/healthz`);
      expect(health.status).toBe(200);
      expect(await stop(first), output).toBe("exit 0");
      const stored = (await listResolutions(database.db, { limit: 1 })).total;
      expect(stored).toBeGreaterThan(5);
      expect(stored).toBeLessThanOrEqual(imported);

      const second = spawnCli(["start", "--port", "0"], database.env);
      const again = await servedAt(second);
      expect(again.output).not.toContain("importing");
      expect(again.output).toContain("Sign in with your account");
      expect(await stop(second), again.output).toBe("exit 0");
      expect((await listResolutions(database.db, { limit: 1 })).total).toBe(stored);
    } finally {
      await database.drop();
    }
  });
});
