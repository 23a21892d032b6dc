/**
 * tRPC is initialized once, here. Procedures say who may call them: anyone (when anonymous
 * reading is on) may read; editors may write; admins manage accounts. Errors carry zod's
 * field-level messages so a form can point at the field at fault.
 */
import { initTRPC, TRPCError } from "@trpc/server";
import { ZodError } from "zod";
import type { Context } from "./context.ts";
import { apiError } from "./errors.ts";

const t = initTRPC.context<Context>().create({
  // Stack traces stay in the server's log; users get the message. MANDATES_DEBUG=1 shows them.
  isDev: process.env.MANDATES_DEBUG === "1",
  errorFormatter({ shape, error }) {
    const cause = error.cause;
    return {
      ...shape,
      data: {
        ...shape.data,
        // { fieldErrors: { status: ["Invalid option ..."] } } for invalid input.
        fields: cause instanceof ZodError ? cause.flatten().fieldErrors : null,
      },
    };
  },
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

/** Every procedure turns domain errors into API errors (see errors.ts). */
const mapped = t.procedure.use(async ({ next }) => {
  const result = await next();
  // tRPC wraps what a procedure throws as an internal error; its cause says what it really was.
  if (!result.ok && result.error.code === "INTERNAL_SERVER_ERROR" && result.error.cause)
    throw apiError(result.error.cause);
  return result;
});

/** Open to everyone: health, sign-in. */
export const publicProcedure = mapped;

/** Reading the library: a signed-in user, or anyone when the setting allows anonymous reading. */
export const readProcedure = mapped.use(({ ctx, next }) => {
  if (!ctx.user && !ctx.anonymousRead)
    throw new TRPCError({ code: "UNAUTHORIZED", message: "Sign in to read the library." });
  return next({ ctx });
});

/** One's own account (such as a private calendar address): anyone signed in, whatever the role. */
export const signedInProcedure = mapped.use(({ ctx, next }) => {
  if (!ctx.user) throw new TRPCError({ code: "UNAUTHORIZED", message: "Sign in first." });
  return next({ ctx: { ...ctx, user: ctx.user } });
});

/** Changing data: an editor or an admin. Limits to some actors are checked where the actor is known. */
export const editorProcedure = mapped.use(({ ctx, next }) => {
  if (!ctx.user) throw new TRPCError({ code: "UNAUTHORIZED", message: "Sign in to make changes." });
  if (ctx.user.role === "viewer")
    throw new TRPCError({
      code: "FORBIDDEN",
      message: "Your account can read but not change data.",
    });
  return next({ ctx: { ...ctx, user: ctx.user } });
});

/** Managing accounts and settings. */
export const adminProcedure = mapped.use(({ ctx, next }) => {
  if (!ctx.user) throw new TRPCError({ code: "UNAUTHORIZED", message: "Sign in first." });
  if (ctx.user.role !== "admin")
    throw new TRPCError({ code: "FORBIDDEN", message: "Only an admin may do this." });
  return next({ ctx: { ...ctx, user: ctx.user } });
});
