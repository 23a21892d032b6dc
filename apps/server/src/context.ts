/**
 * What every procedure sees: the database, who is calling (or nobody), whether anonymous reading
 * is on, and the few HTTP facts a procedure needs (a key for rate limiting, a way to set the
 * session cookie). `createContextInner` builds it without HTTP, for tests and in-process callers.
 */
import {
  type Db,
  getSession,
  getSettings,
  hashSessionToken,
  type Settings,
  type User,
} from "@mandates/db";
import type { CreateFastifyContextOptions } from "@trpc/server/adapters/fastify";
import { readCookie, sessionCookie } from "./cookies.ts";
import { RateLimiter } from "./rate-limit.ts";

export interface ServerServices {
  db: Db;
  /** Five failed attempts a minute per client and username. */
  loginLimiter: RateLimiter;
  /** How long a session lasts. */
  sessionDays: number;
  /** Instance settings, read at most every few seconds rather than on every request. */
  settings: SettingsCache;
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

export function createServices(db: Db): ServerServices {
  return {
    db,
    loginLimiter: new RateLimiter(5, 60_000),
    sessionDays: 14,
    settings: new SettingsCache(db),
  };
}

export interface ContextOptions {
  services: ServerServices;
  user?: User | null;
  anonymousRead?: boolean;
  /** Who is calling, for rate limits: the client address. */
  client?: string;
  /** Sets a cookie on the response; absent outside HTTP. */
  setCookie?: (header: string) => void;
  /** True behind HTTPS: cookies get the Secure flag. */
  secure?: boolean;
  /** The request's Cookie header, to end its session on sign-out. */
  cookieHeader?: string;
}

export interface Context {
  services: ServerServices;
  db: Db;
  user: User | null;
  anonymousRead: boolean;
  client: string;
  setCookie: (header: string) => void;
  secure: boolean;
  cookieHeader: string | undefined;
}

export function createContextInner(options: ContextOptions): Context {
  return {
    services: options.services,
    db: options.services.db,
    user: options.user ?? null,
    anonymousRead: options.anonymousRead ?? false,
    client: options.client ?? "local",
    setCookie: options.setCookie ?? (() => {}),
    secure: options.secure ?? false,
    cookieHeader: options.cookieHeader,
  };
}

/** The user a request's session cookie names, if the session is alive. */
export async function userOfRequest(
  db: Db,
  cookieHeader: string | undefined,
): Promise<User | null> {
  const token = readCookie(cookieHeader, sessionCookie);
  if (!token) return null;
  return (await getSession(db, hashSessionToken(token)))?.user ?? null;
}

export function contextFactory(services: ServerServices) {
  return async ({ req, res }: CreateFastifyContextOptions): Promise<Context> => {
    const [user, settings] = await Promise.all([
      userOfRequest(services.db, req.headers.cookie),
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
