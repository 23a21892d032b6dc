/**
 * `mandates serve`: the server with the embedded database (./data/mandates.db or MANDATES_DB), or
 * PostgreSQL when DATABASE_URL is set. Port from --port or PORT (default 3000). Stops cleanly on
 * Ctrl-C.
 */
import { startServer } from "@mandates/server";
import { ExitCode, type Io, UsageError } from "../io.ts";
import { commandArgs } from "./options.ts";

export interface ServeDeps {
  /** Resolves when the process is asked to stop. */
  stopped: () => Promise<void>;
}

export const untilSignal = () =>
  new Promise<void>((resolve) => {
    process.once("SIGINT", () => resolve());
    process.once("SIGTERM", () => resolve());
  });

export async function serveCommand(
  args: string[],
  io: Io,
  deps: ServeDeps = { stopped: untilSignal },
): Promise<number> {
  const given = commandArgs("serve", io, {
    args,
    options: { port: { type: "string" }, host: { type: "string" } },
  });
  if (!given) return ExitCode.ok;
  const { values } = given;
  // Listening from the start: Ctrl-C while the library opens still stops cleanly.
  const stopped = deps.stopped();
  const port = portOf(values.port ?? io.env.PORT ?? "3000", "serve");
  const server = await startServer({
    port,
    ...(values.host ? { host: values.host } : {}),
    logger: io.env.MANDATES_LOG === "1",
  });
  io.stdout(`Mandates is serving ${storeName(io.env)} at ${server.url}\n`);
  if (!server.webRoot)
    io.stdout("The web app is not built (run `pnpm build`): serving the API only.\n");
  if (server.firstAdmin)
    io.stdout(
      `First start: an admin account was created.\n  username: ${server.firstAdmin.username}\n  password: ${server.firstAdmin.password}\n`,
    );
  await stopped;
  await server.close();
  return ExitCode.ok;
}

/** The port given, or a usage error naming `command`. */
export function portOf(text: string, command: string): number {
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UsageError(`'${text}' is not a port number`, command);
  return port;
}

/** Which library the server keeps, in the words the README uses. */
export function storeName(env: Io["env"]): string {
  return env.DATABASE_URL ? "PostgreSQL (DATABASE_URL)" : (env.MANDATES_DB ?? "data/mandates.db");
}
