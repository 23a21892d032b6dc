/**
 * The one tRPC client of the app, with TanStack Query. Components get typed query and mutation
 * options from `useTRPC()` (`trpc.resolutions.get.queryOptions({ symbol })`) and run them with
 * TanStack Query's hooks; nothing fetches data any other way. The API is same-origin: served by
 * the server in production, proxied by Vite in development.
 */
import { type AppRouter, maxBatchCalls } from "@mandates/client";
import { QueryClient } from "@tanstack/react-query";
import {
  createTRPCClient,
  httpBatchLink,
  httpLink,
  splitLink,
  TRPCClientError,
} from "@trpc/client";
import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import { createTRPCContext, createTRPCOptionsProxy } from "@trpc/tanstack-react-query";
import { message } from "./i18n/translated.ts";

export const { TRPCProvider, useTRPC } = createTRPCContext<AppRouter>();

export type Outputs = inferRouterOutputs<AppRouter>;
export type Inputs = inferRouterInputs<AppRouter>;

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        // A refused or missing thing will not come by asking again.
        retry: (failures, error) =>
          failures < 2 && !(error instanceof TRPCClientError && error.data?.httpStatus < 500),
      },
    },
  });
}

/**
 * Calls made in the same tick travel in one batch, whose answer waits for its slowest call; the
 * actor registry (large, and cached for long) goes on its own so it never holds back a page's rows.
 */
const unbatched = new Set(["actors.list"]);

export function createApiClient() {
  const fetchSameOrigin: typeof fetch = (input, init) =>
    fetch(input, { ...init, credentials: "same-origin" });
  return createTRPCClient<AppRouter>({
    links: [
      splitLink({
        condition: (op) => unbatched.has(op.path),
        true: httpLink({ url: "/trpc", fetch: fetchSameOrigin }),
        false: httpBatchLink({
          url: "/trpc",
          // Long batches of GETs would pass what proxies accept in a URL; split them instead.
          maxURLLength: 4000,
          // The server refuses batches of more calls.
          maxItems: maxBatchCalls,
          fetch: fetchSameOrigin,
        }),
      }),
    ],
  });
}

/** The app's one query cache and one API client. */
export const queryClient = createQueryClient();
export const apiClient = createApiClient();

/**
 * The same query options as `useTRPC()` gives components, for use outside React: the router
 * prefetches a page's first data with it as the navigation starts, before the page renders.
 */
export const api = createTRPCOptionsProxy<AppRouter>({ client: apiClient, queryClient });

/** The message to show for a failed call: the server's words, or a plain one. */
export function errorMessage(error: unknown): string {
  if (error instanceof TRPCClientError) {
    const fields = error.data?.fields as Record<string, string[] | undefined> | null | undefined;
    const first = fields && Object.entries(fields).find(([, v]) => v?.length);
    if (first) return `${first[0]}: ${first[1]?.[0]}`;
    return error.message;
  }
  if (error instanceof Error) return error.message;
  return message("common.somethingWrong");
}

/** The server's words on single fields of the input (the first for each), by field name. */
export function fieldErrors(error: unknown): Record<string, string> {
  if (!(error instanceof TRPCClientError)) return {};
  const fields = error.data?.fields as Record<string, string[] | undefined> | null | undefined;
  const out: Record<string, string> = {};
  for (const [name, messages] of Object.entries(fields ?? {}))
    if (messages?.[0]) out[name] = messages[0];
  return out;
}

export const isConflict = (error: unknown) =>
  error instanceof TRPCClientError && error.data?.code === "CONFLICT";

export const isUnauthorized = (error: unknown) =>
  error instanceof TRPCClientError && error.data?.code === "UNAUTHORIZED";
