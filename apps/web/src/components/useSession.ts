import { useQuery } from "@tanstack/react-query";
import type { SessionUser } from "../lib/permissions.ts";
import { useTRPC } from "../trpc.ts";

/** Who is signed in (or nobody), and whether the library may be read without signing in. */
export function useSession(): {
  user: SessionUser | null;
  anonymousRead: boolean;
  pending: boolean;
} {
  const trpc = useTRPC();
  const me = useQuery(trpc.users.me.queryOptions(undefined, { staleTime: 60_000 }));
  return {
    user: me.data?.user ?? null,
    anonymousRead: me.data?.anonymousRead ?? false,
    pending: me.isPending,
  };
}
