/**
 * A resolution's language versions (0017): the UN adopts each resolution in six languages, every
 * text equally authentic, so one symbol holds one text per language. The resolution's own rows
 * are those of the text imported first; a text in another language is kept beside them
 * (language_versions), its clauses as read, and each of its obligations with the stored
 * obligation it reads as: the same operative paragraph, the same verb where the two agree, else
 * the next one of that paragraph in order. Tracking lives on the stored obligation only, so what
 * is recorded reading the French text is what the English reader sees.
 */
import {
  type Clause,
  type Deadline,
  type Footnote,
  type Language,
  languageNames,
  normalizeSymbol,
  type Obligation,
  type Resolution,
} from "@mandates/domain";
import type { Db } from "./handle.ts";
import { getResolution } from "./resolutions.ts";
import { checkMayReimport, type EditScope } from "./scope.ts";
import type { PackedSource } from "./source-text.ts";
import { fromJson, toJson } from "./values.ts";

/** An obligation as read in a language version, and the stored one it reads as. */
export interface VersionObligation {
  /** The stored obligation (the one tracked), or null when the paragraph holds no more of them. */
  obligationId: number | null;
  key: string;
  clause: string;
  verb: string;
  verbText: string;
  bearers: string[];
  action: string;
  deadline: Deadline | null;
}

/** One language a resolution is held in. */
export interface ResolutionLanguage {
  language: Language;
  /** The language name in itself ("Français"). */
  name: string;
  /** The text its clauses, obligations and tracking were first read from. */
  primary: boolean;
  title: string | null;
  clauseCount: number;
  importedAt: string;
  updatedAt: string;
}

/** A resolution read in one of its languages, paragraph ids shared with the others. */
export interface LanguageVersion {
  symbol: string;
  language: Language;
  primary: boolean;
  title: string | null;
  clauses: Clause[];
  footnotes: Footnote[];
  obligations: VersionObligation[];
}

/** The canonical verbs that read alike across languages ("Demande" may be "Calls upon" or "Requests"). */
const sameVerb = (a: string, b: string) =>
  a === b || (a === "calls on" ? "calls upon" : a) === (b === "calls on" ? "calls upon" : b);

/**
 * Pairs the obligations read in a version with the stored ones: by paragraph, the same verb
 * first, then the rest of that paragraph in order.
 */
export function alignObligations(
  read: readonly Obligation[],
  stored: readonly { id: number; clause: string; verb: string }[],
): VersionObligation[] {
  const byClause = new Map<string, { id: number; verb: string; used: boolean }[]>();
  for (const o of stored) {
    const list = byClause.get(o.clause) ?? [];
    list.push({ id: o.id, verb: o.verb, used: false });
    byClause.set(o.clause, list);
  }
  const ids = read.map((o) => {
    const match = byClause.get(o.clause)?.find((s) => !s.used && sameVerb(s.verb, o.verb));
    if (match) match.used = true;
    return match?.id ?? null;
  });
  return read.map((o, i) => {
    let id = ids[i] ?? null;
    if (id === null) {
      const next = byClause.get(o.clause)?.find((s) => !s.used);
      if (next) {
        next.used = true;
        id = next.id;
      }
    }
    return {
      obligationId: id,
      key: o.id,
      clause: o.clause,
      verb: o.verb,
      verbText: o.verbText,
      bearers: [...o.bearers],
      action: o.action,
      deadline: o.deadline ?? null,
    };
  });
}

/** The language of a resolution's own text, and its row id; null if the library lacks it. */
export async function storedLanguage(
  db: Db,
  symbol: string,
): Promise<{ id: number; language: Language } | null> {
  const row = await db.kysely
    .selectFrom("resolutions")
    .select(["id", "language"])
    .where("symbol", "=", normalizeSymbol(symbol))
    .executeTakeFirst();
  return row ?? null;
}

export interface VersionStored {
  status: "stored" | "updated" | "unchanged";
  /** How many of its obligations read as a stored one. */
  aligned: number;
  obligations: number;
}

/**
 * Keeps a text in another language than the resolution's own, beside it: a new language, or a
 * re-import of one held (which needs the scope a re-import of the resolution needs: the text
 * people read its obligations in changes). The resolution's obligations are not touched.
 */
export async function storeLanguageVersion(
  db: Db,
  resolutionId: number,
  symbol: string,
  resolution: Resolution,
  packed: PackedSource,
  options: { source?: string | null; user?: string; scope?: EditScope | null },
): Promise<VersionStored> {
  const language = resolution.language ?? "en";
  const at = new Date().toISOString();
  const existing = await db.kysely
    .selectFrom("language_versions")
    .select(["id", "content_hash"])
    .where("resolution_id", "=", resolutionId)
    .where("language", "=", language)
    .executeTakeFirst();
  const stored = await db.kysely
    .selectFrom("obligations")
    .select(["id", "clause_key as clause", "verb"])
    .where("resolution_id", "=", resolutionId)
    .where("withdrawn_at", "is", null)
    .orderBy("position")
    .execute();
  const obligations = alignObligations(resolution.obligations, stored);
  const aligned = obligations.filter((o) => o.obligationId !== null).length;
  const counts = { aligned, obligations: obligations.length };
  if (existing?.content_hash === packed.contentHash) return { status: "unchanged", ...counts };
  if (existing) await checkMayReimport(db, options.scope, resolutionId, symbol);
  const row = {
    title: resolution.title,
    source: options.source ?? null,
    source_deflated: packed.packed,
    content_hash: packed.contentHash,
    clauses: toJson(resolution.clauses),
    footnotes: toJson(resolution.footnotes satisfies readonly Footnote[]),
    obligations: toJson(obligations),
    imported_by: options.user ?? "import",
    updated_at: at,
  };
  if (existing) {
    await db.kysely
      .updateTable("language_versions")
      .set(row)
      .where("id", "=", existing.id)
      .execute();
    return { status: "updated", ...counts };
  }
  await db.kysely
    .insertInto("language_versions")
    .values({ ...row, resolution_id: resolutionId, language, imported_at: at })
    .execute();
  return { status: "stored", ...counts };
}

/** The languages a resolution is held in, its own first; null if the library lacks it. */
export async function resolutionLanguages(
  db: Db,
  symbol: string,
): Promise<ResolutionLanguage[] | null> {
  const own = await db.kysely
    .selectFrom("resolutions")
    .select(["id", "language", "title", "clause_count", "imported_at", "updated_at"])
    .where("symbol", "=", normalizeSymbol(symbol))
    .executeTakeFirst();
  if (!own) return null;
  const others = await db.kysely
    .selectFrom("language_versions")
    .select(["language", "title", "clauses", "imported_at", "updated_at"])
    .where("resolution_id", "=", own.id)
    .orderBy("language")
    .execute();
  return [
    {
      language: own.language,
      name: languageNames[own.language],
      primary: true,
      title: own.title,
      clauseCount: own.clause_count,
      importedAt: own.imported_at,
      updatedAt: own.updated_at,
    },
    ...others.map((v) => ({
      language: v.language,
      name: languageNames[v.language],
      primary: false,
      title: v.title,
      clauseCount: fromJson<Clause[]>(v.clauses).length,
      importedAt: v.imported_at,
      updatedAt: v.updated_at,
    })),
  ];
}

/** A resolution as read in one language; null if the library holds no such text. */
export async function getLanguageVersion(
  db: Db,
  symbol: string,
  language: Language,
): Promise<LanguageVersion | null> {
  const own = await storedLanguage(db, symbol);
  if (!own) return null;
  const normalized = normalizeSymbol(symbol);
  if (own.language === language) {
    const detail = await getResolution(db, normalized);
    if (!detail) return null;
    return {
      symbol: normalized,
      language,
      primary: true,
      title: detail.title,
      clauses: detail.clauses,
      footnotes: detail.footnotes,
      obligations: detail.obligations.map((o) => ({
        obligationId: o.id,
        key: o.key,
        clause: o.clause,
        verb: o.extracted.verb,
        verbText: o.verbText,
        bearers: [...o.extracted.bearers],
        action: o.extracted.action,
        deadline: o.extracted.deadline ?? null,
      })),
    };
  }
  const version = await db.kysely
    .selectFrom("language_versions")
    .select(["title", "clauses", "footnotes", "obligations"])
    .where("resolution_id", "=", own.id)
    .where("language", "=", language)
    .executeTakeFirst();
  if (!version) return null;
  return {
    symbol: normalized,
    language,
    primary: false,
    title: version.title,
    clauses: fromJson<Clause[]>(version.clauses),
    footnotes: fromJson<Footnote[]>(version.footnotes),
    obligations: fromJson<VersionObligation[]>(version.obligations),
  };
}
