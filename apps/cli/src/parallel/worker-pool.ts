/**
 * A few worker threads that read and parse inputs for the CLI, so that a batch uses every core:
 * the main thread hands out files and writes (or stores) results, the threads do the reading,
 * parsing and serializing. Each thread is handed several files ahead (`depth`), so that it goes on
 * working while the main thread is busy storing a batch and cannot answer its messages. A thread
 * that dies fails the files it held and is replaced for the next ones.
 *
 * The threads run read-worker.ts, bundled into plain JavaScript (worker-bundle.ts). Failing that,
 * they load it through tsx's API, as the server's parser pool does: the command runs under tsx,
 * whose loader a worker thread does not inherit on Node 20.
 */
import { Worker } from "node:worker_threads";
import type { WorkerReply, WorkerRequest } from "./messages.ts";
import { workerBundle } from "./worker-bundle.ts";

interface Pending {
  resolve: (reply: WorkerReply) => void;
  reject: (error: Error) => void;
}

export class WorkerPool {
  private readonly threads: Thread[];
  private nextId = 0;

  constructor(size: number, depth = 8) {
    this.threads = Array.from({ length: Math.max(1, size) }, () => new Thread(depth));
  }

  /** Runs one request on the thread with the fewest files in hand. */
  run(request: Omit<WorkerRequest, "id">): Promise<WorkerReply> {
    const thread = this.threads.reduce((a, b) => (b.load < a.load ? b : a));
    return thread.run({ ...request, id: this.nextId++ });
  }

  async close(): Promise<void> {
    await Promise.all(this.threads.map((t) => t.stop()));
  }
}

class Thread {
  private worker: Worker | null = null;
  private readonly pending = new Map<number, Pending>();
  private readonly waiting: Array<{ request: WorkerRequest } & Pending> = [];

  constructor(private readonly depth: number) {}

  get load(): number {
    return this.pending.size + this.waiting.length;
  }

  run(request: WorkerRequest): Promise<WorkerReply> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ request, resolve, reject });
      this.send();
    });
  }

  /** Hands the thread what waits, up to `depth` files at a time. */
  private send(): void {
    while (this.waiting.length > 0 && this.pending.size < this.depth) {
      const job = this.waiting.shift() as { request: WorkerRequest } & Pending;
      this.pending.set(job.request.id, job);
      (this.worker ?? this.start()).postMessage(job.request);
    }
  }

  private start(): Worker {
    const { script, evaluated } = workerScript();
    const worker = new Worker(script, { eval: evaluated });
    this.worker = worker;
    const fail = (error: Error) => {
      if (this.worker !== worker) return;
      this.worker = null;
      const held = [...this.pending.values()];
      this.pending.clear();
      for (const job of held) job.reject(error);
      this.send();
    };
    worker.on("message", (reply: WorkerReply & { id: number }) => {
      const job = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      job?.resolve(reply);
      this.send();
    });
    worker.on("error", fail);
    worker.on("exit", () => fail(new Error("the thread reading the files stopped")));
    return worker;
  }

  async stop(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    await worker?.terminate();
  }
}

/** The thread's code: read-worker.ts bundled, or else loaded through tsx. */
let script: { script: string | URL; evaluated: boolean } | null = null;
function workerScript(): { script: string | URL; evaluated: boolean } {
  script ??= loadedScript();
  return script;
}

function loadedScript(): { script: string | URL; evaluated: boolean } {
  const source = new URL("./read-worker.ts", import.meta.url);
  const bundle = workerBundle(source);
  if (bundle) return { script: bundle, evaluated: false };
  const entry = JSON.stringify(source.href);
  const tsx = JSON.stringify(import.meta.resolve("tsx/esm/api"));
  return {
    script: `import(${tsx}).then(({ tsImport }) => tsImport(${entry}, ${entry}))`,
    evaluated: true,
  };
}
