/**
 * The parser's thread (see parser-pool.ts): reads each text it is sent, or each PDF (its pages'
 * text, then that text), and answers with the resolution, or with why it refused it. It says
 * "ready" once the parser is loaded, and "reading" once pdf.js is loaded for a PDF (on the first
 * one), so the pool's time limit counts the reading alone.
 */
import { parentPort } from "node:worker_threads";
import { ParseError, type ParseOptions, parseResolution } from "@mandates/parser";
import type { ParseReply, ParseRequest } from "./parse-messages.ts";
import { loadPdfReader, readPdf } from "./read-pdf.ts";

const port = parentPort;
if (!port) throw new Error("parse-worker.ts runs as a worker thread of the parser pool.");

port.on("message", (request: ParseRequest) => {
  if ("text" in request) port.postMessage(read(request.text, request.options));
  else
    loadPdfReader()
      .then(() => {
        port.postMessage("reading");
        return readPdf(request.pdf);
      })
      .then(
        ({ text }) => {
          const reply = read(text, request.options);
          port.postMessage("resolution" in reply ? { ...reply, text } : reply);
        },
        (error: unknown) => port.postMessage(failure(error)),
      );
});
port.postMessage("ready");

function read(text: string, options: ParseOptions): ParseReply {
  try {
    return { resolution: parseResolution(text, options) };
  } catch (error) {
    return failure(error);
  }
}

function failure(error: unknown): ParseReply {
  if (error instanceof ParseError) return { refused: error.message };
  const bug = error instanceof Error ? error : new Error(String(error));
  return { failed: { message: bug.message, stack: bug.stack ?? "" } };
}
