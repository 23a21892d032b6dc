import { useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import { useTRPC } from "../trpc.ts";

/** After a change to tracking: every view of obligations, resolutions and actors is refetched. */
export function useInvalidateTracking(): () => Promise<void> {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useCallback(async () => {
    await Promise.all([
      queryClient.invalidateQueries(trpc.obligations.pathFilter()),
      queryClient.invalidateQueries(trpc.resolutions.get.pathFilter()),
      queryClient.invalidateQueries(trpc.actors.get.pathFilter()),
    ]);
  }, [queryClient, trpc]);
}
