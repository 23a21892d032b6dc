/**
 * One canonical registry of actors across resolutions, seeded from the domain's actorRegistry.
 * Actors a parse names that the registry lacks are added with kind "other" (unregistered), so
 * every bearer id points somewhere; a later registry entry with the same id takes them over.
 */
import { type Actor, type ActorKind, actorRegistry } from "@mandates/domain";
import { type Db, inTransaction } from "./handle.ts";
import type { ActorRow } from "./schema.ts";
import { chunks, fromJson, toJson } from "./values.ts";

export interface StoredActor extends Actor {
  /** True when the domain's registry holds it; false when a parse named it first. */
  registered: boolean;
}

export function actorOf(row: ActorRow): StoredActor {
  return {
    id: row.id,
    name: row.name,
    ...(row.short_name === null ? {} : { shortName: row.short_name }),
    kind: row.kind as ActorKind,
    aliases: fromJson<string[]>(row.aliases),
    registered: row.registered === 1,
  };
}

/** Writes the registry over the stored actors: names, kinds and aliases follow the code. */
export async function seedActorRegistry(db: Db): Promise<void> {
  const rows = actorRegistry.map((a) => ({
    id: a.id,
    name: a.name,
    short_name: a.shortName ?? null,
    kind: a.kind,
    aliases: toJson(a.aliases),
    registered: 1 as const,
  }));
  await inTransaction(db, async (tx) => {
    for (const chunk of chunks(rows, 6))
      await tx.kysely
        .insertInto("actors")
        .values(chunk)
        .onConflict((oc) =>
          oc.column("id").doUpdateSet((eb) => ({
            name: eb.ref("excluded.name"),
            short_name: eb.ref("excluded.short_name"),
            kind: eb.ref("excluded.kind"),
            aliases: eb.ref("excluded.aliases"),
            registered: eb.ref("excluded.registered"),
          })),
        )
        .execute();
  });
}

/**
 * Makes sure every actor a parse names, and every bearer id, exists. Unknown ones are added with
 * kind "other"; known ones are left as they are (the registry's word wins over a parse's).
 */
export async function ensureActors(
  db: Db,
  actors: readonly Actor[],
  bearerIds: Iterable<string>,
): Promise<void> {
  const rows = new Map<string, { name: string; shortName?: string; aliases: string[] }>();
  for (const a of actors) rows.set(a.id, a);
  for (const id of bearerIds) if (!rows.has(id)) rows.set(id, { name: id, aliases: [] });
  if (rows.size === 0) return;
  const values = [...rows].map(([id, a]) => ({
    id,
    name: a.name,
    short_name: a.shortName ?? null,
    kind: "other",
    aliases: toJson(a.aliases),
    registered: 0 as const,
  }));
  for (const chunk of chunks(values, 6))
    await db.kysely
      .insertInto("actors")
      .values(chunk)
      .onConflict((oc) => oc.column("id").doNothing())
      .execute();
}

export async function getActor(db: Db, id: string): Promise<StoredActor | null> {
  const row = await db.kysely
    .selectFrom("actors")
    .selectAll()
    .where("id", "=", id)
    .executeTakeFirst();
  return row ? actorOf(row) : null;
}

/** Every actor, by name: for pick lists. */
export async function listActors(db: Db): Promise<StoredActor[]> {
  const rows = await db.kysely
    .selectFrom("actors")
    .selectAll()
    .orderBy("name")
    .orderBy("id")
    .execute();
  return rows.map(actorOf);
}
