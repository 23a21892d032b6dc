#!/usr/bin/env tsx
/**
 * The mandates command: dispatches to one file per command under commands/. Every failure ends as
 * one line on stderr and an exit code (ExitCode in io.ts); a stack trace only with MANDATES_DEBUG=1.
 */
import { realpathSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { helpCommand, usage } from "./commands/help.ts";
import { ExitCode, type Io, internalErrorMessage, UsageError } from "./io.ts";

type Command = (args: string[], io: Io) => Promise<number>;

// Each command's code is loaded when it runs: `parse` need not load the server and the database
// drivers, which take longer to load than a resolution takes to parse.
const commands: Readonly<Record<string, () => Promise<Command>>> = {
  parse: async () => (await import("./commands/parse.ts")).parseCommand,
  schema: async () => (await import("./commands/schema.ts")).schemaCommand,
  diff: async () => (await import("./commands/diff.ts")).diffCommand,
  ingest: async () => (await import("./commands/ingest.ts")).ingestCommand,
  serve: async () => (await import("./commands/serve.ts")).serveCommand,
  start: async () => (await import("./commands/start.ts")).startCommand,
  user: async () => (await import("./commands/user.ts")).userCommand,
  export: async () => (await import("./commands/export.ts")).exportCommand,
  import: async () => (await import("./commands/export.ts")).importCommand,
  digest: async () => (await import("./commands/digest.ts")).digestCommand,
  help: async () => helpCommand,
};

/** Runs the command line (without "node main.ts") and returns the exit code. */
export async function main(argv: string[], io: Io): Promise<number> {
  try {
    const [first, ...rest] = argv;
    if (first === undefined) {
      io.stderr(usage);
      return ExitCode.usage;
    }
    if (first === "--help" || first === "-h") return await helpCommand(rest.slice(0, 1), io);
    if (first.startsWith("-")) throw new UsageError(`unknown option '${first}'`);
    const load = Object.hasOwn(commands, first) ? commands[first] : undefined;
    if (!load) throw new UsageError(`unknown command '${first}'`);
    return await (await load())(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      const where = error.command ? `mandates ${error.command}` : "mandates";
      const hint = error.command ? `mandates help ${error.command}` : "mandates --help";
      io.stderr(`${where}: ${error.message}\nTry '${hint}' for usage.\n`);
      return ExitCode.usage;
    }
    io.stderr(`${internalErrorMessage(error, io.env)}\n`);
    return ExitCode.internal;
  }
}

function isEntryPoint(): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return realpathSync(script) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  const io: Io = {
    stdout: (text) => void process.stdout.write(text),
    stdoutBytes: (bytes) => void process.stdout.write(bytes),
    stderr: (text) => void process.stderr.write(text),
    stdin: process.stdin,
    env: process.env,
    isTty: process.stderr.isTTY === true,
  };
  const die = (error: unknown) => {
    process.stderr.write(`${internalErrorMessage(error, process.env)}\n`);
    process.exit(ExitCode.internal);
  };
  process.on("uncaughtException", die);
  process.on("unhandledRejection", die);
  // A reader that goes away (`mandates parse ... | head`) is not an error.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    die(error);
  });
  main(process.argv.slice(2), io).then((code) => {
    // exitCode, not exit(): lets stdout drain when it is a pipe.
    process.exitCode = code;
  }, die);
}
