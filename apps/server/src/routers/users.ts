/**
 * Accounts: sign in and out, who am I, one's private calendar address, and (for admins) users and
 * instance settings. Passwords are checked against scrypt hashes; sign-in attempts are
 * rate-limited per client and username.
 */
import {
  calendarFeedCreatedAt,
  calendarFeedToken,
  createSession,
  createUser,
  deleteSession,
  deleteUser,
  findUserForLogin,
  getSettings,
  hashPassword,
  hashSessionToken,
  listUsers,
  newSessionToken,
  setSetting,
  updateUser,
  verifyPassword,
} from "@mandates/db";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { calendarFeedPath } from "../calendar-feed.ts";
import {
  clearedSessionCookieHeader,
  readCookie,
  sessionCookie,
  sessionCookieHeader,
} from "../cookies.ts";
import { adminProcedure, publicProcedure, router, signedInProcedure } from "../trpc.ts";
import { role } from "./inputs.ts";

const password = z.string().min(10, "at least 10 characters").max(200);
const username = z
  .string()
  .trim()
  .min(2)
  .max(60)
  .regex(/^[\w.@-]+$/, "letters, digits and . _ @ - only");
const actorIds = z.array(z.string().trim().min(1).max(80)).max(200);

export const usersRouter = router({
  me: publicProcedure.query(({ ctx }) => ({ user: ctx.user, anonymousRead: ctx.anonymousRead })),

  signIn: publicProcedure
    .input(
      z.object({
        username: z.string().trim().min(1).max(60),
        password: z.string().min(1).max(200),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const key = `${ctx.client}|${input.username.toLowerCase()}`;
      const wait = ctx.services.loginLimiter.hit(key);
      if (wait > 0)
        throw new TRPCError({
          code: "TOO_MANY_REQUESTS",
          message: `Too many sign-in attempts; try again in ${wait} s.`,
        });
      const user = await findUserForLogin(ctx.db, input.username);
      if (!user || !(await verifyPassword(input.password, user.passwordHash)))
        throw new TRPCError({ code: "UNAUTHORIZED", message: "Wrong username or password." });
      ctx.services.loginLimiter.reset(key);
      const { token, tokenHash } = newSessionToken();
      const seconds = ctx.services.sessionDays * 86_400;
      await createSession(ctx.db, {
        tokenHash,
        userId: user.id,
        expiresAt: new Date(Date.now() + seconds * 1000).toISOString(),
      });
      ctx.setCookie(sessionCookieHeader(token, seconds, ctx.secure));
      const { passwordHash: _hash, ...signedIn } = user;
      return { user: signedIn };
    }),

  signOut: publicProcedure.mutation(async ({ ctx }) => {
    const token = readCookie(ctx.cookieHeader, sessionCookie);
    if (token) await deleteSession(ctx.db, hashSessionToken(token));
    ctx.setCookie(clearedSessionCookieHeader());
    return { signedOut: true };
  }),

  /** When the caller's private calendar address was made (null: never); the address is not kept. */
  calendarFeedStatus: signedInProcedure.query(async ({ ctx }) => ({
    createdAt: await calendarFeedCreatedAt(ctx.db, ctx.user.id),
  })),

  /** A new private calendar address for the caller, replacing the old one; shown this once. */
  calendarFeed: signedInProcedure.mutation(async ({ ctx }) => ({
    path: calendarFeedPath(await calendarFeedToken(ctx.db, ctx.user.id)),
  })),

  list: adminProcedure.query(({ ctx }) => listUsers(ctx.db)),

  create: adminProcedure
    .input(
      z.object({
        username,
        displayName: z.string().trim().min(1).max(120),
        role,
        password,
        editableActorIds: actorIds.optional(),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const { password: clear, ...user } = input;
      return createUser(ctx.db, { ...user, passwordHash: await hashPassword(clear) });
    }),

  update: adminProcedure
    .input(
      z.object({
        id: z.number().int().positive(),
        displayName: z.string().trim().min(1).max(120).optional(),
        role: role.optional(),
        password: password.optional(),
        editableActorIds: actorIds.optional(),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const { id, password: clear, ...change } = input;
      return updateUser(ctx.db, id, {
        ...change,
        ...(clear ? { passwordHash: await hashPassword(clear) } : {}),
      });
    }),

  remove: adminProcedure
    .input(z.object({ id: z.number().int().positive() }))
    .mutation(async ({ ctx, input }) => {
      if (input.id === ctx.user.id)
        throw new TRPCError({
          code: "BAD_REQUEST",
          message: "You cannot remove your own account.",
        });
      return { removed: await deleteUser(ctx.db, input.id) };
    }),

  settings: adminProcedure.query(({ ctx }) => getSettings(ctx.db)),

  setAnonymousRead: adminProcedure
    .input(z.object({ anonymousRead: z.boolean() }))
    .mutation(async ({ ctx, input }) => {
      await setSetting(ctx.db, "anonymousRead", input.anonymousRead);
      ctx.services.settings.forget();
      return getSettings(ctx.db);
    }),
});
