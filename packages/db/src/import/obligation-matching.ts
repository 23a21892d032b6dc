/**
 * Which stored obligation a re-parsed one is. Obligation ids ("op11.1") shift when the parser
 * improves, so a match is made on what the obligation says: its clause, canonical verb and sorted
 * bearers; failing that (the parser now finds another bearer), its clause and verb. Obligations
 * still in force are matched first; withdrawn ones may come back when a later text restores them.
 */
export interface Matchable {
  clause: string;
  verb: string;
  bearers: readonly string[];
}

export interface Matching<Old, New> {
  kept: Array<{ old: Old; now: New }>;
  /** Matched with a withdrawn obligation: it comes back with its tracking. */
  revived: Array<{ old: Old; now: New }>;
  added: New[];
  /** Obligations in force that the new parse no longer holds. */
  removed: Old[];
}

const exactKey = (m: Matchable) =>
  `${m.clause}\u0000${m.verb}\u0000${[...m.bearers].sort().join(",")}`;
const looseKey = (m: Matchable) => `${m.clause}\u0000${m.verb}`;

export function matchObligations<Old extends Matchable, New extends Matchable>(
  active: readonly Old[],
  withdrawn: readonly Old[],
  incoming: readonly New[],
): Matching<Old, New> {
  const result: Matching<Old, New> = { kept: [], revived: [], added: [], removed: [] };
  let pending = [...incoming];
  const taken = new Set<Old>();
  const pass = (
    pool: readonly Old[],
    key: (m: Matchable) => string,
    into: Array<{ old: Old; now: New }>,
  ) => {
    const free = new Map<string, Old[]>();
    for (const old of pool) {
      if (taken.has(old)) continue;
      const list = free.get(key(old)) ?? [];
      list.push(old);
      free.set(key(old), list);
    }
    pending = pending.filter((now) => {
      const old = free.get(key(now))?.shift();
      if (!old) return true;
      taken.add(old);
      into.push({ old, now });
      return false;
    });
  };
  pass(active, exactKey, result.kept);
  pass(active, looseKey, result.kept);
  pass(withdrawn, exactKey, result.revived);
  pass(withdrawn, looseKey, result.revived);
  result.added = pending;
  result.removed = active.filter((old) => !taken.has(old));
  return result;
}
