/**
 * A typed client of the Mandates API. Every procedure of the server's router, with its input and
 * output types, as plain async calls: `client.resolutions.get.query({ symbol })`.
 */

import type { AppRouter } from "@mandates/server";
import { createTRPCClient, httpBatchLink, TRPCClientError } from "@trpc/client";

export type { AppRouter };
export { TRPCClientError };

export interface ClientOptions {
  /** The server's address: "http://127.0.0.1:3000". */
  url: string;
  /** Sent with every request: a session cookie outside the browser ("mandates_session=..."). */
  cookie?: string;
  /** A fetch to use instead of the global one. */
  fetch?: typeof fetch;
}

/**
 * The most calls one batch request may carry: the server refuses more (its maxCallsPerBatch), so
 * every batching client splits at this size.
 */
export const maxBatchCalls = 20;

export function createMandatesClient(options: ClientOptions) {
  const base = options.url.replace(/\/+$/, "");
  return createTRPCClient<AppRouter>({
    links: [
      httpBatchLink({
        url: `${base}/trpc`,
        maxItems: maxBatchCalls,
        headers: () => (options.cookie ? { cookie: options.cookie } : {}),
        // The browser sends its own cookie; outside it the caller passes one above.
        fetch:
          options.fetch ?? ((input, init) => fetch(input, { ...init, credentials: "include" })),
      }),
    ],
  });
}

export type MandatesClient = ReturnType<typeof createMandatesClient>;

/**
 * A client outside the browser that keeps the cookies the server sets (the session cookie, on
 * sign-in) and sends them back on every call, as a browser would: for scripts and the CLI. It keeps
 * them whatever their name (`mandates_session`, or `__Host-mandates_session` on a server set up
 * for HTTPS) and their Secure flag: a script may reach the server by plain http behind the TLS
 * proxy. A cookie the server clears (Max-Age=0, or an empty value) is dropped.
 */
export function createSessionClient(url: string): {
  client: MandatesClient;
  /** The cookies held now ("mandates_session=..."), or "". */
  cookie: () => string;
} {
  const jar = new Map<string, string>();
  const cookie = () => [...jar].map(([name, value]) => `${name}=${value}`).join("; ");
  const fetchWithCookie: typeof fetch = async (input, init) => {
    const headers = new Headers(init?.headers);
    if (jar.size) headers.set("cookie", cookie());
    const response = await fetch(input, { ...init, headers });
    for (const set of response.headers.getSetCookie()) keep(jar, set);
    return response;
  };
  return { client: createMandatesClient({ url, fetch: fetchWithCookie }), cookie };
}

function keep(jar: Map<string, string>, setCookie: string): void {
  const [pair = "", ...attributes] = setCookie.split(";");
  const equals = pair.indexOf("=");
  if (equals <= 0) return;
  const name = pair.slice(0, equals).trim();
  const value = pair.slice(equals + 1).trim();
  const cleared = attributes.some((a) => /^\s*max-age\s*=\s*(0|-\d+)\s*$/i.test(a));
  if (cleared || !value) jar.delete(name);
  else jar.set(name, value);
}
