/**
 * A real SMTP server on a loopback port (smtp-server) that keeps each message it receives, read
 * back as its envelope, headers, and plain-text and HTML parts: where the digest tests send mail.
 */
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

export interface Received {
  from: string;
  to: string[];
  headers: string;
  text: string;
  html: string;
}

/** The body of one MIME part, decoded from quoted-printable or base64. */
function decodePart(part: string): { type: string; body: string } {
  const split = part.indexOf("\r\n\r\n");
  const head = part.slice(0, split);
  let body = part.slice(split + 4);
  const type = /content-type:\s*([^;\r\n]+)/i.exec(head)?.[1]?.trim().toLowerCase() ?? "";
  const encoding = /content-transfer-encoding:\s*(\S+)/i.exec(head)?.[1]?.toLowerCase() ?? "7bit";
  if (encoding === "base64")
    body = Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8");
  if (encoding === "quoted-printable")
    body = Buffer.from(
      body
        .replace(/=\r\n/g, "")
        .replace(/=([0-9A-F]{2})/gi, (_m, hex: string) =>
          String.fromCharCode(Number.parseInt(hex, 16)),
        ),
      "latin1",
    ).toString("utf8");
  return { type, body };
}

/** Reads a multipart/alternative message as nodemailer writes it. */
function readMessage(raw: string, from: string, to: string[]): Received {
  const headers = raw.slice(0, raw.indexOf("\r\n\r\n"));
  const boundary = /boundary="?([^";\r\n]+)"?/i.exec(headers)?.[1] ?? "";
  const parts = raw
    .split(`--${boundary}`)
    .slice(1, -1)
    .map((p) => decodePart(p.replace(/^\r\n/, "")));
  return {
    from,
    to,
    headers,
    text: parts.find((p) => p.type === "text/plain")?.body ?? "",
    html: parts.find((p) => p.type === "text/html")?.body ?? "",
  };
}

/** A real SMTP server on a loopback port that keeps what it receives. */
export async function smtpSink(): Promise<{
  port: number;
  received: Received[];
  close(): Promise<void>;
}> {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, done) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        received.push(
          readMessage(
            Buffer.concat(chunks).toString("utf8"),
            session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
            session.envelope.rcptTo.map((r) => r.address),
          ),
        );
        done();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.server.address() as AddressInfo).port;
  return { port, received, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
