/**
 * Reading versions: a resolution's drafts, the adopted text that supersedes it, the one it renews
 * and those renewing it, its whole series; two versions compared paragraph by paragraph.
 */
import {
  type ClauseItem,
  compareParagraphs,
  normalizeSymbol,
  type ParagraphComparison,
  paragraphText,
  type VersionLinkKind,
  type VersionLinkRule,
} from "@mandates/domain";
import type { Db } from "../handle.ts";
import { fromJson } from "../values.ts";

/** Another version of a resolution, with the rule that links them. */
export interface LinkedVersion {
  symbol: string;
  title: string | null;
  adopted: string | null;
  draft: boolean;
  kind: VersionLinkKind;
  rule: VersionLinkRule;
  reason: string;
  likeness: number | null;
}

export interface SeriesMember {
  symbol: string;
  title: string | null;
  adopted: string | null;
}

export interface ResolutionVersions {
  symbol: string;
  /** The adopted text this draft became. */
  supersededBy: LinkedVersion | null;
  /** The drafts it was adopted from. */
  drafts: LinkedVersion[];
  /** The resolution it renews. */
  renews: LinkedVersion | null;
  renewedBy: LinkedVersion[];
  /** Its series in the library, oldest first (itself included); empty when it has none. */
  series: SeriesMember[];
}

const linkColumns = [
  "l.kind",
  "l.rule",
  "l.reason",
  "l.likeness",
  "r.symbol",
  "r.title",
  "r.adopted",
  "r.draft",
] as const;

export async function resolutionVersions(
  db: Db,
  symbol: string,
): Promise<ResolutionVersions | null> {
  const r = await db.kysely
    .selectFrom("resolutions")
    .select(["id", "symbol"])
    .where("symbol", "=", normalizeSymbol(symbol))
    .executeTakeFirst();
  if (!r) return null;
  const [earlier, later] = await Promise.all([
    db.kysely
      .selectFrom("version_links as l")
      .innerJoin("resolutions as r", "r.id", "l.from_resolution_id")
      .select(linkColumns)
      .where("l.to_resolution_id", "=", r.id)
      .orderBy("r.symbol_sort")
      .execute(),
    db.kysely
      .selectFrom("version_links as l")
      .innerJoin("resolutions as r", "r.id", "l.to_resolution_id")
      .select(linkColumns)
      .where("l.from_resolution_id", "=", r.id)
      .orderBy("r.symbol_sort")
      .execute(),
  ]);
  const version = (row: (typeof earlier)[number]): LinkedVersion => ({
    symbol: row.symbol,
    title: row.title,
    adopted: row.adopted,
    draft: row.draft === 1,
    kind: row.kind,
    rule: row.rule,
    reason: row.reason,
    likeness: row.likeness,
  });
  const renews = earlier.find((l) => l.kind === "renewed-by");
  const supersededBy = later.find((l) => l.kind === "adopted-as");
  return {
    symbol: r.symbol,
    supersededBy: supersededBy ? version(supersededBy) : null,
    drafts: earlier.filter((l) => l.kind === "adopted-as").map(version),
    renews: renews ? version(renews) : null,
    renewedBy: later.filter((l) => l.kind === "renewed-by").map(version),
    series: await seriesOf(db, r.id),
  };
}

/** Follows renewals back to the first and forward to the last (at most 100 steps each way). */
async function seriesOf(db: Db, id: number): Promise<SeriesMember[]> {
  const step = async (from: number, back: boolean) =>
    db.kysely
      .selectFrom("version_links")
      .select(back ? "from_resolution_id as id" : "to_resolution_id as id")
      .where("kind", "=", "renewed-by")
      .where(back ? "to_resolution_id" : "from_resolution_id", "=", from)
      .orderBy("id")
      .executeTakeFirst();
  const ids = [id];
  for (let current = id, i = 0; i < 100; i++) {
    const prev = await step(current, true);
    if (!prev || ids.includes(prev.id)) break;
    ids.unshift(prev.id);
    current = prev.id;
  }
  for (let current = id, i = 0; i < 100; i++) {
    const next = await step(current, false);
    if (!next || ids.includes(next.id)) break;
    ids.push(next.id);
    current = next.id;
  }
  if (ids.length === 1) return [];
  const rows = await db.kysely
    .selectFrom("resolutions")
    .select(["id", "symbol", "title", "adopted"])
    .where("id", "in", ids)
    .execute();
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((i) => {
    const row = byId.get(i);
    return row ? [{ symbol: row.symbol, title: row.title, adopted: row.adopted }] : [];
  });
}

export interface VersionHeading {
  symbol: string;
  title: string | null;
  adopted: string | null;
  draft: boolean;
}

export interface VersionComparison extends ParagraphComparison {
  from: VersionHeading;
  to: VersionHeading;
}

/**
 * Two stored versions compared, `from` the earlier; null when either is not in the library (the
 * caller names which).
 */
export async function compareVersions(
  db: Db,
  from: string,
  to: string,
): Promise<VersionComparison | { missing: string }> {
  const [a, b] = await Promise.all([versionText(db, from), versionText(db, to)]);
  if (!a) return { missing: normalizeSymbol(from) };
  if (!b) return { missing: normalizeSymbol(to) };
  return { from: a.heading, to: b.heading, ...compareParagraphs(a.paragraphs, b.paragraphs) };
}

async function versionText(db: Db, symbol: string) {
  const r = await db.kysely
    .selectFrom("resolutions")
    .select(["id", "symbol", "title", "adopted", "draft"])
    .where("symbol", "=", normalizeSymbol(symbol))
    .executeTakeFirst();
  if (!r) return null;
  const clauses = await db.kysely
    .selectFrom("clauses")
    .select(["clause_key", "kind", "number", "text", "items", "tail"])
    .where("resolution_id", "=", r.id)
    .orderBy("position")
    .execute();
  return {
    heading: { symbol: r.symbol, title: r.title, adopted: r.adopted, draft: r.draft === 1 },
    paragraphs: clauses.map((c) => ({
      id: c.clause_key,
      kind: c.kind,
      number: c.number,
      text: paragraphText({
        text: c.text,
        items: fromJson<ClauseItem[]>(c.items),
        tail: c.tail ?? undefined,
      }),
    })),
  };
}
