/**
 * Parsing on the server, off the main thread: imports run parseResolution in a small pool of worker
 * threads (min(2, cores)), started on the first import, one text at a time each, with a time limit
 * per text (10 s) and a memory limit. A PDF is read there too (its pages' text, then that text
 * parsed), within the same limits. A text over either is refused with a sentence naming the
 * limit, and its thread is stopped and replaced; a thread that dies is replaced too. Meanwhile the
 * main thread goes on answering every other request.
 *
 * The threads run dist/parse-worker.mjs beside the bundled server (build.mjs), or, when the server
 * runs from its TypeScript source (tsx, vitest), parse-worker.ts loaded through tsx's API: on
 * Node 20 a worker thread does not inherit the loader that lets its parent run TypeScript.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { Resolution } from "@mandates/domain";
import { ParseError, type ParseOptions } from "@mandates/parser";
import type { ParseReply, ParseRequest } from "./parse-messages.ts";

export const defaultParseTimeLimitMs = 10_000;
/** A 9 MB text, the largest an import takes, parses in a small fraction of this. */
export const defaultParseMemoryMb = 1_024;
/** Loading the parser (compiling it, under tsx) before the first text. */
const startLimitMs = 60_000;

/** The parser could not read a text within its limits: the text's fault, not the server's. */
export class ParserGaveUpError extends Error {
  override readonly name = "ParserGaveUpError";
}

export interface ParserPoolOptions {
  /** Threads; min(2, cores) by default. */
  size?: number;
  /** Per text, counted from when a thread starts on it; 10 s by default. */
  timeLimitMs?: number;
  /** The heap a thread may grow to, in MB; 1,024 by default. */
  memoryLimitMb?: number;
}

/** A resolution read from a PDF, with the text read from its pages. */
export interface PdfResolution {
  resolution: Resolution;
  text: string;
}

interface Job {
  request: ParseRequest;
  resolve: (read: PdfResolution | Resolution) => void;
  reject: (error: Error) => void;
}

export class ParserPool {
  readonly size: number;
  readonly timeLimitMs: number;
  readonly memoryLimitMb: number;
  private readonly threads: ParserThread[] = [];
  private readonly idle: ParserThread[] = [];
  private readonly queue: Job[] = [];
  private closed = false;

  constructor(options: ParserPoolOptions = {}) {
    this.size = Math.max(1, options.size ?? Math.min(2, availableParallelism()));
    this.timeLimitMs = options.timeLimitMs ?? defaultParseTimeLimitMs;
    this.memoryLimitMb = options.memoryLimitMb ?? defaultParseMemoryMb;
  }

  /** Reads a text when a thread is free; throws ParseError, ParserGaveUpError, or the parser's bug. */
  parse(text: string, options: ParseOptions = {}): Promise<Resolution> {
    return this.run({ text, options }) as Promise<Resolution>;
  }

  /** Reads a PDF's text and parses it when a thread is free; throws as parse does. */
  parsePdf(pdf: Uint8Array, options: ParseOptions = {}): Promise<PdfResolution> {
    return this.run({ pdf, options }) as Promise<PdfResolution>;
  }

  private run(request: ParseRequest): Promise<PdfResolution | Resolution> {
    if (this.closed) return Promise.reject(new Error("The server is shutting down."));
    return new Promise((resolve, reject) => {
      this.queue.push({ request, resolve, reject });
      this.dispatch();
    });
  }

  /** How many threads are running now (they start on demand). */
  get running(): number {
    return this.threads.filter((t) => t.alive).length;
  }

  /** How many texts threads are reading now. */
  get reading(): number {
    return this.threads.filter((t) => t.reading).length;
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      let thread = this.idle.pop();
      if (!thread && this.threads.length < this.size) {
        thread = new ParserThread(this.timeLimitMs, this.memoryLimitMb);
        this.threads.push(thread);
      }
      if (!thread) return;
      const free = thread;
      const job = this.queue.shift() as Job;
      free
        .run(job.request)
        .then(job.resolve, job.reject)
        .finally(() => {
          if (this.closed) return;
          this.idle.push(free);
          this.dispatch();
        });
    }
  }

  /** Stops every thread; texts still waiting are refused. */
  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new Error("The server is shutting down."));
    await Promise.all(this.threads.map((t) => t.stop()));
  }
}

interface Pending {
  /** The thread reading the text: answers from a thread since stopped are not for this text. */
  worker: Worker;
  settle: (reply: ParseReply | Error) => void;
  /** The thread has pdf.js loaded and starts on the PDF: its time limit counts from now. */
  reading: () => void;
}

/** One worker thread, reading one text at a time; started again after it is stopped or dies. */
class ParserThread {
  private worker: Worker | null = null;
  private ready: Promise<Worker> | null = null;
  private pending: Pending | null = null;

  constructor(
    private readonly timeLimitMs: number,
    private readonly memoryLimitMb: number,
  ) {}

  get alive(): boolean {
    return this.worker !== null;
  }

  get reading(): boolean {
    return this.pending !== null;
  }

  async run(request: ParseRequest): Promise<PdfResolution | Resolution> {
    const worker = await this.started();
    const pdf = "pdf" in request;
    const reply = await new Promise<ParseReply | Error>((resolve) => {
      const giveUp = (message: string) => () => {
        this.pending = null;
        void this.stop();
        resolve(new ParserGaveUpError(message));
      };
      // A thread loads pdf.js on its first PDF, within the time a thread has to start; the PDF's
      // own time limit counts from when the thread says it is reading it.
      let timer = pdf
        ? setTimeout(
            giveUp(`The parser's PDF reader did not load within ${startLimitMs / 1000} s.`),
            startLimitMs,
          )
        : setTimeout(
            giveUp(
              `The parser gave up on this text after ${this.timeLimitMs / 1000} s: reading it took far longer than any resolution does, so nothing was stored. Check that it is the text of one resolution.`,
            ),
            this.timeLimitMs,
          );
      this.pending = {
        worker,
        settle: (answer) => {
          clearTimeout(timer);
          this.pending = null;
          resolve(answer);
        },
        reading: () => {
          clearTimeout(timer);
          timer = setTimeout(
            giveUp(
              `The parser gave up on this PDF after ${this.timeLimitMs / 1000} s: reading it took far longer than any resolution's PDF does, so nothing was stored. Check that it is the PDF of one resolution.`,
            ),
            this.timeLimitMs,
          );
        },
      };
      worker.postMessage(request);
    });
    if (reply instanceof Error) throw reply;
    if ("resolution" in reply)
      return reply.text === undefined
        ? reply.resolution
        : { resolution: reply.resolution, text: reply.text };
    if ("refused" in reply) throw new ParseError(reply.refused);
    const bug = new Error(reply.failed.message);
    bug.stack = reply.failed.stack;
    throw bug;
  }

  private started(): Promise<Worker> {
    this.ready ??= this.start();
    return this.ready;
  }

  private start(): Promise<Worker> {
    const { script, evaluated } = workerScript();
    const worker = new Worker(script, {
      eval: evaluated,
      resourceLimits: { maxOldGenerationSizeMb: this.memoryLimitMb },
    });
    this.worker = worker;
    return new Promise<Worker>((resolve, reject) => {
      let loaded = false;
      const startTimer = setTimeout(() => {
        reject(new Error(`The parser's thread did not start within ${startLimitMs / 1000} s.`));
        void this.stop();
      }, startLimitMs);
      worker.on("message", (message: ParseReply | "ready" | "reading") => {
        if (message === "ready") {
          loaded = true;
          clearTimeout(startTimer);
          resolve(worker);
        } else if (message === "reading") this.pendingOn(worker)?.reading();
        else this.pendingOn(worker)?.settle(message);
      });
      // A dead thread is forgotten at once, so the next text starts a new one.
      const forget = () => {
        if (this.worker !== worker) return;
        this.worker = null;
        this.ready = null;
      };
      worker.on("error", (error: Error & { code?: string }) => {
        clearTimeout(startTimer);
        forget();
        if (!loaded) reject(new Error(`The parser's thread could not start: ${error.message}`));
        this.pendingOn(worker)?.settle(
          error.code === "ERR_WORKER_OUT_OF_MEMORY"
            ? new ParserGaveUpError(
                `The parser gave up on this text: reading it needed more than ${this.memoryLimitMb} MB of memory, so nothing was stored. Check that it is the text of one resolution.`,
              )
            : error,
        );
      });
      worker.on("exit", () => {
        clearTimeout(startTimer);
        if (!loaded) reject(new Error("The parser's thread stopped before it started."));
        forget();
        this.pendingOn(worker)?.settle(
          new Error("The parser's thread stopped while reading a text."),
        );
      });
    });
  }

  private pendingOn(worker: Worker): Pending | null {
    return this.pending?.worker === worker ? this.pending : null;
  }

  async stop(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    this.ready = null;
    await worker?.terminate();
  }
}

/** The thread's code: the bundle's parse-worker.mjs, or parse-worker.ts through tsx. */
function workerScript(): { script: string | URL; evaluated: boolean } {
  const here = import.meta.url;
  if (!here.endsWith(".ts"))
    return { script: new URL("./parse-worker.mjs", here), evaluated: false };
  const entry = JSON.stringify(new URL("./parse-worker.ts", here).href);
  const tsx = JSON.stringify(import.meta.resolve("tsx/esm/api"));
  return {
    script: `import(${tsx}).then(({ tsImport }) => tsImport(${entry}, ${entry}))`,
    evaluated: true,
  };
}
