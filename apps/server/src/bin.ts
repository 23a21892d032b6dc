/**
 * The server as a program: `node dist/server.mjs` (the esbuild bundle). Port from PORT (3000),
 * address from HOST (127.0.0.1); the library from DATABASE_URL, MANDATES_DB or ./data/mandates.db;
 * HTTPS cookies from MANDATES_SECURE_COOKIES or MANDATES_PUBLIC_URL.
 */
import { secureCookiesFromEnv, startServer } from "./main.ts";

const port = Number(process.env.PORT ?? 3000);
const server = await startServer({
  port,
  host: process.env.HOST ?? "127.0.0.1",
  logger: process.env.MANDATES_LOG === "1",
  secureCookies: secureCookiesFromEnv(process.env),
});
process.stdout.write(`Mandates is serving at ${server.url}\n`);
if (server.firstAdmin)
  process.stdout.write(
    `First start: admin account "${server.firstAdmin.username}", password ${server.firstAdmin.password}\n`,
  );
const stop = async () => {
  await server.close();
  process.exit(0);
};
process.once("SIGINT", stop);
process.once("SIGTERM", stop);
