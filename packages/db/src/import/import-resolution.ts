/**
 * Storing a parsed resolution, in one transaction: a failure anywhere leaves the library as it
 * was. Resolutions are keyed by their normalized symbol; importing a symbol again replaces the
 * text (clauses, footnotes, citations, actors) and reconciles the obligations, keeping what people
 * recorded about them (store-obligations.ts).
 *
 * Who may re-import: a re-import may rewrite or withdraw any obligation of the resolution and
 * replaces the text they all rest on, so an editor limited to some actors may re-import a symbol
 * only when their scope covers every actor its live obligations bind (scope.ts); importing a new
 * symbol is open to every editor. The check runs in the import's own transaction, after the
 * resolution and its obligations are locked, so it holds for the rows the import then writes.
 *
 * A text in another language than the one the library holds the symbol in is a language version:
 * kept beside the resolution, its obligations read as the stored ones (language-versions.ts).
 */
import { type Language, normalizeSymbol, type Resolution } from "@mandates/domain";
import { ensureActors } from "../actors.ts";
import { RefusedError } from "../errors.ts";
import { type Db, inTransaction } from "../handle.ts";
import { insertRows } from "../insert-rows.ts";
import { storeLanguageVersion } from "../language-versions.ts";
import { checkMayReimport, type EditScope, locked } from "../scope.ts";
import { indexClauses, unindexClauses } from "../search-index.ts";
import { type PackedSource, packSource } from "../source-text.ts";
import { countAll, now } from "../values.ts";
import {
  citationRows,
  clauseRows,
  footnoteRows,
  resolutionActorRows,
  resolutionRow,
} from "./resolution-rows.ts";
import { storeObligations } from "./store-obligations.ts";

export interface ImportOptions {
  /** The text the resolution was parsed from, kept beside the structure. */
  sourceText?: string;
  /**
   * Or that text packed ahead, with the hash of its parse (packSource), by the thread that parsed
   * it: the writer then only writes.
   */
  packed?: PackedSource;
  /** Where the text came from: a file name, a URL. */
  source?: string | null;
  /** Who imports, as history records it; "import" by default. */
  user?: string;
  /** The importing editor's scope; null or absent for no limit (admins, the operator's tools). */
  scope?: EditScope | null;
}

export interface ImportResult {
  status: "stored" | "updated" | "unchanged";
  resolutionId: number;
  symbol: string;
  clausesAdded: number;
  clausesRemoved: number;
  obligationsAdded: number;
  obligationsRemoved: number;
  obligationsKept: number;
  /** The language of the text imported. */
  language?: Language;
  /**
   * Set when the text was kept as another language's version of a resolution held in
   * `of`: its obligations are the stored ones (obligationsKept: how many read as one).
   */
  languageVersion?: { of: Language };
}

export async function importResolution(
  db: Db,
  resolution: Resolution,
  options: ImportOptions,
): Promise<ImportResult> {
  return inTransaction(db, async (tx) => {
    const result = await storeResolution(tx, resolution, options);
    if (changedText(result)) await indexClauses(tx, [result.resolutionId]);
    return result;
  });
}

/**
 * Whether an import changed the resolution's own text, which the search index and the links
 * between versions are made from: not when unchanged, nor when it kept another language's text.
 */
export function changedText(result: ImportResult): boolean {
  return result.status !== "unchanged" && result.languageVersion === undefined;
}

/**
 * Everything of an import but adding the new clauses to the full-text index, which the caller
 * does (importResolutions for a whole batch at once). Runs in the caller's transaction.
 */
export async function storeResolution(
  db: Db,
  resolution: Resolution,
  options: ImportOptions,
): Promise<ImportResult> {
  if (!resolution.symbol?.trim())
    throw new RefusedError(
      "This resolution has no symbol, and the library keys resolutions by symbol: set one (e.g. A/RES/78/228) before importing.",
    );
  const symbol = normalizeSymbol(resolution.symbol);
  const stamp = { by: options.user ?? "import", at: now() };
  const packed = options.packed ?? packSource(resolution, sourceTextOf(options));
  const hash = packed.contentHash;
  const row = resolutionRow(resolution, symbol, {
    packedSource: packed.packed,
    source: options.source ?? null,
    hash,
    at: stamp.at,
  });

  return inTransaction(db, async (tx) => {
    const existing = await locked(
      tx,
      tx.kysely
        .selectFrom("resolutions")
        .select(["id", "content_hash", "language"])
        .where("symbol", "=", symbol),
    ).executeTakeFirst();
    const language = resolution.language ?? "en";
    if (existing && existing.language !== language) {
      const version = await storeLanguageVersion(tx, existing.id, symbol, resolution, packed, {
        source: options.source ?? null,
        user: stamp.by,
        scope: options.scope ?? null,
      });
      return {
        status: version.status,
        resolutionId: existing.id,
        symbol,
        clausesAdded: version.status === "stored" ? resolution.clauses.length : 0,
        clausesRemoved: 0,
        obligationsAdded: 0,
        obligationsRemoved: 0,
        obligationsKept: version.aligned,
        language,
        languageVersion: { of: existing.language },
      };
    }
    if (existing?.content_hash === hash) return unchanged(tx, existing.id, symbol);
    if (existing) await checkMayReimport(tx, options.scope, existing.id, symbol);

    await ensureActors(
      tx,
      resolution.actors,
      resolution.obligations.flatMap((o) => o.bearers),
    );
    let resolutionId: number;
    let oldClauses: string[] = [];
    if (existing) {
      resolutionId = existing.id;
      oldClauses = await clauseKeys(tx, resolutionId);
      await tx.kysely.updateTable("resolutions").set(row).where("id", "=", resolutionId).execute();
      await removeText(tx, resolutionId);
    } else {
      const inserted = await tx.kysely
        .insertInto("resolutions")
        .values({ ...row, imported_at: stamp.at })
        .returning("id")
        .executeTakeFirstOrThrow();
      resolutionId = inserted.id;
    }
    await insertText(tx, resolutionId, resolution);
    const obligations = await storeObligations(
      tx,
      resolutionId,
      resolution.obligations,
      stamp,
      !existing,
    );
    await linkCitations(tx, resolutionId, symbol);

    const newClauses = resolution.clauses.map((c) => c.id);
    return {
      status: existing ? "updated" : "stored",
      resolutionId,
      symbol,
      clausesAdded: missingFrom(newClauses, oldClauses),
      clausesRemoved: missingFrom(oldClauses, newClauses),
      obligationsAdded: obligations.added,
      obligationsRemoved: obligations.removed,
      obligationsKept: obligations.kept,
    };
  });
}

function sourceTextOf(options: ImportOptions): string {
  if (options.sourceText === undefined)
    throw new RefusedError("An import needs the text the resolution was parsed from.");
  return options.sourceText;
}

async function unchanged(db: Db, resolutionId: number, symbol: string): Promise<ImportResult> {
  const { count } = await db.kysely
    .selectFrom("obligations")
    .select(countAll().as("count"))
    .where("resolution_id", "=", resolutionId)
    .where("withdrawn_at", "is", null)
    .executeTakeFirstOrThrow();
  return {
    status: "unchanged",
    resolutionId,
    symbol,
    clausesAdded: 0,
    clausesRemoved: 0,
    obligationsAdded: 0,
    obligationsRemoved: 0,
    obligationsKept: count,
  };
}

async function clauseKeys(db: Db, resolutionId: number): Promise<string[]> {
  const rows = await db.kysely
    .selectFrom("clauses")
    .select("clause_key")
    .where("resolution_id", "=", resolutionId)
    .execute();
  return rows.map((r) => r.clause_key);
}

/** How many of `these` (counted with repeats) are not in `those`. */
function missingFrom(these: readonly string[], those: readonly string[]): number {
  const left = new Map<string, number>();
  for (const key of those) left.set(key, (left.get(key) ?? 0) + 1);
  let missing = 0;
  for (const key of these) {
    const n = left.get(key) ?? 0;
    if (n > 0) left.set(key, n - 1);
    else missing += 1;
  }
  return missing;
}

/** The text's parts are replaced whole: nothing refers to them but the search index. */
async function removeText(db: Db, resolutionId: number) {
  await unindexClauses(db, resolutionId);
  for (const table of ["clauses", "footnotes", "citations", "resolution_actors"] as const)
    await db.kysely.deleteFrom(table).where("resolution_id", "=", resolutionId).execute();
}

async function insertText(db: Db, resolutionId: number, resolution: Resolution) {
  await insertRows(db, "clauses", clauseRows(resolutionId, resolution.clauses));
  await insertRows(db, "footnotes", footnoteRows(resolutionId, resolution));
  await insertRows(db, "citations", citationRows(resolutionId, resolution));
  await insertRows(db, "resolution_actors", resolutionActorRows(resolutionId, resolution));
}

/**
 * Links citations both ways: this resolution's citations to resolutions already stored, and
 * earlier citations of this symbol to this resolution.
 */
async function linkCitations(db: Db, resolutionId: number, symbol: string) {
  await db.kysely
    .updateTable("citations")
    .set((eb) => ({
      cited_resolution_id: eb
        .selectFrom("resolutions")
        .select("resolutions.id")
        .whereRef("resolutions.symbol", "=", "citations.symbol"),
    }))
    .where("resolution_id", "=", resolutionId)
    .execute();
  await db.kysely
    .updateTable("citations")
    .set({ cited_resolution_id: resolutionId })
    .where("symbol", "=", symbol)
    .where("cited_resolution_id", "is", null)
    .execute();
}
