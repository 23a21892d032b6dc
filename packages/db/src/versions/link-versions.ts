/**
 * Linking the library's versions: drafts to their adopted texts, resolutions to those they renew,
 * obligations to the earlier ones they repeat (rules in @mandates/domain). Made again whole each
 * time, in one transaction, and written as a difference: links that still hold keep their rows, so
 * what people answered to a suggestion survives. A superseded draft's tracking is carried to the
 * matching obligation of its adopted text when that one has none yet, with a history entry saying
 * so; otherwise, and for renewals, the earlier tracking is offered as a suggestion a person takes
 * or turns down (suggestions.ts).
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

export async function linkVersions(db: Db): Promise<LinkSummary> {
  return inTransaction(db, async (tx) => {
    const linkables = await readLinkables(tx);
    const idOf = new Map(linkables.map((r) => [r.symbol, r.id]));
    const { printed, candidates } = draftLinkCandidates(linkables);
    const words = await operativeWords(
      tx,
      [...new Set(candidates.flatMap((c) => [c.draft, c.adopted]))].map((s) => idOf.get(s) ?? -1),
    );
    const empty = bagOf("");
    const bagOfSymbol = (s: string): WordBag => words.get(idOf.get(s) ?? -1) ?? empty;
    const byText = chooseDraftLinks(candidates, bagOfSymbol);
    const renewals = findSeriesLinks(linkables);
    const links = [...printed, ...byText, ...renewals];
    const stamp = now();

    await writeVersionLinks(tx, links, idOf, stamp);
    await markSuperseded(tx, [...printed, ...byText], idOf);
    const { obligations, carried } = await linkObligations(tx, links, idOf, stamp);
    return {
      drafts: { printed: printed.length, byTitleAndText: byText.length },
      renewals: renewals.length,
      obligations,
      carried,
    };
  });
}

const pairKey = (kind: string, from: number, to: number) => `${kind}|${from}|${to}`;

async function writeVersionLinks(
  tx: Db,
  links: readonly VersionLink[],
  idOf: Map<string, number>,
  stamp: string,
) {
  const existing = await tx.kysely
    .selectFrom("version_links")
    .select(["id", "kind", "from_resolution_id", "to_resolution_id", "rule", "reason", "likeness"])
    .execute();
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
}

/** A draft is superseded by the adopted text it is linked to; no other row is. */
async function markSuperseded(tx: Db, links: readonly VersionLink[], idOf: Map<string, number>) {
  const wanted = new Map(links.map((l) => [idOf.get(l.from) ?? -1, idOf.get(l.to) ?? -1]));
  const current = await tx.kysely
    .selectFrom("resolutions")
    .select(["id", "superseded_by"])
    .where("superseded_by", "is not", null)
    .execute();
  for (const c of current)
    if (!wanted.has(c.id))
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

async function linkObligations(
  tx: Db,
  links: readonly VersionLink[],
  idOf: Map<string, number>,
  stamp: string,
): Promise<{ obligations: number; carried: number }> {
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
  const existing = await tx.kysely
    .selectFrom("obligation_links")
    .select(["id", "earlier_obligation_id", "obligation_id", "kind", "likeness"])
    .execute();
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
  const { n } = await tx.kysely
    .selectFrom("obligation_links")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  return { obligations: Number(n), carried };
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
