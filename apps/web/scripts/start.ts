/**
 * `pnpm start`: the product, ready to use, from a fresh clone. On an empty library it first imports
 * the seed resolution and the corpus's resolutions on trafficking in persons (every text of
 * ../shared/corpus/un-ga-pdftext whose title speaks of trafficking in persons, women, children or
 * human beings; where the parser finds no title, the head of the text above the enacting formula,
 * so drafts count too), then serves the web app and the API and prints
 * where, with the admin account created on the first start.
 *
 *   pnpm start [--port 3000]        (the library: MANDATES_DB, DATABASE_URL or ./data/mandates.db)
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { listResolutions, openDatabase } from "@mandates/db";
import { parseResolution } from "@mandates/parser";
import { importText, startServer } from "@mandates/server";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
const shared = join(repoRoot, "../shared");
const seed = join(shared, "seed/E_RES_2015_23.txt");
const corpus = join(shared, "corpus/un-ga-pdftext");

const { values } = parseArgs({ options: { port: { type: "string" } }, strict: true });
const port = Number(values.port ?? process.env.PORT ?? 3000);

/** Trafficking in persons, not of wildlife or drugs. */
const aboutTraffickingInPersons =
  /\btrafficking\s+in\s+(persons|women|children|human)|\bhuman\s+trafficking/i;

/** The texts to start with: the seed, then the corpus's resolutions on trafficking in persons. */
export function starterFiles(): string[] {
  const files = existsSync(seed) ? [seed] : [];
  if (!existsSync(corpus)) return files;
  for (const name of readdirSync(corpus).sort()) {
    if (!name.endsWith(".txt")) continue;
    const path = join(corpus, name);
    const text = readFileSync(path, "utf8");
    if (!aboutTraffickingInPersons.test(text)) continue;
    try {
      const r = parseResolution(text);
      const head =
        r.title ?? text.slice(0, Math.max(0, text.search(/^\s*The General Assembly\b/m)));
      if (aboutTraffickingInPersons.test(head.replace(/\s+/g, " "))) files.push(path);
    } catch {
      // Amendments and other texts that are not resolutions are left out.
    }
  }
  return files;
}

const db = await openDatabase();
const { total } = await listResolutions(db, { limit: 1 });
if (total === 0) {
  const files = starterFiles();
  process.stdout.write(`An empty library: importing ${files.length} texts to start with.\n`);
  for (const file of files) {
    const result = await importText(db, {
      text: readFileSync(file, "utf8"),
      source: file.slice(shared.length + 1),
      user: "start",
    });
    process.stdout.write(`  ${result.symbol.padEnd(16)} ${file.slice(shared.length + 1)}\n`);
  }
}
await db.close();

const server = await startServer({ port });
const store = process.env.DATABASE_URL
  ? "PostgreSQL (DATABASE_URL)"
  : (process.env.MANDATES_DB ?? "data/mandates.db");
process.stdout.write(
  `\nMandates is running: open ${server.url.replace("127.0.0.1", "localhost")} in a browser.\n`,
);
process.stdout.write(`The library is ${store}.\n`);
if (!server.webRoot)
  process.stdout.write("The web app is not built: run pnpm build, then pnpm start again.\n");
if (server.firstAdmin)
  process.stdout.write(
    `First start: sign in as "${server.firstAdmin.username}" with the password ${server.firstAdmin.password}\n(shown once; create other accounts with pnpm mandates user add).\n`,
  );
else process.stdout.write("Sign in with your account. Ctrl-C stops the server.\n");

const stop = async () => {
  await server.close();
  process.exit(0);
};
process.once("SIGINT", stop);
process.once("SIGTERM", stop);
