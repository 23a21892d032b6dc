/** What the CLI's main thread and its reading threads (worker-pool.ts, read-worker.ts) say. */
import type { Outcome, Rendering } from "../parse-one.ts";

export interface WorkerRequest {
  /** Matches the reply to the request: a thread holds several files at once. */
  id: number;
  file: string;
  /** What to send back: the resolution itself, or one of the printed forms. */
  rendering: Rendering;
  /** For "resolution": the symbol to give a text that prints none. */
  symbol?: string;
}

export type WorkerReply = Outcome & { id: number };
