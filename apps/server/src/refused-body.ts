/**
 * What becomes of a body the server refused without reading it (415, 413): the answer is sent,
 * then the rest of the body is read and thrown away, at most 10 MB of it or for 5 s, before the
 * connection is closed. Closing at once would lose the answer: a socket closed with unread data
 * is reset, and the reset discards what was still on its way to the client.
 */
import type { FastifyReply, FastifyRequest } from "fastify";
import { maxRequestBytes } from "./request-limits.ts";

const maxDrainBytes = maxRequestBytes;
const maxDrainMs = 5_000;

/**
 * The onSend hook. fastify asks to close the connection after a body it refused mid-stream;
 * keeping it open lets the draining below happen (and lets the client read the answer).
 */
export async function keepOpenForDrain(
  request: FastifyRequest,
  reply: FastifyReply,
  payload: unknown,
) {
  if (!request.raw.complete && reply.getHeader("connection") === "close")
    reply.removeHeader("connection");
  return payload;
}

/** The onResponse hook: drains what is left of an unread body, within the bounds above. */
export async function drainRefusedBody(request: FastifyRequest) {
  const body = request.raw;
  if (body.complete) return;
  let drained = 0;
  const stop = () => {
    clearTimeout(timer);
    body.off("data", onData);
    body.off("end", stop);
  };
  const close = () => {
    stop();
    body.socket?.destroy();
  };
  const onData = (chunk: Buffer) => {
    drained += chunk.length;
    if (drained > maxDrainBytes) close();
  };
  const timer = setTimeout(close, maxDrainMs);
  timer.unref();
  body.on("data", onData);
  body.on("end", stop);
}
