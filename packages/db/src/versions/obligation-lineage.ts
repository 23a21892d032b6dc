/**
 * An obligation's lineage: the earlier obligations it repeats (back to the first time it was
 * asked) and the later ones repeating it, across drafts and renewals; and the suggestion to start
 * its tracking from the last one's, which a person takes or turns down, never linking silently.
 */
import type { VersionLinkKind } from "@mandates/domain";
import { sql } from "kysely";
import { NotFoundError, RefusedError } from "../errors.ts";
import { type Db, inTransaction } from "../handle.ts";
import type { SuggestionState, TrackingStatus } from "../schema.ts";
import { checkMayEdit, type EditScope, locked } from "../scope.ts";
import { now } from "../values.ts";
import { carryTracking } from "./link-versions.ts";

export interface LineageStep {
  obligationId: number;
  key: string;
  symbol: string;
  title: string | null;
  adopted: string | null;
  draft: boolean;
  status: TrackingStatus;
  /** How it is linked to the next step toward the obligation asked about. */
  kind: VersionLinkKind;
  likeness: number;
}

export interface TrackingSuggestion {
  /** The earlier obligation whose tracking is offered. */
  from: LineageStep;
  status: TrackingStatus;
  evidence: number;
  state: SuggestionState;
}

export interface ObligationLineage {
  obligationId: number;
  /** Oldest first: the first time it was asked, then each renewal up to the one before it. */
  earlier: LineageStep[];
  /** Nearest first. */
  later: LineageStep[];
  /** The draft's obligation it was adopted from, or the adopted one a draft's became. */
  draft: LineageStep | null;
  adoptedAs: LineageStep | null;
  /** The last earlier obligation's tracking, when there is any to offer and nobody answered yet. */
  suggestion: TrackingSuggestion | null;
}

const maxSteps = 50;

async function step(db: Db, id: number, back: boolean, kind: VersionLinkKind = "renewed-by") {
  return db.kysely
    .selectFrom("obligation_links as l")
    .innerJoin("obligations as o", "o.id", back ? "l.earlier_obligation_id" : "l.obligation_id")
    .innerJoin("resolutions as r", "r.id", "o.resolution_id")
    .select([
      "l.id as linkId",
      "l.kind",
      "l.likeness",
      "l.suggestion",
      "o.id",
      "o.obligation_key",
      "o.status",
      "r.symbol",
      "r.title",
      "r.adopted",
      "r.draft",
    ])
    .where(back ? "l.obligation_id" : "l.earlier_obligation_id", "=", id)
    .where("l.kind", "=", kind)
    .orderBy("l.id")
    .executeTakeFirst();
}

export async function obligationLineage(db: Db, obligationId: number): Promise<ObligationLineage> {
  const exists = await db.kysely
    .selectFrom("obligations")
    .select("id")
    .where("id", "=", obligationId)
    .executeTakeFirst();
  if (!exists) throw new NotFoundError("obligation", obligationId);
  const earlier: LineageStep[] = [];
  const later: LineageStep[] = [];
  const seen = new Set([obligationId]);
  let last: Awaited<ReturnType<typeof step>> | null = null;
  for (let id = obligationId, i = 0; i < maxSteps; i++) {
    const s = await step(db, id, true);
    if (!s || seen.has(s.id)) break;
    if (i === 0) last = s;
    seen.add(s.id);
    earlier.unshift(stepOf(s));
    id = s.id;
  }
  for (let id = obligationId, i = 0; i < maxSteps; i++) {
    const s = await step(db, id, false);
    if (!s || seen.has(s.id)) break;
    seen.add(s.id);
    later.push(stepOf(s));
    id = s.id;
  }
  const [draft, adoptedAs] = await Promise.all([
    step(db, obligationId, true, "adopted-as"),
    step(db, obligationId, false, "adopted-as"),
  ]);
  // The suggestion of the renewal, else of the draft: the one a person has still to answer first.
  if (draft && (!last || (draft.suggestion === "open" && last.suggestion !== "open"))) last = draft;
  let suggestion: TrackingSuggestion | null = null;
  if (last && last.suggestion !== "none") {
    const evidence = await db.kysely
      .selectFrom("evidence")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("obligation_id", "=", last.id)
      .executeTakeFirstOrThrow();
    suggestion = {
      from: stepOf(last),
      status: last.status,
      evidence: Number(evidence.n),
      state: last.suggestion,
    };
  }
  return {
    obligationId,
    earlier,
    later,
    draft: draft ? stepOf(draft) : null,
    adoptedAs: adoptedAs ? stepOf(adoptedAs) : null,
    suggestion,
  };
}

function stepOf(s: NonNullable<Awaited<ReturnType<typeof step>>>): LineageStep {
  return {
    obligationId: s.id,
    key: s.obligation_key,
    symbol: s.symbol,
    title: s.title,
    adopted: s.adopted,
    draft: s.draft === 1,
    status: s.status,
    kind: s.kind,
    likeness: s.likeness,
  };
}

export interface SuggestionAnswer {
  /** Take the earlier tracking (status and evidence), or turn it down. */
  accept: boolean;
  /** Who answers, as history records it. */
  user: string;
  scope?: EditScope | null;
}

/**
 * A person's answer to the suggestion on an obligation: accepted, the last earlier obligation's
 * status and evidence are copied to it, each step in its history; either way the suggestion is
 * not offered again. Scope checked on the obligation's bearers in the same transaction.
 */
export async function answerSuggestion(
  db: Db,
  obligationId: number,
  answer: SuggestionAnswer,
): Promise<SuggestionState> {
  return inTransaction(db, async (tx) => {
    const link = await locked(
      tx,
      tx.kysely
        .selectFrom("obligation_links")
        .select(["id", "earlier_obligation_id", "suggestion"])
        .where("obligation_id", "=", obligationId)
        .orderBy(sql`case when suggestion = 'open' then 0 else 1 end`)
        .orderBy("id"),
    ).executeTakeFirst();
    if (!link) throw new NotFoundError("obligation", obligationId);
    if (link.suggestion !== "open")
      throw new RefusedError(
        `This obligation has no open suggestion (it is ${link.suggestion}): nothing was changed.`,
      );
    const bearers = await tx.kysely
      .selectFrom("obligation_bearers")
      .select("actor_id")
      .where("obligation_id", "=", obligationId)
      .orderBy("position")
      .execute();
    await checkMayEdit(
      tx,
      answer.scope,
      bearers.map((b) => b.actor_id),
    );
    const at = now();
    if (answer.accept)
      await carryTracking(tx, link.earlier_obligation_id, obligationId, at, answer.user);
    const state: SuggestionState = answer.accept ? "accepted" : "dismissed";
    await tx.kysely
      .updateTable("obligation_links")
      .set({ suggestion: state, decided_by: answer.user, decided_at: at })
      .where("id", "=", link.id)
      .execute();
    return state;
  });
}
