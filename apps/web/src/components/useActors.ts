import { useQuery } from "@tanstack/react-query";
import { type Outputs, useTRPC } from "../trpc.ts";

export type ActorInfo = Outputs["actors"]["list"][number];

const collator = new Intl.Collator("en");

type Indexed = { list: ActorInfo[]; byId: Map<string, ActorInfo> };
const indexed = new WeakMap<ActorInfo[], Indexed>();

/**
 * Sorted and indexed once per fetch, whatever the number of components asking: every row of a
 * table shows bearers, and each row's query observer would otherwise sort the registry again.
 */
function indexActors(list: ActorInfo[]): Indexed {
  let index = indexed.get(list);
  if (!index) {
    index = {
      list: [...list].sort((a, b) => collator.compare(a.name, b.name)),
      byId: new Map(list.map((a) => [a.id, a])),
    };
    indexed.set(list, index);
  }
  return index;
}

const none = { list: [] as ActorInfo[], byId: new Map<string, ActorInfo>() };

/** The actor registry (a few hundred entries), loaded once, as a map by id. */
export function useActors(): { byId: Map<string, ActorInfo>; list: ActorInfo[]; pending: boolean } {
  const trpc = useTRPC();
  const q = useQuery({
    ...trpc.actors.list.queryOptions(undefined, { staleTime: 10 * 60_000 }),
    select: indexActors,
  });
  const data = q.data ?? none;
  return { byId: data.byId, list: data.list, pending: q.isPending };
}

export const actorLabel = (actor: ActorInfo | undefined, id: string): string =>
  actor ? (actor.shortName ?? actor.name) : id;
