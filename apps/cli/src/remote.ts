/**
 * Talking to a running server through the typed client: signs in with the user named by --user
 * (or MANDATES_USER) and the password in MANDATES_PASSWORD, and keeps the session cookie.
 */
import { createSessionClient, type MandatesClient } from "@mandates/client";
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
  const { client } = createSessionClient(url);
  await client.users.signIn.mutate({ username, password });
  return { client };
}
