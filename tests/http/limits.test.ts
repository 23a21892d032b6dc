/**
 * What the HTTP layer refuses, against the real server on SQLite and PostgreSQL: a body that is
 * not JSON (refused before it is read: 200 MB of multipart leaves the server's memory as it was),
 * a body over 10 MB even when it arrives in chunks without a length, a batch of too many calls;
 * fastify's own errors as one sentence; security headers on every response; the calendar's
 * filename and query refused or encoded when they come from the caller.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { maxBatchCalls } from "@mandates/client";
import { buildServer, maxCallsPerBatch } from "@mandates/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, password, sharedText, startHarness } from "./harness.ts";

const megabyte = 1024 * 1024;

interface RawAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
  /** How much of the body was written before the answer came. */
  sent: number;
}

/** Status, headers and body of an HTTP/1.1 answer read off the socket whole. */
function parseAnswer(raw: string, sent: number): RawAnswer {
  const end = raw.indexOf("\r\n\r\n");
  const [statusLine = "", ...lines] = raw.slice(0, end).split("\r\n");
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(":");
    headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return {
    status: Number(statusLine.split(" ")[1]),
    headers,
    body: raw.slice(end + 4, end + 4 + Number(headers["content-length"] ?? Infinity)),
    sent,
  };
}

/**
 * Sends `size` bytes of body in 1 MB chunks (one buffer, reused, so the sender itself holds
 * nothing), with a Content-Length or chunked, over a plain socket, and stops sending as soon as
 * the server answers. A socket rather than an HTTP client: the server may close the connection
 * while the body is still being written, and the answer it sent first is what counts.
 */
function sendBody(
  url: string,
  options: { path: string; headers: Record<string, string>; size: number; chunked?: boolean },
): Promise<RawAnswer> {
  const chunk = Buffer.alloc(megabyte, "a");
  const { hostname, port } = new URL(url);
  const headers = {
    host: `${hostname}:${port}`,
    ...options.headers,
    ...(options.chunked
      ? { "transfer-encoding": "chunked" }
      : { "content-length": String(options.size) }),
  };
  return new Promise((resolve, reject) => {
    let sent = 0;
    let received = "";
    const answered = () => received.includes("\r\n\r\n");
    const socket = connect(Number(port), hostname);
    socket.setEncoding("latin1");
    socket.on("data", (text: string) => {
      received += text;
      if (!answered()) return;
      const answer = parseAnswer(received, sent);
      if (Buffer.byteLength(answer.body, "latin1") >= Number(answer.headers["content-length"])) {
        resolve({ ...answer, body: Buffer.from(answer.body, "latin1").toString("utf8") });
        socket.destroy();
      }
    });
    // Writing into a connection the server closed fails; only an answer that never came is one.
    socket.on("error", () => {});
    socket.on("close", () => reject(new Error(`no whole answer: ${received.slice(0, 200)}`)));
    socket.write(
      `POST ${options.path} HTTP/1.1\r\n${Object.entries(headers)
        .map(([name, value]) => `${name}: ${value}\r\n`)
        .join("")}\r\n`,
    );
    const write = () => {
      while (!answered() && !socket.destroyed && sent < options.size) {
        const piece = Math.min(megabyte, options.size - sent);
        sent += piece;
        const body = piece === megabyte ? chunk : chunk.subarray(0, piece);
        if (options.chunked) socket.write(`${piece.toString(16)}\r\n`);
        const more = socket.write(body);
        if (options.chunked) socket.write("\r\n");
        if (!more) {
          socket.once("drain", write);
          return;
        }
      }
      if (options.chunked && sent >= options.size && !socket.destroyed) socket.write("0\r\n\r\n");
    };
    write();
  });
}

const errorOf = (answer: { body: string }) => (JSON.parse(answer.body) as { error: string }).error;

describe.each(["sqlite", "postgres"] as const)("request limits on %s", (dialect) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(dialect);
  });
  afterAll(async () => {
    await h?.close();
  });

  it("refuses 200 MB of multipart to users.signIn before reading it, and holds no memory for it", async () => {
    const before = process.memoryUsage().rss;
    const answer = await sendBody(h.url, {
      path: "/trpc/users.signIn",
      headers: { "content-type": "multipart/form-data; boundary=x" },
      size: 200 * megabyte,
    });
    const grown = process.memoryUsage().rss - before;
    expect(answer.status).toBe(415);
    expect(errorOf(answer)).toMatch(
      /^Only JSON is accepted \(Content-Type: application\/json\); this request was sent as multipart\/form-data\./,
    );
    expect(answer.sent).toBeLessThan(200 * megabyte);
    expect(grown).toBeLessThan(50 * megabyte);
  });

  it("refuses other content types, and a body without one, with 415", async () => {
    for (const type of ["text/plain", "application/x-www-form-urlencoded", "application/jsonp"]) {
      const response = await fetch(`${h.url}/trpc/users.signIn`, {
        method: "POST",
        headers: { "content-type": type },
        body: JSON.stringify({ username: "admin", password }),
      });
      expect(response.status, type).toBe(415);
      expect(((await response.json()) as { error: string }).error).toContain(
        `this request was sent as ${type}.`,
      );
    }
    const untyped = await sendBody(h.url, { path: "/trpc/users.signIn", headers: {}, size: 100 });
    expect(untyped.status).toBe(415);
    expect(errorOf(untyped)).toMatch(/this request was sent without a Content-Type\./);
  });

  it("refuses chunked multipart without a length before reading it", async () => {
    const answer = await sendBody(h.url, {
      path: "/trpc/users.signIn",
      headers: { "content-type": "multipart/form-data; boundary=x" },
      size: 50 * megabyte,
      chunked: true,
    });
    expect(answer.status).toBe(415);
    expect(answer.sent).toBeLessThan(50 * megabyte);
  });

  it("accepts JSON with a charset, and still signs in", async () => {
    const response = await fetch(`${h.url}/trpc/users.signIn`, {
      method: "POST",
      headers: { "content-type": "application/json; charset=UTF-8" },
      body: JSON.stringify({ username: "admin", password }),
    });
    expect(response.status).toBe(200);
  });

  it("refuses a declared length over 10 MB before reading it", async () => {
    const answer = await sendBody(h.url, {
      path: "/trpc/resolutions.import",
      headers: { "content-type": "application/json" },
      size: 100 * megabyte,
    });
    expect(answer.status).toBe(413);
    expect(errorOf(answer)).toMatch(/^The request is over 10 MB: /);
    expect(answer.sent).toBeLessThan(100 * megabyte);
  });

  it("stops reading a chunked JSON body at 10 MB", async () => {
    const answer = await sendBody(h.url, {
      path: "/trpc/resolutions.import",
      headers: { "content-type": "application/json" },
      size: 60 * megabyte,
      chunked: true,
    });
    expect(answer.status).toBe(413);
    expect(errorOf(answer)).toMatch(/^The request is over 10 MB: /);
    expect(answer.sent).toBeLessThan(60 * megabyte);
  });

  it(`refuses a batch of more than ${maxCallsPerBatch} calls, naming the limit`, async () => {
    const paths = (n: number) => Array.from({ length: n }, () => "actors.list").join(",");
    const over = await fetch(`${h.url}/trpc/${paths(maxCallsPerBatch + 1)}?batch=1&input={}`);
    expect(over.status).toBe(400);
    expect(((await over.json()) as { error: string }).error).toBe(
      `A batch may hold at most ${maxCallsPerBatch} calls; this one holds ${maxCallsPerBatch + 1}. Send them in smaller batches.`,
    );
    // Commas written as %2C are counted too.
    const encoded = await fetch(
      `${h.url}/trpc/${paths(maxCallsPerBatch + 5).replace(/,/g, "%2C")}?batch=1&input={}`,
    );
    expect(encoded.status).toBe(400);
    const within = await fetch(`${h.url}/trpc/${paths(maxCallsPerBatch)}?batch=1&input={}`);
    expect(within.status).toBe(401);
  });

  it("keeps the typed client's batches within the server's limit", async () => {
    expect(maxBatchCalls).toBe(maxCallsPerBatch);
    const editor = await h.signIn("editor");
    const actors = await Promise.all(
      Array.from({ length: maxCallsPerBatch * 2 + 3 }, () => editor.actors.list.query()),
    );
    expect(actors).toHaveLength(maxCallsPerBatch * 2 + 3);
  });

  it("answers fastify's own errors with one sentence and no stack", async () => {
    const answers: Array<[Response, number, string]> = [
      [
        await fetch(`${h.url}/healthz`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: "{",
        }),
        400,
        "The body is not valid JSON.",
      ],
      [
        await fetch(`${h.url}/trpc/users.signIn`, {
          method: "POST",
          headers: { "content-type": "application/json; charset=latin1" },
          body: "{}",
        }),
        415,
        "JSON is accepted in UTF-8 only; this request was sent as application/json; charset=latin1.",
      ],
      [
        await fetch(`${h.url}/trpc/%E0%A4%A`),
        400,
        "The address is not valid: it has a malformed %-escape.",
      ],
      [
        await fetch(`${h.url}/no/such/thing.json`, { method: "POST" }),
        404,
        "Nothing at POST /no/such/thing.json.",
      ],
    ];
    for (const [response, status, error] of answers) {
      expect(response.status, error).toBe(status);
      expect(await response.json()).toEqual({ error });
      expect(response.headers.get("x-content-type-options"), error).toBe("nosniff");
    }

    // JSON that does not parse, sent to the API, is answered by tRPC in its own shape: still one
    // message, and no stack.
    const badJson = await fetch(`${h.url}/trpc/users.signIn`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: '{"username": ',
    });
    expect(badJson.status).toBe(400);
    const body = (await badJson.json()) as { error: { message: string; data: object } };
    expect(body.error.message).toMatch(/JSON/);
    expect(JSON.stringify(body)).not.toMatch(/stack|at .*\.(js|ts|mjs):\d+/);
  });
});

describe.each(["sqlite", "postgres"] as const)(
  "security headers and the calendar on %s",
  (dialect) => {
    let h: Harness;
    let cookie = "";
    beforeAll(async () => {
      h = await startHarness(dialect);
      const signIn = await fetch(`${h.url}/trpc/users.signIn`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ username: "editor", password }),
      });
      cookie = (signIn.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
      const editor = await h.signIn("editor");
      await editor.resolutions.import.mutate({ text: sharedText("seed/E_RES_2015_23.txt") });
    });
    afterAll(async () => {
      await h?.close();
    });

    const expectSecurityHeaders = (response: Response, what: string) => {
      const csp = response.headers.get("content-security-policy") ?? "";
      expect(csp, what).toMatch(/default-src 'self'/);
      expect(csp, what).toMatch(/script-src 'self'(;|$)/);
      expect(csp, what).toMatch(/object-src 'none'/);
      expect(csp, what).toMatch(/base-uri 'none'/);
      expect(csp, what).toMatch(/frame-ancestors 'none'/);
      expect(csp, what).toMatch(/form-action 'self'/);
      expect(csp, what).not.toMatch(/unsafe-inline|unsafe-eval/);
      expect(response.headers.get("x-content-type-options"), what).toBe("nosniff");
      expect(response.headers.get("referrer-policy"), what).toBe("no-referrer");
      expect(response.headers.get("x-frame-options"), what).toBe("DENY");
      expect(response.headers.get("cross-origin-opener-policy"), what).toBe("same-origin");
      // Only a server set up for HTTPS pins browsers to it (sessions.test.ts).
      expect(response.headers.get("strict-transport-security"), what).toBeNull();
    };

    it("sends the security headers on every kind of response", async () => {
      const answers: Array<[string, Response]> = [
        ["health", await fetch(`${h.url}/healthz`)],
        ["API", await fetch(`${h.url}/trpc/actors.list`, { headers: { cookie } })],
        ["API error", await fetch(`${h.url}/trpc/actors.list`)],
        ["calendar", await fetch(`${h.url}/calendar.ics`, { headers: { cookie } })],
        ["calendar refused", await fetch(`${h.url}/calendar.ics`)],
        ["not found", await fetch(`${h.url}/nothing-here`, { method: "POST" })],
        [
          "unsupported type",
          await fetch(`${h.url}/trpc/users.signIn`, {
            method: "POST",
            headers: { "content-type": "text/plain" },
            body: "x",
          }),
        ],
      ];
      for (const [what, response] of answers) expectSecurityHeaders(response, what);
    });

    it("serves the web app's page and files with them, and never a source map", async () => {
      const root = mkdtempSync(join(tmpdir(), "mandates-web-"));
      mkdirSync(join(root, "assets"));
      writeFileSync(join(root, "index.html"), "<!doctype html><title>Mandates</title>");
      writeFileSync(join(root, "assets/app-1.js"), "export {};");
      writeFileSync(join(root, "assets/app-1.js.map"), '{"sources":[]}');
      writeFileSync(join(root, "app.js.map"), '{"sources":[]}');
      const web = await buildServer({ db: h.database.db, webRoot: root });
      const url = await web.app.listen({ port: 0, host: "127.0.0.1" });
      try {
        for (const path of ["/", "/obligations?actor=sg", "/assets/app-1.js"]) {
          const response = await fetch(`${url}${path}`);
          expect(response.status, path).toBe(200);
          expectSecurityHeaders(response, path);
        }
        for (const path of [
          "/assets/app-1.js.map",
          "/app.js.map",
          "/assets/app-1.js%2Emap",
          "/APP.JS.MAP",
          "/assets/missing.js",
        ]) {
          const response = await fetch(`${url}${path}`);
          expect(response.status, path).toBe(404);
          expectSecurityHeaders(response, path);
          expect(await response.text(), path).not.toContain("sources");
        }
      } finally {
        await web.app.close();
        rmSync(root, { recursive: true, force: true });
      }
    });

    it("escapes a lone CR and other control characters in a corrected value in the feed", async () => {
      const editor = await h.signIn("editor");
      const [obligation] = (await editor.obligations.list.query({ actor: "sg" })).items;
      if (!obligation) throw new Error("no obligation of the Secretary-General");
      await editor.tracking.correct.mutate({
        id: obligation.id,
        expectedVersion: obligation.version,
        field: "action",
        value: "report\rEND:VCALENDAR\nBEGIN:VEVENT\u0007\u007f\r\ndone",
      });
      const response = await fetch(`${h.url}/calendar.ics?actor=sg`, { headers: { cookie } });
      const ics = await response.text();
      expect(ics).toContain("report\\nEND:VCALENDAR\\nBEGIN:VEVENT\\ndone");
      // Every line break in the feed is a CRLF that ends a content line or folds one.
      expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
      expect(ics.match(/^END:VCALENDAR\r$/gm)).toHaveLength(1);
      // biome-ignore lint/suspicious/noControlCharactersInRegex: the characters that must not appear.
      expect(ics).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/);
    });

    it("refuses an actor that is not known or too long, and encodes the filename", async () => {
      // A non-Latin-1 actor gave a 500 (Node refuses such a header): now a refusal in words.
      const greek = await fetch(`${h.url}/calendar.ics?actor=${encodeURIComponent("Ελλάδα")}`, {
        headers: { cookie },
      });
      expect(greek.status).toBe(400);
      expect(((await greek.json()) as { error: string }).error).toBe(
        'No actor "Ελλάδα": use an actor id from the Actors page, such as unodc.',
      );
      const long = await fetch(`${h.url}/calendar.ics?actor=${"a".repeat(200)}`, {
        headers: { cookie },
      });
      expect(long.status).toBe(400);
      expect(((await long.json()) as { error: string }).error).toBe(
        "The actor id is over 80 characters.",
      );
      const token = await fetch(`${h.url}/calendar.ics?token=${"t".repeat(300)}`);
      expect(token.status).toBe(400);
      expect(((await token.json()) as { error: string }).error).toBe(
        "The calendar token is over 200 characters.",
      );
      const sg = await fetch(`${h.url}/calendar.ics?actor=sg`, { headers: { cookie } });
      expect(sg.status).toBe(200);
      expect(sg.headers.get("content-disposition")).toBe(
        "inline; filename=\"mandates-sg.ics\"; filename*=UTF-8''mandates-sg.ics",
      );
    });
  },
);
