/**
 * Performance marks the benchmark reads (tests/bench/web.ts): when a view's rows first appear,
 * and how long a filter takes from the change to the new rows on screen.
 */

/** Called when a filter changes: the clock for `${view}:filter` starts. */
export function startFilterClock(view: string): void {
  performance.clearMarks(`${view}:filter-start`);
  performance.mark(`${view}:filter-start`);
}

/** Called once the rows a view shows match its filter. */
export function rowsShown(view: string): void {
  if (performance.getEntriesByName(`${view}:first-rows`).length === 0)
    performance.mark(`${view}:first-rows`);
  if (performance.getEntriesByName(`${view}:filter-start`, "mark").length > 0) {
    performance.mark(`${view}:filter-end`);
    performance.measure(`${view}:filter`, `${view}:filter-start`, `${view}:filter-end`);
    performance.clearMarks(`${view}:filter-start`);
  }
}
