/**
 * Sending mail through SMTP with nodemailer, when the server is given a relay
 * (MANDATES_SMTP_URL, as smtp://user:pass@host:587 or smtps://host:465). The sender is
 * MANDATES_MAIL_FROM, or mandates@ the public address's host. Addresses are checked before they
 * go into a header (emailAddressProblem); nodemailer encodes the subject.
 */
import { emailAddressProblem } from "@mandates/db";
import nodemailer from "nodemailer";

export interface MailSettings {
  /** smtp:// or smtps:// URL of the relay. */
  smtpUrl: string;
  /** The From address. */
  from: string;
}

export interface Mail {
  to: string;
  subject: string;
  text: string;
  html: string;
}

export interface Mailer {
  readonly from: string;
  send(mail: Mail): Promise<void>;
  close(): void;
}

/**
 * The mail settings in the environment, or null when MANDATES_SMTP_URL is not set. A URL that is
 * not smtp(s), or a sender that is not a plain address, stops the server with the reason.
 */
export function mailSettingsFromEnv(
  env: Readonly<Record<string, string | undefined>>,
): MailSettings | null {
  const smtpUrl = env.MANDATES_SMTP_URL?.trim();
  if (!smtpUrl) return null;
  let host = "localhost";
  try {
    const url = new URL(smtpUrl);
    if (url.protocol !== "smtp:" && url.protocol !== "smtps:") throw new Error();
  } catch {
    throw new Error("MANDATES_SMTP_URL: an smtp:// or smtps:// URL, as smtp://user:pass@host:587");
  }
  try {
    if (env.MANDATES_PUBLIC_URL) host = new URL(env.MANDATES_PUBLIC_URL).hostname || host;
  } catch {
    // The public address is checked where it is used; here it only names the sender.
  }
  const from = env.MANDATES_MAIL_FROM?.trim() || `mandates@${host}`;
  if (env.MANDATES_MAIL_FROM && emailAddressProblem(from))
    throw new Error(`MANDATES_MAIL_FROM: ${emailAddressProblem(from)}`);
  return { smtpUrl, from };
}

export function createMailer(settings: MailSettings): Mailer {
  const transport = nodemailer.createTransport(settings.smtpUrl);
  return {
    from: settings.from,
    async send(mail) {
      const problem = emailAddressProblem(mail.to);
      if (problem) throw new Error(`Cannot send to ${JSON.stringify(mail.to)}: ${problem}.`);
      await transport.sendMail({
        from: { name: "Mandates", address: settings.from },
        to: mail.to,
        subject: mail.subject.replace(/[\r\n]+/g, " "),
        text: mail.text,
        html: mail.html,
        // A reminder, not a conversation: auto-responders should keep quiet.
        headers: { "Auto-Submitted": "auto-generated" },
      });
    },
    close: () => transport.close(),
  };
}
