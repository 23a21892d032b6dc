/**
 * A read endpoint under load: the built server (apps/server/dist/server.mjs, as shipped) in its own
 * process on an embedded library holding the 1,202 resolutions of un-ga-pdftext; autocannon with
 * 50 connections for 10 s on loopback asks it for the library's first page (the list the web app
 * opens on: 50 resolutions), then for one whole resolution with its clauses and obligations (a
 * heavier read, 130 KB). Prints requests per second, latency percentiles and errors.
 * Informational: never fails on timing.
 *
 *   pnpm bench:http
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { openDatabase, setSetting } from "@mandates/db";
import { importText } from "@mandates/server";
import autocannon from "autocannon";

const TARGET_REQUESTS_PER_S = 1000;
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const corpus = join(repoRoot, "../shared/corpus/un-ga-pdftext");
const bundle = join(repoRoot, "apps/server/dist/server.mjs");

const folder = mkdtempSync(join(tmpdir(), "mandates-bench-http-"));
const file = join(folder, "library.db");
const db = await openDatabase({ file });
let stored = 0;
for (const name of readdirSync(corpus).filter((f) => f.endsWith(".txt"))) {
  try {
    await importText(db, {
      text: readFileSync(join(corpus, name), "utf8"),
      source: name,
      user: "bench",
    });
    stored++;
  } catch {
    // Amendments and other texts that are not resolutions are refused; the rest is what counts.
  }
}
// Reading without an account keeps the measured request a plain read.
await setSetting(db, "anonymousRead", true);
await db.close();
console.log(`library: ${stored} resolutions in ${file}`);

const port = 3000 + Math.floor(Math.random() * 2000);
const server = spawn(process.execPath, [bundle], {
  env: { ...process.env, MANDATES_DB: file, PORT: String(port), DATABASE_URL: "" },
  stdio: ["ignore", "pipe", "inherit"],
});
await new Promise<void>((ready, fail) => {
  server.stdout?.on("data", (chunk: Buffer) => chunk.toString().includes("serving") && ready());
  server.on("exit", (code) =>
    fail(new Error(`the server stopped (${code}); run pnpm build first`)),
  );
});

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
    label: "resolutions.get (A/RES/80/228: 38 operative paragraphs, 130 KB)",
    path: `/trpc/resolutions.get?input=${encodeURIComponent(JSON.stringify({ symbol: "A/RES/80/228" }))}`,
  },
];

for (const load of loads) {
  const result = await autocannon({
    url: `http://127.0.0.1:${port}${load.path}`,
    connections: 50,
    duration: 10,
  });
  const errors = result.errors + result.timeouts + result.non2xx;
  const rps = result.requests.average;
  console.log(`GET ${load.label}, 50 connections, 10 s`);
  console.log(
    `  requests/s  ${rps.toFixed(0)} (target >= ${TARGET_REQUESTS_PER_S}: ${rps >= TARGET_REQUESTS_PER_S ? "PASS" : "BELOW"})`,
  );
  console.log(
    `  latency     p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`,
  );
  console.log(
    `  errors      ${errors} (errors ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx})`,
  );
}
server.kill("SIGTERM");
rmSync(folder, { recursive: true, force: true });
