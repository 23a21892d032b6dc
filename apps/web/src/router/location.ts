/**
 * A small router over the History API: the current path and query as external state, and
 * navigate() to change them. Enough for this app's few routes without a router library.
 */
import { useSyncExternalStore } from "react";

const listeners = new Set<() => void>();
let navigationHook: ((href: string) => void) | null = null;

/** Runs before each change of address (links, filters, Back and Forward). */
export function onNavigate(hook: (href: string) => void): void {
  navigationHook = hook;
  window.addEventListener("popstate", () => hook(snapshot()));
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener("popstate", listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("popstate", listener);
  };
}

const snapshot = () => window.location.pathname + window.location.search;

export interface Location {
  pathname: string;
  search: string;
}

export function useLocation(): Location {
  const href = useSyncExternalStore(subscribe, snapshot, () => "/");
  const q = href.indexOf("?");
  return q < 0
    ? { pathname: href, search: "" }
    : { pathname: href.slice(0, q), search: href.slice(q) };
}

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (to === snapshot()) return;
  // The hook starts the new page's requests; tRPC sends a batch on the next task, so the page is
  // told of the change one task later, letting the request leave before React renders.
  navigationHook?.(to);
  if (options.replace) window.history.replaceState(null, "", to);
  else window.history.pushState(null, "", to);
  setTimeout(() => {
    for (const listener of listeners) listener();
  }, 0);
}

/** The path of a resolution's page: its symbol's parts, each encoded ("S/RES/2388 (2017)"). */
export const resolutionPath = (symbol: string): string =>
  `/resolutions/${symbol.split("/").map(encodeURIComponent).join("/")}`;

export const obligationPath = (id: number): string => `/obligations/${id}`;

/** The preview of a resolution's report draft. */
export const reportPath = (symbol: string): string =>
  `/report?resolution=${encodeURIComponent(symbol)}`;

export const actorPath = (id: string): string => `/actors/${encodeURIComponent(id)}`;
