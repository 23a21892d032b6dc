/**
 * Parses texts in worker threads: as many at once as the machine has cores (up to 4), and with
 * a time limit per text, so that a parser stuck in a loop on one file is reported as a failure
 * of that file instead of hanging the whole evaluation.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { ParseOutcome } from "./parse-outcome.ts";

/** The slowest corpus file parses in well under a second; this is generous. */
export const parseTimeLimitMs = 30_000;

const tsxApi = import.meta.resolve("tsx/esm/api");
const workerModule = new URL("./parse-worker.ts", import.meta.url).href;

/**
 * On Node 20, worker threads do not inherit tsx's loader, so the worker starts as a line of
 * JavaScript that loads its TypeScript module through tsx's API.
 */
const bootstrap = `import(${JSON.stringify(tsxApi)}).then(({ tsImport }) => tsImport(${JSON.stringify(workerModule)}, ${JSON.stringify(workerModule)}))`;

interface Job {
  text: () => string;
  resolve: (outcome: ParseOutcome) => void;
}

/** One worker thread, parsing one text at a time; replaced when it is stopped or dies. */
class ParseThread {
  private worker: Worker | null = null;
  private ready: Promise<void> = Promise.resolve();
  private pending: { resolve: (outcome: ParseOutcome) => void; timer?: NodeJS.Timeout } | null =
    null;

  /** Why the thread could not load the parser at all (a syntax error, a missing module). */
  loadFailure: string | null = null;

  constructor(private readonly timeLimitMs: number) {}

  private start(): Worker {
    const worker = new Worker(bootstrap, { eval: true });
    let isReady = false;
    let markReady = () => {};
    this.ready = new Promise((resolve) => {
      markReady = resolve;
    });
    worker.on("message", (message: ParseOutcome | "ready") => {
      if (message === "ready") {
        isReady = true;
        markReady();
      } else {
        this.settle(message);
      }
    });
    worker.on("error", (error) => {
      if (!isReady) this.loadFailure = error.message;
      markReady();
      this.settle(
        {
          kind: "unexpected",
          message: `the parser's thread died: ${error.message}`,
          milliseconds: 0,
        },
        true,
      );
    });
    worker.on("exit", () => {
      markReady();
      if (this.worker === worker) this.worker = null;
    });
    return worker;
  }

  private settle(outcome: ParseOutcome, restart = false): void {
    const pending = this.pending;
    if (!pending) return;
    this.pending = null;
    clearTimeout(pending.timer);
    if (restart) this.stop();
    pending.resolve(outcome);
  }

  async parse(text: string): Promise<ParseOutcome> {
    this.worker ??= this.start();
    const worker = this.worker;
    return new Promise((resolve) => {
      this.pending = { resolve };
      void this.ready.then(() => {
        const pending = this.pending;
        if (!pending || pending.resolve !== resolve) return; // settled while starting (thread died)
        pending.timer = setTimeout(() => {
          this.settle(
            {
              kind: "unexpected",
              message: `no answer within ${this.timeLimitMs / 1000} s: the parser may be looping`,
              milliseconds: this.timeLimitMs,
            },
            true,
          );
        }, this.timeLimitMs);
        worker.postMessage(text);
      });
    });
  }

  stop(): void {
    const worker = this.worker;
    this.worker = null;
    void worker?.terminate();
  }
}

export class ParsePool {
  private readonly queue: Job[] = [];
  private readonly threads: ParseThread[];
  private readonly idle: ParseThread[];

  constructor(
    size = Math.max(1, Math.min(4, availableParallelism())),
    timeLimitMs = parseTimeLimitMs,
  ) {
    this.threads = Array.from({ length: size }, () => new ParseThread(timeLimitMs));
    this.idle = [...this.threads];
  }

  /**
   * Parses a text when a thread is free. The text is asked for only then, so that queueing
   * every file of the corpus does not hold every file in memory.
   */
  parse(text: () => string): Promise<ParseOutcome> {
    return new Promise((resolve) => {
      this.queue.push({ text, resolve });
      this.dispatch();
    });
  }

  private dispatch(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const thread = this.idle.pop() as ParseThread;
      if (thread.loadFailure !== null) {
        // Every text would fail the same way: answer them all now rather than restart a thread
        // per file.
        const message = `the parser could not be loaded: ${thread.loadFailure}`;
        for (const job of this.queue.splice(0)) {
          job.resolve({ kind: "unexpected", message, milliseconds: 0 });
        }
        this.idle.push(thread);
        return;
      }
      const job = this.queue.shift() as Job;
      let text: string;
      try {
        text = job.text();
      } catch (error) {
        job.resolve({
          kind: "unexpected",
          message: `could not read the text: ${(error as Error).message}`,
          milliseconds: 0,
        });
        this.idle.push(thread);
        continue;
      }
      void thread.parse(text).then((outcome) => {
        job.resolve(outcome);
        this.idle.push(thread);
        this.dispatch();
      });
    }
  }

  /** Parses every item's text, reporting each answer to `done`; answers come back in order. */
  parseAll<T>(
    items: readonly T[],
    text: (item: T) => string,
    done: (count: number) => void = () => {},
  ): Promise<ParseOutcome[]> {
    let count = 0;
    return Promise.all(
      items.map((item) =>
        this.parse(() => text(item)).then((outcome) => {
          done(++count);
          return outcome;
        }),
      ),
    );
  }

  close(): void {
    for (const thread of this.threads) thread.stop();
  }
}
