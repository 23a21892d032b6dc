/**
 * Appends a list to another. `into.push(...items)` passes each item as an argument to push, and a
 * list of some hundred thousand items (the lines of one page, the footnote markers of one
 * paragraph) overflows the stack; this pushes them one by one.
 */
export function append<T>(into: T[], items: readonly T[]): T[] {
  for (const item of items) into.push(item);
  return into;
}
