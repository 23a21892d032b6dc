/**
 * Notices a session that ended on the server while the page was open (unused for a day, or the
 * password changed elsewhere): a call refused as "sign in" while we think we are signed in. Then
 * asks again who we are, so the app shows the sign-in page at once, and says why.
 */
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { isUnauthorized, useTRPC } from "../trpc.ts";

export function useSessionEnded(signedIn: boolean): boolean {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [ended, setEnded] = useState(false);

  useEffect(() => {
    if (signedIn) setEnded(false);
  }, [signedIn]);

  useEffect(() => {
    if (!signedIn) return;
    const onError = (error: unknown) => {
      if (!isUnauthorized(error)) return;
      setEnded(true);
      void queryClient.invalidateQueries(trpc.users.me.queryFilter());
    };
    const queries = queryClient.getQueryCache().subscribe((event) => {
      if (event.type === "updated" && event.action.type === "error") onError(event.action.error);
    });
    const mutations = queryClient.getMutationCache().subscribe((event) => {
      if (event.type === "updated" && event.action.type === "error") onError(event.action.error);
    });
    return () => {
      queries();
      mutations();
    };
  }, [signedIn, queryClient, trpc]);

  return ended;
}
