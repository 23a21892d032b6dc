/**
 * Runs in a worker thread (see parse-pool.ts): parses each text it is sent and posts back the
 * outcome. Kept apart from the main thread so that a parser stuck in a loop can be stopped.
 */
import { parentPort } from "node:worker_threads";
import { type ParseOutcome, tryParse } from "./parse-outcome.ts";

parentPort?.on("message", (text: string) => {
  const outcome = tryParse(text);
  try {
    parentPort?.postMessage(outcome);
  } catch (error) {
    // A result holding functions or class instances cannot cross threads: the parser's output
    // should be plain data, so say so rather than lose the answer.
    const uncopyable: ParseOutcome = {
      kind: "unexpected",
      message: `the parse result cannot be copied between threads: ${(error as Error).message}`,
      milliseconds: outcome.milliseconds,
    };
    parentPort?.postMessage(uncopyable);
  }
});

/** Loading tsx and the parser takes a moment: the time limit starts once the thread is ready. */
parentPort?.postMessage("ready");
