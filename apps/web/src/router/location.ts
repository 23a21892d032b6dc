/**
 * A small router over the History API: the current path and query as external state, and
 * navigate() to change them. Enough for this app's few routes without a router library.
 */
import { useSyncExternalStore } from "react";

const listeners = new Set<() => void>();

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
  if (options.replace) window.history.replaceState(null, "", to);
  else window.history.pushState(null, "", to);
  for (const listener of listeners) listener();
}

/** The path of a resolution's page: its symbol's parts, each encoded ("S/RES/2388 (2017)"). */
export const resolutionPath = (symbol: string): string =>
  `/resolutions/${symbol.split("/").map(encodeURIComponent).join("/")}`;

export const obligationPath = (id: number): string => `/obligations/${id}`;

export const actorPath = (id: string): string => `/actors/${encodeURIComponent(id)}`;
