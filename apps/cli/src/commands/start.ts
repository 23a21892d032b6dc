/**
 * `mandates start` (what `pnpm start` runs): the product, ready to use. On an empty library it
 * first imports the starter texts (the seed and the corpus's resolutions on trafficking in
 * persons), then serves the web app and the API like `mandates serve` and prints where, with the
 * admin account created on the first start.
 */
import { readFileSync } from "node:fs";
import { relative, resolve } from "node:path";
import { listResolutions, openDatabase } from "@mandates/db";
import { importText, startServer } from "@mandates/server";
import { ExitCode, type Io } from "../io.ts";
import { starterFiles } from "../starter/starter-files.ts";
import { commandArgs } from "./options.ts";
import { portOf, type ServeDeps, storeName, untilSignal } from "./serve.ts";

/** ../shared beside the repository, where the seed and the corpus live. */
const defaultShared = resolve(import.meta.dirname, "../../../../../shared");

export async function startCommand(
  args: string[],
  io: Io,
  deps: ServeDeps = { stopped: untilSignal },
): Promise<number> {
  const given = commandArgs("start", io, {
    args,
    options: { port: { type: "string" }, host: { type: "string" } },
  });
  if (!given) return ExitCode.ok;
  const { values } = given;
  // Listening from the start: Ctrl-C while the library opens still stops cleanly.
  const stopped = deps.stopped();
  const port = portOf(values.port ?? io.env.PORT ?? "3000", "start");
  const shared = io.env.MANDATES_SHARED ?? defaultShared;

  const db = await openDatabase();
  try {
    const { total } = await listResolutions(db, { limit: 1 });
    if (total === 0) {
      const files = starterFiles(shared);
      io.stdout(`An empty library: importing ${files.length} texts to start with.\n`);
      for (const file of files) {
        const source = relative(shared, file);
        const result = await importText(db, {
          text: readFileSync(file, "utf8"),
          source,
          user: "start",
        });
        io.stdout(`  ${result.symbol.padEnd(16)} ${source}\n`);
      }
    }
  } finally {
    await db.close();
  }

  const server = await startServer({
    port,
    ...(values.host ? { host: values.host } : {}),
    logger: io.env.MANDATES_LOG === "1",
  });
  io.stdout(
    `\nMandates is running: open ${server.url.replace("127.0.0.1", "localhost")} in a browser.\n`,
  );
  io.stdout(`The library is ${storeName(io.env)}.\n`);
  if (!server.webRoot)
    io.stdout("The web app is not built: run pnpm build, then pnpm start again.\n");
  if (server.firstAdmin)
    io.stdout(
      `First start: sign in as "${server.firstAdmin.username}" with the password ${server.firstAdmin.password}\n(shown once; create other accounts with pnpm mandates user add).\n`,
    );
  else io.stdout("Sign in with your account. Ctrl-C stops the server.\n");
  await stopped;
  await server.close();
  return ExitCode.ok;
}
