/**
 * Who may change which obligations. An editor may be limited to some actors (a UNODC focal point
 * edits what UNODC bears); admins and editors without limits have no scope (null) and may change
 * anything. Every write that touches obligations takes the caller's scope and checks it inside its
 * own transaction, on the rows it is about to change (locked on PostgreSQL), so a change someone
 * else commits meanwhile cannot slip between the check and the write.
 *
 * The rules, for a limited editor:
 * - tracking (status, assignee, lead, due date, evidence, notes, confirmations, corrections): only
 *   obligations that at least one actor of the scope bears or leads (a request to the
 *   Secretary-General that UNODC leads is UNODC's work);
 * - the lead: set only to an actor inside the scope, and never so that the obligation leaves it
 *   (moving work to another entity is an admin's call);
 * - bearers (a correction, or reverting one): only bearers inside the scope may be added or
 *   removed, and at least one bearer inside the scope must remain, so nobody can move an
 *   obligation out of their own scope or into someone else's;
 * - re-importing a resolution the library holds: only when the scope covers every actor that its
 *   live (not withdrawn) obligations bind, since a re-import may rewrite or withdraw each of them
 *   and replaces the text they all rest on. An obligation that names no bearer is outside every
 *   scope, as it is for tracking. Importing a new symbol touches no one's obligations: allowed.
 */
import type { Kysely, SelectQueryBuilder } from "kysely";
import { OutOfScopeError } from "./errors.ts";
import type { Db } from "./handle.ts";
import type { Database } from "./schema.ts";

/** The actors a limited editor may edit; null where there is no limit. */
export interface EditScope {
  readonly actors: readonly string[];
}

/** An account's scope: null for admins and for editors without limits. */
export function editScopeOf(user: {
  role: string;
  editableActorIds: readonly string[];
}): EditScope | null {
  if (user.role === "admin" || user.editableActorIds.length === 0) return null;
  return { actors: user.editableActorIds };
}

/** Locks the selected rows until the transaction ends (PostgreSQL; SQLite runs one writer at a time). */
export function locked<DB, TB extends keyof DB, O>(
  db: Db,
  query: SelectQueryBuilder<DB, TB, O>,
): SelectQueryBuilder<DB, TB, O> {
  return db.dialect === "postgres" ? query.forUpdate() : query;
}

/** Whether the scope covers an obligation with these bearers and this lead (null: first bearer). */
export function covers(
  scope: EditScope | null | undefined,
  bearers: readonly string[],
  lead: string | null,
): boolean {
  if (!scope) return true;
  return (
    bearers.some((b) => scope.actors.includes(b)) || (lead !== null && scope.actors.includes(lead))
  );
}

/** Refuses a change to an obligation that no actor of the scope bears or leads. */
export async function checkMayEdit(
  db: Db,
  scope: EditScope | null | undefined,
  bearers: readonly string[],
  lead: string | null = null,
): Promise<void> {
  if (!scope || covers(scope, bearers, lead)) return;
  throw new OutOfScopeError(await outOfScopeSentence(db, scope, bearers, lead));
}

/** "You may edit obligations of UNODC; this one is borne by the Secretary-General (led by OHCHR)." */
export async function outOfScopeSentence(
  db: Db,
  scope: EditScope,
  bearers: readonly string[],
  lead: string | null,
): Promise<string> {
  const [yours, theirs, leading] = await Promise.all([
    actorPhrases(db.kysely, scope.actors),
    actorPhrases(db.kysely, bearers),
    actorPhrases(db.kysely, lead && !bearers.includes(lead) ? [lead] : []),
  ]);
  const led = leading.length > 0 ? ` (led by ${leading[0]})` : "";
  return `You may edit obligations of ${listed(yours)}; this one is borne by ${listed(theirs) || "no one named"}${led}.`;
}

/**
 * Refuses a new lead outside the scope, or one that would leave the obligation outside it (a
 * request to the Secretary-General given back to its bearer by an editor limited to UNODC).
 */
export async function checkLeadChange(
  db: Db,
  scope: EditScope | null | undefined,
  bearers: readonly string[],
  lead: string | null,
): Promise<void> {
  if (!scope) return;
  if (lead !== null && !scope.actors.includes(lead)) {
    const [yours, theirs] = await Promise.all([
      actorPhrases(db.kysely, scope.actors),
      actorPhrases(db.kysely, [lead]),
    ]);
    throw new OutOfScopeError(
      `You may give the lead only to ${listed(yours)}; ${theirs[0]} is not among them. Ask an admin.`,
    );
  }
  if (!covers(scope, bearers, lead))
    throw new OutOfScopeError(
      "Giving the lead back to the bearers would leave this obligation outside what your account may edit. Ask an admin.",
    );
}

/**
 * Refuses new bearers (a correction, or the parser's bearers a revert returns to) that add or
 * remove an actor outside the scope, or leave no bearer inside it.
 */
export async function checkBearersChange(
  db: Db,
  scope: EditScope | null | undefined,
  before: readonly string[],
  after: readonly string[],
  /** The lead a person chose (null: the first bearer leads): an obligation the scope leads stays in it. */
  lead: string | null = null,
): Promise<void> {
  if (!scope) return;
  const inScope = (id: string) => scope.actors.includes(id);
  const moved = [
    ...after.filter((id) => !before.includes(id)),
    ...before.filter((id) => !after.includes(id)),
  ];
  const outside = moved.filter((id) => !inScope(id));
  if (outside.length > 0) {
    const [yours, theirs] = await Promise.all([
      actorPhrases(db.kysely, scope.actors),
      actorPhrases(db.kysely, outside),
    ]);
    throw new OutOfScopeError(
      `You may add or remove only bearers your account may edit (${listed(yours)}); ${listed(theirs)} ${outside.length === 1 ? "is" : "are"} not among them. Ask an admin.`,
    );
  }
  if (!after.some(inScope) && !(lead !== null && inScope(lead))) {
    const removed = await actorPhrases(
      db.kysely,
      before.filter((id) => !after.includes(id)),
    );
    throw new OutOfScopeError(
      `Removing ${listed(removed)} would leave this obligation without a bearer your account may edit, and you could no longer follow it up. Ask an admin.`,
    );
  }
}

/**
 * Refuses to re-import a stored resolution when its live obligations bind actors outside the
 * scope. Locks those obligations first, so no correction of their bearers commits between this
 * check and the import's writes.
 */
export async function checkMayReimport(
  db: Db,
  scope: EditScope | null | undefined,
  resolutionId: number,
  symbol: string,
): Promise<void> {
  if (!scope) return;
  const live = await locked(
    db,
    db.kysely
      .selectFrom("obligations")
      .select("id")
      .where("resolution_id", "=", resolutionId)
      .where("withdrawn_at", "is", null)
      .orderBy("id"),
  ).execute();
  if (live.length === 0) return;
  const bearers = await db.kysely
    .selectFrom("obligation_bearers")
    .select(["obligation_id", "actor_id"])
    .where(
      "obligation_id",
      "in",
      live.map((o) => o.id),
    )
    .orderBy("obligation_id")
    .orderBy("position")
    .execute();
  const outside = [
    ...new Set(bearers.map((b) => b.actor_id).filter((id) => !scope.actors.includes(id))),
  ];
  const borne = new Set(bearers.map((b) => b.obligation_id));
  const unborne = live.some((o) => !borne.has(o.id));
  if (outside.length === 0 && !unborne) return;
  const whose = [
    ...(outside.length > 0 ? [`of ${listed(await actorPhrases(db.kysely, outside), 12)}`] : []),
    ...(unborne ? ["that name no bearer"] : []),
  ].join(", and obligations ");
  throw new OutOfScopeError(
    `Re-importing ${symbol} would change obligations ${whose}, which your account may not edit; ask an admin.`,
  );
}

/** Kinds of actor whose name takes "the" in a sentence ("the Secretary-General"). */
const institutional = new Set([
  "principal-organ",
  "subsidiary-body",
  "official",
  "secretariat",
  "fund-programme",
  "specialized-agency",
  "treaty-body",
  "intergovernmental",
]);

/** How a sentence names each actor, in the order given: "UNODC", "the Secretary-General". */
async function actorPhrases(kysely: Kysely<Database>, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await kysely
    .selectFrom("actors")
    .select(["id", "name", "short_name", "kind"])
    .where("id", "in", [...ids])
    .execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => {
    const actor = byId.get(id);
    if (!actor) return id;
    if (actor.short_name) return actor.short_name;
    if (institutional.has(actor.kind) && !/^the /i.test(actor.name)) return `the ${actor.name}`;
    return actor.name;
  });
}

/** "A", "A and B", "A, B and C"; past `most`, "A, B and 3 other actors". */
function listed(phrases: readonly string[], most = Number.POSITIVE_INFINITY): string {
  const shown = phrases.length > most ? phrases.slice(0, most - 1) : [...phrases];
  const rest = phrases.length - shown.length;
  if (rest > 0) shown.push(`${rest} other actors`);
  if (shown.length <= 1) return shown.join("");
  return `${shown.slice(0, -1).join(", ")} and ${shown.at(-1)}`;
}
