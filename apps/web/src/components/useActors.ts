import { useQuery } from "@tanstack/react-query";
import { type Outputs, useTRPC } from "../trpc.ts";

export type ActorInfo = Outputs["actors"]["list"][number];

/** The actor registry (a few hundred entries), loaded once, as a map by id. */
export function useActors(): { byId: Map<string, ActorInfo>; list: ActorInfo[]; pending: boolean } {
  const trpc = useTRPC();
  const q = useQuery({
    ...trpc.actors.list.queryOptions(undefined, { staleTime: 10 * 60_000 }),
    select: (list) => ({
      list: [...list].sort((a, b) => a.name.localeCompare(b.name, "en")),
      byId: new Map(list.map((a) => [a.id, a])),
    }),
  });
  return { byId: q.data?.byId ?? new Map(), list: q.data?.list ?? [], pending: q.isPending };
}

export const actorLabel = (actor: ActorInfo | undefined, id: string): string =>
  actor ? (actor.shortName ?? actor.name) : id;
