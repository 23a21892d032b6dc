/**
 * `mandates digest` on SQLite and PostgreSQL, run as a user would: `show` prints an account's
 * digest; `send` refuses in one line without MANDATES_SMTP_URL, and with it mails each account
 * that opted in through a real SMTP server on 127.0.0.1.
 */
import { join } from "node:path";
import {
  addDays,
  createUser,
  type DialectName,
  listObligations,
  setDigestSettings,
  updateTracking,
} from "@mandates/db";
import { freshDatabase } from "@mandates/db/testing";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../http/harness.ts";
import { smtpSink } from "../http/smtp-sink.ts";
import { runCli } from "./run-cli.ts";

const text = join(repoRoot, "../shared/corpus/un-ga-pdftext/A_RES_78_228.txt");

describe.each(["sqlite", "postgres"] as const)("mandates digest on %s", (dialect: DialectName) => {
  it("shows a digest, and sends them through SMTP only when a relay is set", {
    timeout: 120_000,
  }, async () => {
    const t = await freshDatabase(dialect);
    const sink = await smtpSink();
    try {
      expect((await runCli(["ingest", text], t.env)).code).toBe(0);
      const focal = await createUser(t.db, {
        username: "focal",
        displayName: "UNODC focal point",
        role: "editor",
        editableActorIds: ["unodc"],
        passwordHash: "x",
      });
      await setDigestSettings(t.db, focal.id, { email: "focal@unodc.org", digest: true });
      const [o] = (await listObligations(t.db, { actor: "unodc", limit: 1 })).items;
      if (!o) throw new Error("A/RES/78/228 should ask UNODC");
      const tomorrow = addDays(new Date().toISOString().slice(0, 10), 1);
      await updateTracking(t.db, o.id, {
        expectedVersion: o.version,
        dueDate: tomorrow,
        user: "admin",
      });

      const shown = await runCli(["digest", "show", "focal"], t.env);
      expect(shown.code).toBe(0);
      expect(shown.stdout).toMatch(/^Subject: Mandates digest, /);
      expect(shown.stdout).toContain("Hello UNODC focal point,");
      expect(shown.stdout).toContain("A/RES/78/228, para.");

      const without = await runCli(["digest", "send"], t.env);
      expect(without.code).not.toBe(0);
      expect(without.stderr).toMatch(/^mandates digest: MANDATES_SMTP_URL is not set/);
      expect(sink.received).toHaveLength(0);

      const relay = { ...t.env, MANDATES_SMTP_URL: `smtp://127.0.0.1:${sink.port}` };
      const nobody = await runCli(["digest", "send", "--user", "nobody"], relay);
      expect(nobody.stderr).toBe('mandates digest: no account "nobody".\n');
      const sent = await runCli(["digest", "send"], relay);
      expect(sent.stderr).toBe("");
      expect(sent.stdout).toBe("Sent 1 digest (focal); 0 with nothing overdue or due.\n");
      expect(sink.received.map((m) => m.to)).toEqual([["focal@unodc.org"]]);
      expect(sink.received[0]?.html).toContain("A/RES/78/228, para.");
    } finally {
      await sink.close();
      await t.drop();
    }
  });
});
