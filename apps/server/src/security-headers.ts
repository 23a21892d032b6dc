/**
 * The headers every response carries, the web app's pages and the API's answers alike: a strict
 * Content-Security-Policy (scripts, styles and everything else only from this origin, no inline
 * script, nothing may frame the app), no MIME sniffing, no Referer leaving the page (a private
 * calendar address or a symbol in the URL stays here), and a window of our own.
 */
import type { FastifyReply, FastifyRequest } from "fastify";

/**
 * React sets style={...} through the DOM (CSSOM), which style-src 'self' allows; only style=""
 * written in HTML would need 'unsafe-inline', and the built index.html has none.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join("; ");

export const securityHeaders: Readonly<Record<string, string>> = {
  "content-security-policy": contentSecurityPolicy,
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "x-frame-options": "DENY",
  "cross-origin-opener-policy": "same-origin",
};

/**
 * A server set up for HTTPS (see ServerServices.secureCookies) also tells browsers to come back
 * over HTTPS only, for a year: a plain-http link to it can then never carry the session.
 */
export const strictTransportSecurity = "max-age=31536000";

/**
 * The onRequest hook. Set on the raw response, so that they are sent whatever answers later:
 * a route, the static files, the not-found handler or the error handler.
 */
export function securityHeadersHook(https: boolean) {
  const headers = Object.entries({
    ...securityHeaders,
    ...(https ? { "strict-transport-security": strictTransportSecurity } : {}),
  });
  return async (_request: FastifyRequest, reply: FastifyReply) => {
    for (const [name, value] of headers) reply.raw.setHeader(name, value);
  };
}
