/**
 * Accounts: sign in and out, who am I, one's password and private calendar address, and (for
 * admins) users and instance settings. Passwords are checked against scrypt hashes, and an
 * unknown username costs the same check, so the time taken tells nothing. Sign-in attempts are
 * limited per address and username, per username, and per address (rate-limit.ts). A new password
 * ends the account's other sessions.
 */
import {
  calendarFeedCreatedAt,
  calendarFeedToken,
  createSession,
  createUser,
  deleteEndedSessions,
  deleteSession,
  deleteUser,
  findAssignableAccounts,
  findUserForLogin,
  getSettings,
  hashPassword,
  listUsers,
  newSessionToken,
  setSetting,
  updateUser,
  verifyNoPassword,
  verifyPassword,
} from "@mandates/db";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { calendarFeedPath } from "../calendar-feed.ts";
import { sessionIdleMs } from "../context.ts";
import { clearedSessionCookieHeader, sessionCookieHeader } from "../cookies.ts";
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
      const limits = ctx.services.signInLimits;
      const refusal = limits.attempt(ctx.client, input.username);
      if (refusal) throw new TRPCError({ code: "TOO_MANY_REQUESTS", message: refusal });
      const user = await findUserForLogin(ctx.db, input.username);
      const right = user
        ? await verifyPassword(input.password, user.passwordHash)
        : await verifyNoPassword(input.password);
      if (!user || !right)
        throw new TRPCError({ code: "UNAUTHORIZED", message: "Wrong username or password." });
      limits.succeeded(ctx.client, input.username);
      // Sessions that have ended are cleared out now and then: here, and on the server's timer.
      await deleteEndedSessions(ctx.db, { idleMs: sessionIdleMs(ctx.services) });
      const { token, tokenHash } = newSessionToken();
      const seconds = ctx.services.sessionDays * 86_400;
      await createSession(ctx.db, {
        tokenHash,
        userId: user.id,
        expiresAt: new Date(Date.now() + seconds * 1000).toISOString(),
      });
      ctx.setCookie(sessionCookieHeader(token, seconds, ctx.cookie));
      const { passwordHash: _hash, ...signedIn } = user;
      return { user: signedIn };
    }),

  signOut: publicProcedure.mutation(async ({ ctx }) => {
    if (ctx.session) await deleteSession(ctx.db, ctx.session);
    ctx.setCookie(clearedSessionCookieHeader(ctx.cookie));
    return { signedOut: true };
  }),

  /**
   * One's own new password, given the current one (checked under the sign-in limits, so a
   * session left open cannot be used to guess it). Every other session of the account ends.
   */
  changePassword: signedInProcedure
    .input(z.object({ currentPassword: z.string().min(1).max(200), newPassword: password }))
    .mutation(async ({ ctx, input }) => {
      const refusal = ctx.services.signInLimits.attempt(ctx.client, ctx.user.username);
      if (refusal) throw new TRPCError({ code: "TOO_MANY_REQUESTS", message: refusal });
      const stored = await findUserForLogin(ctx.db, ctx.user.username);
      if (!stored || !(await verifyPassword(input.currentPassword, stored.passwordHash)))
        throw new TRPCError({
          code: "BAD_REQUEST",
          message: "The current password is not right: the password was not changed.",
        });
      ctx.services.signInLimits.succeeded(ctx.client, ctx.user.username);
      const user = await updateUser(
        ctx.db,
        ctx.user.id,
        { passwordHash: await hashPassword(input.newPassword) },
        ctx.session ? { keepSession: ctx.session } : {},
      );
      return { user };
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

  /** Accounts that may be given obligations, by name: the assignee picker. */
  assignable: signedInProcedure
    .input(z.object({ words: z.string().trim().max(60).default("") }))
    .query(({ ctx, input }) => findAssignableAccounts(ctx.db, input.words)),

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
      // A reset ends every session of the account, but not the admin's own one doing it.
      const own = id === ctx.user.id && ctx.session ? { keepSession: ctx.session } : {};
      return updateUser(
        ctx.db,
        id,
        { ...change, ...(clear ? { passwordHash: await hashPassword(clear) } : {}) },
        own,
      );
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
