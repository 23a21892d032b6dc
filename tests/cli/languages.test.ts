/**
 * `mandates ingest` of one resolution's English and French texts, on SQLite and PostgreSQL: the
 * second is kept as the first's French version (one resolution, its obligations those read from
 * the English text), and the summary says so; `mandates parse --format text` names the language.
 */
import { join } from "node:path";
import { type DialectName, getResolution, resolutionLanguages } from "@mandates/db";
import { freshDatabase } from "@mandates/db/testing";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../http/harness.ts";
import { runCli } from "./run-cli.ts";

const corpus = join(repoRoot, "../shared/corpus/un-sc-akn4un");
const english = join(corpus, "en/resolutions/SC_2561_2021-E.xml");
const french = join(corpus, "fr/resolutions/SC_2561_2021-F.xml");

describe.each(["sqlite", "postgres"] as const)(
  "languages in the CLI on %s",
  (dialect: DialectName) => {
    it("ingests a French text as the French version of the English one", {
      timeout: 120_000,
    }, async () => {
      const t = await freshDatabase(dialect);
      try {
        expect((await runCli(["ingest", english], t.env)).code).toBe(0);
        const before = await getResolution(t.db, "S/RES/2561 (2021)");
        const run = await runCli(["ingest", french], t.env);
        expect(run.code).toBe(0);
        expect(run.stdout).toContain(
          "1 stored, 0 updated (1 as another language's text), 0 unchanged",
        );
        expect(
          (await resolutionLanguages(t.db, "S/RES/2561 (2021)"))?.map((l) => l.language),
        ).toEqual(["en", "fr"]);
        const after = await getResolution(t.db, "S/RES/2561 (2021)");
        expect(after?.obligations.map((o) => o.id)).toEqual(before?.obligations.map((o) => o.id));
      } finally {
        await t.drop();
      }
    });
  },
);

describe("mandates parse", () => {
  it("names the language of the text", async () => {
    const run = await runCli(["parse", french, "--format", "text"], {});
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Language: Français");
  });
});
