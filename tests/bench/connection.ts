/**
 * One HTTP connection of a load: a fetch over a single kept-alive socket (node:http, one socket per
 * agent), and the typed client on top of it, so that N simulated users hold exactly N connections
 * to the server and speak to it as every other program does (packages/client).
 */
import { Agent, request } from "node:http";
import { createMandatesClient, type MandatesClient, TRPCClientError } from "@mandates/client";

export interface Connection {
  client: MandatesClient;
  /** A plain GET on the same socket (for /calendar.ics): status and body. */
  get(path: string): Promise<{ status: number; body: string }>;
  close(): void;
}

export function openConnection(url: string, cookie: string): Connection {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const send: typeof fetch = (input, init) =>
    new Promise((resolve, reject) => {
      const target = new URL(
        typeof input === "string" ? input : input instanceof URL ? input.href : input.url,
      );
      const headers: Record<string, string> = {};
      new Headers(init?.headers).forEach((value, key) => {
        headers[key] = value;
      });
      const outgoing = request(
        target,
        { method: init?.method ?? "GET", agent, headers },
        (incoming) => {
          const chunks: Buffer[] = [];
          incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
          incoming.on("error", reject);
          incoming.on("end", () => {
            const responseHeaders = new Headers();
            for (const [key, value] of Object.entries(incoming.headers))
              if (typeof value === "string") responseHeaders.set(key, value);
            resolve(
              new Response(Buffer.concat(chunks), {
                status: incoming.statusCode ?? 500,
                headers: responseHeaders,
              }),
            );
          });
        },
      );
      outgoing.on("error", reject);
      outgoing.end(typeof init?.body === "string" ? init.body : undefined);
    });
  const base = url.replace(/\/+$/, "");
  return {
    client: createMandatesClient({ url: base, cookie, fetch: send }),
    async get(path) {
      const response = await send(`${base}${path}`, { headers: { cookie } });
      return { status: response.status, body: await response.text() };
    },
    close: () => agent.destroy(),
  };
}

/**
 * The HTTP status a call ended with: 200 for an answer, the status the server gave for a refusal,
 * 0 when no answer came (the connection was refused or reset).
 */
export function statusOf(error: unknown): number {
  if (error instanceof TRPCClientError) {
    const status = (error.data as { httpStatus?: number } | undefined)?.httpStatus;
    if (typeof status === "number") return status;
    // A response that was not tRPC's (a proxy's or the HTTP layer's own refusal).
    const meta = error.meta as { response?: { status?: number } } | undefined;
    return meta?.response?.status ?? 0;
  }
  return 0;
}

export const messageOf = (error: unknown): string =>
  (error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "";
