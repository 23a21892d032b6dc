/**
 * Talking to a running server through the typed client: signs in with the user named by --user
 * (or MANDATES_USER) and the password in MANDATES_PASSWORD, and keeps the session cookie.
 */
import { createMandatesClient, type MandatesClient } from "@mandates/client";
import { type Io, UsageError } from "./io.ts";

export interface RemoteSession {
  client: MandatesClient;
}

export async function remoteSession(
  url: string,
  user: string | undefined,
  io: Io,
): Promise<RemoteSession> {
  const username = user ?? io.env.MANDATES_USER;
  const password = io.env.MANDATES_PASSWORD;
  if (!username || !password)
    throw new UsageError(
      "--server needs --user NAME (or MANDATES_USER) and MANDATES_PASSWORD",
      "ingest",
    );
  let cookie = "";
  // Keep the session cookie the server sets on sign-in, and send it back on every call.
  const fetchWithCookie: typeof fetch = async (input, init) => {
    const headers = new Headers(init?.headers);
    if (cookie) headers.set("cookie", cookie);
    const response = await fetch(input, { ...init, headers });
    const set = response.headers.get("set-cookie");
    if (set) cookie = set.split(";")[0] ?? "";
    return response;
  };
  const client = createMandatesClient({ url, fetch: fetchWithCookie });
  await client.users.signIn.mutate({ username, password });
  return { client };
}
