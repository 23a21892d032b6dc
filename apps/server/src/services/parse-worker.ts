/**
 * The parser's thread (see parser-pool.ts): reads each text it is sent and answers with the
 * resolution, or with why it refused the text. It says "ready" once the parser is loaded, so the
 * pool's time limit counts the reading alone.
 */
import { parentPort } from "node:worker_threads";
import { ParseError, type ParseOptions, parseResolution } from "@mandates/parser";
import type { ParseReply, ParseRequest } from "./parse-messages.ts";

const port = parentPort;
if (!port) throw new Error("parse-worker.ts runs as a worker thread of the parser pool.");

port.on("message", ({ text, options }: ParseRequest) => {
  port.postMessage(read(text, options));
});
port.postMessage("ready");

function read(text: string, options: ParseOptions): ParseReply {
  try {
    return { resolution: parseResolution(text, options) };
  } catch (error) {
    if (error instanceof ParseError) return { refused: error.message };
    const failure = error instanceof Error ? error : new Error(String(error));
    return { failed: { message: failure.message, stack: failure.stack ?? "" } };
  }
}
