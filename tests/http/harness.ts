/**
 * A real server on a loopback port, on a fresh database of either dialect, with accounts of each
 * role, and typed clients that sign in over HTTP and keep their session cookie.
 */

import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createMandatesClient, createSessionClient, type MandatesClient } from "@mandates/client";
import { createUser, type DialectName, hashPassword } from "@mandates/db";
import { freshDatabase, type TestDatabase } from "@mandates/db/testing";
import { buildServer, type MandatesServer, type ServerOptions } from "@mandates/server";

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "../..");
export const sharedText = (path: string) => readFileSync(join(repoRoot, "../shared", path), "utf8");

export const password = "correct horse battery staple";

export interface Harness {
  url: string;
  database: TestDatabase;
  server: MandatesServer;
  /** A client that has not signed in. */
  anonymous: MandatesClient;
  signIn(username: string): Promise<MandatesClient>;
  close(): Promise<void>;
}

/** `options`: how the server is set up beyond its database (HTTPS cookies, the idle timeout). */
export async function startHarness(
  dialect: DialectName,
  options: Omit<ServerOptions, "db"> = {},
): Promise<Harness> {
  const database = await freshDatabase(dialect);
  const db = database.db;
  const hash = await hashPassword(password);
  await createUser(db, {
    username: "admin",
    displayName: "Admin",
    role: "admin",
    passwordHash: hash,
  });
  await createUser(db, {
    username: "editor",
    displayName: "Editor",
    role: "editor",
    passwordHash: hash,
  });
  await createUser(db, {
    username: "unodc",
    displayName: "UNODC focal point",
    role: "editor",
    editableActorIds: ["unodc"],
    passwordHash: hash,
  });
  await createUser(db, {
    username: "viewer",
    displayName: "Viewer",
    role: "viewer",
    passwordHash: hash,
  });
  const server = await buildServer({ ...options, db });
  const url = await server.app.listen({ port: 0, host: "127.0.0.1" });
  return {
    url,
    database,
    server,
    anonymous: createMandatesClient({ url }),
    async signIn(username) {
      const { client } = createSessionClient(url);
      await client.users.signIn.mutate({ username, password });
      return client;
    },
    async close() {
      await server.app.close();
      await database.drop();
    },
  };
}
