/**
 * What an import would change, said before it is stored, on both databases: a new symbol, the
 * very text again, and a re-import whose preview (paragraphs and obligations added, changed,
 * withdrawn) must agree with what the import then does; tracked obligations counted; and for an
 * editor limited to some actors, the refusal the import itself gives, word for word.
 */
import type { Resolution } from "@mandates/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  getResolution,
  importResolution,
  OutOfScopeError,
  previewImport,
  updateTracking,
} from "../src/index.ts";
import { seed } from "./corpus.ts";
import { dialects, freshDatabase, type TestDatabase } from "./databases.ts";

/** The seed changed as a new version of a text would be: a paragraph reworded, one obligation gone, one reworded. */
function revised(resolution: Resolution): Resolution {
  const [first, ...rest] = resolution.obligations;
  const gone = rest.at(-1);
  if (!first || !gone) throw new Error("the seed holds obligations");
  const lastClause = resolution.clauses.at(-1);
  return {
    ...resolution,
    clauses: resolution.clauses.map((c) =>
      c === lastClause ? { ...c, text: `${c.text} (as revised)` } : c,
    ),
    obligations: [
      { ...first, action: `${first.action} and report on it` },
      ...rest.filter((o) => o !== gone),
    ],
  };
}

describe.each(dialects)("an import's preview (%s)", (dialect) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await freshDatabase(dialect);
  });
  afterAll(async () => {
    await t?.drop();
  });

  it("says a symbol the library does not hold is new, and the same text again changes nothing", async () => {
    const { resolution, sourceText } = seed();
    expect((await previewImport(t.db, resolution, { sourceText })).status).toBe("new");
    await importResolution(t.db, resolution, { sourceText });
    const again = await previewImport(t.db, resolution, { sourceText });
    expect(again.status).toBe("unchanged");
    expect(again.refusal).toBeNull();
  });

  it("says what a re-import will change, as the import then does it, tracking counted", async () => {
    const { resolution, sourceText } = seed();
    const stored = await getResolution(t.db, resolution.symbol ?? "");
    const tracked = stored?.obligations[1];
    if (!tracked) throw new Error("the seed is stored");
    await updateTracking(t.db, tracked.id, {
      expectedVersion: tracked.version,
      status: "in-progress",
      user: "alice",
    });
    const next = revised(resolution);
    const text = `${sourceText}\n`;
    const preview = await previewImport(t.db, next, { sourceText: text });
    expect(preview.status).toBe("changed");
    expect(preview.paragraphs.changed).toEqual([resolution.clauses.at(-1)?.id]);
    expect(preview.obligations.changed.map((o) => [o.key, o.fields])).toEqual([
      [resolution.obligations[0]?.id, ["action"]],
    ]);
    expect(preview.obligations.withdrawn.map((o) => o.key)).toEqual([
      resolution.obligations.at(-1)?.id,
    ]);
    expect(preview.obligations.tracked).toBe(1);

    const done = await importResolution(t.db, next, { sourceText: text });
    const o = preview.obligations;
    expect(o.added.length + o.revived.length).toBe(done.obligationsAdded);
    expect(o.withdrawn.length).toBe(done.obligationsRemoved);
    expect(o.changed.length + o.unchanged).toBe(done.obligationsKept);
    expect(preview.paragraphs.added.length).toBe(done.clausesAdded);
    expect(preview.paragraphs.removed.length).toBe(done.clausesRemoved);

    // The withdrawn obligation comes back with the text that holds it.
    const back = await previewImport(t.db, resolution, { sourceText });
    expect(back.obligations.revived.map((r) => r.key)).toEqual([resolution.obligations.at(-1)?.id]);
  });

  it("gives a limited editor the import's own refusal before anything is tried", async () => {
    const { resolution, sourceText } = seed();
    const scope = { actors: ["unodc"] };
    const next = revised(resolution);
    const text = `${sourceText}\n\n`;
    const preview = await previewImport(t.db, next, { sourceText: text, scope });
    expect(preview.refusal).toMatch(/which your account may not edit/);
    const refused = await importResolution(t.db, next, { sourceText: text, scope }).catch(
      (e: unknown) => e,
    );
    expect(refused).toBeInstanceOf(OutOfScopeError);
    expect((refused as Error).message).toBe(preview.refusal);
    // Without a limit, nothing is refused.
    expect((await previewImport(t.db, next, { sourceText: text })).refusal).toBeNull();
  });
});
