/**
 * Rights that follow an editor's scope, and imports that cannot hold up the server, over HTTP on
 * SQLite and PostgreSQL. An editor limited to UNODC re-importing E/RES/2015/23 without paragraph
 * 11 (which would withdraw the Secretary-General's obligation), or moving an obligation's bearers
 * out of their scope, is refused (403) and nothing changes; evidence links other than http(s) and
 * corrections over their bounds are refused (400). Texts are read in the parser's threads: while a
 * long import runs, /healthz and reads answer; a text over the time limit, or one that kills its
 * thread, is refused (422) with the limit named, nothing stored, and the next import goes through.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { type AppRouter, TRPCClientError } from "@mandates/client";
import { createUser, hashPassword } from "@mandates/db";
import { ParserPool } from "@mandates/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, password, repoRoot, sharedText, startHarness } from "./harness.ts";

const symbol = "E/RES/2015/23";
const seed = sharedText("seed/E_RES_2015_23.txt");
const withoutParagraph11 = seed.replace(/^11\. .*\n/m, "");

/** Texts of the Assembly corpus one after another: a real text of a few MB, slow to read. */
function assemblyTexts(from: number, to: number): string {
  const folder = join(repoRoot, "../shared/corpus/un-ga-pdftext");
  return readdirSync(folder)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .slice(from, to)
    .map((f) => sharedText(`corpus/un-ga-pdftext/${f}`))
    .join("\n\n");
}

async function failure(call: Promise<unknown>): Promise<TRPCClientError<AppRouter>> {
  try {
    await call;
  } catch (error) {
    if (error instanceof TRPCClientError) return error as TRPCClientError<AppRouter>;
    throw error;
  }
  throw new Error("the call succeeded");
}

async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 1_000 && !condition(); i++)
    await new Promise((resolve) => setTimeout(resolve, 10));
  expect(condition()).toBe(true);
}

describe.each(["sqlite", "postgres"] as const)("rights and imports over HTTP on %s", (dialect) => {
  let h: Harness;
  let idOf: (key: string) => number;
  beforeAll(async () => {
    h = await startHarness(dialect);
    await createUser(h.database.db, {
      username: "focal",
      displayName: "UNODC and ICAT focal point",
      role: "editor",
      editableActorIds: ["unodc", "icat"],
      passwordHash: await hashPassword(password),
    });
    const editor = await h.signIn("editor");
    await editor.resolutions.import.mutate({ text: seed });
    const stored = await editor.resolutions.get.query({ symbol });
    const ids = new Map(stored.obligations.map((o) => [o.key, o.id]));
    idOf = (key) => ids.get(key) ?? -1;
  });
  afterAll(async () => {
    await h?.close();
  });

  const obligation = async (key: string) =>
    (await h.signIn("viewer")).obligations.get.query({ id: idOf(key) });

  describe("re-importing", () => {
    it("refuses an editor limited to UNODC a re-import that would withdraw the Secretary-General's obligation", async () => {
      const viewer = await h.signIn("viewer");
      const before = await viewer.resolutions.get.query({ symbol });
      const focal = await h.signIn("unodc");
      const refused = await failure(focal.resolutions.import.mutate({ text: withoutParagraph11 }));
      expect(refused.data?.code).toBe("FORBIDDEN");
      expect(refused.data?.httpStatus).toBe(403);
      expect(refused.message).toMatch(
        /^Re-importing E\/RES\/2015\/23 would change obligations of .*\bthe Secretary-General, which your account may not edit; ask an admin\.$/,
      );
      expect(await viewer.resolutions.get.query({ symbol })).toEqual(before);
      expect((await viewer.resolutions.source.query({ symbol })).text).toBe(seed);
      expect(await obligation("op11.1")).toMatchObject({ bearers: ["sg"], withdrawnAt: null });
    });

    it("lets the same editor import a symbol the library does not hold", async () => {
      const focal = await h.signIn("unodc");
      const text = sharedText("corpus/un-ga-pdftext/A_RES_78_231.txt");
      expect(await focal.resolutions.import.mutate({ text })).toMatchObject({
        status: "stored",
        symbol: "A/RES/78/231",
      });
    });
  });

  describe("bearers", () => {
    it("refuses moving UNODC's obligation to the Secretary-General", async () => {
      const before = await obligation("op6.1");
      const focal = await h.signIn("unodc");
      const refused = await failure(
        focal.tracking.correct.mutate({
          id: before.id,
          expectedVersion: before.version,
          field: "bearers",
          value: ["sg"],
        }),
      );
      expect(refused.data?.httpStatus).toBe(403);
      expect(refused.message).toBe(
        "You may add or remove only bearers your account may edit (UNODC); the Secretary-General is not among them. Ask an admin.",
      );
      expect(await obligation("op6.1")).toEqual(before);
    });

    it("refuses removing every bearer the editor may edit, and allows a change within the scope", async () => {
      const before = await obligation("op8.2");
      expect(before.bearers).toEqual(["unodc", "icat"]);
      const focal = await h.signIn("focal");
      const correct = (value: string[]) =>
        focal.tracking.correct.mutate({
          id: before.id,
          expectedVersion: before.version,
          field: "bearers",
          value,
        });
      const refused = await failure(correct([]));
      expect(refused.data?.httpStatus).toBe(403);
      expect(refused.message).toBe(
        "Removing UNODC and ICAT would leave this obligation without a bearer your account may edit, and you could no longer follow it up. Ask an admin.",
      );
      expect(await obligation("op8.2")).toEqual(before);
      expect(await correct(["unodc"])).toMatchObject({ bearers: ["unodc"] });
    });
  });

  describe("values", () => {
    it("refuses evidence links that are not web addresses, and stores none", async () => {
      const editor = await h.signIn("editor");
      const id = idOf("op10.1");
      for (const url of ["javascript:alert(document.cookie)", "data:text/html,<b>x</b>"]) {
        const refused = await failure(editor.tracking.addEvidence.mutate({ id, url }));
        expect(refused.data?.httpStatus).toBe(400);
        expect(refused.data?.fields).toEqual({
          url: ["an evidence link must start with http:// or https://"],
        });
      }
      expect((await obligation("op10.1")).evidence).toEqual([]);
    });

    it("refuses a correction over its bound, naming the field and the limit", async () => {
      const before = await obligation("op10.1");
      const editor = await h.signIn("editor");
      const refused = await failure(
        editor.tracking.correct.mutate({
          id: before.id,
          expectedVersion: before.version,
          field: "action",
          value: "x".repeat(5_001),
        }),
      );
      expect(refused.data?.httpStatus).toBe(400);
      expect(refused.data?.fields).toEqual({ value: ["action: at most 5,000 characters"] });
      expect(await obligation("op10.1")).toEqual(before);
    });
  });

  describe("imports in the parser's threads", () => {
    it("answers /healthz and reads while a long import runs", async () => {
      const admin = await h.signIn("admin");
      const viewer = await h.signIn("viewer");
      const parser = h.server.services.parser;
      let finished = false;
      const importing = admin.resolutions.import
        .mutate({ text: assemblyTexts(0, 200) })
        .finally(() => {
          finished = true;
        });
      // A thread has the text (started for it if none was running): reading has begun.
      await until(() => parser.reading > 0);
      // The server runs in this process: a gap between ticks, while the thread reads, is a time
      // the server could answer nobody. (Once the text is read, the resolution comes back and is
      // stored: on SQLite, whose driver is synchronous, that is one stretch, and not measured.)
      const reading = { from: performance.now(), to: performance.now(), longestGap: 0 };
      const ticker = setInterval(() => {
        const now = performance.now();
        if (parser.reading === 0) return;
        reading.longestGap = Math.max(reading.longestGap, now - reading.to);
        reading.to = now;
      }, 5);
      try {
        const health = await fetch(`${h.url}/healthz`);
        expect(health.status).toBe(200);
        expect(parser.reading).toBe(1);
        const list = await viewer.resolutions.list.query({});
        expect(list.items.map((r) => r.symbol)).toContain(symbol);
        expect(parser.reading).toBe(1);
        expect(finished).toBe(false);
        expect((await importing).status).toBe("stored");
      } finally {
        clearInterval(ticker);
      }
      // Read on the server's own thread, one gap would last the whole reading.
      expect(reading.longestGap).toBeLessThan((reading.to - reading.from) / 4);
    });

    it("refuses a text over the time limit with the limit named, and stores nothing", async () => {
      const viewer = await h.signIn("viewer");
      const before = await viewer.resolutions.list.query({ limit: 500 });
      const usual = h.server.services.parser;
      h.server.services.parser = new ParserPool({ timeLimitMs: 50 });
      try {
        const admin = await h.signIn("admin");
        const refused = await failure(
          admin.resolutions.import.mutate({ text: assemblyTexts(200, 400) }),
        );
        expect(refused.data?.code).toBe("UNPROCESSABLE_CONTENT");
        expect(refused.data?.httpStatus).toBe(422);
        expect(refused.message).toBe(
          "The parser gave up on this text after 0.05 s: reading it took far longer than any resolution does, so nothing was stored. Check that it is the text of one resolution.",
        );
        expect(await viewer.resolutions.list.query({ limit: 500 })).toEqual(before);
      } finally {
        await h.server.services.parser.close();
        h.server.services.parser = usual;
      }
    });

    it("goes on importing after a thread dies (out of memory)", async () => {
      const viewer = await h.signIn("viewer");
      const before = await viewer.resolutions.list.query({ limit: 500 });
      const usual = h.server.services.parser;
      h.server.services.parser = new ParserPool({ size: 1, memoryLimitMb: 32 });
      try {
        const admin = await h.signIn("admin");
        const refused = await failure(
          admin.resolutions.import.mutate({ text: assemblyTexts(200, 600) }),
        );
        expect(refused.data?.httpStatus).toBe(422);
        expect(refused.message).toBe(
          "The parser gave up on this text: reading it needed more than 32 MB of memory, so nothing was stored. Check that it is the text of one resolution.",
        );
        expect(await viewer.resolutions.list.query({ limit: 500 })).toEqual(before);
        const again = await admin.resolutions.import.mutate({ text: seed });
        expect(again).toMatchObject({ status: "unchanged", symbol });
      } finally {
        await h.server.services.parser.close();
        h.server.services.parser = usual;
      }
    });
  });
});
