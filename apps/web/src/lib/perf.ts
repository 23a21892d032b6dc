/**
 * Performance marks the benchmark reads (tests/bench/web.ts): when a view's rows first appear,
 * and how long a filter takes from the change to the new rows on screen.
 */

/** Called when a filter changes: the clock for `${view}:filter` starts. */
export function startFilterClock(view: string): void {
  performance.clearMarks(`${view}:filter-start`);
  performance.mark(`${view}:filter-start`);
}

/** Called when the app navigates to a view from another: the clock for `${view}:open` starts. */
export function startOpenClock(view: string): void {
  performance.clearMarks(`${view}:open-start`);
  performance.mark(`${view}:open-start`);
}

function measureSince(view: string, clock: "filter" | "open"): void {
  if (performance.getEntriesByName(`${view}:${clock}-start`, "mark").length === 0) return;
  performance.mark(`${view}:${clock}-end`);
  performance.measure(`${view}:${clock}`, `${view}:${clock}-start`, `${view}:${clock}-end`);
  performance.clearMarks(`${view}:${clock}-start`);
}

/**
 * Called once the rows a view shows match its filter: marks the first time after the page loaded
 * (`${view}:first-rows`, since navigation start), and ends a running filter or open clock.
 */
export function rowsShown(view: string): void {
  if (performance.getEntriesByName(`${view}:first-rows`).length === 0)
    performance.mark(`${view}:first-rows`);
  measureSince(view, "filter");
  measureSince(view, "open");
}
