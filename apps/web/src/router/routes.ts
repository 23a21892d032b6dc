/**
 * The pages and their paths. The two list views people open first (the library and the tracker)
 * come with the shell; every other page is its own chunk, loaded when first visited or, once the
 * first page has shown, while the browser is idle.
 */
import { type ComponentType, lazy } from "react";
import { pageSize } from "../components/PagedTable.tsx";
import { startOpenClock } from "../lib/perf.ts";
import {
  decodeLibraryFilters,
  decodeTrackerFilters,
  libraryQueryInput,
  librarySearchInput,
  trackerQueryInput,
} from "../lib/url-filters.ts";
import LibraryPage from "../pages/LibraryPage.tsx";
import TrackerPage from "../pages/TrackerPage.tsx";
import { api, queryClient } from "../trpc.ts";

export interface PageProps {
  params: Record<string, string>;
  search: string;
}

type Page = ComponentType<PageProps>;

interface Route {
  pattern: RegExp;
  page: Page;
  names?: string[];
  /** Starts fetching what the page shows first, given the query string and the path's parts. */
  prefetch?: (search: string, params: Record<string, string>) => void;
  /** The view's name in performance marks, for the pages that have them. */
  view?: string;
}

const chunks = {
  reader: () => import("../pages/ReaderPage.tsx"),
  obligation: () => import("../pages/ObligationPage.tsx"),
  actors: () => import("../pages/ActorsPage.tsx"),
  actor: () => import("../pages/ActorPage.tsx"),
  deadlines: () => import("../pages/DeadlinesPage.tsx"),
  accounts: () => import("../pages/AccountsPage.tsx"),
  account: () => import("../pages/AccountPage.tsx"),
  signIn: () => import("../pages/SignInPage.tsx"),
  report: () => import("../pages/ReportPage.tsx"),
  overview: () => import("../pages/OverviewPage.tsx"),
  notFound: () => import("../pages/NotFoundPage.tsx"),
  // The parser comes with this one: by far the largest chunk.
  import: () => import("../pages/ImportPage.tsx"),
};

const ReaderPage = lazy(chunks.reader);
const ObligationPage = lazy(chunks.obligation);
const ActorsPage = lazy(chunks.actors);
const ActorPage = lazy(chunks.actor);
const DeadlinesPage = lazy(chunks.deadlines);
const ImportPage = lazy(chunks.import);
const AccountsPage = lazy(chunks.accounts);
const AccountPage = lazy(chunks.account);
const SignInPage = lazy(chunks.signIn);
const ReportPage = lazy(chunks.report);
const OverviewPage = lazy(chunks.overview);
const NotFoundPage = lazy(chunks.notFound);

const routes: Route[] = [
  {
    pattern: /^\/$/,
    page: LibraryPage,
    view: "library",
    prefetch: (search) => {
      const filters = decodeLibraryFilters(search);
      // With words, the paragraphs that hold them, ranked (SearchResults' first page).
      if (filters.words && !filters.list)
        void queryClient.prefetchQuery(
          api.search.clauses.queryOptions({
            ...librarySearchInput({ ...filters, words: filters.words }),
            limit: 20,
            offset: 0,
          }),
        );
      else
        void queryClient.prefetchQuery(
          api.resolutions.list.queryOptions({
            ...libraryQueryInput(filters),
            limit: pageSize,
            offset: 0,
          }),
        );
    },
  },
  {
    pattern: /^\/resolutions\/(.+?)\/?$/,
    page: ReaderPage,
    names: ["symbol"],
    prefetch: (_search, { symbol }) => {
      if (symbol) void queryClient.prefetchQuery(api.resolutions.get.queryOptions({ symbol }));
      prefetchActors();
    },
  },
  {
    pattern: /^\/obligations\/?$/,
    page: TrackerPage,
    view: "tracker",
    prefetch: (search) => {
      void queryClient.prefetchQuery(
        api.obligations.list.queryOptions({
          ...trackerQueryInput(decodeTrackerFilters(search)),
          limit: pageSize,
          offset: 0,
        }),
      );
      prefetchActors();
    },
  },
  {
    pattern: /^\/obligations\/(\d+)$/,
    page: ObligationPage,
    names: ["id"],
    prefetch: (_search, { id }) => {
      void queryClient.prefetchQuery(api.obligations.get.queryOptions({ id: Number(id) }));
      void queryClient.prefetchQuery(api.obligations.history.queryOptions({ id: Number(id) }));
      prefetchActors();
    },
  },
  {
    pattern: /^\/actors\/?$/,
    page: ActorsPage,
    prefetch: () => {
      prefetchActors();
      void queryClient.prefetchQuery(
        api.actors.obligationCounts.queryOptions(undefined, { staleTime: 60_000 }),
      );
    },
  },
  {
    pattern: /^\/actors\/([^/]+)$/,
    page: ActorPage,
    names: ["id"],
    prefetch: (_search, { id }) => {
      if (id) void queryClient.prefetchQuery(api.actors.get.queryOptions({ id, limit: 1 }));
    },
  },
  { pattern: /^\/deadlines\/?$/, page: DeadlinesPage, prefetch: () => prefetchActors() },
  { pattern: /^\/import\/?$/, page: ImportPage },
  {
    pattern: /^\/accounts\/?$/,
    page: AccountsPage,
    // Admins only: anyone else's request would be refused.
    prefetch: () => {
      const me = queryClient.getQueryData(api.users.me.queryKey());
      if (me?.user?.role !== "admin") return;
      void queryClient.prefetchQuery(api.users.list.queryOptions());
      prefetchActors();
    },
  },
  { pattern: /^\/account\/?$/, page: AccountPage },
  { pattern: /^\/sign-in\/?$/, page: SignInPage },
  { pattern: /^\/report\/?$/, page: ReportPage },
  {
    pattern: /^\/overview\/?$/,
    page: OverviewPage,
    prefetch: (search) => {
      const whole = new URLSearchParams(search).get("scope") === "library";
      void queryClient.prefetchQuery(
        api.overview.get.queryOptions(whole ? { scope: "library" } : undefined),
      );
      prefetchActors();
    },
  },
];

export function matchRoute(pathname: string): {
  page: Page;
  params: Record<string, string>;
  key: string;
} {
  for (const route of routes) {
    const m = route.pattern.exec(pathname);
    if (!m) continue;
    return { page: route.page, params: paramsOf(route, m), key: route.pattern.source };
  }
  return { page: NotFoundPage, params: {}, key: "not-found" };
}

/** The actor registry, which names the bearers on most pages (its options must match useActors'). */
export function prefetchActors(): void {
  void queryClient.prefetchQuery(
    api.actors.list.queryOptions(undefined, { staleTime: 10 * 60_000 }),
  );
}

function paramsOf(route: Route, m: RegExpExecArray): Record<string, string> {
  const params: Record<string, string> = {};
  route.names?.forEach((name, i) => {
    params[name] = decodeURIComponent(m[i + 1] ?? "");
  });
  return params;
}

/** Starts loading the data of the page at `href`, if its route says how. */
export function prefetchRoute(href: string): void {
  const q = href.indexOf("?");
  const pathname = q < 0 ? href : href.slice(0, q);
  const search = q < 0 ? "" : href.slice(q);
  for (const route of routes) {
    const m = route.pattern.exec(pathname);
    if (!m) continue;
    if (route.view && pathname !== window.location.pathname) startOpenClock(route.view);
    route.prefetch?.(search, paramsOf(route, m));
    return;
  }
}

/** Fetches the other pages' code while the browser is idle, so that moving between them is quick. */
export function preloadPages(): void {
  const idle = window.requestIdleCallback ?? ((f: () => void) => window.setTimeout(f, 500));
  idle(() => {
    for (const load of Object.values(chunks)) void load().catch(() => {});
  });
}
