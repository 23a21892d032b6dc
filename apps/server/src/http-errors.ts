/**
 * What fastify itself refuses (a body too large, JSON that does not parse, an address it cannot
 * route) as `{ error: sentence }` with the status it deserves, and with the security headers of
 * every other answer. Anything else is an internal error: logged, and answered without its
 * details or stack.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { tooLargeMessage } from "./request-limits.ts";
import { securityHeaders } from "./security-headers.ts";

/** The sentence for a refusal fastify raised, by its code; null to use fastify's own words. */
function sentence(error: FastifyError): string | null {
  switch (error.code) {
    case "FST_ERR_CTP_BODY_TOO_LARGE":
      return tooLargeMessage;
    case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
      return "Only JSON is accepted (Content-Type: application/json).";
    case "FST_ERR_CTP_INVALID_JSON_BODY":
    case "FST_ERR_CTP_EMPTY_JSON_BODY":
      return "The body is not valid JSON.";
    case "FST_ERR_CTP_INVALID_CONTENT_LENGTH":
      return "The body's length does not match its Content-Length.";
  }
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

/**
 * fastify's `frameworkErrors`: an address refused before any route or hook runs (a malformed
 * %-escape).
 */
export function answerFrameworkErrors(
  error: FastifyError,
  _request: FastifyRequest,
  reply: FastifyReply,
): void {
  const status = error.statusCode ?? 500;
  const words =
    error.code === "FST_ERR_BAD_URL"
      ? "The address is not valid: it has a malformed %-escape."
      : status < 500
        ? error.message
        : "Internal error.";
  void reply.headers(securityHeaders).status(status).send({ error: words });
}
