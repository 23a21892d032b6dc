/**
 * What every procedure sees: the database, who is calling (or nobody) and by which session,
 * whether anonymous reading is on, and the few HTTP facts a procedure needs (a key for rate
 * limiting, a way to set the session cookie). `createContextInner` builds it without HTTP, for
 * tests and in-process callers.
 */
import {
  type Db,
  getSettings,
  hashSessionToken,
  resumeSession,
  type Settings,
  type User,
} from "@mandates/db";
import type { CreateFastifyContextOptions } from "@trpc/server/adapters/fastify";
import { readSessionToken, type SessionCookie, sessionCookieOf } from "./cookies.ts";
import { SignInLimits } from "./rate-limit.ts";
import { createMailer, type Mailer, type MailSettings } from "./services/digest/mailer.ts";
import { ParserPool } from "./services/parser-pool.ts";

export interface ServerServices {
  db: Db;
  /** Sign-in attempts per address and username, per username, and per address. */
  signInLimits: SignInLimits;
  /** How long a session lasts at most. */
  sessionDays: number;
  /** A session unused this many hours ends before its days are over. */
  sessionIdleHours: number;
  /**
   * Served over HTTPS (often behind a TLS proxy, where requests reach us as plain http): the
   * session cookie is Secure and named `__Host-mandates_session`.
   */
  secureCookies: boolean;
  /** Instance settings, read at most every few seconds rather than on every request. */
  settings: SettingsCache;
  /** Reads imported texts off the main thread, with a time limit per text. */
  parser: ParserPool;
  /** Sends the digest by e-mail; null when no SMTP relay is set (the digest shows in the app). */
  mailer: Mailer | null;
  /** The address people reach the server at (MANDATES_PUBLIC_URL), for links in mail; or null. */
  publicUrl: string | null;
}

/** How sessions are kept; each has a default. */
export interface SessionOptions {
  /** The server is reached over HTTPS (see ServerServices.secureCookies). Off by default. */
  secureCookies?: boolean;
  /** Hours unused after which a session ends: 24 by default. */
  sessionIdleHours?: number;
  /** An SMTP relay for the digest (MANDATES_SMTP_URL); none by default. */
  mail?: MailSettings | null;
  /** MANDATES_PUBLIC_URL: links in the digest point there. */
  publicUrl?: string | null;
}

/** Settings change rarely (an admin flips anonymous reading); a few seconds of staleness is fine. */
export class SettingsCache {
  private value: Promise<Settings> | null = null;
  private readAt = 0;

  constructor(
    private readonly db: Db,
    private readonly maxAgeMs = 5_000,
  ) {}

  get(): Promise<Settings> {
    if (!this.value || Date.now() - this.readAt > this.maxAgeMs) {
      this.readAt = Date.now();
      this.value = getSettings(this.db);
    }
    return this.value;
  }

  /** After a change made through this server: read again on next use. */
  forget(): void {
    this.value = null;
  }
}

export function createServices(db: Db, options: SessionOptions = {}): ServerServices {
  return {
    db,
    signInLimits: new SignInLimits(),
    sessionDays: 14,
    sessionIdleHours: options.sessionIdleHours ?? 24,
    secureCookies: options.secureCookies ?? false,
    settings: new SettingsCache(db),
    parser: new ParserPool(),
    mailer: options.mail ? createMailer(options.mail) : null,
    publicUrl: options.publicUrl?.trim() || null,
  };
}

/** The idle timeout in milliseconds, as the store takes it. */
export const sessionIdleMs = (services: ServerServices): number =>
  services.sessionIdleHours * 3_600_000;

export interface ContextOptions {
  services: ServerServices;
  user?: User | null;
  anonymousRead?: boolean;
  /** Who is calling, for rate limits: the client address. */
  client?: string;
  /** Sets a cookie on the response; absent outside HTTP. */
  setCookie?: (header: string) => void;
  /** The request came over TLS: the cookie gets the Secure flag even without secureCookies. */
  secure?: boolean;
  /** The request's Cookie header: which session it is, to end it on sign-out or keep it. */
  cookieHeader?: string;
}

export interface Context {
  services: ServerServices;
  db: Db;
  user: User | null;
  anonymousRead: boolean;
  client: string;
  setCookie: (header: string) => void;
  /** The session cookie's name and flags on this server. */
  cookie: SessionCookie;
  /** The token hash of the session the request carries (alive or not), or null. */
  session: string | null;
}

export function createContextInner(options: ContextOptions): Context {
  const cookie = sessionCookieOf(options.services.secureCookies, options.secure ?? false);
  const token = readSessionToken(options.cookieHeader, cookie);
  return {
    services: options.services,
    db: options.services.db,
    user: options.user ?? null,
    anonymousRead: options.anonymousRead ?? false,
    client: options.client ?? "local",
    setCookie: options.setCookie ?? (() => {}),
    cookie,
    session: token ? hashSessionToken(token) : null,
  };
}

/**
 * The user a request's session cookie names, if the session is alive (neither past its days nor
 * idle too long); a malformed cookie counts as none. Notes the session's use.
 */
export async function userOfRequest(
  services: ServerServices,
  cookieHeader: string | undefined,
): Promise<User | null> {
  const token = readSessionToken(cookieHeader, sessionCookieOf(services.secureCookies));
  if (!token) return null;
  const alive = await resumeSession(services.db, hashSessionToken(token), {
    idleMs: sessionIdleMs(services),
  });
  return alive?.user ?? null;
}

export function contextFactory(services: ServerServices) {
  return async ({ req, res }: CreateFastifyContextOptions): Promise<Context> => {
    const [user, settings] = await Promise.all([
      userOfRequest(services, req.headers.cookie),
      services.settings.get(),
    ]);
    return createContextInner({
      services,
      user,
      anonymousRead: settings.anonymousRead,
      client: req.ip,
      setCookie: (header) => void res.header("set-cookie", header),
      secure: req.protocol === "https",
      cookieHeader: req.headers.cookie,
    });
  };
}
