/**
 * What a command may touch of the outside world, passed in so that commands run the same in the
 * real process and in tests. Commands return their exit code instead of calling process.exit.
 */
export interface Io {
  stdout: (text: string) => void;
  /** Bytes already encoded as UTF-8, written as they are (a batch's JSON lines); else decoded. */
  stdoutBytes?: (bytes: Uint8Array) => void;
  stderr: (text: string) => void;
  stdin: AsyncIterable<Uint8Array | string>;
  env: Readonly<Record<string, string | undefined>>;
  /** Whether stderr is a terminal: progress redraws in place there. */
  isTty?: boolean;
}

/** Exit codes: sysexits.h's EX_USAGE is 64, but 2 is what most CLIs use for a usage error. */
export const ExitCode = {
  ok: 0,
  /** An input could not be read or parsed. */
  failed: 1,
  /** Unknown command or option, missing argument. */
  usage: 2,
  /** A bug: an exception nobody expected (EX_SOFTWARE). */
  internal: 70,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** A mistake in the command line: reported in one line with a hint, exit 2. */
export class UsageError extends Error {
  override name = "UsageError";
  constructor(
    message: string,
    /** The command whose usage to point at ("parse"), or null for the command as a whole. */
    readonly command: string | null = null,
  ) {
    super(message);
  }
}

/** One line saying what went wrong, with the stack only when MANDATES_DEBUG=1. */
export function internalErrorMessage(error: unknown, env: Io["env"]): string {
  const message = error instanceof Error ? error.message : String(error);
  const line = `mandates: internal error: ${message.split("\n")[0]}`;
  if (env.MANDATES_DEBUG === "1" && error instanceof Error && error.stack) {
    return `${line}\n${error.stack}`;
  }
  return line;
}
