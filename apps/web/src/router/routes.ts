/**
 * The pages and their paths. Every page is its own chunk, loaded when first visited, so the first
 * load carries only the shell.
 */
import { type ComponentType, type LazyExoticComponent, lazy } from "react";

export interface PageProps {
  params: Record<string, string>;
  search: string;
}

interface Route {
  pattern: RegExp;
  page: LazyExoticComponent<ComponentType<PageProps>>;
  names?: string[];
}

const LibraryPage = lazy(() => import("../pages/LibraryPage.tsx"));
const ReaderPage = lazy(() => import("../pages/ReaderPage.tsx"));
const TrackerPage = lazy(() => import("../pages/TrackerPage.tsx"));
const ObligationPage = lazy(() => import("../pages/ObligationPage.tsx"));
const ActorsPage = lazy(() => import("../pages/ActorsPage.tsx"));
const ActorPage = lazy(() => import("../pages/ActorPage.tsx"));
const DeadlinesPage = lazy(() => import("../pages/DeadlinesPage.tsx"));
const ImportPage = lazy(() => import("../pages/ImportPage.tsx"));
const SignInPage = lazy(() => import("../pages/SignInPage.tsx"));
const NotFoundPage = lazy(() => import("../pages/NotFoundPage.tsx"));

const routes: Route[] = [
  { pattern: /^\/$/, page: LibraryPage },
  { pattern: /^\/resolutions\/(.+?)\/?$/, page: ReaderPage, names: ["symbol"] },
  { pattern: /^\/obligations\/?$/, page: TrackerPage },
  { pattern: /^\/obligations\/(\d+)$/, page: ObligationPage, names: ["id"] },
  { pattern: /^\/actors\/?$/, page: ActorsPage },
  { pattern: /^\/actors\/([^/]+)$/, page: ActorPage, names: ["id"] },
  { pattern: /^\/deadlines\/?$/, page: DeadlinesPage },
  { pattern: /^\/import\/?$/, page: ImportPage },
  { pattern: /^\/sign-in\/?$/, page: SignInPage },
];

export function matchRoute(pathname: string): {
  page: LazyExoticComponent<ComponentType<PageProps>>;
  params: Record<string, string>;
  key: string;
} {
  for (const route of routes) {
    const m = route.pattern.exec(pathname);
    if (!m) continue;
    const params: Record<string, string> = {};
    route.names?.forEach((name, i) => {
      params[name] = decodeURIComponent(m[i + 1] ?? "");
    });
    return { page: route.page, params, key: route.pattern.source };
  }
  return { page: NotFoundPage, params: {}, key: "not-found" };
}

/** Warms a page's chunk before it is needed (on hover or focus of a link to it). */
export const preload = {
  reader: () => import("../pages/ReaderPage.tsx"),
  tracker: () => import("../pages/TrackerPage.tsx"),
};
