/**
 * A library to put under load: accounts created through the store (an admin and a few editors,
 * as `mandates user add` does), and texts imported over HTTP by the admin, as the import page does.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createSessionClient, type MandatesClient } from "@mandates/client";
import { createUser, type DatabaseHandle, hashPassword } from "@mandates/db";
import type { TestDatabase } from "@mandates/db/testing";
import { repoRoot, type ServerProcess, startServerProcess } from "./server-process.ts";

export const shared = join(repoRoot, "../shared");
export const seedFile = join(shared, "seed/E_RES_2015_23.txt");
export const seedSymbol = "E/RES/2015/23";
const gaCorpus = join(shared, "corpus/un-ga-pdftext");

export const password = "a password for the load bench";

/** An admin ("admin") and `editors` editors ("editor1"...) who may edit every obligation. */
export async function createAccounts(db: DatabaseHandle, editors: number): Promise<string[]> {
  const passwordHash = await hashPassword(password);
  await createUser(db, { username: "admin", displayName: "Admin", role: "admin", passwordHash });
  const names = Array.from({ length: editors }, (_, i) => `editor${i + 1}`);
  for (const username of names)
    await createUser(db, { username, displayName: username, role: "editor", passwordHash });
  return names;
}

/** Signs in over HTTP; the client keeps the session cookie, which `cookie()` gives for raw requests. */
export async function signIn(
  url: string,
  username: string,
): Promise<{ client: MandatesClient; cookie: string }> {
  const session = createSessionClient(url);
  await session.client.users.signIn.mutate({ username, password });
  return { client: session.client, cookie: session.cookie() };
}

/** Adopted GA resolutions on trafficking in persons, by file name: the starter library's theme. */
export function traffickingFiles(count: number): string[] {
  const aboutTrafficking = /\btrafficking\s+in\s+(persons|women|children|human)/i;
  return readdirSync(gaCorpus)
    .filter((name) => name.startsWith("A_RES_") && name.endsWith(".txt"))
    .sort()
    .map((name) => join(gaCorpus, name))
    .filter((path) => aboutTrafficking.test(readFileSync(path, "utf8")))
    .slice(0, count);
}

/** The `count` largest adopted GA resolutions: imports that take long to parse and store. */
export function largestFiles(count: number): string[] {
  return readdirSync(gaCorpus)
    .filter((name) => name.startsWith("A_RES_") && name.endsWith(".txt"))
    .map((name) => ({ path: join(gaCorpus, name), text: readFileSync(join(gaCorpus, name)) }))
    .sort((a, b) => b.text.length - a.text.length)
    .slice(0, count)
    .map((file) => file.path);
}

/** Imports each file over HTTP, one after the other; returns the symbols stored. */
export async function importFiles(client: MandatesClient, files: string[]): Promise<string[]> {
  const symbols: string[] = [];
  for (const file of files) {
    const result = await client.resolutions.import.mutate({
      text: readFileSync(file, "utf8"),
      source: file.slice(shared.length + 1),
    });
    symbols.push(result.symbol);
  }
  return symbols;
}

export interface PreparedLibrary {
  server: ServerProcess;
  /** The admin, signed in. */
  admin: MandatesClient;
  /** The editors' session cookies. */
  cookies: string[];
  symbols: string[];
  /** Six obligations of the seed resolution, which every connection of a load edits. */
  contended: number[];
  /** Ten obligations of other resolutions, for notes and evidence. */
  annotated: number[];
  /** Obligations to read. */
  obligationIds: number[];
}

/**
 * Accounts in the store, then the built server started on it, the seed and `files` imported over
 * HTTP, the editors signed in, and the obligations a load will edit chosen.
 */
export async function prepareLibrary(
  database: TestDatabase,
  files: string[],
  editors = 5,
): Promise<PreparedLibrary> {
  const names = await createAccounts(database.db, editors);
  const server = await startServerProcess(database.env);
  try {
    const { client: admin } = await signIn(server.url, "admin");
    const symbols = await importFiles(admin, [seedFile, ...files]);
    const cookies: string[] = [];
    for (const name of names) cookies.push((await signIn(server.url, name)).cookie);
    const seed = await admin.obligations.list.query({ resolution: seedSymbol, limit: 6 });
    const contended = seed.items.map((o) => o.id);
    const obligationIds = (await admin.obligations.list.query({ limit: 300 })).items.map(
      (o) => o.id,
    );
    const others = obligationIds.filter((id) => !contended.includes(id));
    const annotated = others.filter((_, i) => i % Math.ceil(others.length / 10) === 0);
    return { server, admin, cookies, symbols, contended, annotated, obligationIds };
  } catch (error) {
    await server.stop();
    throw error;
  }
}
