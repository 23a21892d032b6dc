/**
 * An annexed declaration through the API, against the real server on SQLite and PostgreSQL:
 * A/RES/80/9 imported from its official PDF comes back with its annex's title and 31 paragraphs
 * as clauses of the annex, found by search, and their obligations on the tracker by bearer.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, repoRoot, startHarness } from "./harness.ts";

const pdf = readFileSync(join(repoRoot, "../shared/corpus/pdf/A_RES_80_9.pdf")).toString("base64");

describe.each(["sqlite", "postgres"] as const)(
  "an annexed declaration over HTTP on %s",
  (dialect) => {
    let h: Harness;
    beforeAll(async () => {
      h = await startHarness(dialect);
      const editor = await h.signIn("editor");
      await editor.resolutions.importPdf.mutate({ pdf, source: "A_RES_80_9.pdf" });
    }, 60_000);
    afterAll(async () => {
      await h?.close();
    });

    it("gives the annex's paragraphs as its clauses, apart from the resolution's own", async () => {
      const viewer = await h.signIn("viewer");
      const r = await viewer.resolutions.get.query({ symbol: "A/RES/80/9" });
      expect(r.annexes.map((a) => [a.id, a.heading])).toEqual([["annex1", "Annex"]]);
      expect(r.annexes[0]?.title).toMatch(/^2025 Political Declaration on the Implementation/);
      expect(r.clauses.filter((c) => c.annex === undefined).map((c) => c.id)).toEqual(["op1"]);
      expect(r.clauses.filter((c) => c.annex === "annex1").map((c) => c.number)).toEqual(
        Array.from({ length: 31 }, (_, i) => i + 1),
      );
      const clause = await viewer.clauses.get.query({
        symbol: "A/RES/80/9",
        clause: "annex1-op25",
      });
      expect(clause.clause.annex).toBe("annex1");
    });

    it("finds an annex's paragraph by its words and tracks its obligations by bearer", async () => {
      const viewer = await h.signIn("viewer");
      const hits = await viewer.search.clauses.query({
        query: '"global report on trafficking in persons"',
        resolution: "A/RES/80/9",
      });
      expect(hits.items.map((hit) => hit.clauseId)).toContain("annex1-op25");
      const unodc = await viewer.obligations.list.query({
        actor: "unodc",
        resolution: "A/RES/80/9",
      });
      expect(unodc.items.map((o) => o.key)).toEqual(["annex1-op25.1"]);
      const sg = await viewer.obligations.list.query({ actor: "sg", resolution: "A/RES/80/9" });
      expect(sg.items.map((o) => o.clause)).toEqual(["annex1-op21", "annex1-op30"]);
    });
  },
);
