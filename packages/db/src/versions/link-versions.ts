/**
 * Linking the library's versions: drafts to their adopted texts, resolutions to those they renew,
 * obligations to the earlier ones they repeat (rules in @mandates/domain). Made again whole here
 * (`mandates ingest`, an admin's versions.link), or after one import only around the text
 * imported (link-neighbours.ts), which gives the same links; in one transaction either way, and
 * written as a difference: links that still hold keep their rows, so what people answered to a
 * suggestion survives. A superseded draft's tracking is carried to the matching obligation of its
 * adopted text when that one has none yet, with a history entry saying so; otherwise, and for
 * renewals, the earlier tracking is offered as a suggestion a person takes or turns down
 * (obligation-lineage.ts), once: when the link is first made.
 */
import {
  bagOf,
  chooseDraftLinks,
  draftLinkCandidates,
  findSeriesLinks,
  matchObligations,
  obligationLinkRule,
  type VersionLink,
  type VersionLinkKind,
  type WordBag,
} from "@mandates/domain";
import { sql } from "kysely";
import { type Db, inTransaction } from "../handle.ts";
import { appendHistory } from "../history.ts";
import { insertRows } from "../insert-rows.ts";
import type { SuggestionState } from "../schema.ts";
import { now } from "../values.ts";
import {
  isTracked,
  type LinkableObligation,
  obligationsOf,
  operativeWords,
  readLinkables,
  type StoredLinkable,
} from "./linkable.ts";

export interface LinkSummary {
  /** Drafts linked to their adopted text, and by which rule. */
  drafts: { printed: number; byTitleAndText: number };
  /** Resolutions linked to the one they renew. */
  renewals: number;
  /** Obligations linked to an earlier one (renewed, or adopted from a draft). */
  obligations: number;
  /** Drafts whose tracking was carried to their adopted text's obligations by this run. */
  carried: number;
}

/** Who history names for what linking carries. */
export const linkingUser = "linking";

/**
 * One linking at a time: two imports' linking would otherwise both insert the same new link on
 * PostgreSQL (each reading before the other commits). Held to the transaction's end; SQLite
 * writes one transaction at a time anyway.
 */
export async function holdLinkingLock(tx: Db): Promise<void> {
  if (tx.dialect === "postgres")
    await sql`select pg_advisory_xact_lock(${linkingLock})`.execute(tx.kysely);
}

/** The advisory lock's key: "link" in ASCII, a number no other part of the project takes. */
const linkingLock = 0x6c696e6b;

/** The whole library linked again: what `mandates ingest` and an admin's versions.link run. */
export async function linkVersions(db: Db): Promise<LinkSummary> {
  return inTransaction(db, async (tx) => {
    await holdLinkingLock(tx);
    const linkables = await readLinkables(tx);
    const idOf = new Map(linkables.map((r) => [r.symbol, r.id]));
    const { printed, byText } = await draftLinksAmong(tx, linkables);
    const renewals = findSeriesLinks(linkables);
    const links = [...printed, ...byText, ...renewals];
    const stamp = now();

    await writeVersionLinks(tx, links, idOf, stamp, null);
    await markSuperseded(tx, [...printed, ...byText], idOf, null);
    const { carried } = await linkObligations(tx, links, idOf, stamp, null);
    const { n } = await tx.kysely
      .selectFrom("obligation_links")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    return {
      drafts: { printed: printed.length, byTitleAndText: byText.length },
      renewals: renewals.length,
      obligations: Number(n),
      carried,
    };
  });
}

/**
 * Drafts linked to their adopted texts among these resolutions: by what adopted texts print,
 * else by title and operative text. `only`: the drafts whose links are wanted (the others are
 * read as context and their candidates not compared).
 */
export async function draftLinksAmong(
  tx: Db,
  linkables: readonly StoredLinkable[],
  only?: ReadonlySet<string>,
): Promise<{ printed: VersionLink[]; byText: VersionLink[] }> {
  const idOf = new Map(linkables.map((r) => [r.symbol, r.id]));
  const found = draftLinkCandidates(linkables);
  const printed = only ? found.printed.filter((l) => only.has(l.from)) : found.printed;
  const candidates = only ? found.candidates.filter((c) => only.has(c.draft)) : found.candidates;
  const words = await operativeWords(
    tx,
    [...new Set(candidates.flatMap((c) => [c.draft, c.adopted]))].map((s) => idOf.get(s) ?? -1),
  );
  const empty = bagOf("");
  const bagOfSymbol = (s: string): WordBag => words.get(idOf.get(s) ?? -1) ?? empty;
  return { printed, byText: chooseDraftLinks(candidates, bagOfSymbol) };
}

/**
 * What a partial linking makes again: the adopted-as links of these drafts and the renewed-by
 * links of these resolutions (to their predecessor); null for all of them.
 */
export interface LinkScope {
  drafts: readonly number[];
  renewals: readonly number[];
}

/** A version link by resolution ids. */
export interface StoredPair {
  kind: VersionLinkKind;
  fromId: number;
  toId: number;
}

const pairKey = (kind: string, from: number, to: number) => `${kind}|${from}|${to}`;

async function versionLinksIn(tx: Db, scope: LinkScope | null) {
  const q = tx.kysely
    .selectFrom("version_links")
    .select(["id", "kind", "from_resolution_id", "to_resolution_id", "rule", "reason", "likeness"]);
  if (!scope) return q.execute();
  const { drafts, renewals } = scope;
  if (!drafts.length && !renewals.length) return [];
  return q
    .where((eb) =>
      eb.or([
        ...(drafts.length
          ? [eb.and([eb("kind", "=", "adopted-as"), eb("from_resolution_id", "in", drafts)])]
          : []),
        ...(renewals.length
          ? [eb.and([eb("kind", "=", "renewed-by"), eb("to_resolution_id", "in", renewals)])]
          : []),
      ]),
    )
    .execute();
}

/**
 * Writes the links as a difference from those stored (in the scope, or all): links that still
 * hold keep their rows. Returns the pairs stored before and after, and how many rows changed.
 */
export async function writeVersionLinks(
  tx: Db,
  links: readonly VersionLink[],
  idOf: Map<string, number>,
  stamp: string,
  scope: LinkScope | null,
): Promise<{ before: StoredPair[]; added: number; removed: number }> {
  const existing = await versionLinksIn(tx, scope);
  const wanted = new Map(
    links.map((l) => [
      pairKey(l.kind, idOf.get(l.from) ?? -1, idOf.get(l.to) ?? -1),
      { ...l, fromId: idOf.get(l.from) ?? -1, toId: idOf.get(l.to) ?? -1 },
    ]),
  );
  const stale: number[] = [];
  for (const e of existing) {
    const w = wanted.get(pairKey(e.kind, e.from_resolution_id, e.to_resolution_id));
    if (!w) stale.push(e.id);
    else if (w.rule === e.rule && w.reason === e.reason && w.likeness === e.likeness)
      wanted.delete(pairKey(e.kind, e.from_resolution_id, e.to_resolution_id));
    else {
      stale.push(e.id);
    }
  }
  for (let i = 0; i < stale.length; i += 500)
    await tx.kysely
      .deleteFrom("version_links")
      .where("id", "in", stale.slice(i, i + 500))
      .execute();
  await insertRows(
    tx,
    "version_links",
    [...wanted.values()].map((l) => ({
      kind: l.kind,
      from_resolution_id: l.fromId,
      to_resolution_id: l.toId,
      rule: l.rule,
      reason: l.reason,
      likeness: l.likeness,
      linked_at: stamp,
    })),
  );
  return {
    before: existing.map((e) => ({
      kind: e.kind,
      fromId: e.from_resolution_id,
      toId: e.to_resolution_id,
    })),
    added: wanted.size,
    removed: stale.length,
  };
}

/**
 * A draft is superseded by the adopted text it is linked to; no other row is. `drafts`: the only
 * rows to set (a partial linking), or null for all.
 */
export async function markSuperseded(
  tx: Db,
  links: readonly VersionLink[],
  idOf: Map<string, number>,
  drafts: readonly number[] | null,
) {
  const wanted = new Map(links.map((l) => [idOf.get(l.from) ?? -1, idOf.get(l.to) ?? -1]));
  let q = tx.kysely.selectFrom("resolutions").select(["id", "superseded_by"]);
  if (drafts === null) q = q.where("superseded_by", "is not", null);
  else if (drafts.length) q = q.where("id", "in", drafts);
  const current = drafts?.length === 0 ? [] : await q.execute();
  for (const c of current)
    if (c.superseded_by !== null && !wanted.has(c.id))
      await tx.kysely
        .updateTable("resolutions")
        .set({ superseded_by: null })
        .where("id", "=", c.id)
        .execute();
  const held = new Map(current.map((c) => [c.id, c.superseded_by]));
  for (const [draft, adopted] of wanted)
    if (held.get(draft) !== adopted)
      await tx.kysely
        .updateTable("resolutions")
        .set({ superseded_by: adopted })
        .where("id", "=", draft)
        .execute();
}

interface WantedObligationLink {
  kind: VersionLinkKind;
  earlier: LinkableObligation;
  later: LinkableObligation;
  likeness: number;
}

/**
 * Obligations linked along the version links: each later one to the earlier one it repeats.
 * `pairs`: the version links (by resolution ids) whose obligation links are made again, stored
 * before or wanted now; null for all.
 */
export async function linkObligations(
  tx: Db,
  links: readonly VersionLink[],
  idOf: Map<string, number>,
  stamp: string,
  pairs: readonly StoredPair[] | null,
): Promise<{ added: number; removed: number; carried: number }> {
  const ids = [...new Set(links.flatMap((l) => [idOf.get(l.from) ?? -1, idOf.get(l.to) ?? -1]))];
  const obligations = await obligationsOf(tx, ids);
  const wanted = new Map<string, WantedObligationLink>();
  for (const l of links) {
    const earlier = obligations.get(idOf.get(l.from) ?? -1) ?? [];
    const later = obligations.get(idOf.get(l.to) ?? -1) ?? [];
    const byId = new Map([...earlier, ...later].map((o) => [o.id, o]));
    for (const m of matchObligations(earlier, later)) {
      const e = byId.get(m.earlier) as LinkableObligation;
      const o = byId.get(m.later) as LinkableObligation;
      wanted.set(`${e.id}|${o.id}`, { kind: l.kind, earlier: e, later: o, likeness: m.likeness });
    }
  }
  const existing = await obligationLinksIn(tx, pairs);
  const stale: number[] = [];
  for (const e of existing) {
    const key = `${e.earlier_obligation_id}|${e.obligation_id}`;
    const w = wanted.get(key);
    if (!w || w.kind !== e.kind) stale.push(e.id);
    else {
      if (w.likeness !== e.likeness)
        await tx.kysely
          .updateTable("obligation_links")
          .set({ likeness: w.likeness })
          .where("id", "=", e.id)
          .execute();
      wanted.delete(key);
    }
  }
  for (let i = 0; i < stale.length; i += 500)
    await tx.kysely
      .deleteFrom("obligation_links")
      .where("id", "in", stale.slice(i, i + 500))
      .execute();

  const rows = [];
  let carried = 0;
  for (const w of wanted.values()) {
    let suggestion: SuggestionState = isTracked(w.earlier) ? "open" : "none";
    if (suggestion === "open" && w.kind === "adopted-as" && !isTracked(w.later)) {
      await carryTracking(tx, w.earlier.id, w.later.id, stamp);
      suggestion = "carried";
      carried++;
    }
    rows.push({
      kind: w.kind,
      earlier_obligation_id: w.earlier.id,
      obligation_id: w.later.id,
      rule: obligationLinkRule,
      likeness: w.likeness,
      suggestion,
      decided_by: suggestion === "carried" ? linkingUser : null,
      decided_at: suggestion === "carried" ? stamp : null,
      linked_at: stamp,
    });
  }
  await insertRows(tx, "obligation_links", rows);
  return { added: rows.length, removed: stale.length, carried };
}

/** The obligation links stored along these version links (by their resolutions), or all. */
async function obligationLinksIn(tx: Db, pairs: readonly StoredPair[] | null) {
  if (!pairs)
    return tx.kysely
      .selectFrom("obligation_links")
      .select(["id", "earlier_obligation_id", "obligation_id", "kind", "likeness"])
      .execute();
  const wanted = new Set(pairs.map((p) => `${p.fromId}|${p.toId}`));
  const laterIds = [...new Set(pairs.map((p) => p.toId))];
  const out = [];
  for (let i = 0; i < laterIds.length; i += 500) {
    const rows = await tx.kysely
      .selectFrom("obligation_links as l")
      .innerJoin("obligations as o", "o.id", "l.obligation_id")
      .innerJoin("obligations as e", "e.id", "l.earlier_obligation_id")
      .select([
        "l.id",
        "l.earlier_obligation_id",
        "l.obligation_id",
        "l.kind",
        "l.likeness",
        "e.resolution_id as earlierResolution",
        "o.resolution_id as laterResolution",
      ])
      .where("o.resolution_id", "in", laterIds.slice(i, i + 500))
      .execute();
    out.push(...rows.filter((r) => wanted.has(`${r.earlierResolution}|${r.laterResolution}`)));
  }
  return out;
}

/**
 * Copies an earlier obligation's status and evidence to a later one, raising its version and
 * recording each step in its history: the caller decided it may (a draft's own tracking carried to
 * its adopted text, or a person's confirmed suggestion).
 */
export async function carryTracking(
  tx: Db,
  fromId: number,
  toId: number,
  at: string,
  by: string = linkingUser,
): Promise<void> {
  const [from, to, evidence, fromSymbol] = await Promise.all([
    tx.kysely
      .selectFrom("obligations")
      .select(["status"])
      .where("id", "=", fromId)
      .executeTakeFirstOrThrow(),
    tx.kysely
      .selectFrom("obligations")
      .select(["status", "version"])
      .where("id", "=", toId)
      .executeTakeFirstOrThrow(),
    tx.kysely
      .selectFrom("evidence")
      .select(["url", "document_symbol", "note", "date"])
      .where("obligation_id", "=", fromId)
      .orderBy("id")
      .execute(),
    tx.kysely
      .selectFrom("obligations as o")
      .innerJoin("resolutions as r", "r.id", "o.resolution_id")
      .select(["r.symbol", "o.obligation_key"])
      .where("o.id", "=", fromId)
      .executeTakeFirstOrThrow(),
  ]);
  const source = `${fromSymbol.symbol} ${fromSymbol.obligation_key}`;
  const history = [];
  if (from.status !== to.status) {
    await tx.kysely
      .updateTable("obligations")
      .set({ status: from.status, version: to.version + 1, updated_at: at })
      .where("id", "=", toId)
      .execute();
    history.push({
      obligationId: toId,
      by,
      at,
      change: "tracking" as const,
      field: "status",
      from: to.status,
      to: from.status,
    });
  }
  for (const e of evidence) {
    const note = e.note ? `${e.note} (carried from ${source})` : `Carried from ${source}`;
    await tx.kysely
      .insertInto("evidence")
      .values({
        obligation_id: toId,
        url: e.url,
        document_symbol: e.document_symbol,
        note,
        date: e.date,
        added_by: by,
        added_at: at,
      })
      .execute();
    history.push({
      obligationId: toId,
      by,
      at,
      change: "evidence" as const,
      field: "evidence",
      from: null,
      to: { url: e.url, documentSymbol: e.document_symbol, note, date: e.date },
    });
  }
  await appendHistory(tx, history);
}
