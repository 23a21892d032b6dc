/**
 * Migrations on libraries that hold data: a library written by schema 0009 (each clause's full text
 * stored beside its text, the source text stored as text) opens under the current schema with
 * every text intact and every word still found.
 */
import { normalizeSymbol } from "@mandates/domain";
import { type Kysely, sql } from "kysely";
import { describe, expect, it } from "vitest";
import { clauseRows, resolutionRow } from "../src/import/resolution-rows.ts";
import { getResolution, getSourceText, openDatabase, search } from "../src/index.ts";
import { library } from "./corpus.ts";
import { dialects, freshDatabase } from "./databases.ts";
import { importLibrary } from "./fixtures.ts";

// biome-ignore lint/suspicious/noExplicitAny: rows of an older schema than the typed one.
type Untyped = Kysely<any>;

const queries = ["trafficking", '"Member States"', "report", "victims -children", "annex"];

describe.each(dialects)("a library of schema 0009 opened by this version (%s)", (dialect) => {
  it("keeps every source text and clause, and search finds the same", {
    timeout: 60_000,
  }, async () => {
    const old = await freshDatabase(dialect, { schemaVersion: "0009-session-last-seen" });
    const current = await freshDatabase(dialect);
    let reopened: Awaited<ReturnType<typeof openDatabase>> | null = null;
    try {
      // Rows as the import of 0009 wrote them.
      const db = old.db.kysely as unknown as Untyped;
      const fullTexts = new Map<number, string>();
      for (const { resolution, sourceText } of library()) {
        const symbol = normalizeSymbol(resolution.symbol ?? "");
        const {
          source_deflated: _,
          language: _language,
          ...row
        } = resolutionRow(resolution, symbol, {
          packedSource: new Uint8Array(),
          source: null,
          hash: "0009",
          at: "2025-01-01T00:00:00.000Z",
        });
        const { id } = await db
          .insertInto("resolutions")
          .values({ ...row, source_text: sourceText, imported_at: row.updated_at })
          .returning("id")
          .executeTakeFirstOrThrow();
        for (const { more_text, annex: _, ...clause } of clauseRows(id, resolution.clauses)) {
          const fullText = [clause.text, more_text ?? ""].filter((t) => t !== "").join("\n");
          const inserted = await db
            .insertInto("clauses")
            .values({ ...clause, full_text: fullText })
            .returning("id")
            .executeTakeFirstOrThrow();
          fullTexts.set(inserted.id, fullText);
        }
      }
      expect([...fullTexts.values()].some((t) => t.includes("\n"))).toBe(true);
      if (dialect === "sqlite")
        await sql`insert into clause_search (clause_search) values ('rebuild')`.execute(db);
      else
        await sql`insert into clause_search (clause_id, search_vector)
          select id, to_tsvector('english', full_text) from clauses`.execute(db);
      await old.db.close();

      reopened = await openDatabase({ env: old.env });
      await importLibrary(current.db);
      for (const { resolution, sourceText } of library()) {
        const symbol = resolution.symbol ?? "";
        expect(await getSourceText(reopened, symbol)).toBe(sourceText);
        expect((await getResolution(reopened, symbol))?.clauses).toEqual(resolution.clauses);
      }
      const { rows } = await sql<{ id: number; full_text: string }>`
        select id, full_text from clause_text order by id`.execute(reopened.kysely);
      expect(new Map(rows.map((r) => [r.id, r.full_text]))).toEqual(fullTexts);
      for (const query of queries) {
        const found = await search(reopened, query, { limit: 500 });
        const expected = await search(current.db, query, { limit: 500 });
        expect(found.total, query).toBe(expected.total);
        expect(found.items.map((h) => h.snippet).sort(), query).toEqual(
          expected.items.map((h) => h.snippet).sort(),
        );
      }
    } finally {
      await reopened?.close();
      await current.drop();
      await old.drop();
    }
  });
});
