/**
 * What linking reads of the library: each resolution's front matter, the symbols printed above its
 * enacting formula and the resolutions it cites (LinkableResolution of @mandates/domain), and, for
 * the few pairs that need it, operative words and obligations in force.
 */
import { bagOf, type LinkableResolution, type WordBag } from "@mandates/domain";
import type { Db } from "../handle.ts";

export interface StoredLinkable extends LinkableResolution {
  id: number;
}

/**
 * The linkables of the whole library, or of these resolutions, in the order they were stored
 * (by id): the rules take the first of equals, so a part of the library read here gives the
 * same links as the whole.
 */
export async function readLinkables(
  db: Db,
  resolutionIds?: readonly number[],
): Promise<StoredLinkable[]> {
  if (!resolutionIds) return linkablesOf(db, null);
  const ids = [...new Set(resolutionIds)];
  const out: StoredLinkable[] = [];
  for (let i = 0; i < ids.length; i += 500)
    out.push(...(await linkablesOf(db, ids.slice(i, i + 500))));
  return out.sort((a, b) => a.id - b.id);
}

async function linkablesOf(db: Db, ids: readonly number[] | null): Promise<StoredLinkable[]> {
  if (ids?.length === 0) return [];
  let rows = db.kysely
    .selectFrom("resolutions")
    .select([
      "id",
      "symbol",
      "title",
      "draft",
      "body",
      "origin",
      "agenda_item",
      "adopted",
      "distributed",
    ])
    .orderBy("id");
  let citations = db.kysely
    .selectFrom("citations")
    .select(["resolution_id", "symbol", "kind", "clause_key", "footnote"])
    .where((eb) => eb.or([eb("kind", "=", "resolution"), eb("clause_key", "is", null)]))
    .orderBy("resolution_id")
    .orderBy("position");
  if (ids) {
    rows = rows.where("id", "in", ids);
    citations = citations.where("resolution_id", "in", ids);
  }
  const [resolutions, cited] = await Promise.all([rows.execute(), citations.execute()]);
  const front = new Map<number, string[]>();
  const cites = new Map<number, string[]>();
  for (const c of cited) {
    if (c.clause_key === null && c.footnote === null)
      front.set(c.resolution_id, [...(front.get(c.resolution_id) ?? []), c.symbol]);
    if (c.kind === "resolution")
      cites.set(c.resolution_id, [...(cites.get(c.resolution_id) ?? []), c.symbol]);
  }
  return resolutions.map((r) => ({
    id: r.id,
    symbol: r.symbol,
    title: r.title,
    draft: r.draft === 1,
    body: r.body,
    origin: r.origin,
    agendaItem: r.agenda_item,
    date: r.adopted ?? r.distributed,
    frontSymbols: front.get(r.id) ?? [],
    cites: cites.get(r.id) ?? [],
  }));
}

/** The operative paragraphs' words of these resolutions, by id. */
export async function operativeWords(
  db: Db,
  resolutionIds: readonly number[],
): Promise<Map<number, WordBag>> {
  const texts = new Map<number, string[]>();
  for (let i = 0; i < resolutionIds.length; i += 500) {
    const rows = await db.kysely
      .selectFrom("clauses")
      .select(["resolution_id", "text", "more_text"])
      .where("resolution_id", "in", resolutionIds.slice(i, i + 500))
      .where("kind", "=", "operative")
      .execute();
    for (const r of rows)
      texts.set(r.resolution_id, [
        ...(texts.get(r.resolution_id) ?? []),
        r.text,
        r.more_text ?? "",
      ]);
  }
  return new Map([...texts].map(([id, parts]) => [id, bagOf(parts.join(" "))]));
}

export interface LinkableObligation {
  id: number;
  resolutionId: number;
  verb: string;
  bearers: string[];
  action: string;
  status: string;
  evidence: number;
}

/** The obligations in force of these resolutions, with their effective verb and bearers. */
export async function obligationsOf(
  db: Db,
  resolutionIds: readonly number[],
): Promise<Map<number, LinkableObligation[]>> {
  const out = new Map<number, LinkableObligation[]>();
  for (let i = 0; i < resolutionIds.length; i += 500) {
    const ids = resolutionIds.slice(i, i + 500);
    const [rows, bearers, evidence] = await Promise.all([
      db.kysely
        .selectFrom("obligations")
        .select(["id", "resolution_id", "effective_verb", "action", "status"])
        .where("resolution_id", "in", ids)
        .where("withdrawn_at", "is", null)
        .orderBy("position")
        .execute(),
      db.kysely
        .selectFrom("obligation_bearers as b")
        .innerJoin("obligations as o", "o.id", "b.obligation_id")
        .select(["b.obligation_id", "b.actor_id"])
        .where("o.resolution_id", "in", ids)
        .orderBy("b.position")
        .execute(),
      db.kysely
        .selectFrom("evidence as e")
        .innerJoin("obligations as o", "o.id", "e.obligation_id")
        .select("e.obligation_id")
        .where("o.resolution_id", "in", ids)
        .execute(),
    ]);
    const bearersOf = new Map<number, string[]>();
    for (const b of bearers)
      bearersOf.set(b.obligation_id, [...(bearersOf.get(b.obligation_id) ?? []), b.actor_id]);
    const evidenceOf = new Map<number, number>();
    for (const e of evidence)
      evidenceOf.set(e.obligation_id, (evidenceOf.get(e.obligation_id) ?? 0) + 1);
    for (const r of rows)
      out.set(r.resolution_id, [
        ...(out.get(r.resolution_id) ?? []),
        {
          id: r.id,
          resolutionId: r.resolution_id,
          verb: r.effective_verb,
          bearers: bearersOf.get(r.id) ?? [],
          action: r.action,
          status: r.status,
          evidence: evidenceOf.get(r.id) ?? 0,
        },
      ]);
  }
  return out;
}

/** Tracked: a person recorded a status other than "no indication", or evidence. */
export const isTracked = (o: Pick<LinkableObligation, "status" | "evidence">): boolean =>
  o.status !== "no-indication" || o.evidence > 0;
