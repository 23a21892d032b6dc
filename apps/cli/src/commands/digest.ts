/**
 * `mandates digest send [--user NAME]` and `mandates digest show NAME`: the digest of what is
 * overdue and what falls due, from the local library. `send` mails it now, through the relay of
 * MANDATES_SMTP_URL, to every account that opted in (or to one), as the server's daily run does;
 * `show` prints an account's digest as the mail's text, whether or not it opted in.
 */
import { findUserForLogin, openDatabase } from "@mandates/db";
import { createMailer, digestFor, mailSettingsFromEnv, sendDigests } from "@mandates/server";
import { ExitCode, type Io, UsageError } from "../io.ts";
import { commandUsage } from "./help.ts";
import { commandArgs } from "./options.ts";

export async function digestCommand(args: string[], io: Io): Promise<number> {
  const [action, ...rest] = args;
  if (action === undefined || action === "--help" || action === "-h") {
    io.stdout(commandUsage.digest ?? "");
    return ExitCode.ok;
  }
  if (action !== "send" && action !== "show")
    throw new UsageError(`unknown action '${action}' (use send or show)`, "digest");
  const parsed = commandArgs("digest", io, {
    args: rest,
    options: { user: { type: "string" } },
    positionals: action === "show",
  });
  if (!parsed) return ExitCode.ok;
  const username = action === "show" ? parsed.positionals[0] : parsed.values.user;
  if (action === "show" && (!username || parsed.positionals.length > 1))
    throw new UsageError("name one account: mandates digest show USERNAME", "digest");

  const mail = action === "send" ? mailSettingsFromEnv(io.env) : null;
  if (action === "send" && !mail) {
    io.stderr(
      "mandates digest: MANDATES_SMTP_URL is not set, so no mail can be sent (each person sees their digest on their account page; 'mandates digest show NAME' prints one).\n",
    );
    return ExitCode.failed;
  }
  const db = await openDatabase({ env: io.env });
  const mailer = mail ? createMailer(mail) : null;
  try {
    const user = username ? await findUserForLogin(db, username) : null;
    if (username && !user) {
      io.stderr(`mandates digest: no account ${JSON.stringify(username)}.\n`);
      return ExitCode.failed;
    }
    const baseUrl = io.env.MANDATES_PUBLIC_URL ?? null;
    if (action === "show" && user) {
      const { mail: composed } = await digestFor(db, user, { baseUrl });
      io.stdout(`Subject: ${composed.subject}\n\n${composed.text}`);
      return ExitCode.ok;
    }
    if (!mailer) return ExitCode.failed;
    const run = await sendDigests(db, mailer, { baseUrl, ...(user ? { userId: user.id } : {}) });
    io.stdout(
      `Sent ${run.sent.length} digest${run.sent.length === 1 ? "" : "s"}${run.sent.length ? ` (${run.sent.join(", ")})` : ""}; ${run.empty.length} with nothing overdue or due.\n`,
    );
    for (const f of run.failed) io.stderr(`mandates digest: ${f.username}: ${f.reason}\n`);
    if (user && run.sent.length + run.empty.length + run.failed.length === 0)
      io.stderr(
        `mandates digest: ${user.username} has not opted in to the digest (or gave no address).\n`,
      );
    return run.failed.length ? ExitCode.failed : ExitCode.ok;
  } finally {
    mailer?.close();
    await db.close();
  }
}
