/**
 * How a command reads its inputs: in its own thread for a few files (starting threads costs more
 * than it saves), in reading threads across the cores for a batch. Standard input is always read
 * here: a thread cannot read the process's standard input.
 */
import { availableParallelism } from "node:os";
import { inOrder } from "./in-order.ts";
import { type Outcome, type Parse, type Rendering, STDIN_NAME } from "./outcome.ts";
import { WorkerPool } from "./worker-pool.ts";

/** From this many files on, a batch is read in threads. */
export const filesForThreads = 8;

export interface Readers {
  /** Each file's outcome, in the order of `files`. */
  outcomes(files: readonly string[]): AsyncGenerator<Outcome>;
  close(): Promise<void>;
}

export interface ReaderOptions {
  rendering: Rendering;
  /** A parser to use in this thread instead of threads (tests give a stand-in). */
  parse?: Parse;
  stdin?: AsyncIterable<Uint8Array | string>;
  /** Threads for a batch; the number of cores by default. */
  threads?: number;
  /**
   * Whether this thread has work of its own meanwhile (ingest stores what the threads parse):
   * then a core is left to it. Each reading thread compiles the parser anew, a second or two of
   * CPU, which a third thread on two cores costs without giving it back.
   */
  busy?: boolean;
  /** How many files may be read ahead of the one the caller waits for (results held meanwhile). */
  ahead?: number;
  /** For "resolution": the symbol to give a text that prints none. */
  symbol?: string;
  env?: Readonly<Record<string, string | undefined>>;
}

export function readers(files: number, options: ReaderOptions): Readers {
  const wanted = Math.min(files, threadsWanted(options));
  // The parser is loaded in this thread only when this thread parses (a batch's threads load their
  // own), and once: every import() asks the module loader again, under tsx a round trip to its
  // thread.
  let reader: Promise<ReadHere> | null = null;
  const here = async (file: string) => {
    reader ??= readerHere(options.parse);
    return (await reader)(file, options.rendering, options.stdin);
  };
  if (options.parse || files < filesForThreads || wanted < 1) {
    return { outcomes: (list) => inOrder(list, here, 1), close: async () => {} };
  }
  const ahead = options.ahead ?? wanted * 8;
  // Every file in flight is in a thread's hands: a thread goes on while this one is busy.
  const pool = new WorkerPool(wanted, Math.ceil(ahead / wanted));
  const read = (file: string): Promise<Outcome> =>
    file === STDIN_NAME
      ? here(file)
      : pool.run({
          file,
          rendering: options.rendering,
          ...(options.symbol ? { symbol: options.symbol } : {}),
        });
  return {
    // Files ahead for every thread, so that none waits for the next one.
    outcomes: (list) => inOrder(list, read, ahead),
    close: () => pool.close(),
  };
}

/** MANDATES_THREADS, else the cores, less one for a busy caller (0 reads in this thread). */
function threadsWanted(options: ReaderOptions): number {
  const set = Number.parseInt(options.env?.MANDATES_THREADS ?? "", 10);
  if (Number.isInteger(set) && set >= 0) return set;
  if (options.threads !== undefined) return options.threads;
  return Math.max(1, availableParallelism() - (options.busy ? 1 : 0));
}

type ReadHere = (
  file: string,
  rendering: Rendering,
  stdin?: AsyncIterable<Uint8Array | string>,
) => Promise<Outcome>;

/** This thread's reader, with the parser given (tests) or the real one. */
async function readerHere(given: Parse | undefined): Promise<ReadHere> {
  const { parseOne } = await import("../parse-one.ts");
  const parse = given ?? (await import("@mandates/parser")).parseResolution;
  return (file, rendering, stdin) => parseOne(file, rendering, parse, stdin);
}
