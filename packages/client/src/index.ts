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

export function createMandatesClient(options: ClientOptions) {
  const base = options.url.replace(/\/+$/, "");
  return createTRPCClient<AppRouter>({
    links: [
      httpBatchLink({
        url: `${base}/trpc`,
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
 * A client outside the browser that keeps the session cookie the server sets on sign-in and sends
 * it back on every call, as a browser would: for scripts and the CLI.
 */
export function createSessionClient(url: string): {
  client: MandatesClient;
  /** The session cookie held now ("mandates_session=..."), or "". */
  cookie: () => string;
} {
  let cookie = "";
  const fetchWithCookie: typeof fetch = async (input, init) => {
    const headers = new Headers(init?.headers);
    if (cookie) headers.set("cookie", cookie);
    const response = await fetch(input, { ...init, headers });
    const set = response.headers.get("set-cookie");
    if (set) cookie = set.split(";")[0] ?? "";
    return response;
  };
  return { client: createMandatesClient({ url, fetch: fetchWithCookie }), cookie: () => cookie };
}
