/**
 * Work over a list, several items at a time, with the results given back in the list's order: a
 * batch prints (and stores) its files in the order they were named, however the threads finish.
 * At most `window` items are in flight, so a long batch holds only a few results in memory.
 */
type Settled<R> = { ok: true; value: R } | { ok: false; error: unknown };

export async function* inOrder<T, R>(
  items: readonly T[],
  work: (item: T) => Promise<R>,
  window: number,
): AsyncGenerator<R> {
  const pending: Promise<Settled<R>>[] = [];
  let next = 0;
  const start = () => {
    const item = items[next++] as T;
    // Settled at once, so a failure waiting its turn is not an unhandled rejection.
    pending.push(
      work(item).then(
        (value) => ({ ok: true, value }),
        (error: unknown) => ({ ok: false, error }),
      ),
    );
  };
  while (next < items.length && pending.length < Math.max(1, window)) start();
  while (pending.length > 0) {
    const settled = await (pending.shift() as Promise<Settled<R>>);
    if (next < items.length) start();
    if (!settled.ok) throw settled.error;
    yield settled.value;
  }
}
