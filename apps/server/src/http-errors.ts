/**
 * What fastify itself refuses (a body too large, of a type we do not take, JSON that does not
 * parse, a query that fails its schema) as `{ error: sentence }` with the status it deserves.
 * Anything else is an internal error: logged, and answered without its details or stack.
 */
import type { FastifyError, FastifyInstance } from "fastify";
import { tooLargeMessage } from "./request-limits.ts";

/** The sentence for a refusal fastify raised, by its code; null to use fastify's own words. */
function sentence(error: FastifyError): string | null {
  switch (error.code) {
    case "FST_ERR_CTP_BODY_TOO_LARGE":
      return tooLargeMessage;
    case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
      return "Only JSON is accepted (Content-Type: application/json).";
    case "FST_ERR_CTP_EMPTY_JSON_BODY":
      return "The body is empty: send JSON, or no Content-Type.";
    case "FST_ERR_CTP_INVALID_CONTENT_LENGTH":
      return "The body's length does not match its Content-Length.";
    case "FST_ERR_BAD_URL":
      return "The address is not valid.";
  }
  // The JSON parser's SyntaxError carries no code, only a status.
  if (error instanceof SyntaxError) return "The body is not valid JSON.";
  return null;
}

export function answerErrors(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, _request, reply) => {
    const status = error.statusCode ?? 500;
    if (status >= 500) {
      app.log.error(error);
      return reply.status(500).send({ error: "Internal error." });
    }
    return reply.status(status).send({ error: sentence(error) ?? error.message });
  });
}
