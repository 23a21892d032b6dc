/**
 * What the request log (MANDATES_LOG=1) writes of a request: a private calendar address's token
 * is a password, so the URL is logged without it.
 */
import type { FastifyRequest } from "fastify";

/** The URL with the value of any `token` parameter replaced. */
export function withoutSecrets(url: string): string {
  return url.replace(/([?&]token=)[^&#]*/g, "$1[hidden]");
}

/** Fastify's logger options: its usual fields of a request, the URL without secrets. */
export const requestLogOptions = {
  serializers: {
    req: (request: FastifyRequest) => ({
      method: request.method,
      url: withoutSecrets(request.url),
      host: request.host,
      remoteAddress: request.ip,
      remotePort: request.socket?.remotePort,
    }),
  },
};
