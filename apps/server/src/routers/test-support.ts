/**
 * What the router tests share: a library on a real SQLite file with one account of each kind, the
 * root router called in-process through createCaller (no HTTP), and the shared corpus read in
 * place. Not exported from the package: tests only.
 */
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import {
  createUser,
  type DatabaseHandle,
  type DialectName,
  hashPassword,
  type User,
} from "@mandates/db";
import { freshDatabase } from "@mandates/db/testing";
import { TRPCError } from "@trpc/server";
import { getErrorShape } from "@trpc/server/shared";
import { type ContextOptions, createContextInner, createServices } from "../context.ts";
import { createCallerFactory } from "../trpc.ts";
import { appRouter } from "./index.ts";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../../..");

/** A text of ../shared (beside the repository), read in place. */
export const sharedText = (path: string): string =>
  readFileSync(resolve(repoRoot, "../shared", path), "utf8");

export const seedSymbol = "E/RES/2015/23";
export const seedText = sharedText("seed/E_RES_2015_23.txt");
/** A GA resolution that cites the seed (preambular paragraph 60): for citations and filters. */
export const citingSymbol = "A/RES/78/229";
export const citingText = sharedText("corpus/un-ga-pdftext/A_RES_78_229.txt");

export const password = "correct horse battery staple";

/** The people the tests act as; "unodc" is an editor limited to UNODC's obligations. */
export type Account = "admin" | "editor" | "unodc" | "viewer";

const createCaller = createCallerFactory(appRouter);
export type Caller = ReturnType<typeof createCaller>;

export interface Library {
  db: DatabaseHandle;
  services: ReturnType<typeof createServices>;
  users: Record<Account, User>;
  /** The router as this account (or nobody, for null) calls it. */
  as(account: Account | null, options?: Omit<ContextOptions, "services" | "user">): Caller;
  drop(): Promise<void>;
}

/** A fresh library with the four accounts; `texts` are imported by the editor, in order. */
export async function openLibrary(
  texts: readonly string[] = [seedText],
  dialect: DialectName = "sqlite",
): Promise<Library> {
  const database = await freshDatabase(dialect);
  const db = database.db;
  // scrypt is slow on purpose: one hash serves every account.
  const passwordHash = await hashPassword(password);
  const account = (username: Account, role: User["role"], editableActorIds: string[] = []) =>
    createUser(db, { username, displayName: username, role, editableActorIds, passwordHash });
  const users = {
    admin: await account("admin", "admin"),
    editor: await account("editor", "editor"),
    unodc: await account("unodc", "editor", ["unodc"]),
    viewer: await account("viewer", "viewer"),
  };
  const services = createServices(db);
  const as: Library["as"] = (who, options = {}) =>
    createCaller(createContextInner({ ...options, services, user: who ? users[who] : null }));
  for (const text of texts) await as("editor").resolutions.import({ text });
  return { db, services, users, as, drop: () => database.drop() };
}

/** The error a call fails with; fails the test if the call succeeds or throws something else. */
export async function refusal(call: Promise<unknown>): Promise<TRPCError> {
  try {
    await call;
  } catch (error) {
    if (error instanceof TRPCError) return error;
    throw error;
  }
  throw new Error("the call succeeded");
}

/** The field messages a client receives with the error (the server's errorFormatter). */
export function fieldErrors(error: TRPCError): Record<string, string[]> | null {
  const shape = getErrorShape({
    config: appRouter._def._config,
    error,
    type: "unknown",
    path: undefined,
    input: undefined,
    ctx: undefined,
  });
  return shape.data.fields as Record<string, string[]> | null;
}
