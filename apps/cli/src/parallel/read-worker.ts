/**
 * A reading thread of the CLI (see worker-pool.ts): reads each file it is sent, checks and parses
 * it, and answers with the resolution or its printed form, or with why the file was refused. A
 * resolution to store comes with its text packed and its parse hashed (packSource), so that the
 * thread that writes the library only writes.
 */
import { parentPort } from "node:worker_threads";
import { packSource } from "@mandates/db/source-text";
import { normalizeSymbol } from "@mandates/domain";
import { parseResolution } from "@mandates/parser";
import { type Outcome, parseOne } from "../parse-one.ts";
import type { WorkerReply, WorkerRequest } from "./messages.ts";

const port = parentPort;
if (!port) throw new Error("read-worker.ts runs as a worker thread of the CLI.");

port.on("message", ({ id, file, rendering, symbol }: WorkerRequest) => {
  parseOne(file, rendering, parseResolution).then(
    (outcome) => reply(id, packed(outcome, symbol), rendering),
    (error: unknown) =>
      reply(
        id,
        {
          file,
          ok: false,
          code: "internal-error",
          message: `${file}: ${error instanceof Error ? error.message : String(error)}`,
        },
        rendering,
      ),
  );
});

/**
 * A --jsonl line goes back as UTF-8, handed over rather than copied: encoding 50 MB of JSON was
 * the main thread's largest cost, and here it runs beside the other threads. It is written into a
 * buffer of its exact length, newline included: appending the newline to the string first would
 * copy every line once more.
 */
function reply(id: number, outcome: Outcome, rendering: WorkerRequest["rendering"]): void {
  if (rendering === "jsonl" && outcome.ok && outcome.printed !== undefined) {
    const { printed, ...rest } = outcome;
    const length = Buffer.byteLength(printed);
    // Not from Buffer's shared pool: its memory goes to the main thread whole.
    const line = Buffer.allocUnsafeSlow(length + 1);
    line.write(printed);
    line[length] = 0x0a;
    port?.postMessage({ ...rest, line, id } satisfies WorkerReply, [line.buffer]);
    return;
  }
  port?.postMessage({ ...outcome, id } satisfies WorkerReply);
}

/** A resolution to store: its symbol given if it prints none, its text packed in its place. */
function packed(outcome: Outcome, symbol: string | undefined): Outcome {
  if (!outcome.ok || !outcome.resolution || outcome.text === undefined) return outcome;
  const { text, resolution, ...rest } = outcome;
  if (!resolution.symbol && symbol) resolution.symbol = normalizeSymbol(symbol);
  return { ...rest, resolution, packed: packSource(resolution, text) };
}
