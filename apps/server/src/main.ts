/**
 * Starts the server on a port: the embedded SQLite database unless DATABASE_URL is set. Used by
 * `mandates serve` and by the bundled server (dist/server.mjs). Whether it is reached over HTTPS
 * is read from the environment here (MANDATES_SECURE_COOKIES, MANDATES_PUBLIC_URL), unless given.
 */
import { randomBytes } from "node:crypto";
import { countUsers, createUser, type Db, hashPassword, openDatabase } from "@mandates/db";
import { buildServer } from "./http.ts";
import { type MailSettings, mailSettingsFromEnv } from "./services/digest/mailer.ts";

export interface StartOptions {
  port: number;
  host?: string;
  logger?: boolean;
  /** The built web app's folder (default: apps/web/dist, or MANDATES_WEB_DIR). */
  webRoot?: string | null;
  /** Served over HTTPS (see ServerServices.secureCookies); from the environment by default. */
  secureCookies?: boolean;
  /** The SMTP relay for the digest; from MANDATES_SMTP_URL (and MANDATES_MAIL_FROM) by default. */
  mail?: MailSettings | null;
}

/**
 * Whether the server is reached over HTTPS, as the environment says: MANDATES_SECURE_COOKIES=1
 * (or 0), else a MANDATES_PUBLIC_URL that starts with https://. Behind a TLS proxy requests
 * arrive as plain http, so the server cannot tell by itself.
 */
export function secureCookiesFromEnv(env: Readonly<Record<string, string | undefined>>): boolean {
  const flag = env.MANDATES_SECURE_COOKIES?.trim();
  if (flag) return flag === "1" || flag.toLowerCase() === "true";
  return /^https:\/\//i.test(env.MANDATES_PUBLIC_URL?.trim() ?? "");
}

export interface RunningServer {
  url: string;
  /** The web app's folder when it is served at /; null when it has not been built. */
  webRoot: string | null;
  /** Set on the first start of an empty library: the admin account created, to be printed once. */
  firstAdmin: { username: string; password: string } | null;
  close(): Promise<void>;
}

/** A library without accounts gets an admin, so that someone can sign in and create the others. */
export async function ensureFirstAdmin(
  db: Db,
): Promise<{ username: string; password: string } | null> {
  if ((await countUsers(db)) > 0) return null;
  const password = randomBytes(12).toString("base64url");
  await createUser(db, {
    username: "admin",
    displayName: "Administrator",
    role: "admin",
    passwordHash: await hashPassword(password),
  });
  return { username: "admin", password };
}

export async function startServer(options: StartOptions): Promise<RunningServer> {
  // A mistaken relay address stops the start before the library is opened.
  const mail = options.mail === undefined ? mailSettingsFromEnv(process.env) : options.mail;
  const db = await openDatabase();
  const firstAdmin = await ensureFirstAdmin(db);
  const { app, webRoot } = await buildServer({
    db,
    logger: options.logger ?? false,
    secureCookies: options.secureCookies ?? secureCookiesFromEnv(process.env),
    mail,
    publicUrl: process.env.MANDATES_PUBLIC_URL ?? null,
    ...(options.webRoot === undefined ? {} : { webRoot: options.webRoot }),
  });
  const address = await app.listen({ port: options.port, host: options.host ?? "127.0.0.1" });
  return {
    url: address,
    webRoot,
    firstAdmin,
    close: async () => {
      await app.close();
      await db.close();
    },
  };
}
