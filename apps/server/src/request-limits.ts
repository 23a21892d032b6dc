/**
 * What a request may bring, checked when its headers arrive and before any of its body is read:
 * only JSON bodies (tRPC's adapter would otherwise read multipart and other types whole, without
 * a limit), at most 10 MB declared, and at most 20 calls in one tRPC batch. A body sent in chunks
 * without a length is cut off at 10 MB by fastify's bodyLimit as it streams in.
 */
import type { FastifyReply, FastifyRequest } from "fastify";

export const maxRequestBytes = 10 * 1024 * 1024;
/** The typed client (packages/client) and the web app split their batches to stay within it. */
export const maxCallsPerBatch = 20;

export const tooLargeMessage = `The request is over ${maxRequestBytes / 1024 / 1024} MB: send one resolution at a time.`;

const hasBody = (request: FastifyRequest) => {
  const length = request.headers["content-length"];
  return (
    request.headers["transfer-encoding"] !== undefined || (length !== undefined && length !== "0")
  );
};

/** application/json, alone or with a UTF-8 charset: what every client of the API sends. */
function isJson(contentType: string): boolean {
  const [type, ...parameters] = contentType.split(";").map((part) => part.trim().toLowerCase());
  return (
    type === "application/json" &&
    parameters.every((p) => p === "" || p === "charset=utf-8" || p === 'charset="utf-8"')
  );
}

/** The number of procedures a tRPC batch URL names ("/trpc/a,b,c?batch=1"), commas encoded or not. */
function batchCalls(url: string): number {
  const [path = "", query = ""] = url.split("?", 2);
  if (!path.startsWith("/trpc/") || !new URLSearchParams(query).has("batch")) return 1;
  return path.slice("/trpc/".length).split(/,|%2c/i).length;
}

/** Why the request is refused before its body is read, as [status, sentence], or null. */
export function requestRefusal(request: FastifyRequest): [number, string] | null {
  if (hasBody(request)) {
    const contentType = request.headers["content-type"];
    if (contentType === undefined || !isJson(contentType)) {
      const type = contentType?.split(";")[0]?.trim().toLowerCase();
      if (type === "application/json")
        return [
          415,
          `JSON is accepted in UTF-8 only; this request was sent as ${contentType?.trim().slice(0, 100)}.`,
        ];
      const sentAs = type ? `sent as ${type.slice(0, 100)}` : "sent without a Content-Type";
      return [
        415,
        `Only JSON is accepted (Content-Type: application/json); this request was ${sentAs}.`,
      ];
    }
    if (Number(request.headers["content-length"]) > maxRequestBytes) return [413, tooLargeMessage];
  }
  const calls = batchCalls(request.url);
  if (calls > maxCallsPerBatch)
    return [
      400,
      `A batch may hold at most ${maxCallsPerBatch} calls; this one holds ${calls}. Send them in smaller batches.`,
    ];
  return null;
}

/** The onRequest hook (what becomes of the unread body: refused-body.ts). */
export async function refuseBeyondLimits(request: FastifyRequest, reply: FastifyReply) {
  const refusal = requestRefusal(request);
  if (!refusal) return;
  const [status, error] = refusal;
  return reply.status(status).send({ error });
}
