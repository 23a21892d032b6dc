/**
 * The digest of what is overdue and what falls due: each person's own opt-in and address, their
 * digest as the app shows it (always, and in place of the mail when the server has no SMTP
 * relay), and for admins a way to send everyone's now.
 */
import {
  digestSettingsOf,
  emailAddressProblem,
  maxEmailLength,
  setDigestSettings,
} from "@mandates/db";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { digestFor, sendDigests } from "../services/digest/send.ts";
import { adminProcedure, router, signedInProcedure } from "../trpc.ts";

/** An address as a person types it; empty for none. The store checks it again before keeping it. */
const emailAddress = z
  .string()
  .trim()
  .max(maxEmailLength, `at most ${maxEmailLength} characters`)
  .superRefine((address, check) => {
    const problem = address === "" ? null : emailAddressProblem(address);
    if (problem) check.addIssue({ code: "custom", message: problem });
  });

export const digestRouter = router({
  /** The caller's settings, whether mail can be sent, and their digest as of today. */
  mine: signedInProcedure.query(async ({ ctx }) => {
    const [settings, digest] = await Promise.all([
      digestSettingsOf(ctx.db, ctx.user.id),
      digestFor(ctx.db, ctx.user),
    ]);
    return { settings, mailConfigured: ctx.services.mailer !== null, digest: digest.content };
  }),

  /** One's address and whether one wants the digest (which needs an address). */
  setMine: signedInProcedure
    .input(z.object({ email: emailAddress, digest: z.boolean() }))
    .mutation(({ ctx, input }) =>
      setDigestSettings(ctx.db, ctx.user.id, { email: input.email || null, digest: input.digest }),
    ),

  /** Sends the digests now, to all who opted in or to one account; needs an SMTP relay. */
  sendNow: adminProcedure
    .input(z.object({ userId: z.number().int().positive().optional() }).optional())
    .mutation(({ ctx, input }) => {
      const mailer = ctx.services.mailer;
      if (!mailer)
        throw new TRPCError({
          code: "PRECONDITION_FAILED",
          message:
            "This server has no SMTP relay (MANDATES_SMTP_URL), so it cannot send mail; each person sees their digest on their account page.",
        });
      return sendDigests(ctx.db, mailer, {
        baseUrl: ctx.services.publicUrl,
        ...(input?.userId ? { userId: input.userId } : {}),
      });
    }),
});
